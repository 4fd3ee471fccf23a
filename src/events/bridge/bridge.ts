/**
 * The bridge: a durable pull consumer on the event stream that turns module events into repository_dispatch on
 * the registry repository. Four loops share one state:
 *
 * - pull: fetches events; an event that fails validation is dead-lettered (a stream of its own), removed and
 *   terminated; a valid one is held by the coalescer;
 * - dispatch: when the coalescing window is due, sends one dispatch for everything held, acks the batch only after
 *   GitHub accepted it, and naks it with backoff otherwise (so every event is acked after a dispatch that covers it,
 *   or is still pending in the stream);
 * - status: follows the NATS connection, which reconnects on its own after a server restart;
 * - progress: tells the server that events held or in flight past half the ack wait are still being worked on
 *   (`working()`, +WPI: https://docs.nats.io/using-nats/developer/develop_jetstream/consumers#acknowledgement-models),
 *   so that a slow GitHub never makes the server redeliver, and so dispatch twice, what this bridge holds.
 *
 * Health is progress, not liveness: `/healthz` answers 503 when the bridge cannot fetch, cannot dispatch, or holds
 * an event for longer than `stuckAfterMs`, or has lost NATS; a consumer deleted under it ends the bridge (exit 1)
 * after CONSUMER_MISSING_LIMIT checks, since no retry brings it back.
 *
 * Stopping (SIGTERM in the command) stops pulling, lets the in-flight dispatch finish and ack, naks what is held and
 * the invalid events still waiting for a dead letter (redelivered once this bridge's pull request has expired),
 * abandons the dead letter in flight, and drains the connection, all within CLOSE_DEADLINE_MS.
 */
import { jetstream, jetstreamManager, type ConsumerInfo, type JsMsg } from '@nats-io/jetstream'
import type { NatsConnection } from '@nats-io/transport-node'
import { backoffDelay, sleep, type Backoff } from '../backoff.js'
import { closeConnection, connectNats, type NatsSettings } from '../connection.js'
import { decodeEvent, MAX_EVENT_BYTES } from '../event.js'
import { seqRanges, type Logger, type LogLevel } from '../log.js'
import { publishWithRetry, type PublishError } from '../jetstream-publish.js'
import { DEAD_LETTER_COPY_BYTES } from '../provision.js'
import { Coalescer, dispatchPayload, type Held } from './coalesce.js'
import { createDispatcher, type Dispatch, type DispatchOutcome } from '../../github/dispatch.js'
import { startHealthServer, type HealthServer } from './health.js'
import { createBridgeMetrics, type BridgeMetrics } from './metrics.js'

export interface BridgeOptions {
  nats: NatsSettings
  stream: string
  consumer: string
  /** `owner/name` of the registry repository that receives the dispatches. */
  registryRepo: string
  /** Events must come from repositories of this organization. */
  org: string
  token: string
  /** GitHub's REST API (GITHUB_API_URL); a GitHub Enterprise server or a test double. */
  githubApiUrl?: string
  eventType?: string
  /** Events within this window become one dispatch. */
  windowMs: number
  deadLetterSubject: string
  maxEventBytes?: number
  dispatchTimeoutMs?: number
  /** Events per pull request. */
  fetchBatch?: number
  /** Nak delays after failed dispatches: doubling from initialMs, capped at maxMs (and at half the ack wait). */
  backoff?: Backoff
  /** Serve GET /healthz and /metrics on 127.0.0.1 at this port (0: any free port, named in the `health` log line). */
  healthPort?: number
  /** Unhealthy when no fetch or no dispatch succeeded, or an event was held, for longer than this. */
  stuckAfterMs?: number
  log: Logger
}

export const DEFAULT_WINDOW_MS = 2000
export const DEFAULT_DISPATCH_TIMEOUT_MS = 10_000
export const DEFAULT_STUCK_AFTER_MS = 5 * 60_000
export const DISPATCH_BACKOFF: Backoff = { initialMs: 1000, maxMs: 30_000 }
/** A rate limit without a time to come back: GitHub asks for at least a minute, then exponentially longer. */
export const SECONDARY_RATE_LIMIT_BACKOFF: Backoff = { initialMs: 60_000, maxMs: 16 * 60_000 }
/** A guard against a garbled header: GitHub's primary limits reset within the hour. */
const MAX_RATE_LIMIT_WAIT_MS = 61 * 60_000
/** Checks in a row that find the consumer gone before the bridge gives up (exit 1). */
export const CONSUMER_MISSING_LIMIT = 3
/** A dispatch is one request: the dispatcher does not retry (its naks are its retries). */
const DISPATCH_ATTEMPTS = 1
const CONNECT_BACKOFF: Backoff = { initialMs: 250, maxMs: 5000 }
const FETCH_EXPIRES_MS = 1000
/**
 * Naks on stop wait out this bridge's last pull request (open on the server until it expires), which would
 * otherwise take the redelivery and leave it with a process that is going away, until the ack wait ends.
 */
const STOP_NAK_DELAY_MS = 2 * FETCH_EXPIRES_MS
const CONNECT_TIMEOUT_MS = 5000
/** A dead letter that cannot be stored within this is nak'ed and tried again later. */
const DEAD_LETTER_TIMEOUT_MS = 5000
/**
 * close() ends within this whatever NATS does (dead letters unanswered, a drain during an outage): well under the
 * 30 s that systemd (TimeoutStopSec) and docker (--stop-timeout) give before SIGKILL, as the README sets them.
 */
export const CLOSE_DEADLINE_MS = 10_000

/** Runs until `signal` aborts (then stops gracefully) or a failure no retry can fix (then throws). */
export async function runBridge(options: BridgeOptions, signal: AbortSignal): Promise<void> {
  const nc = await connectPatiently(options, signal)
  if (!nc) return
  const bridge = new Bridge(nc, options)
  try {
    await bridge.run(signal)
  } finally {
    await bridge.close()
  }
}

/** Connects, retrying while the servers cannot be reached (a bridge may start before NATS does). */
async function connectPatiently(options: BridgeOptions, signal: AbortSignal): Promise<NatsConnection | null> {
  for (let attempt = 0; !signal.aborted; attempt++) {
    try {
      const nc = await connectNats(
        options.nats,
        {
          name: 'cim-registry-bridge',
          maxReconnectAttempts: -1,
          reconnectTimeWait: 250,
          timeout: CONNECT_TIMEOUT_MS,
        },
        signal,
      )
      options.log('info', 'connected', { server: nc.getServer() })
      return nc
    } catch (error) {
      if (signal.aborted) break
      const failure = error as Error & { refused?: boolean }
      if (failure.refused) throw failure
      const delay = backoffDelay(attempt, CONNECT_BACKOFF)
      options.log('warn', 'connect-failed', { reason: failure.message, retry_in_ms: delay })
      await sleep(delay, signal)
    }
  }
  return null
}

/** Whether events can be held and dispatched before the server redelivers them; pure, for the start-up check. */
export function ackWaitBudget(
  parts: { windowMs: number; dispatchTimeoutMs: number; attempts: number; backoffMaxMs: number },
  ackWaitMs: number,
) {
  const neededMs = parts.windowMs + parts.dispatchTimeoutMs * parts.attempts + parts.backoffMaxMs
  const message =
    `window ${parts.windowMs} ms + dispatch timeout ${parts.dispatchTimeoutMs} ms x ${parts.attempts} + backoff ${parts.backoffMaxMs} ms ` +
    `= ${neededMs} ms must stay below the consumer's ack wait of ${ackWaitMs} ms, or held events are redelivered and ` +
    'dispatched twice: raise the ack wait (`cim-registry nats setup --ack-wait`) or lower --window / --dispatch-timeout'
  return { ok: neededMs < ackWaitMs, neededMs, message }
}

/** A delivery not yet acked, nak'ed or terminated: held, in a dispatch, or being dead-lettered. */
interface Pending {
  handle: JsMsg
  /** The last delivery or `working()`: the server's ack-wait clock starts there. */
  touchedAt: number
}

/** When this bridge first and last received an event not yet acked or terminated (nak'ed ones come back). */
interface Seen {
  first: number
  last: number
}

class Bridge {
  private readonly log: Logger
  private readonly coalescer: Coalescer<JsMsg>
  private readonly dispatch: Dispatch
  private readonly maxEventBytes: number
  private readonly dispatchTimeoutMs: number
  private readonly stuckAfterMs: number
  private readonly metrics: BridgeMetrics
  private readonly pending = new Map<number, Pending>()
  private readonly unfinished = new Map<number, Seen>()
  private backoff: Backoff
  private ackWaitMs = 0
  private connected = true
  private readonly stopped = new AbortController()
  /** Resolvers of the dispatch loop's current pause: woken when a window opens and on stop. */
  private readonly waiters = new Set<() => void>()
  private fetching: { stop(): void } | null = null
  private deadLetters: Promise<void> = Promise.resolve()
  /** Invalid events nak'ed without a dead letter because the bridge is stopping: logged once by close(). */
  private readonly nakedOnStop: number[] = []
  private health: HealthServer | null = null
  private progress: ReturnType<typeof setInterval> | null = null
  private batches = 0
  private failures = 0
  private lastFetch = Date.now()
  private failingSince: number | null = null
  private consumerMissing = 0
  private lastDispatch: string | null = null

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: BridgeOptions,
  ) {
    this.log = options.log
    this.coalescer = new Coalescer(options.windowMs)
    this.maxEventBytes = options.maxEventBytes ?? MAX_EVENT_BYTES
    this.dispatchTimeoutMs = options.dispatchTimeoutMs ?? DEFAULT_DISPATCH_TIMEOUT_MS
    this.stuckAfterMs = options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS
    this.backoff = options.backoff ?? DISPATCH_BACKOFF
    this.metrics = createBridgeMetrics({
      oldestPendingSeconds: () => this.oldestPendingMs() / 1000,
      connected: () => this.connected,
    })
    this.dispatch = createDispatcher({
      registryRepo: options.registryRepo,
      token: options.token,
      ...(options.githubApiUrl ? { baseUrl: options.githubApiUrl } : {}),
      ...(options.eventType ? { eventType: options.eventType } : {}),
      timeoutMs: this.dispatchTimeoutMs,
      log: (message) => this.log('warn', 'github', { message }),
    })
  }

  async run(signal: AbortSignal): Promise<void> {
    const info = await this.consumerInfo(signal)
    if (!info) return
    this.ackWaitMs = Math.round((info.config.ack_wait ?? 30e9) / 1e6)
    // A nak delay past half the ack wait buys nothing: the events held meanwhile would need working() sooner.
    this.backoff = { ...this.backoff, maxMs: Math.min(this.backoff.maxMs, Math.floor(this.ackWaitMs / 2)) }
    const budget = ackWaitBudget(
      {
        windowMs: this.options.windowMs,
        dispatchTimeoutMs: this.dispatchTimeoutMs,
        attempts: DISPATCH_ATTEMPTS,
        backoffMaxMs: this.backoff.maxMs,
      },
      this.ackWaitMs,
    )
    if (!budget.ok) throw new Error(budget.message)
    if (this.options.healthPort !== undefined) {
      this.health = await startHealthServer(this.options.healthPort, () => this.state(), this.metrics.registry)
      const base = `http://127.0.0.1:${this.health.port}`
      this.log('info', 'health', { port: this.health.port, url: `${base}/healthz`, metrics: `${base}/metrics` })
    }
    this.log('info', 'started', {
      stream: this.options.stream,
      consumer: this.options.consumer,
      registry_repo: this.options.registryRepo,
      org: this.options.org,
      window_ms: this.options.windowMs,
      ack_wait_ms: this.ackWaitMs,
      ack_wait_budget_ms: budget.neededMs,
    })

    const stop = () => this.stop()
    signal.addEventListener('abort', stop, { once: true })
    if (signal.aborted) stop()
    void this.followStatus()
    this.progress = setInterval(() => this.sendProgress(), Math.max(50, Math.floor(this.ackWaitMs / 4)))
    try {
      await Promise.all([this.pull(), this.dispatchLoop()])
    } finally {
      signal.removeEventListener('abort', stop)
    }
  }

  /**
   * The consumer's configuration. A consumer that does not exist is the operator's to create; anything else (a
   * JetStream that is still starting, a timeout) is waited out. Null when stopped meanwhile.
   */
  private async consumerInfo(signal: AbortSignal): Promise<ConsumerInfo | null> {
    for (let attempt = 0; !signal.aborted; attempt++) {
      try {
        const jsm = await jetstreamManager(this.nc)
        return await jsm.consumers.info(this.options.stream, this.options.consumer)
      } catch (error) {
        const message = `cannot use consumer ${this.options.consumer} on stream ${this.options.stream}: ${(error as Error).message}`
        if (/not found/i.test((error as Error).message)) {
          throw new Error(`${message} (create both with \`cim-registry nats setup\`)`)
        }
        const delay = backoffDelay(attempt, CONNECT_BACKOFF)
        this.log('warn', 'consumer-unavailable', { reason: message, retry_in_ms: delay })
        await sleep(delay, signal)
      }
    }
    return null
  }

  private get stopping(): boolean {
    return this.stopped.signal.aborted
  }

  private stop(): void {
    this.stopped.abort()
    this.fetching?.stop()
    this.wake()
  }

  /**
   * Stop: nak what is held and the invalid events still queued for a dead letter (redelivered to this bridge's
   * successor after STOP_NAK_DELAY_MS), abandon the dead letter in flight, drain; all within CLOSE_DEADLINE_MS.
   */
  async close(): Promise<void> {
    const deadline = Date.now() + CLOSE_DEADLINE_MS
    this.stop()
    if (this.progress) clearInterval(this.progress)
    const held = this.coalescer.take()
    for (const item of held) this.settle(item.handle, 'nak', STOP_NAK_DELAY_MS)
    if (held.length > 0) this.logBatch('info', 'nak', held, { reason: 'shutdown' })
    await within(this.deadLetters, deadline - Date.now())
    if (this.nakedOnStop.length > 0) {
      const seqs = this.nakedOnStop.splice(0)
      this.log('info', 'nak', {
        seqs: seqRanges(seqs),
        events: seqs.length,
        reason: 'shutdown: invalid events, dead letters not stored yet',
      })
    }
    if (!(await within(closeConnection(this.nc, true), deadline - Date.now())))
      await this.nc.close().catch(() => undefined)
    await this.health?.close()
    this.log('info', 'stopped', this.metrics.totals())
  }

  /** The age of the oldest event received and not yet acked or terminated, nak'ed and redelivered ones included. */
  private oldestPendingMs(now = Date.now()): number {
    let oldest = now
    for (const seen of this.unfinished.values()) oldest = Math.min(oldest, seen.first)
    return now - oldest
  }

  /** Why the bridge is not making progress; empty when it is. */
  private problems(now = Date.now()): string[] {
    const problems: string[] = []
    const stuck = (ms: number) => ms > this.stuckAfterMs
    const seconds = (ms: number) => `${Math.round(ms / 1000)} s`
    if (this.stopping) problems.push('stopping')
    if (!this.connected) problems.push('disconnected from NATS')
    if (this.consumerMissing > 0) problems.push(`consumer ${this.options.consumer} no longer exists`)
    if (stuck(now - this.lastFetch)) problems.push(`no fetch succeeded for ${seconds(now - this.lastFetch)}`)
    if (this.failingSince !== null && stuck(now - this.failingSince)) {
      problems.push(`no dispatch accepted for ${seconds(now - this.failingSince)}`)
    }
    const oldest = this.oldestPendingMs(now)
    if (stuck(oldest)) problems.push(`an event has waited ${seconds(oldest)} without an ack`)
    return problems
  }

  private state() {
    const problems = this.problems()
    return {
      healthy: problems.length === 0,
      problems,
      nats: this.connected ? 'connected' : 'disconnected',
      held: this.coalescer.size,
      pending: this.pending.size,
      oldest_pending_ms: this.oldestPendingMs(),
      consecutive_failures: this.failures,
      last_dispatch: this.lastDispatch,
      stuck_after_ms: this.stuckAfterMs,
      ...this.metrics.totals(),
    }
  }

  private async followStatus(): Promise<void> {
    for await (const status of this.nc.status()) {
      if (status.type === 'disconnect') {
        this.connected = false
        this.log('warn', 'disconnected', { server: status.server })
      } else if (status.type === 'reconnect') {
        this.connected = true
        this.log('info', 'reconnected', { server: status.server })
      } else if (status.type === 'error') {
        this.log('warn', 'nats-error', { reason: status.error.message })
      }
    }
  }

  /**
   * +WPI for every event held or in flight whose ack-wait clock is past its half. Also forgets nak'ed events that
   * have not come back within twice the ack wait after their nak delay: another bridge took them.
   */
  private sendProgress(): void {
    const now = Date.now()
    for (const item of this.pending.values()) {
      if (now - item.touchedAt >= this.ackWaitMs / 2) {
        item.handle.working()
        item.touchedAt = now
      }
    }
    for (const [seq, seen] of this.unfinished) {
      if (!this.pending.has(seq) && now - seen.last > 2 * this.ackWaitMs) this.unfinished.delete(seq)
    }
  }

  /** Acks, naks or terminates a delivery, and forgets it. */
  private settle(handle: JsMsg, how: 'ack' | 'nak' | 'term', nakDelayMs?: number): void {
    if (how === 'ack') handle.ack()
    else if (how === 'term') handle.term()
    else handle.nak(nakDelayMs)
    if (how === 'ack') this.metrics.count('acked')
    if (how === 'nak') {
      this.metrics.count('naked')
      // Expected back after its delay (a rate limit's can be long): the purge in sendProgress counts from then.
      const seen = this.unfinished.get(handle.seq)
      if (seen) seen.last = Date.now() + (nakDelayMs ?? 0)
    } else this.unfinished.delete(handle.seq)
    this.pending.delete(handle.seq)
  }

  private async pull(): Promise<void> {
    const consumer = await jetstream(this.nc).consumers.get(this.options.stream, this.options.consumer)
    const batch = this.options.fetchBatch ?? 500
    for (let failures = 0; !this.stopping;) {
      try {
        const messages = await consumer.fetch({ max_messages: batch, expires: FETCH_EXPIRES_MS })
        this.fetching = messages
        for await (const message of messages) this.receive(message)
        failures = 0
        this.lastFetch = Date.now()
        this.consumerMissing = 0
      } catch (error) {
        if (this.stopping) break
        // The client gave up on the connection (credentials refused after a reconnect): a restart is the way out.
        if (this.nc.isClosed()) throw new Error(`the NATS connection closed: ${(error as Error).message}`)
        await this.checkConsumer()
        const delay = backoffDelay(failures++, CONNECT_BACKOFF)
        this.log('warn', 'fetch-failed', { reason: (error as Error).message, retry_in_ms: delay })
        await sleep(delay, this.stopped.signal)
      } finally {
        this.fetching = null
      }
    }
  }

  /**
   * After a failed fetch: is the consumer still there? A deleted consumer shows up as missed heartbeats or a 409
   * (nats.js consumer.js: "consumer_deleted", "heartbeats_missed") and no retry brings it back; after
   * CONSUMER_MISSING_LIMIT checks in a row the bridge stops with an error, for the service manager to see.
   */
  private async checkConsumer(): Promise<void> {
    try {
      await (await jetstreamManager(this.nc)).consumers.info(this.options.stream, this.options.consumer)
      this.consumerMissing = 0
    } catch (error) {
      if (!/not found/i.test((error as Error).message)) return
      this.consumerMissing++
      this.log('error', 'consumer-missing', { consumer: this.options.consumer, checks: this.consumerMissing })
      if (this.consumerMissing >= CONSUMER_MISSING_LIMIT) {
        throw new Error(
          `consumer ${this.options.consumer} on stream ${this.options.stream} no longer exists ` +
            '(recreate it with `cim-registry nats setup`, then restart the bridge)',
        )
      }
    }
  }

  private receive(message: JsMsg): void {
    const now = Date.now()
    this.metrics.count('received')
    if (message.redelivered) this.metrics.count('redelivered')
    this.pending.set(message.seq, { handle: message, touchedAt: now })
    this.unfinished.set(message.seq, { first: this.unfinished.get(message.seq)?.first ?? now, last: now })
    const check = decodeEvent(message.data, { org: this.options.org, maxBytes: this.maxEventBytes })
    if (check.ok) {
      this.coalescer.add({ seq: message.seq, event: check.event, handle: message }, now)
      // The first event held opens a window: the dispatch loop, idle until now, learns when it is due.
      if (this.coalescer.size === 1) this.wake()
    } else {
      this.deadLetters = this.deadLetters.then(() => this.reject(message, check.reason))
    }
  }

  /**
   * Dead-letters an invalid event (the reason and a bounded copy, in the dead-letter stream), removes it from the
   * event stream so that junk never holds room that pending events need, and terminates it. Only while the dead
   * letter cannot be stored for a reason a retry can fix (no dead-letter stream yet, no ack in time) is the event
   * nak'ed to come back later; any other refusal (no permission, a message the client or the stream refuses, a full
   * stream, a closed connection) terminates it all the same, with the reason in the log: a retry would fail the
   * same way for ever.
   */
  private async reject(message: JsMsg, reason: string): Promise<void> {
    if (this.stopping) {
      this.settle(message, 'nak', STOP_NAK_DELAY_MS)
      this.nakedOnStop.push(message.seq)
      return
    }
    const copy = message.data.subarray(0, DEAD_LETTER_COPY_BYTES)
    let deadLetter: Record<string, string | number | null> = {}
    try {
      const stored = await publishWithRetry(
        jetstream(this.nc),
        copy,
        `dead-letter:${this.options.stream}:${message.seq}`,
        {
          subject: this.options.deadLetterSubject,
          timeoutMs: DEAD_LETTER_TIMEOUT_MS,
          signal: this.stopped.signal,
          headers: {
            'Cim-Dead-Letter-Reason': reason,
            'Cim-Original-Stream': this.options.stream,
            'Cim-Original-Subject': message.subject,
            'Cim-Original-Seq': String(message.seq),
            'Cim-Original-Bytes': String(message.data.byteLength),
            ...(copy.byteLength < message.data.byteLength ? { 'Cim-Truncated': 'true' } : {}),
          },
        },
      )
      deadLetter = { dead_letter: this.options.deadLetterSubject, dead_letter_seq: stored.seq }
    } catch (error) {
      const failure = error as PublishError
      if (failure.kind === 'stopped') {
        this.settle(message, 'nak', STOP_NAK_DELAY_MS)
        this.nakedOnStop.push(message.seq)
        return
      }
      if (failure.retryable) {
        const delay = this.backoff.maxMs
        this.settle(message, 'nak', delay)
        const why = `invalid event (${reason}), dead letter not stored yet: ${failure.message}`
        this.log('error', 'nak', { seqs: String(message.seq), events: 1, reason: why, delay_ms: delay })
        return
      }
      deadLetter = { dead_letter: null, dead_letter_error: failure.message }
    }
    const removed = await this.removeFromStream(message.seq)
    // Plain +TERM: servers before 2.10 do not read a reason after it and would take the message as unacknowledged.
    this.settle(message, 'term')
    this.metrics.count('dead_lettered')
    this.log(deadLetter.dead_letter === null ? 'error' : 'warn', 'term', {
      seq: message.seq,
      reason,
      ...deadLetter,
      removed,
    })
  }

  /** Deletes an invalid message from the event stream; false (logged) when the server or a permission refuses. */
  private async removeFromStream(seq: number): Promise<boolean> {
    try {
      const jsm = await jetstreamManager(this.nc)
      return await jsm.streams.deleteMessage(this.options.stream, seq, false)
    } catch (error) {
      this.log('warn', 'remove-failed', { seq, reason: (error as Error).message })
      return false
    }
  }

  private async dispatchLoop(): Promise<void> {
    while (!this.stopping) {
      const due = this.coalescer.dueAt()
      if (due === null || due > Date.now()) {
        await this.pause(due === null ? 60_000 : due - Date.now())
        continue
      }
      await this.dispatchBatch(this.coalescer.take())
    }
  }

  private async dispatchBatch(batch: Held<JsMsg>[]): Promise<void> {
    const id = ++this.batches
    const payload = dispatchPayload(batch.map((item) => item.event))
    const started = Date.now()
    const newest = { module: payload.module as string, commit: payload.commit as string }
    this.logBatch('info', 'dispatch-start', batch, { batch: id, ...newest })
    const outcome = await this.dispatch(payload)
    const ms = Date.now() - started
    this.metrics.dispatchSeconds.observe(ms / 1000)
    this.metrics.dispatches.inc({ outcome: outcome.ok ? 'accepted' : 'failed' })
    if (outcome.ok) {
      this.failures = 0
      this.failingSince = null
      this.lastDispatch = new Date().toISOString()
      this.metrics.count('dispatched', batch.length)
      this.logBatch('info', 'dispatch', batch, { batch: id, outcome: 'accepted', status: outcome.status, ms })
      for (const item of batch) this.settle(item.handle, 'ack')
      this.logBatch('info', 'ack', batch, { batch: id })
      return
    }
    const delay = this.retryDelay(outcome)
    this.failures++
    this.failingSince ??= started
    // Events that arrive meanwhile wait too, and a window longer than the nak delay: the naked batch is back by
    // then and goes out in the same dispatch, instead of alternating with them.
    this.coalescer.deferUntil(Date.now() + delay + this.options.windowMs)
    this.logBatch(outcome.retryable ? 'warn' : 'error', 'dispatch', batch, {
      batch: id,
      outcome: 'failed',
      status: outcome.status ?? null,
      reason: outcome.reason,
      ms,
    })
    for (const item of batch) this.settle(item.handle, 'nak', delay)
    this.logBatch('warn', 'nak', batch, { batch: id, delay_ms: delay })
  }

  /**
   * The nak delay after a failed dispatch. GitHub's rate limits are waited out in full, however long: a nak'ed event
   * is not held, so the ack wait does not bound the delay, and "continuing to make requests while you are rate
   * limited may result in the banning of your integration"
   * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit):
   * until retry-after or x-ratelimit-reset when GitHub says, else at least a minute, doubling while it lasts. Other
   * retryable failures back off up to backoff.maxMs; a refusal that is the bridge's own configuration is retried as
   * rarely as the backoff allows.
   */
  private retryDelay(outcome: DispatchOutcome & { ok: false }): number {
    if (!outcome.retryable) return this.backoff.maxMs
    const backoff = backoffDelay(this.failures, this.backoff)
    if (outcome.retryAfterMs !== undefined)
      return Math.min(Math.max(outcome.retryAfterMs, backoff), MAX_RATE_LIMIT_WAIT_MS)
    if (outcome.rateLimited) return backoffDelay(this.failures, SECONDARY_RATE_LIMIT_BACKOFF)
    return backoff
  }

  private logBatch(
    level: LogLevel,
    action: string,
    batch: Held<JsMsg>[],
    fields: Record<string, string | number | null>,
  ): void {
    this.log(level, action, { ...fields, events: batch.length, seqs: seqRanges(batch.map((item) => item.seq)) })
  }

  /** Waits `ms`, or less when woken (a window opened, or a stop). */
  private pause(ms: number): Promise<void> {
    const controller = new AbortController()
    const resolve = () => controller.abort()
    this.waiters.add(resolve)
    return sleep(ms, controller.signal).finally(() => this.waiters.delete(resolve))
  }

  private wake(): void {
    for (const resolve of this.waiters) resolve()
  }
}

/** Whether `promise` settled within `ms` (false: it is left running, its outcome ignored). */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const timeUp = new AbortController()
  const settled = promise.then(
    () => true,
    () => true,
  )
  const result = await Promise.race([settled, sleep(Math.max(0, ms), timeUp.signal).then(() => false)])
  timeUp.abort()
  return result
}
