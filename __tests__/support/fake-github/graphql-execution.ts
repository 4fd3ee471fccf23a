/**
 * GitHub's execution-time limit on GraphQL queries: "If GitHub takes more than 10 seconds to process an API
 * request, GitHub will terminate the request and you will receive a timeout response", and timeouts still count
 * against the rate limit (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#timeouts).
 *
 * The fake does not wait: it counts what a query touched (repositories, blobs and their bytes, tags ordered by
 * commit date) and turns that into simulated milliseconds. Past the limit the answer is replaced by one of
 * GitHub's three forms, picked by a seeded generator so that runs repeat: 200 or 502 with "Something went wrong
 * while executing your query...", or 504 with the gateway's message.
 */
import { GATEWAY_TIMEOUT_BODY, mulberry32, SOMETHING_WENT_WRONG } from './faults.js'
import type { ExecutionLimit } from './types.js'

/** What a query touched while it ran. */
export interface QueryWork {
  repositories: number
  blobs: number
  bytes: number
  /** Tags sorted by commit date: GitHub reads every tag's commit to order them. */
  orderedTags: number
}

export function emptyWork(): QueryWork {
  return { repositories: 0, blobs: 0, bytes: 0, orderedTags: 0 }
}

/** Simulated milliseconds: a few per repository and blob, one per KiB of blob text, two per ordered tag. */
export function executionMs(work: QueryWork): number {
  return 20 + 2 * work.repositories + 5 * work.blobs + work.bytes / 1024 + 2 * work.orderedTags
}

export type TimeoutForm = '200' | '502' | '504'

export class ExecutionClock {
  private readonly random: () => number
  /** Queries cut off so far, by form. */
  readonly cutOff: Record<TimeoutForm, number> = { '200': 0, '502': 0, '504': 0 }

  constructor(readonly limit: ExecutionLimit) {
    this.random = mulberry32(limit.seed ?? 9)
  }

  /** The timeout answer for a query that did this much work, or undefined when it finished in time. */
  verdict(work: QueryWork): { status: number; body: unknown } | undefined {
    if (executionMs(work) <= this.limit.limitMs) return undefined
    const forms: TimeoutForm[] = ['200', '502', '504']
    const form = forms[Math.floor(this.random() * forms.length)]!
    this.cutOff[form]++
    if (form === '504') return { status: 504, body: GATEWAY_TIMEOUT_BODY }
    return { status: Number(form), body: { data: null, errors: [{ message: SOMETHING_WENT_WRONG }] } }
  }
}
