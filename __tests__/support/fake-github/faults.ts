/**
 * Injected failures, answered the way GitHub fails:
 * - primary rate limit: 403 (or 429) with `x-ratelimit-remaining: 0` and `x-ratelimit-reset`; GraphQL answers 200
 *   with an error of type RATE_LIMITED (which @octokit/plugin-throttling looks for);
 * - secondary rate limit: 403 (or 429) with `retry-after`, or without it (`waitHeaders: false`, after which GitHub
 *   asks for at least a minute), and a message naming the secondary rate limit
 *   (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit);
 *   the reset of either kind can be minutes or an hour ahead (`retryAfterSeconds`);
 * - GraphQL resource limits: 200 with an error of type RESOURCE_LIMITS_EXCEEDED, "Resource limits for this query
 *   exceeded." (https://github.blog/changelog/2025-09-01-graphql-api-resource-limits);
 * - GraphQL timeout: 200 with "Something went wrong while executing your query. This may be the result of a
 *   timeout..." (https://github.com/orgs/community/discussions/24631; @octokit/plugin-retry retries exactly this);
 * - 500/502, and a hang that ends only when the client gives up (or after `hangMs`, when the socket is destroyed).
 * Which requests are hit is decided by `match`, `times` and a seeded `probability`, so that runs repeat.
 */
import type { FakeRequest, FaultHandle, FaultKind, FaultSpec } from './types.js'

export interface ActiveFault {
  kind: FaultKind
  afterExecution?: boolean
  status: number
  headers: Record<string, string>
  body: unknown
  hangMs?: number
}

interface Entry {
  spec: FaultSpec
  remaining: number
  hits: number
  random: () => number
}

const GRAPHQL_ONLY = new Set<FaultKind>(['graphql-resource-limit', 'graphql-timeout', 'graphql-502-timeout'])

export class Faults {
  private entries: Entry[] = []

  add(spec: FaultSpec): FaultHandle {
    const entry: Entry = { spec, remaining: spec.times ?? Infinity, hits: 0, random: mulberry32(spec.seed ?? 1) }
    this.entries.push(entry)
    return {
      get hits() {
        return entry.hits
      },
      remove: () => {
        this.entries = this.entries.filter((candidate) => candidate !== entry)
      },
    }
  }

  clear(): void {
    this.entries = []
  }

  /** The fault this request meets, if any (the first that matches and fires); spends one of its `times`. */
  pick(request: FakeRequest): ActiveFault | undefined {
    for (const entry of this.entries) {
      const { spec } = entry
      if (entry.remaining <= 0) continue
      if (GRAPHQL_ONLY.has(spec.kind) && request.kind !== 'graphql') continue
      if (spec.match && !spec.match(request)) continue
      if (spec.probability !== undefined && entry.random() >= spec.probability) continue
      entry.remaining--
      entry.hits++
      return { ...respond(spec, request), ...(spec.afterExecution ? { afterExecution: true } : {}) }
    }
    return undefined
  }
}

function respond(spec: FaultSpec, request: FakeRequest): ActiveFault {
  const wait = spec.retryAfterSeconds ?? 60
  const status = spec.status ?? 403
  const docs = 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api'
  const serverError = (code: number): ActiveFault => ({
    kind: spec.kind,
    status: code,
    headers: {},
    body: { message: 'Server Error', documentation_url: 'https://docs.github.com/rest', status: String(code) },
  })
  switch (spec.kind) {
    case 'status-500':
      return serverError(500)
    case 'status-502':
      return serverError(502)
    case 'status-504':
      return { kind: spec.kind, status: 504, headers: {}, body: GATEWAY_TIMEOUT_BODY }
    case 'graphql-502-timeout':
      return {
        kind: spec.kind,
        status: 502,
        headers: {},
        body: { data: null, errors: [{ message: SOMETHING_WENT_WRONG }] },
      }
    case 'rate-limit': {
      const headers: Record<string, string> =
        spec.waitHeaders === false
          ? {}
          : { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + wait) }
      const message = 'API rate limit exceeded for user ID 1.'
      if (request.kind === 'graphql')
        return { kind: spec.kind, status: 200, headers, body: { errors: [{ type: 'RATE_LIMITED', message }] } }
      return { kind: spec.kind, status, headers, body: { message, documentation_url: docs, status: String(status) } }
    }
    case 'secondary-rate-limit':
      return {
        kind: spec.kind,
        status,
        // At least 1: GitHub does not send 0, and plugin-throttling reads 0 as "no header" and waits 60 s instead.
        headers: spec.waitHeaders === false ? {} : { 'retry-after': String(Math.max(1, wait)) },
        body: {
          message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          documentation_url: `${docs}#about-secondary-rate-limits`,
          status: String(status),
        },
      }
    case 'timeout':
      return {
        kind: spec.kind,
        status: 0,
        headers: {},
        body: undefined,
        ...(spec.hangMs !== undefined ? { hangMs: spec.hangMs } : {}),
      }
    case 'graphql-resource-limit': {
      const errors = [{ type: 'RESOURCE_LIMITS_EXCEEDED', message: 'Resource limits for this query exceeded.' }]
      return { kind: spec.kind, status: 200, headers: {}, body: { data: null, errors } }
    }
    case 'graphql-timeout':
      return {
        kind: spec.kind,
        status: 200,
        headers: {},
        body: { data: null, errors: [{ message: SOMETHING_WENT_WRONG }] },
      }
  }
}

/**
 * GitHub's three answers to a query that ran past its time (issue 9 of this project lists them; GitHub documents the
 * timeout at https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#timeouts):
 * 200 or 502 with this error (https://github.com/orgs/community/discussions/24631,
 * https://github.com/turbot/steampipe-plugin-github/issues/518), or 504 with the gateway's message.
 */
export const SOMETHING_WENT_WRONG =
  'Something went wrong while executing your query. This may be the result of a timeout, or it could be a GitHub bug. ' +
  'Please include `0000:0000:0000000:0000000:00000000` when reporting this issue.'

export const GATEWAY_TIMEOUT_BODY = {
  message:
    "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
}

/** A small seeded generator: the same seed gives the same sequence of faults. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
