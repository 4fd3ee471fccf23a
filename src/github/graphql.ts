/**
 * GraphQL calls that page through large results. GitHub answers a page that ran too long (502 or 504 with a JSON
 * body, or 200 with "Something went wrong while executing your query", or an error of type TIMEOUT /
 * RESOURCE_LIMITS_EXCEEDED): the page is asked again at once at half the size (the retry layer never sends it again
 * at the same size: see retry.ts), down to a floor, and grows back after pages that passed.
 */
import { isAbandoned, withPolicy } from './retry.js'
import type { GitHubClient } from './octokit.js'

export const MIN_PAGE_SIZE = 5
const MAX_PAGE_SIZE = 100
/** Times a page at the floor is asked again before the call fails. */
const FLOOR_ATTEMPTS = 3

/** A page size that halves on too-expensive answers and doubles back after two pages that passed. */
export class AdaptivePageSize {
  private passed = 0
  constructor(
    public size: number,
    private readonly ceiling = MAX_PAGE_SIZE,
  ) {
    this.size = Math.min(ceiling, Math.max(MIN_PAGE_SIZE, size))
  }

  shrink(): boolean {
    this.passed = 0
    if (this.size <= MIN_PAGE_SIZE) return false
    this.size = Math.max(MIN_PAGE_SIZE, Math.floor(this.size / 2))
    return true
  }

  /** Shrinks until the size is at most `size` (or the floor). */
  shrinkTo(size: number): void {
    while (this.size > size && this.shrink());
  }

  grow(): void {
    if (++this.passed < 2 || this.size >= this.ceiling) return
    this.passed = 0
    this.size = Math.min(this.ceiling, this.size * 2)
  }
}

export async function graphqlWithAdaptivePages<T>(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>,
  pages: AdaptivePageSize,
  log: (message: string) => void = () => {},
): Promise<T> {
  let atFloor = 0
  for (;;) {
    try {
      const data = await client.graphql<T>(query, { ...variables, first: pages.size, ...withPolicy('shrink') })
      pages.grow()
      return data
    } catch (error) {
      if (!isTooExpensive(error)) throw describeGraphqlError(error)
      const reason = firstLine(error)
      if (pages.shrink()) {
        log(`GitHub could not serve the page in time (${reason}); asking ${pages.size} per page`)
        continue
      }
      if (++atFloor >= FLOOR_ATTEMPTS) {
        throw new Error(
          `GitHub could not serve a page of ${pages.size} repositories in ${FLOOR_ATTEMPTS} tries (${reason}); the listing is incomplete, so nothing is written`,
        )
      }
      log(
        `GitHub could not serve a page of ${pages.size} (${reason}); asking again (${atFloor + 1} of ${FLOOR_ATTEMPTS})`,
      )
    }
  }
}

/** GitHub's answers to a query that ran too long or touched too much: a smaller query may pass. */
export function isTooExpensive(error: unknown): boolean {
  // A 5xx answer (a failed connection is a status-500 RequestError too, but without a response: not this).
  const status = (error as { response?: { status?: number } }).response?.status
  if (status !== undefined && status >= 500) return true
  // Our own timeout: the query was still running when the client gave up.
  if (isAbandoned(error)) return true
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? []
  return errors.some(
    (e) =>
      e.type === 'RESOURCE_LIMITS_EXCEEDED' ||
      e.type === 'TIMEOUT' ||
      /Something went wrong while executing your query|timeout|couldn't respond/i.test(e.message ?? ''),
  )
}

function firstLine(error: unknown): string {
  return ((error as Error).message ?? String(error)).split('\n')[0]!.slice(0, 200)
}

export function isNotFound(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] }).errors ?? []
  return errors.length > 0 && errors.every((e) => e.type === 'NOT_FOUND')
}

/** GraphQL errors as one readable line, with the hint people need for the usual ones. */
export function describeGraphqlError(error: unknown): Error {
  const status = (error as { status?: number }).status
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors
  const message = errors?.length
    ? errors.map((e) => `${e.type ? `${e.type}: ` : ''}${e.message ?? ''}`).join('; ')
    : (error as Error).message
  if (ssoHeader(error)) {
    return new Error(
      `GitHub refused the token because the organization enforces SAML SSO: authorize the token for the organization (${message})`,
    )
  }
  if (status === 401)
    return new Error(`GitHub rejected the token (401 Bad credentials): check the \`token\` input (${message})`)
  return new Error(`GitHub GraphQL request failed${status ? ` (HTTP ${status})` : ''}: ${message}`)
}

/**
 * GitHub's `x-github-sso` header, which says that SAML SSO kept the token out. A REST error carries it on
 * `error.response.headers`; a GraphQL error (GraphqlResponseError) on `error.headers`
 * (https://docs.github.com/en/enterprise-cloud@latest/rest/authentication/authenticating-to-the-rest-api#using-personal-access-tokens-with-saml-sso).
 */
export function ssoHeader(error: unknown): string | undefined {
  const own = (error as { headers?: Record<string, string | undefined> }).headers?.['x-github-sso']
  return (
    own ??
    (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers?.['x-github-sso']
  )
}
