/**
 * The bridge under an operator's slow faults, against a real nats-server and the contract-checked fake GitHub:
 * a flood of junk while the bridge is stopped (nothing valid evicted), metrics that move as events flow, health
 * that means progress (503 while stuck, exit 1 when the consumer is deleted), the ack-wait budget refused at start,
 * and a slow GitHub that never makes the server redeliver what the bridge holds (no duplicate dispatch).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream'
import { connect, type NatsConnection } from '@nats-io/transport-node'
import { runBridge, type BridgeOptions } from '../../src/events/bridge/bridge.js'
import { parseSeqRanges, type LogFields, type LogLevel } from '../../src/events/log.js'
import {
  DEFAULT_CONSUMER_SETTINGS,
  DEFAULT_DEAD_LETTER_SETTINGS,
  DEFAULT_STREAM_SETTINGS,
  ensureConsumer,
  ensureDeadLetterStream,
  ensureStream,
  type StreamSettings,
} from '../../src/events/provision.js'
import { publishEvent, PublishError } from '../../src/events/jetstream-publish.js'
import { FakeGitHub, syntheticOrg, type FakeGitHubOptions } from '../support/fake-github/index.js'
import { consumerState, moduleEvent, NatsServer, waitUntil } from '../support/nats-server.js'

const SUBJECT = 'cim.module.updated'
type Line = LogFields & { level: LogLevel; action: string }

const cleanups: (() => Promise<unknown>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

interface Setup {
  github?: Partial<FakeGitHubOptions>
  stream?: Partial<StreamSettings>
  ackWaitMs?: number
  /** False: no dead-letter stream, as on a server set up by an older version. */
  deadLetterStream?: boolean
}

async function environment(setup: Setup = {}) {
  const nats = await NatsServer.start()
  cleanups.push(() => nats.stop())
  const github = await FakeGitHub.start({ snapshot: syntheticOrg(2, { org: 'example-org' }), ...setup.github })
  cleanups.push(async () => {
    expect(github.violations).toEqual([])
    await github.stop()
  })
  const nc: NatsConnection = await connect({ servers: nats.url })
  cleanups.push(() => nc.close())
  const jsm: JetStreamManager = await jetstreamManager(nc)
  await ensureStream(jsm, { ...DEFAULT_STREAM_SETTINGS, ...setup.stream })
  if (setup.deadLetterStream !== false) await ensureDeadLetterStream(jsm, DEFAULT_DEAD_LETTER_SETTINGS)
  await ensureConsumer(jsm, { ...DEFAULT_CONSUMER_SETTINGS, ackWaitMs: setup.ackWaitMs ?? 10_000 })
  const js: JetStreamClient = jetstream(nc)
  return { nats, github, nc, jsm, js }
}

type Environment = Awaited<ReturnType<typeof environment>>

/** The bridge in-process; `done` settles when it ends (a stop, or a failure it cannot retry). */
function startBridge(env: Environment, options: Partial<BridgeOptions> = {}) {
  const lines: Line[] = []
  const controller = new AbortController()
  const done = runBridge(
    {
      nats: { servers: [env.nats.url] },
      stream: 'CIM_MODULES',
      consumer: 'cim-registry-bridge',
      registryRepo: 'example-org/cim',
      org: 'example-org',
      token: 'bridge-token',
      githubApiUrl: env.github.url,
      windowMs: 200,
      dispatchTimeoutMs: 5000,
      deadLetterSubject: DEFAULT_DEAD_LETTER_SETTINGS.subject,
      backoff: { initialMs: 100, maxMs: 1000 },
      log: (level, action, fields = {}) => lines.push({ level, action, ...fields }),
      ...options,
    },
    controller.signal,
  ).then(
    () => null,
    (error: Error) => error,
  )
  cleanups.push(() => {
    controller.abort()
    return done
  })
  const actions = (action: string) => lines.filter((line) => line.action === action)
  const acked = () => actions('ack').flatMap((line) => parseSeqRanges(String(line.seqs)))
  const started = () =>
    waitUntil(
      'the bridge to start',
      () => actions('started').length > 0,
      10_000,
      () => lines,
    )
  return { lines, actions, acked, done, started, stop: () => controller.abort() }
}

async function get(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url)
  return { status: response.status, text: await response.text() }
}

/** One sample's value from the Prometheus text format. */
function sample(text: string, name: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${name} `))
  if (!line) throw new Error(`no sample ${name} in:\n${text}`)
  return Number(line.slice(name.length + 1))
}

describe('junk flood while the bridge is stopped', () => {
  it('keeps every valid pending event: the full stream refuses junk instead of evicting, the bridge clears it', async () => {
    const env = await environment({ stream: { maxMessages: 1000 } })
    const valid = [1, 2, 3].map((i) => moduleEvent(i))
    for (const event of valid) await publishEvent(env.js, event, { subject: SUBJECT, timeoutMs: 5000 })

    // Anyone holding the org-wide publisher credentials can send junk; three times the stream's size of it.
    let stored = 0
    let refused = 0
    for (let i = 0; i < 3000; i += 100) {
      const results = await Promise.allSettled(
        Array.from({ length: 100 }, (_, j) => env.js.publish(SUBJECT, `junk ${i + j}`)),
      )
      stored += results.filter((result) => result.status === 'fulfilled').length
      refused += results.filter((result) => result.status === 'rejected').length
    }
    expect({ stored, refused }).toEqual({ stored: 997, refused: 2003 })
    // A valid event is refused too while the stream is full, with a message that says so: the publisher falls back.
    const full = await publishEvent(env.js, moduleEvent(4), { subject: SUBJECT, timeoutMs: 5000 }).catch(
      (error: PublishError) => error,
    )
    expect(full).toMatchObject({ kind: 'stream-full', message: expect.stringContaining('pending events are kept') })

    const bridge = startBridge(env, { fetchBatch: 1000 })
    await waitUntil(
      'the valid events acked and the junk dead-lettered',
      () => bridge.acked().length === 3 && bridge.actions('term').length === 997,
      60_000,
      () => bridge.lines.slice(-5),
    )
    const dispatched = env.github.dispatches.map((dispatch) => dispatch.client_payload?.commit)
    expect(dispatched).toContain(valid[2]!.commit)
    expect(bridge.acked().sort((a, b) => a - b)).toEqual([1, 2, 3])
    // The junk is gone from the event stream: room for events again.
    expect((await env.jsm.streams.info('CIM_MODULES')).state.messages).toBe(3)
    await expect(publishEvent(env.js, moduleEvent(5), { subject: SUBJECT, timeoutMs: 5000 })).resolves.toMatchObject({
      duplicate: false,
    })
  })
})

describe('metrics and health', () => {
  it('serves Prometheus metrics that move as events flow', async () => {
    const env = await environment()
    const bridge = startBridge(env, { healthPort: 0 })
    await bridge.started()
    const metricsUrl = String(bridge.actions('health')[0]!.metrics)
    const before = await get(metricsUrl)
    expect(before.status).toBe(200)
    expect(sample(before.text, 'cim_bridge_events_received_total')).toBe(0)
    expect(sample(before.text, 'cim_bridge_nats_connected')).toBe(1)

    await publishEvent(env.js, moduleEvent(1), { subject: SUBJECT, timeoutMs: 5000 })
    await publishEvent(env.js, moduleEvent(2), { subject: SUBJECT, timeoutMs: 5000 })
    await env.js.publish(SUBJECT, 'not an event')
    await waitUntil(
      '2 acks and 1 dead letter',
      () => bridge.acked().length === 2 && bridge.actions('term').length === 1,
      10_000,
      () => bridge.lines,
    )
    const after = (await get(metricsUrl)).text
    expect({
      received: sample(after, 'cim_bridge_events_received_total'),
      dispatched: sample(after, 'cim_bridge_events_dispatched_total'),
      acked: sample(after, 'cim_bridge_events_acked_total'),
      deadLettered: sample(after, 'cim_bridge_events_dead_lettered_total'),
      redelivered: sample(after, 'cim_bridge_events_redelivered_total'),
      naked: sample(after, 'cim_bridge_events_naked_total'),
      oldest: sample(after, 'cim_bridge_oldest_pending_seconds'),
    }).toEqual({ received: 3, dispatched: 2, acked: 2, deadLettered: 1, redelivered: 0, naked: 0, oldest: 0 })
    expect(sample(after, 'cim_bridge_dispatches_total{outcome="accepted"}')).toBeGreaterThanOrEqual(1)
    expect(sample(after, 'cim_bridge_dispatch_duration_seconds_count')).toBe(
      sample(after, 'cim_bridge_dispatches_total{outcome="accepted"}'),
    )
  })

  it('answers 503 with the reasons when it cannot dispatch and holds an event past the threshold', async () => {
    // A revoked token: every dispatch is refused with 401, the event stays pending (never dropped).
    const env = await environment({ github: { tokens: { 'the-right-token': {} } } })
    const bridge = startBridge(env, { healthPort: 0, token: 'a-revoked-token', stuckAfterMs: 1500 })
    await bridge.started()
    const healthUrl = String(bridge.actions('health')[0]!.url)
    expect((await get(healthUrl)).status).toBe(200)
    await publishEvent(env.js, moduleEvent(1), { subject: SUBJECT, timeoutMs: 5000 })
    const problems = async () => {
      const answer = await get(healthUrl)
      return { status: answer.status, problems: (JSON.parse(answer.text) as { problems: string[] }).problems }
    }
    await waitUntil('503 with both reasons', async () => (await problems()).problems.length === 2, 15_000, problems)
    expect(await problems()).toEqual({
      status: 503,
      problems: [
        expect.stringMatching(/^no dispatch accepted for \d+ s$/),
        expect.stringMatching(/^an event has waited \d+ s without an ack$/),
      ],
    })
    const metrics = (await get(healthUrl.replace('/healthz', '/metrics'))).text
    expect(sample(metrics, 'cim_bridge_oldest_pending_seconds')).toBeGreaterThan(1)
    expect(sample(metrics, 'cim_bridge_dispatches_total{outcome="failed"}')).toBeGreaterThanOrEqual(1)
  })

  it('answers 503 when its consumer is deleted, then ends with an error', async () => {
    const env = await environment()
    const bridge = startBridge(env, { healthPort: 0 })
    await bridge.started()
    const healthUrl = String(bridge.actions('health')[0]!.url)
    await env.jsm.consumers.delete('CIM_MODULES', 'cim-registry-bridge')
    const deleted = Date.now()
    await waitUntil(
      '503',
      async () => (await get(healthUrl).catch(() => ({ status: 503 }))).status === 503,
      30_000,
      () => bridge.lines.slice(-3),
    )
    const failure = await bridge.done
    expect(failure?.message).toMatch(/consumer cim-registry-bridge on stream CIM_MODULES no longer exists/)
    expect(Date.now() - deleted).toBeLessThan(60_000)
    expect(bridge.actions('consumer-missing').length).toBe(3)
  })
})

describe('dead letters that cannot be stored', () => {
  it('keeps the invalid event (nak), dispatches the valid ones, says it is stuck, and stops at once on SIGTERM', async () => {
    // No stream captures the dead-letter subject: publishing there gets "no responders" (a 503), which a retry
    // may fix once an operator runs `nats setup`, so the event is kept rather than terminated.
    const env = await environment({ deadLetterStream: false })
    const bridge = startBridge(env, { healthPort: 0, stuckAfterMs: 1500 })
    await bridge.started()
    const junk = await env.js.publish(SUBJECT, 'not an event')
    const valid = await publishEvent(env.js, moduleEvent(1), { subject: SUBJECT, timeoutMs: 5000 })
    await waitUntil(
      "the valid event acked and the junk nak'ed",
      () => bridge.acked().includes(valid.seq) && bridge.actions('nak').length > 0,
      20_000,
      () => bridge.lines,
    )
    expect(bridge.actions('nak')[0]).toMatchObject({
      seqs: String(junk.seq),
      reason: expect.stringContaining('dead letter not stored yet'),
    })
    expect(bridge.actions('term')).toEqual([])
    const healthUrl = String(bridge.actions('health')[0]!.url)
    await waitUntil('503', async () => (await get(healthUrl)).status === 503, 15_000)
    expect((await get(healthUrl)).text).toContain('an event has waited')
    const signalled = Date.now()
    bridge.stop()
    expect(await bridge.done).toBeNull()
    expect(Date.now() - signalled).toBeLessThan(6000)
  })
})

describe('junk the NATS client itself would refuse to quote', () => {
  it('dead-letters, removes and terminates junk with line breaks, the reason on one line', async () => {
    // V8 quotes the input in JSON.parse's message ("line one\nline two" is not valid JSON), and nats.js refuses a
    // header value with CR or LF (nats-core lib/headers.js validHeaderValue): the reason must be made one line.
    const env = await environment()
    const bridge = startBridge(env)
    await bridge.started()
    const junk = await env.js.publish(SUBJECT, 'line one\nline two\r\nline three')
    await waitUntil(
      'the junk terminated',
      () => bridge.actions('term').length === 1,
      15_000,
      () => bridge.lines,
    )
    expect(bridge.actions('term')[0]).toMatchObject({ seq: junk.seq, dead_letter_seq: 1, removed: true })
    expect(bridge.actions('nak')).toEqual([])
    const stored = await env.jsm.streams.getMessage(DEFAULT_DEAD_LETTER_SETTINGS.stream, { seq: 1 })
    const reason = stored!.header.get('Cim-Dead-Letter-Reason')
    expect(reason).toMatch(/is not valid JSON/)
    expect(reason).not.toMatch(/[\r\n]/)
    expect(new TextDecoder().decode(stored!.data)).toBe('line one\nline two\r\nline three')
    expect((await env.jsm.streams.info('CIM_MODULES')).state.messages).toBe(0)
  })

  it('terminates an invalid event whose dead letter is refused for good (too large for the dead-letter stream)', async () => {
    const env = await environment({ deadLetterStream: false })
    // A dead-letter stream that refuses every copy: the server's "message size exceeds maximum allowed", which no
    // retry fixes (server/errors.json JSStreamMessageExceedsMaximumErr).
    await env.jsm.streams.add({
      name: DEFAULT_DEAD_LETTER_SETTINGS.stream,
      subjects: [DEFAULT_DEAD_LETTER_SETTINGS.subject],
      max_msg_size: 16,
    })
    const bridge = startBridge(env)
    await bridge.started()
    const junk = await env.js.publish(SUBJECT, 'not an event, and longer than sixteen bytes')
    await waitUntil(
      'the junk terminated',
      () => bridge.actions('term').length === 1,
      15_000,
      () => bridge.lines,
    )
    expect(bridge.actions('term')[0]).toMatchObject({
      seq: junk.seq,
      dead_letter: null,
      dead_letter_error: expect.stringContaining('too large'),
      removed: true,
    })
    expect(bridge.actions('nak')).toEqual([])
  })
})

describe('stopping with dead letters queued', () => {
  it('naks every queued invalid event at once on SIGTERM while the dead-letter publish goes unanswered', async () => {
    // Something takes the dead-letter request and never answers, as JetStream does not while a stream elects a
    // leader or a server restarts (nats.js waits for the request's timeout). Each queued dead letter used to cost its
    // 5 s timeout before shutdown finished, past systemd's TimeoutStopSec=30 with a dozen of them.
    const env = await environment({ deadLetterStream: false })
    const silent = env.nc.subscribe(DEFAULT_DEAD_LETTER_SETTINGS.subject, { callback: () => {} })
    cleanups.push(async () => silent.unsubscribe())
    await env.nc.flush()
    for (let i = 0; i < 12; i++) await env.js.publish(SUBJECT, `junk ${i}`)
    const bridge = startBridge(env)
    await bridge.started()
    await waitUntil(
      'the 12 junk messages delivered',
      async () => (await consumerState(env.nats.url)).ackPending === 12,
      15_000,
      () => consumerState(env.nats.url),
    )
    const signalled = Date.now()
    bridge.stop()
    expect(await bridge.done).toBeNull()
    expect(Date.now() - signalled).toBeLessThan(4000)
    // Nothing lost: all 12 nak'ed for the next bridge, none terminated, all still in the stream.
    expect(bridge.actions('nak').reduce((sum, line) => sum + Number(line.events), 0)).toBe(12)
    expect(bridge.actions('term')).toEqual([])
    expect((await env.jsm.streams.info('CIM_MODULES')).state.messages).toBe(12)
    // The naks reached the server: a successor gets all 12 within seconds, not after the 10 s ack wait.
    const consumer = await env.js.consumers.get('CIM_MODULES', 'cim-registry-bridge')
    const redelivered: number[] = []
    for await (const message of await consumer.fetch({ max_messages: 12, expires: 5000 })) redelivered.push(message.seq)
    expect(redelivered.sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1))
  }, 120_000)
})

describe('GitHub rate limits', () => {
  // GitHub: do not retry before retry-after, or before x-ratelimit-reset when x-ratelimit-remaining is 0; without
  // either, wait at least a minute (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
  it.each([
    {
      name: 'a primary limit that resets in 40 min (403)',
      fault: { kind: 'rate-limit', status: 403, retryAfterSeconds: 2400 },
      atLeastMs: 2_390_000,
    },
    {
      name: 'a secondary limit with retry-after: 120 (403)',
      fault: { kind: 'secondary-rate-limit', status: 403, retryAfterSeconds: 120 },
      atLeastMs: 120_000,
    },
    {
      name: 'a secondary limit without retry-after (429)',
      fault: { kind: 'secondary-rate-limit', status: 429, waitHeaders: false },
      atLeastMs: 60_000,
    },
    {
      name: 'a rate limit without any header (403)',
      fault: { kind: 'rate-limit', status: 403, waitHeaders: false },
      atLeastMs: 60_000,
    },
  ] as const)('waits out $name, past half the ack wait, without another request', async ({ fault, atLeastMs }) => {
    const env = await environment()
    const limit = env.github.injectFault({ ...fault })
    const bridge = startBridge(env)
    await bridge.started()
    const event = await publishEvent(env.js, moduleEvent(1), { subject: SUBJECT, timeoutMs: 5000 })
    await waitUntil(
      "the rate-limited batch nak'ed",
      () => bridge.actions('nak').length === 1,
      15_000,
      () => bridge.lines,
    )
    const nak = bridge.actions('nak')[0]!
    expect(nak).toMatchObject({ seqs: String(event.seq) })
    expect(Number(nak.delay_ms)).toBeGreaterThanOrEqual(atLeastMs)
    expect(Number(nak.delay_ms)).toBeLessThanOrEqual(61 * 60_000)
    // The backoff's own cap (1 s here) would have sent the next request by now.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(limit.hits).toBe(1)
    expect(env.github.dispatches).toEqual([])
  })
})

describe('ack wait', () => {
  it('refuses to start when window + dispatch timeout + backoff do not fit in the ack wait', async () => {
    const env = await environment({ ackWaitMs: 2000 })
    const bridge = startBridge(env, { windowMs: 500, dispatchTimeoutMs: 5000 })
    const failure = await bridge.done
    expect(failure?.message).toContain(
      "window 500 ms + dispatch timeout 5000 ms x 1 + backoff 1000 ms = 6500 ms must stay below the consumer's ack wait of 2000 ms",
    )
    expect(bridge.actions('started')).toEqual([])
  })

  it('with a slow GitHub, tells the server it is still working: no redelivery, no event dispatched twice', async () => {
    // Every dispatch takes 1.5 s; an event that arrives during one waits for it, then for its own: about 3 s held,
    // past the 2.5 s ack wait, unless the bridge sends working() (+WPI) at half of it.
    const env = await environment({ github: { latencyMs: 1500 }, ackWaitMs: 2500 })
    const bridge = startBridge(env, { windowMs: 100, dispatchTimeoutMs: 2000, backoff: { initialMs: 100, maxMs: 300 } })
    await bridge.started()
    const seqs: number[] = []
    for (let i = 0; i < 30; i++) {
      seqs.push((await publishEvent(env.js, moduleEvent(i + 1), { subject: SUBJECT, timeoutMs: 5000 })).seq)
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await waitUntil(
      '30 acks',
      () => bridge.acked().length >= 30,
      60_000,
      () => bridge.lines.slice(-5),
    )
    const dispatchedSeqs = bridge.actions('dispatch-start').flatMap((line) => parseSeqRanges(String(line.seqs)))
    expect(dispatchedSeqs.sort((a, b) => a - b)).toEqual(seqs)
    expect(bridge.actions('dispatch').every((line) => line.outcome === 'accepted')).toBe(true)
    expect((await consumerState(env.nats.url)).redelivered).toBe(0)
    // Some event really was held past half the ack wait (else the test proves nothing).
    expect(Math.max(...bridge.actions('dispatch').map((line) => Number(line.ms)))).toBeGreaterThanOrEqual(1400)
  })
})
