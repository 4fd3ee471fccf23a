/**
 * The bridge: a durable pull consumer on the event stream that turns module events into repository_dispatch on
 * the registry repository. Three loops share one state:
 *
 * - pull: fetches events; an event that fails validation is republished to the dead-letter subject and then
 *   terminated; a valid one is held by the coalescer;
 * - dispatch: when the coalescing window is due, sends one dispatch for everything held, acks the batch only after
 *   GitHub accepted it, and naks it with backoff otherwise (so every event is acked after a dispatch that covers it,
 *   or is still pending in the stream);
 * - status: follows the NATS connection, which reconnects on its own after a server restart.
 *
 * Stopping (SIGTERM in the command) stops pulling, lets the in-flight dispatch finish and ack, naks what is held so
 * that it is redelivered at once, and drains the connection.
 */
import { jetstream, jetstreamManager, type ConsumerInfo, type JsMsg } from '@nats-io/jetstream'
import type { NatsConnection } from '@nats-io/transport-node'
import { backoffDelay, sleep, type Backoff } from '../backoff.js'
import { closeConnection, connectNats, type NatsSettings } from '../connection.js'
import { decodeEvent, MAX_EVENT_BYTES } from '../event.js'
import { seqRanges, type Logger, type LogLevel } from '../log.js'
import { publishWithRetry } from '../publish.js'
import { Coalescer, dispatchPayload, type Held } from './coalesce.js'
import { createDispatcher, type Dispatch } from './dispatch.js'
import { startHealthServer, type HealthServer } from './health.js'

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
  /** Serve GET /healthz on 127.0.0.1 at this port (0: any free port, named in the `health` log line). */
  healthPort?: number
  log: Logger
}

export const DEFAULT_WINDOW_MS = 2000
export const DISPATCH_BACKOFF: Backoff = { initialMs: 1000, maxMs: 30_000 }
const CONNECT_BACKOFF: Backoff = { initialMs: 250, maxMs: 5000 }
const FETCH_EXPIRES_MS = 1000
const CONNECT_TIMEOUT_MS = 5000

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
      const nc = await connectNats(options.nats, {
        name: 'cim-registry-bridge',
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
        timeout: CONNECT_TIMEOUT_MS,
      }, signal)
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

class Bridge {
  private readonly log: Logger
  private readonly coalescer: Coalescer<JsMsg>
  private readonly dispatch: Dispatch
  private readonly maxEventBytes: number
  private backoff: Backoff
  private connected = true
  private readonly stopped = new AbortController()
  /** Resolvers of the dispatch loop's current pause: woken when a window opens and on stop. */
  private readonly waiters = new Set<() => void>()
  private fetching: { stop(): void } | null = null
  private deadLetters: Promise<void> = Promise.resolve()
  private health: HealthServer | null = null
  private batches = 0
  private failures = 0
  private readonly counts = { dispatched: 0, acked: 0, naked: 0, terminated: 0 }
  private lastDispatch: string | null = null

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: BridgeOptions,
  ) {
    this.log = options.log
    this.coalescer = new Coalescer(options.windowMs)
    this.maxEventBytes = options.maxEventBytes ?? MAX_EVENT_BYTES
    this.backoff = options.backoff ?? DISPATCH_BACKOFF
    this.dispatch = createDispatcher({
      registryRepo: options.registryRepo,
      token: options.token,
      ...(options.githubApiUrl ? { baseUrl: options.githubApiUrl } : {}),
      ...(options.eventType ? { eventType: options.eventType } : {}),
      timeoutMs: options.dispatchTimeoutMs ?? 10_000,
      log: (message) => this.log('warn', 'github', { message }),
    })
  }

  async run(signal: AbortSignal): Promise<void> {
    const info = await this.consumerInfo(signal)
    if (!info) return
    const ackWaitMs = Math.round((info.config.ack_wait ?? 30e9) / 1e6)
    // Held events must be dispatched (or naked) before the server gives up waiting for their ack and redelivers.
    this.backoff = { ...this.backoff, maxMs: Math.min(this.backoff.maxMs, Math.floor(ackWaitMs / 2)) }
    if (this.options.windowMs * 4 > ackWaitMs) {
      const message = `window ${this.options.windowMs} ms is long for the consumer's ack wait of ${ackWaitMs} ms`
      this.log('warn', 'config', { message })
    }
    if (this.options.healthPort !== undefined) {
      this.health = await startHealthServer(this.options.healthPort, () => this.state())
      this.log('info', 'health', { port: this.health.port, url: `http://127.0.0.1:${this.health.port}/healthz` })
    }
    this.log('info', 'started', {
      stream: this.options.stream,
      consumer: this.options.consumer,
      registry_repo: this.options.registryRepo,
      org: this.options.org,
      window_ms: this.options.windowMs,
      ack_wait_ms: ackWaitMs,
    })

    const stop = () => this.stop()
    signal.addEventListener('abort', stop, { once: true })
    if (signal.aborted) stop()
    void this.followStatus()
    await Promise.all([this.pull(), this.dispatchLoop()])
    signal.removeEventListener('abort', stop)
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

  /** Stop: nak what is held (redelivered at once, to this bridge's successor), finish dead letters, drain. */
  async close(): Promise<void> {
    this.stop()
    const held = this.coalescer.take()
    for (const item of held) item.handle.nak()
    if (held.length > 0) this.logBatch('info', 'nak', held, { reason: 'shutdown' })
    await this.deadLetters
    await closeConnection(this.nc, true)
    await this.health?.close()
    this.log('info', 'stopped', { ...this.counts })
  }

  private state() {
    return {
      healthy: this.connected && !this.stopping,
      nats: this.connected ? 'connected' : 'disconnected',
      held: this.coalescer.size,
      consecutive_failures: this.failures,
      last_dispatch: this.lastDispatch,
      ...this.counts,
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

  private async pull(): Promise<void> {
    const consumer = await jetstream(this.nc).consumers.get(this.options.stream, this.options.consumer)
    const batch = this.options.fetchBatch ?? 500
    for (let failures = 0; !this.stopping; ) {
      try {
        const messages = await consumer.fetch({ max_messages: batch, expires: FETCH_EXPIRES_MS })
        this.fetching = messages
        for await (const message of messages) this.receive(message)
        failures = 0
      } catch (error) {
        if (this.stopping) break
        // The client gave up on the connection (credentials refused after a reconnect): a restart is the way out.
        if (this.nc.isClosed()) throw new Error(`the NATS connection closed: ${(error as Error).message}`)
        const delay = backoffDelay(failures++, CONNECT_BACKOFF)
        this.log('warn', 'fetch-failed', { reason: (error as Error).message, retry_in_ms: delay })
        await sleep(delay, this.stopped.signal)
      } finally {
        this.fetching = null
      }
    }
  }

  private receive(message: JsMsg): void {
    const check = decodeEvent(message.data, { org: this.options.org, maxBytes: this.maxEventBytes })
    if (check.ok) {
      this.coalescer.add({ seq: message.seq, event: check.event, handle: message }, Date.now())
      // The first event held opens a window: the dispatch loop, idle until now, learns when it is due.
      if (this.coalescer.size === 1) this.wake()
    } else {
      this.deadLetters = this.deadLetters.then(() => this.reject(message, check.reason))
    }
  }

  /** Dead-letters and terminates an invalid event; if the dead letter cannot be stored, naks it instead. */
  private async reject(message: JsMsg, reason: string): Promise<void> {
    try {
      const stored = await publishWithRetry(jetstream(this.nc), message.data, `dead-letter:${this.options.stream}:${message.seq}`, {
        subject: this.options.deadLetterSubject,
        timeoutMs: 10_000,
        headers: {
          'Cim-Dead-Letter-Reason': reason,
          'Cim-Original-Subject': message.subject,
          'Cim-Original-Seq': String(message.seq),
        },
      })
      // Plain +TERM: servers before 2.10 do not read a reason after it and would take the message as unacknowledged.
      message.term()
      this.counts.terminated++
      const deadLetter = { dead_letter: this.options.deadLetterSubject, dead_letter_seq: stored.seq }
      this.log('warn', 'term', { seq: message.seq, reason, ...deadLetter })
    } catch (error) {
      const delay = this.backoff.maxMs
      message.nak(delay)
      this.counts.naked++
      const why = `invalid event (${reason}), dead letter not stored: ${(error as Error).message}`
      this.log('error', 'nak', { seqs: String(message.seq), events: 1, reason: why, delay_ms: delay })
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
    if (outcome.ok) {
      this.failures = 0
      this.counts.dispatched++
      this.lastDispatch = new Date().toISOString()
      this.logBatch('info', 'dispatch', batch, { batch: id, outcome: 'accepted', status: outcome.status, ms })
      for (const item of batch) item.handle.ack()
      this.counts.acked += batch.length
      this.logBatch('info', 'ack', batch, { batch: id })
      return
    }
    // A refusal that is the bridge's own configuration is retried as rarely as the backoff allows.
    const delay = outcome.retryable
      ? Math.min(Math.max(outcome.retryAfterMs ?? 0, backoffDelay(this.failures, this.backoff)), this.backoff.maxMs)
      : this.backoff.maxMs
    this.failures++
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
    for (const item of batch) item.handle.nak(delay)
    this.counts.naked += batch.length
    this.logBatch('warn', 'nak', batch, { batch: id, delay_ms: delay })
  }

  private logBatch(level: LogLevel, action: string, batch: Held<JsMsg>[], fields: Record<string, string | number | null>): void {
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
