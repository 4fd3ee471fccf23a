/**
 * GraphQL calls that page through large results. GitHub answers an expensive page with a resource-limit error or a
 * timeout (502/504, or an error of type RESOURCE_LIMITS_EXCEEDED / TIMEOUT): the page size is halved and the same
 * page asked again, down to a floor, before the call fails.
 */
import type { GitHubClient } from './octokit.js'

const MIN_PAGE_SIZE = 5

export async function graphqlWithAdaptivePages<T>(
  client: GitHubClient,
  query: string,
  variables: Record<string, unknown>,
  pageSize: number,
  log: (message: string) => void = () => {},
): Promise<{ data: T; size: number }> {
  let size = Math.min(100, Math.max(MIN_PAGE_SIZE, pageSize))
  for (;;) {
    try {
      return { data: await client.graphql<T>(query, { ...variables, first: size }), size }
    } catch (error) {
      if (!isTooExpensive(error) || size <= MIN_PAGE_SIZE) throw describeGraphqlError(error)
      size = Math.max(MIN_PAGE_SIZE, Math.floor(size / 2))
      log(`GitHub could not serve the page in time (${(error as Error).message.split('\n')[0]}); retrying with ${size} per page`)
    }
  }
}

/** A resource-limit or timeout answer: smaller pages may succeed. */
export function isTooExpensive(error: unknown): boolean {
  const status = (error as { status?: number }).status
  if (status === 502 || status === 504) return true
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? []
  return errors.some((e) => e.type === 'RESOURCE_LIMITS_EXCEEDED' || e.type === 'TIMEOUT' || /timeout|couldn't respond/i.test(e.message ?? ''))
}

export function isNotFound(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] }).errors ?? []
  return errors.length > 0 && errors.every((e) => e.type === 'NOT_FOUND')
}

/** GraphQL errors as one readable line, with the hint people need for the usual ones. */
export function describeGraphqlError(error: unknown): Error {
  const status = (error as { status?: number }).status
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors
  const message = errors?.length ? errors.map((e) => `${e.type ? `${e.type}: ` : ''}${e.message ?? ''}`).join('; ') : (error as Error).message
  const headers = (error as { response?: { headers?: Record<string, string> } }).response?.headers ?? {}
  if (headers['x-github-sso']) {
    return new Error(`GitHub refused the token because the organization enforces SAML SSO: authorize the token for the organization (${message})`)
  }
  if (status === 401) return new Error(`GitHub rejected the token (401 Bad credentials): check the \`token\` input (${message})`)
  return new Error(`GitHub GraphQL request failed${status ? ` (HTTP ${status})` : ''}: ${message}`)
}
