/**
 * What the two endpoints (REST, GraphQL) share: the request as the server read it, the answer they give back, the
 * fake's parts they work with, and the steps every request goes through before its handler (a fault to meet, a rate
 * limit to enforce).
 */
import type { Access } from './access.js'
import type { ActiveFault, Faults } from './faults.js'
import type { ExecutionClock } from './graphql-execution.js'
import type { GraphQLExecutor } from './graphql-executor.js'
import type { Listings } from './listings.js'
import { rateLimitHeaders, type RateLimits, type Resource } from './rate-limits.js'
import type { RestContract } from './rest-contract.js'
import type { Urls } from './rest-objects.js'
import type { FakeGitHubOptions, FakeRequest } from './types.js'
import type { World } from './world.js'

export interface IncomingRequest {
  method: string
  /** Path and query, as sent. */
  url: string
  path: string
  query: URLSearchParams
  body: string
  authorization: string | undefined
  accept: string
}

export interface Reply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** The REST operationId or `graphql:<name>`, for the log; null for requests that match nothing. */
  operation: string | null
  /** A body sent as it is (the raw media types), instead of `body` as JSON. */
  raw?: string
  /** The timeout fault: answer nothing, and destroy the socket after `ms` when given. */
  hang?: { ms?: number }
}

export interface FakeParts {
  world: World
  listings: Listings
  rateLimits: RateLimits
  faults: Faults
  contract: RestContract
  graphql: GraphQLExecutor
  options: FakeGitHubOptions
  protectedBranches: ReadonlySet<string>
  urls: Urls
  violations: string[]
  searchIncomplete(): boolean
  tamper(operationId: string): ((body: unknown) => unknown) | undefined
  /** GitHub's execution-time limit, when the fake was started with one. */
  execution?: ExecutionClock
}

/** The injected fault this request meets, as a reply; undefined when none hits it. */
export function faultReply(parts: FakeParts, request: FakeRequest): Reply | undefined {
  const fault = parts.faults.pick(request)
  if (!fault) return undefined
  return activeFaultReply(fault, request.operation)
}

export function activeFaultReply(fault: ActiveFault, operation: string | null): Reply {
  if (fault.kind === 'timeout')
    return { status: 0, operation, hang: fault.hangMs === undefined ? {} : { ms: fault.hangMs } }
  return { status: fault.status, body: fault.body, headers: fault.headers, operation }
}

const RATE_LIMIT_MESSAGE = 'API rate limit exceeded for user ID 1.'

/**
 * GitHub's primary rate limit once the budget is spent (only with `enforceRateLimits`): REST 403 with
 * `x-ratelimit-remaining: 0`, GraphQL 200 with an error of type RATE_LIMITED.
 */
export function rateLimitReply(
  parts: FakeParts,
  access: Access,
  resource: Resource,
  operation: string,
): Reply | undefined {
  if (!parts.options.enforceRateLimits || !parts.rateLimits.exhausted(access.key, resource)) return undefined
  const window = parts.rateLimits.charge(access.key, resource, 0)
  const headers = rateLimitHeaders({ ...window, remaining: 0 }, resource)
  if (resource === 'graphql')
    return {
      status: 200,
      body: { errors: [{ type: 'RATE_LIMITED', message: RATE_LIMIT_MESSAGE }] },
      headers,
      operation,
    }
  const body = {
    message: RATE_LIMIT_MESSAGE,
    documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
    status: '403',
  }
  return { status: 403, body, headers, operation }
}
