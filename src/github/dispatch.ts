/**
 * Sending repository_dispatch to the registry repository, through the project's one GitHub client, and reading
 * a failure as what it means for the events it covers: retry later (5xx, rate limits, the network), or a problem of
 * the bridge's configuration (a token without access, a repository that does not exist) that no retry of the same
 * request fixes soon. Neither drops an event: the caller naks both, with a longer delay for the second.
 */
import { createGitHubClient, type GitHubClient } from './octokit.js'
import { firstLine } from '../util/text.js'
import { requireRepositoryName } from '../util/repository-name.js'

export const DEFAULT_EVENT_TYPE = 'module-updated'

export type DispatchOutcome =
  | { ok: true; status: number }
  | {
      ok: false
      retryable: boolean
      status?: number
      /** GitHub's rate limit: not to be retried before `retryAfterMs` (when its headers said) or a minute. */
      rateLimited?: boolean
      retryAfterMs?: number
      reason: string
    }

/** One request; `signal` abandons it (an answer that has not come is then a timeout). */
export type Dispatch = (payload: Record<string, unknown>, signal?: AbortSignal) => Promise<DispatchOutcome>

export interface DispatcherOptions {
  /** `owner/name` of the registry repository. */
  registryRepo: string
  token: string
  baseUrl?: string
  eventType?: string
  /** A dispatch that takes longer is abandoned and counts as a network failure. */
  timeoutMs: number
  /** Retries of 5xx and network errors inside the client; the bridge keeps 0, since its naks are its retries. */
  retries?: number
  log?: (message: string) => void
}

export function createDispatcher(options: DispatcherOptions): Dispatch {
  const { owner, repo } = requireRepositoryName(options.registryRepo, 'registry repository')
  const client: GitHubClient = createGitHubClient({
    token: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    retries: options.retries ?? 0,
    rateLimitRetries: 0,
    timeoutMs: options.timeoutMs,
    ...(options.log ? { log: options.log } : {}),
  })
  const eventType = options.eventType ?? DEFAULT_EVENT_TYPE
  return async (payload, signal) => {
    try {
      const response = await client.rest.repos.createDispatchEvent({
        owner,
        repo,
        event_type: eventType,
        client_payload: payload,
        ...(signal ? { request: { signal } } : {}),
      })
      return { ok: true, status: response.status }
    } catch (error) {
      return classifyDispatchError(error, options.timeoutMs)
    }
  }
}

interface HttpErrorLike {
  status?: number
  message?: string
  name?: string
  response?: { headers?: Record<string, string | number | undefined> }
}

/** What a failed dispatch means; pure, so every status is tested without a server. */
export function classifyDispatchError(error: unknown, timeoutMs: number): DispatchOutcome & { ok: false } {
  const e = (error ?? {}) as HttpErrorLike
  const headers = e.response?.headers ?? {}
  const message = firstLine(e.message ?? String(error)).slice(0, 200)
  const status = typeof e.status === 'number' && e.response ? e.status : undefined
  if (status === undefined || /abort|timeout/i.test(`${e.name ?? ''} ${message}`)) {
    const reason = /abort|timeout/i.test(`${e.name ?? ''} ${message}`)
      ? `no answer within ${timeoutMs} ms`
      : `network: ${message}`
    return { ok: false, retryable: true, reason }
  }
  const retryAfterMs = retryAfter(headers)
  const exhausted = String(headers['x-ratelimit-remaining']) === '0'
  if (status === 429 || (status === 403 && (exhausted || /rate limit/i.test(message)))) {
    const reason = `rate limited (${status}): ${message}`
    return {
      ok: false,
      retryable: true,
      rateLimited: true,
      status,
      reason,
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    }
  }
  if (status >= 500) return { ok: false, retryable: true, status, reason: `GitHub answered ${status}: ${message}` }
  const hint =
    status === 401
      ? 'the token is not valid'
      : status === 403 || status === 404
        ? 'the token cannot write to the registry repository, or it does not exist'
        : 'GitHub refused the dispatch'
  return { ok: false, retryable: false, status, reason: `${hint} (${status}: ${message})` }
}

/**
 * Retry-After (seconds) or x-ratelimit-reset (epoch seconds, read when x-ratelimit-remaining is 0), in milliseconds
 * from now: GitHub asks not to retry before either
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
 */
function retryAfter(headers: Record<string, string | number | undefined>): number | undefined {
  const after = Number(headers['retry-after'])
  if (Number.isFinite(after) && after > 0) return after * 1000
  const reset = Number(headers['x-ratelimit-reset'])
  if (String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset) && reset > 0) {
    return Math.max(0, reset * 1000 - Date.now()) + 1000
  }
  return undefined
}
