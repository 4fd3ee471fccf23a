/**
 * The bridge's Prometheus metrics (prom-client), served at `/metrics` beside `/healthz`. A registry of its own per
 * bridge, so that two bridges in one process (the tests) never share counters. Names follow the Prometheus
 * conventions (https://prometheus.io/docs/practices/naming/): `_total` for counters, base units (seconds).
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client'

/** The event counters: what `/metrics` exports as `cim_bridge_events_<name>_total` and the `stopped` log line sums up. */
const EVENT_COUNTERS = {
  received: 'Event deliveries fetched from the consumer, redeliveries included',
  redelivered: 'Deliveries the server had made before (ack wait passed, or a nak)',
  dispatched: 'Events covered by a repository_dispatch that GitHub accepted',
  acked: 'Events acknowledged after their dispatch was accepted',
  naked: "Events nak'ed for redelivery (a failed dispatch, shutdown, a dead letter not stored yet)",
  dead_lettered: 'Invalid events dead-lettered and terminated',
} as const

export type EventCounter = keyof typeof EVENT_COUNTERS

export interface BridgeMetrics {
  registry: Registry
  /** Adds `n` to an event counter. */
  count(name: EventCounter, n?: number): void
  /** The event counters' values, for the health answer and the log. */
  totals(): Record<EventCounter, number>
  dispatches: Counter<'outcome'>
  dispatchSeconds: Histogram
}

/** `oldestPendingSeconds` and `connected` are read when scraped. */
export function createBridgeMetrics(read: { oldestPendingSeconds(): number; connected(): boolean }): BridgeMetrics {
  const registry = new Registry()
  const totals = Object.fromEntries(Object.keys(EVENT_COUNTERS).map((name) => [name, 0])) as Record<
    EventCounter,
    number
  >
  const counters = Object.fromEntries(
    Object.entries(EVENT_COUNTERS).map(([name, help]) => [
      name,
      new Counter({ name: `cim_bridge_events_${name}_total`, help, registers: [registry] }),
    ]),
  ) as Record<EventCounter, Counter>
  new Gauge({
    name: 'cim_bridge_oldest_pending_seconds',
    help: 'Age of the oldest event this bridge holds without an ack (0 when none)',
    registers: [registry],
    collect() {
      this.set(read.oldestPendingSeconds())
    },
  })
  new Gauge({
    name: 'cim_bridge_nats_connected',
    help: '1 while connected to NATS',
    registers: [registry],
    collect() {
      this.set(read.connected() ? 1 : 0)
    },
  })
  return {
    registry,
    count(name, n = 1) {
      totals[name] += n
      counters[name].inc(n)
    },
    totals: () => ({ ...totals }),
    dispatches: new Counter({
      name: 'cim_bridge_dispatches_total',
      help: 'repository_dispatch requests, by outcome',
      labelNames: ['outcome'],
      registers: [registry],
    }),
    dispatchSeconds: new Histogram({
      name: 'cim_bridge_dispatch_duration_seconds',
      help: 'Time GitHub took to answer a repository_dispatch (or the timeout)',
      buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers: [registry],
    }),
  }
}
