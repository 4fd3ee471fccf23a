/**
 * Exponential backoff, shared by the publisher (retrying an unanswered publish) and the bridge (naking events
 * whose dispatch failed). Deterministic: the delay doubles per attempt up to a cap, with no jitter, so tests can
 * reason about it; publishers of different repositories start at different moments anyway.
 */
export interface Backoff {
  /** First delay in milliseconds. */
  initialMs: number
  /** Largest delay in milliseconds. */
  maxMs: number
}

/** The delay before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt: number, backoff: Backoff): number {
  const exponent = Math.min(Math.max(attempt, 0), 30)
  return Math.min(backoff.initialMs * 2 ** exponent, backoff.maxMs)
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })
}
