/**
 * The one way this project talks to GitHub: @actions/github's Octokit with this project's retry layer
 * (src/github/retry.ts: per-request retry state, a policy per request, one wait budget per run), a timeout on every
 * request, the runner's proxy settings, and a count of every HTTP request sent.
 */
import { getOctokit } from '@actions/github'
import { HttpClient } from '@actions/http-client'
import { fetch as undiciFetch } from 'undici'
import { installRetry, WaitBudget } from './retry.js'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  token: string
  /** REST base URL (GITHUB_API_URL); GraphQL goes to GITHUB_GRAPHQL_URL's path under the same host. */
  baseUrl?: string
  /** How often a failed request is sent again (5xx, network errors); default 3. */
  retries?: number
  /** How often a rate-limited request is sent again after waiting; default 3. */
  rateLimitRetries?: number
  /** The most a run spends waiting, retries and rate limits together, in milliseconds; default 300 s. */
  maxWaitMs?: number
  /** Gives up on a request that has not answered after this long (then handled like a 5xx); default 30 s. */
  timeoutMs?: number
  /** Called with one line per wait or retry, for the log. */
  log?: (message: string) => void
  userAgent?: string
  /** Waits between retries (tests pass a fast one). */
  sleep?: (ms: number) => Promise<void>
}

const counters = new WeakMap<GitHubClient, { count: number }>()

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com'
  const counter = { count: 0 }
  const client = getOctokit(options.token, {
    baseUrl,
    userAgent: options.userAgent ?? 'cim-registry-action',
    request: { fetch: proxyAwareFetch(baseUrl, options.timeoutMs ?? 30_000, counter) },
  })
  installRetry(client, {
    retries: options.retries ?? 3,
    rateLimitRetries: options.rateLimitRetries ?? 3,
    budget: new WaitBudget(options.maxWaitMs ?? 300_000),
    log: options.log ?? (() => {}),
    ...(options.sleep ? { sleep: options.sleep } : {}),
  })
  counters.set(client, counter)
  return client
}

/**
 * fetch through the runner's proxy (HTTPS_PROXY / HTTP_PROXY, NO_PROXY: @actions/http-client decides, as
 * @actions/github's own fetch does), with a timeout: fetch waits forever by default, and a hung connection must
 * become an error. Replacing @actions/github's fetch with a plain one would drop its proxy dispatcher.
 */
function proxyAwareFetch(baseUrl: string, ms: number, counter: { count: number }): typeof fetch {
  const dispatcher = new HttpClient().getAgentDispatcher(baseUrl)
  return ((input: string | URL, init?: RequestInit) => {
    counter.count++
    const signal = init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms)
    return undiciFetch(input, { ...(init as object), signal, ...(dispatcher ? { dispatcher } : {}) } as Parameters<
      typeof undiciFetch
    >[1])
  }) as unknown as typeof fetch
}

/** The HTTP requests the client has sent, retries included: the cost figure runs report. */
export function countRequests(client: GitHubClient): () => number {
  const counter = counters.get(client)
  if (!counter) throw new Error('countRequests: the client was not made by createGitHubClient')
  return () => counter.count
}
