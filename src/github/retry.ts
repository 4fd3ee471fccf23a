/**
 * The one retry layer of every request the client sends. It replaces @octokit/plugin-retry and
 * @octokit/plugin-throttling, which keep their retry counts on shared objects (`options.request.retryCount`, the
 * wrapped request function): four single 502s on four requests waited 1, 4, 4 and 4 s, and a persistent 429 was
 * retried by both plugins, about 16 times (issue 9).
 *
 * Here each request keeps its own count, and what is retried depends on the request's policy, passed as
 * `request: { policy }` with the call:
 * - `retry` (the default): 5xx answers, GitHub's 200 "Something went wrong while executing your query" and network
 *   failures are sent again after 1, 2, 4 s;
 * - `shrink`: a listing page or a batched read. GitHub answers a query that ran too long as 502 or 504 with a JSON
 *   body, or as 200 with "Something went wrong... This may be the result of a timeout"
 *   (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#timeouts), and
 *   the timeout still costs rate-limit points: sending the same page again only fails again. Those answers, any
 *   other 5xx and a request that did not answer in time go back to the caller at once, which asks a smaller page.
 *   Only a connection that failed (reset, refused) is sent again as it was;
 * - `once`: a mutation. Never sent twice: after a failure the caller checks what happened (see registry-branch.ts).
 *
 * Rate limits are waited out under every policy, since GitHub did not run a refused request: the primary limit
 * (`x-ratelimit-remaining: 0` until `x-ratelimit-reset`, or a GraphQL error of type RATE_LIMITED) and the secondary
 * one (`retry-after`, else at least a minute), as
 * https://docs.github.com/en/rest/using-the-rest-api/best-practices-for-using-the-rest-api#handle-rate-limit-errors-appropriately
 * says. Every wait of a run, retries and rate limits alike, comes out of one budget (the `max-wait` input): a wait
 * that does not fit fails the request with a message that says so, instead of holding the job for GitHub's
 * `retry-after: 60` times a dozen.
 */
import type { GitHubClient } from './octokit.js'
import { CimError } from '../errors.js'

export type RetryPolicy = 'retry' | 'shrink' | 'once'

/** The request option that picks a policy: `client.graphql(query, { ...variables, ...withPolicy('shrink') })`. */
export function withPolicy(policy: RetryPolicy): { request: { policy: RetryPolicy } } {
  return { request: { policy } }
}

/** The milliseconds a run may still spend waiting, shared by every request of one client. */
export class WaitBudget {
  private spentMs = 0
  constructor(readonly totalMs: number) {}

  get remainingMs(): number {
    return Math.max(0, this.totalMs - this.spentMs)
  }

  /** Takes `ms` from the budget; false (and nothing taken) when it does not fit. */
  take(ms: number): boolean {
    if (ms > this.remainingMs) return false
    this.spentMs += ms
    return true
  }
}

export interface RetryOptions {
  /** Times a request is sent again after a 5xx or a network failure. */
  retries: number
  /** Times a request is sent again after a rate limit. */
  rateLimitRetries: number
  budget: WaitBudget
  log: (message: string) => void
  sleep?: (ms: number) => Promise<void>
}

/** Thrown when GitHub asks for a wait the run's budget cannot pay. */
export class WaitBudgetError extends CimError {
  override name = 'WaitBudgetError'
  readonly status: number | undefined
  constructor(message: string, cause: unknown) {
    super('WAIT_BUDGET_SPENT', message, { cause })
    this.status = (cause as { status?: number }).status
  }
}

type RequestOptions = { method: string; url: string; request?: { policy?: RetryPolicy } } & Record<string, unknown>
type Response = { status: number; headers: Record<string, string | undefined>; data: unknown }

const SERVER_ERRORS = new Set([500, 502, 503, 504])
const SOMETHING_WENT_WRONG = /Something went wrong while executing your query/

export function installRetry(client: GitHubClient, options: RetryOptions): void {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  client.hook.wrap('request', async (request, requestOptions) => {
    const opts = requestOptions as unknown as RequestOptions
    const policy: RetryPolicy = opts.request?.policy ?? 'retry'
    const label = `${opts.method} ${String(opts.url)}`
    // This request's own counts: nothing is kept between requests.
    let failures = 0
    let rateLimits = 0
    for (;;) {
      let outcome: { response?: Response; error?: unknown }
      try {
        outcome = { response: (await request(requestOptions)) as unknown as Response }
      } catch (error) {
        outcome = { error }
      }
      const decision = decide(outcome, policy)
      if (decision.kind === 'done') {
        if (outcome.error) throw outcome.error
        return outcome.response as never
      }
      let waitMs: number
      if (decision.kind === 'rate-limit') {
        if (rateLimits++ >= options.rateLimitRetries) return finish(outcome)
        waitMs = decision.waitMs
      } else {
        if (failures++ >= options.retries) return finish(outcome)
        waitMs = 1000 * 2 ** (failures - 1)
      }
      if (!options.budget.take(waitMs)) {
        throw new WaitBudgetError(
          `${decision.reason} for ${label}: waiting ${Math.ceil(waitMs / 1000)} s more would pass the run's wait budget ` +
            `(max-wait ${Math.round(options.budget.totalMs / 1000)} s, ${Math.round(options.budget.remainingMs / 1000)} s left); ` +
            'giving up (the next run will catch up)',
          outcome.error ?? outcome.response,
        )
      }
      options.log(`${decision.reason} for ${label}; retrying in ${Math.ceil(waitMs / 1000)} s`)
      await sleep(waitMs)
    }
  })
}

function finish(outcome: { response?: Response; error?: unknown }): never {
  if (outcome.error) throw outcome.error
  return outcome.response as never
}

type Decision =
  { kind: 'done' } | { kind: 'retry'; reason: string } | { kind: 'rate-limit'; reason: string; waitMs: number }

function decide(outcome: { response?: Response; error?: unknown }, policy: RetryPolicy): Decision {
  const rateLimited = rateLimitWait(outcome)
  if (rateLimited) return rateLimited
  if (policy === 'once') return { kind: 'done' }
  const { response, error } = outcome
  if (response) {
    const errors = (response.data as { errors?: { message?: string }[] } | null)?.errors
    const timedOut = errors?.length && SOMETHING_WENT_WRONG.test(errors[0]?.message ?? '')
    if (!timedOut || policy === 'shrink') return { kind: 'done' }
    return { kind: 'retry', reason: 'GitHub timed out executing the query' }
  }
  // @octokit/request turns a fetch that failed into a RequestError of status 500 without a response.
  const status = (error as { response?: { status: number } }).response?.status
  if (status !== undefined && status >= 400) {
    if (!SERVER_ERRORS.has(status) || policy === 'shrink') return { kind: 'done' }
    return { kind: 'retry', reason: `HTTP ${status}` }
  }
  // No HTTP answer: our own timeout (the query may still be running on GitHub) or a failed connection.
  const abandoned = isAbandoned(error)
  if (abandoned && policy === 'shrink') return { kind: 'done' }
  return { kind: 'retry', reason: abandoned ? 'no answer in time' : `network failure (${(error as Error).message})` }
}

/** GitHub's rate-limit answers and how long they ask to wait; undefined for any other answer. */
function rateLimitWait(outcome: { response?: Response; error?: unknown }): Decision | undefined {
  const response = outcome.response ?? (outcome.error as { response?: Response } | undefined)?.response
  if (!response) return undefined
  const headers = response.headers ?? {}
  const status = response.status
  const data = response.data as { message?: string; errors?: { type?: string }[] } | null
  const graphqlLimited = data?.errors?.some((e) => e.type === 'RATE_LIMITED') ?? false
  const refused = status === 403 || status === 429
  if (!graphqlLimited && !refused) return undefined
  const retryAfter = Number(headers['retry-after'])
  if (refused && /secondary rate limit/i.test(data?.message ?? '')) {
    return { kind: 'rate-limit', reason: 'secondary rate limit', waitMs: 1000 * (retryAfter > 0 ? retryAfter : 60) }
  }
  if (graphqlLimited || headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    // One second past the reset, as GitHub advises; at least a second.
    const waitMs =
      retryAfter > 0
        ? retryAfter * 1000
        : Number.isFinite(reset) && reset > 0
          ? Math.max(1000, reset * 1000 - Date.now() + 1000)
          : 60_000
    return { kind: 'rate-limit', reason: 'rate limit reached', waitMs }
  }
  if (retryAfter > 0) return { kind: 'rate-limit', reason: 'rate limited', waitMs: retryAfter * 1000 }
  return undefined
}

/** A request the client gave up on (its timeout): GitHub may still be running the query. */
export function isAbandoned(error: unknown): boolean {
  const name = (error as { cause?: { name?: string } }).cause?.name ?? (error as { name?: string }).name
  return name === 'TimeoutError' || /aborted due to timeout/i.test((error as Error).message ?? '')
}
