/**
 * Coalescing, pure: events that arrive within one window become one dispatch, since every update run reconciles
 * the whole organization and N dispatches would start N identical runs. The window opens with the first event
 * held, so no event waits longer than the window (plus a backoff after a failed dispatch) before a dispatch that
 * covers it is sent. Holding is not acknowledging: the caller acks a batch only after GitHub accepted its dispatch.
 */
import { compareStrings } from '../../util/order.js'
import type { ModuleEvent } from '../event.js'

export interface Held<T> {
  /** Stream sequence: a redelivery of a held event has the same one. */
  seq: number
  event: ModuleEvent
  /** What the caller needs to ack or nak the message later. */
  handle: T
}

export class Coalescer<T> {
  private readonly held = new Map<number, Held<T>>()
  private openedAt: number | null = null
  private notBefore = 0

  constructor(readonly windowMs: number) {}

  get size(): number {
    return this.held.size
  }

  /** Holds an event; a redelivery replaces the handle of the copy held (the newest delivery is the one to ack). */
  add(item: Held<T>, now: number): void {
    if (this.held.size === 0) this.openedAt = now
    this.held.set(item.seq, item)
  }

  /** When the held events are due for a dispatch, or null when nothing is held. */
  dueAt(): number | null {
    return this.openedAt === null ? null : Math.max(this.openedAt + this.windowMs, this.notBefore)
  }

  /** No dispatch before `time`: after a failed dispatch, the events arriving meanwhile wait out the backoff too. */
  deferUntil(time: number): void {
    this.notBefore = Math.max(this.notBefore, time)
  }

  /** Removes and returns every held event, oldest first; the next event opens a new window. */
  take(): Held<T>[] {
    const batch = [...this.held.values()].sort((a, b) => a.seq - b.seq)
    this.held.clear()
    this.openedAt = null
    return batch
  }
}

/** At most this many module names are listed in a coalesced dispatch: a hint, not an inventory. */
export const MAX_LISTED_MODULES = 20

/**
 * The client_payload of the dispatch that covers `events`: the newest event as it is (7 keys), and for a batch of
 * more than one also `coalesced` with the number of events and the modules they name (8 keys, under GitHub's 10).
 */
export function dispatchPayload(events: readonly ModuleEvent[]): Record<string, unknown> {
  const newest = events[events.length - 1]
  if (newest === undefined) throw new Error('a dispatch covers at least one event')
  if (events.length === 1) return { ...newest }
  const modules = [...new Set(events.map((event) => event.module))].sort(compareStrings)
  return {
    ...newest,
    coalesced: {
      events: events.length,
      modules: modules.slice(0, MAX_LISTED_MODULES),
      ...(modules.length > MAX_LISTED_MODULES ? { more_modules: modules.length - MAX_LISTED_MODULES } : {}),
    },
  }
}
