/**
 * Primary rate limits per token and resource, counted as GitHub counts them and reported in its headers
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#checking-the-status-of-your-rate-limit):
 * `x-ratelimit-limit`, `-remaining`, `-used`, `-reset` (UTC epoch seconds) and `-resource`. REST core and GraphQL
 * budgets last an hour, search a minute; GraphQL spends the query's cost in points, REST one per request.
 */
import type { RateLimitBudget } from './types.js'

export type Resource = 'core' | 'search' | 'graphql'

export interface RateWindow {
  limit: number
  used: number
  remaining: number
  /** UTC epoch seconds. */
  reset: number
}

const DURATION: Record<Resource, number> = { core: 3_600_000, search: 60_000, graphql: 3_600_000 }

export class RateLimits {
  private readonly windows = new Map<string, { start: number; used: number }>()
  private readonly limits: Record<Resource, number>

  constructor(
    budget: RateLimitBudget = {},
    private readonly now: () => number = Date.now,
  ) {
    this.limits = { core: budget.core ?? 5_000, search: budget.search ?? 30, graphql: budget.graphql ?? 5_000 }
  }

  /** The window after spending `points` (0 to look without spending). */
  charge(key: string, resource: Resource, points: number): RateWindow {
    const id = `${key}:${resource}`
    const now = this.now()
    let window = this.windows.get(id)
    if (!window || now >= window.start + DURATION[resource]) {
      window = { start: now, used: 0 }
      this.windows.set(id, window)
    }
    window.used += points
    const limit = this.limits[resource]
    const reset = Math.ceil((window.start + DURATION[resource]) / 1000)
    return { limit, used: window.used, remaining: Math.max(0, limit - window.used), reset }
  }

  /** Whether the budget is spent already (before this request). */
  exhausted(key: string, resource: Resource): boolean {
    const window = this.charge(key, resource, 0)
    return window.used >= window.limit
  }
}

export function rateLimitHeaders(window: RateWindow, resource: Resource): Record<string, string> {
  return {
    'x-ratelimit-limit': String(window.limit),
    'x-ratelimit-remaining': String(window.remaining),
    'x-ratelimit-used': String(window.used),
    'x-ratelimit-reset': String(window.reset),
    'x-ratelimit-resource': resource,
  }
}
