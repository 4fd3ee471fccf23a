/**
 * The one way this project talks to GitHub: @actions/github's Octokit with the retry and throttling plugins, so
 * that 5xx answers are retried and primary and secondary rate limits are waited out as GitHub's headers say.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import Bottleneck from 'bottleneck'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  /** REST base URL (GITHUB_API_URL); GraphQL goes to GITHUB_GRAPHQL_URL's path under the same host. */
  baseUrl?: string
  /** How often a failed request is retried (5xx, network errors); rate limits are retried on their own. */
  retries?: number
  /** How often a rate-limited request is retried after waiting. */
  rateLimitRetries?: number
  /**
   * Minimum milliseconds between two requests of the throttling plugin's "write" group. The plugin puts every
   * GraphQL request there, queries included, and spaces them by 1 s: GitHub's advice for *mutations*. A reader
   * that pages through an organization passes 0 and stays serial (GitHub's other advice); its one mutation per
   * run needs no spacing.
   */
  writeSpacingMs?: number
  /** Gives up on a request that has not answered after this long (then retried like a 5xx); default 30 s. */
  timeoutMs?: number
  /** Called with one line per wait or retry, for the log. */
  log?: (message: string) => void
  userAgent?: string
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? (() => {})
  const rateLimitRetries = options.rateLimitRetries ?? 3
  return getOctokit(
    options.token,
    {
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      userAgent: options.userAgent ?? 'cim-registry-action',
      // fetch waits forever by default; a hung connection must become an error that the retry plugin can retry.
      request: { fetch: withTimeout(options.timeoutMs ?? 30_000) },
      // Only `retry: {...}`: a `request: {retries}` option would make plugin-retry retry 403s and hide them from
      // plugin-throttling (see the README's Developing notes).
      retry: { retries: options.retries ?? 3 },
      throttle: {
        ...(options.writeSpacingMs !== undefined
          ? { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs }) }
          : {}),
        onRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
          log(`rate limit reached for ${request.method} ${request.url}; retrying after ${after}s (attempt ${count + 1})`)
          return count < rateLimitRetries
        },
        onSecondaryRateLimit: (after: number, request: { method: string; url: string }, _octokit: unknown, count: number) => {
          log(`secondary rate limit for ${request.method} ${request.url}; retrying after ${after}s (attempt ${count + 1})`)
          return count < rateLimitRetries
        },
      },
    },
    retry,
    throttling,
  )
}

function withTimeout(ms: number): typeof fetch {
  return (input, init) => fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms) })
}

/** Counts every HTTP request the client sends from now on, retries included: the cost figure runs report. */
export function countRequests(client: GitHubClient): () => number {
  let count = 0
  client.hook.before('request', () => {
    count++
  })
  return () => count
}
