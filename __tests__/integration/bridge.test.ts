/**
 * The bridge against a real nats-server and the contract-checked fake GitHub: dispatch and ack order, coalescing,
 * hostile payloads, GitHub failures, a refused token, NATS restarts and the health endpoint (in-process, where the
 * test reads every log line), then the bundled command: SIGTERM, usage errors and its JSON log.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { jetstream, jetstreamManager, type JetStreamClient } from '@nats-io/jetstream'
import { connect, type NatsConnection } from '@nats-io/transport-node'
import { DISPATCH_BACKOFF, runBridge } from '../../src/events/bridge/bridge.js'
import type { LogFields, LogLevel } from '../../src/events/log.js'
import { parseSeqRanges } from '../../src/events/log.js'
import {
  DEFAULT_CONSUMER_SETTINGS,
  DEFAULT_DEAD_LETTER_SETTINGS,
  DEFAULT_DEAD_LETTER_STREAM,
  DEFAULT_DEAD_LETTER_SUBJECT,
  DEFAULT_STREAM_SETTINGS,
  ensureConsumer,
  ensureDeadLetterStream,
  ensureStream,
} from '../../src/events/provision.js'
import { publishEvent } from '../../src/events/jetstream-publish.js'
import { FakeGitHub, syntheticOrg, type FakeGitHubOptions } from '../support/fake-github/index.js'
import { BridgeProcess, consumerState, moduleEvent, NatsServer, waitUntil } from '../support/nats-server.js'
import { CLI, runCli } from '../support/run.js'

const SUBJECT = 'cim.module.updated'
const ADMIN_PASSWORD = 'admin-pa55word'

/** The least privileges of the publisher and the bridge, as the README grants them (with test passwords). */
const LEAST_PRIVILEGES = `authorization {
  users = [
    { user: admin, password: "${ADMIN_PASSWORD}" }
    { user: publisher, password: "publisher-pa55word", permissions: {
        publish: "cim.module.updated"
        subscribe: "_INBOX.>"
    } }
    { user: bridge, password: "bridge-pa55word", permissions: {
        publish: [
          "$JS.API.INFO",
          "$JS.API.CONSUMER.INFO.CIM_MODULES.cim-registry-bridge",
          "$JS.API.CONSUMER.MSG.NEXT.CIM_MODULES.cim-registry-bridge",
          "$JS.ACK.CIM_MODULES.cim-registry-bridge.>",
          "$JS.API.STREAM.MSG.DELETE.CIM_MODULES",
          "cim.dead-letter.module"
        ]
        subscribe: "_INBOX.>"
    } }
  ]
}
`
type Line = LogFields & { level: LogLevel; action: string }

interface EnvironmentOptions {
  github?: Partial<FakeGitHubOptions>
  /** nats-server configuration (users and permissions); the test's own client then signs in as `admin`. */
  natsConfig?: string
}

interface HarnessOptions extends EnvironmentOptions {
  windowMs?: number
  token?: string
  healthPort?: number
  /** The bridge's NATS user and password, when the server has users. */
  natsUser?: [string, string]
}

interface Harness {
  nats: NatsServer
  github: FakeGitHub
  nc: NatsConnection
  js: JetStreamClient
  lines: Line[]
  actions(action: string): Line[]
  stop(): Promise<void>
}

const cleanups: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** A fresh nats-server with the stream and consumer, the fake GitHub with the registry repo, and the NATS client. */
async function environment(options: EnvironmentOptions = {}) {
  const nats = await NatsServer.start(options.natsConfig ? { config: options.natsConfig } : {})
  cleanups.push(() => nats.stop())
  const fake = await FakeGitHub.start({ snapshot: syntheticOrg(2, { org: 'example-org' }), ...options.github })
  cleanups.push(async () => {
    expect(fake.violations).toEqual([])
    await fake.stop()
  })
  const admin = options.natsConfig ? { user: 'admin', pass: ADMIN_PASSWORD } : {}
  const nc = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 200, ...admin })
  cleanups.push(() => nc.close())
  const jsm = await jetstreamManager(nc)
  await ensureStream(jsm, DEFAULT_STREAM_SETTINGS)
  await ensureDeadLetterStream(jsm, DEFAULT_DEAD_LETTER_SETTINGS)
  await ensureConsumer(jsm, { ...DEFAULT_CONSUMER_SETTINGS, ackWaitMs: 10_000 })
  return { nats, github: fake, nc, js: jetstream(nc) }
}

/** The environment and the bridge running in-process, its log lines collected. */
async function harness(options: HarnessOptions = {}): Promise<Harness> {
  const env = await environment(options)
  const lines: Line[] = []
  const controller = new AbortController()
  const running = runBridge(
    {
      nats: {
        servers: [env.nats.url],
        ...(options.natsUser ? { user: options.natsUser[0], password: options.natsUser[1] } : {}),
      },
      stream: 'CIM_MODULES',
      consumer: 'cim-registry-bridge',
      registryRepo: 'example-org/cim',
      org: 'example-org',
      token: options.token ?? 'bridge-token',
      githubApiUrl: env.github.url,
      windowMs: options.windowMs ?? 200,
      dispatchTimeoutMs: 5000,
      deadLetterSubject: DEFAULT_DEAD_LETTER_SUBJECT,
      backoff: { initialMs: 100, maxMs: 1000 },
      ...(options.healthPort !== undefined ? { healthPort: options.healthPort } : {}),
      log: (level, action, fields = {}) => lines.push({ level, action, ...fields }),
    },
    controller.signal,
  )
  const stop = async () => {
    controller.abort()
    await running
  }
  cleanups.push(stop)
  await waitUntil(
    'the bridge to start',
    () => lines.some((line) => line.action === 'started'),
    10_000,
    () => lines,
  )
  return { ...env, lines, actions: (action) => lines.filter((line) => line.action === action), stop }
}

function acked(lines: Line[]): number[] {
  return lines.filter((line) => line.action === 'ack').flatMap((line) => parseSeqRanges(String(line.seqs)))
}

describe('bridge', () => {
  it('dispatches an event with the event as client_payload, and acks it only after GitHub accepted', async () => {
    const h = await harness({ github: { latencyMs: 300 } })
    const event = moduleEvent(1)
    const ack = await publishEvent(h.js, event, { subject: SUBJECT, timeoutMs: 5000 })
    await waitUntil(
      'the ack',
      () => acked(h.lines).includes(ack.seq),
      10_000,
      () => h.lines,
    )
    expect(h.github.dispatches).toEqual([{ repo: 'cim', event_type: 'module-updated', client_payload: { ...event } }])
    const order = h.lines
      .filter((line) => ['dispatch-start', 'dispatch', 'ack'].includes(line.action))
      .map((line) => `${line.action}:${line.outcome ?? ''}`)
    expect(order).toEqual(['dispatch-start:', 'dispatch:accepted', 'ack:'])
    expect(await consumerState(h.nats.url)).toMatchObject({ pending: 0, ackPending: 0, ackFloor: ack.seq })
  })

  it('coalesces a burst into one dispatch that covers all of it', async () => {
    const h = await harness({ windowMs: 1500 })
    const events = Array.from({ length: 300 }, (_, i) => moduleEvent(i + 1))
    await Promise.all(events.map((event) => publishEvent(h.js, event, { subject: SUBJECT, timeoutMs: 5000 })))
    await waitUntil(
      '300 acks',
      () => acked(h.lines).length === 300,
      15_000,
      () => h.lines,
    )
    expect(h.github.dispatches).toHaveLength(1)
    expect(h.github.dispatches[0]!.client_payload).toMatchObject({
      schema: 1,
      coalesced: { events: 300, more_modules: 30 },
    })
    expect(h.actions('dispatch')).toEqual([
      expect.objectContaining({ outcome: 'accepted', events: 300, seqs: '1-300' }),
    ])
  })

  it('terminates each malformed or hostile payload with a logged reason, dead-letters it, and keeps running', async () => {
    const h = await harness()
    const valid = moduleEvent(7)
    const json = (value: unknown) => JSON.stringify(value)
    const hostile: [string, string | Uint8Array, string][] = [
      ['invalid JSON', '{"schema":1,"module":', 'payload is not JSON'],
      ['empty', '', 'payload is empty'],
      ['binary', new Uint8Array([0, 159, 146, 150, 255, 0, 1]), 'not valid UTF-8'],
      ['a number', '42', 'not a JSON object'],
      ['an array of events', json([valid]), 'not a JSON object'],
      ['nested 1,500 deep', '['.repeat(1500) + ']'.repeat(1500), 'not a JSON object'],
      [
        'large (4 KiB + 512, under the stream limit)',
        json({ ...valid, version: `1.0.0-${'a'.repeat(4608)}` }),
        'an event has at most 4096',
      ],
      ['unknown schema', json({ ...valid, schema: 99 }), 'schema 99 is not supported'],
      ['schema 1 as a string', json({ ...valid, schema: '1' }), 'schema "1" is not supported'],
      ['module as an object', json({ ...valid, module: { name: 'cim-m7' } }), 'is not a module name'],
      ['commit as an array', json({ ...valid, commit: [valid.commit] }), 'not a full lowercase hex SHA'],
      ['version as a number', json({ ...valid, version: 1 }), 'version 1 is neither null nor a semver version'],
      ['missing repository', json({ ...valid, repository: undefined }), 'repository is missing'],
      [
        'foreign organization',
        json({ ...valid, repository: 'evil-org/cim-m7' }),
        'outside the organization "example-org"',
      ],
      ['organization lookalike', json({ ...valid, repository: 'example-org-evil/cim-m7' }), 'outside the organization'],
      [
        'path traversal module',
        json({ ...valid, module: '../../etc/passwd', repository: 'example-org/../../etc/passwd' }),
        '"../../etc/passwd" is not a module name',
      ],
      [
        'encoded traversal',
        json({ ...valid, module: '..%2f..%2fcim', repository: 'example-org/..%2f..%2fcim' }),
        'is not a module name',
      ],
      [
        'module with a newline',
        json({ ...valid, module: 'cim-m7\n::error::forged', repository: 'example-org/cim-m7\n::error::forged' }),
        'is not a module name',
      ],
      ['eleven keys', json({ ...valid, a: 1, b: 2, c: 3, d: 4 }), 'unknown keys "a", "b", "c", "d"'],
      ['prototype pollution', `{"__proto__":{"admin":true},${json(valid).slice(1)}`, 'unknown key "__proto__"'],
      ['ref injection', json({ ...valid, ref: 'refs/heads/main\r\nX-Injected: 1' }), 'is not a branch or tag ref'],
      ['timestamp garbage', json({ ...valid, timestamp: '<script>alert(1)</script>' }), 'is not an ISO-8601 time'],
      ['short SHA', json({ ...valid, commit: 'abc1234' }), 'not a full lowercase hex SHA'],
    ]
    // Larger still, the stream itself refuses it at publish: no poison message close to max_payload ever gets in.
    await expect(
      h.js.publish(SUBJECT, json({ ...valid, version: `1.0.0-${'a'.repeat(1024 * 1023)}` })),
    ).rejects.toThrow(/message size exceeds maximum/)
    const seqs: number[] = []
    for (const [, payload] of hostile) seqs.push((await h.js.publish(SUBJECT, payload)).seq)
    const ack = await publishEvent(h.js, valid, { subject: SUBJECT, timeoutMs: 5000 })
    await waitUntil(
      'every hostile payload terminated and the valid event acked',
      () => h.actions('term').length === hostile.length && acked(h.lines).includes(ack.seq),
      15_000,
      () => h.lines,
    )

    const terms = h.actions('term')
    expect(terms.map((line) => line.seq)).toEqual(seqs)
    for (const [i, line] of terms.entries()) {
      const [name, , reason] = hostile[i]!
      expect({ name, reason: line.reason }).toEqual({ name, reason: expect.stringContaining(reason) })
      expect(String(line.reason).length).toBeLessThan(300)
      expect(String(line.reason)).not.toContain('\n')
    }
    expect(h.github.dispatches.map((dispatch) => dispatch.client_payload)).toEqual([{ ...valid }])
    // Dead letters stored after the valid event are outside the consumer's subject: the floor may pass them.
    const state = await consumerState(h.nats.url)
    expect(state).toMatchObject({ pending: 0, ackPending: 0 })
    expect(state.ackFloor).toBeGreaterThanOrEqual(ack.seq)

    // The dead letters keep a bounded copy and say why, for a person to look at, in a stream of their own; the
    // event stream keeps only the valid event.
    const jsm = await jetstreamManager(h.nc)
    const last = await jsm.streams.getMessage(DEFAULT_DEAD_LETTER_STREAM, { last_by_subj: DEFAULT_DEAD_LETTER_SUBJECT })
    expect(last?.header.get('Cim-Dead-Letter-Reason')).toBe(terms.at(-1)!.reason)
    expect((await jsm.streams.info(DEFAULT_DEAD_LETTER_STREAM)).state.messages).toBe(hostile.length)
    const large = await jsm.streams.getMessage(DEFAULT_DEAD_LETTER_STREAM, {
      seq: hostile.findIndex(([name]) => name.startsWith('large')) + 1,
    })
    expect({
      bytes: large?.data.byteLength,
      truncated: large?.header.get('Cim-Truncated'),
      original: large?.header.get('Cim-Original-Bytes'),
    }).toEqual({
      bytes: 1024,
      truncated: 'true',
      original: String(hostile.find(([name]) => name.startsWith('large'))![1].length),
    })
    expect(terms.every((line) => line.removed === true)).toBe(true)
    expect((await jsm.streams.info('CIM_MODULES')).state.messages).toBe(1)
  })

  it('naks with backoff while GitHub answers 500, 502 and 429, and acks after the dispatch that is accepted', async () => {
    const h = await harness()
    h.github.injectFault({ kind: 'status-500', times: 1 })
    h.github.injectFault({ kind: 'status-502', times: 1 })
    h.github.injectFault({ kind: 'rate-limit', status: 429, retryAfterSeconds: 1, times: 1 })
    const ack = await publishEvent(h.js, moduleEvent(3), { subject: SUBJECT, timeoutMs: 5000 })
    await waitUntil(
      'the ack',
      () => acked(h.lines).includes(ack.seq),
      20_000,
      () => h.lines,
    )

    const dispatches = h.actions('dispatch')
    expect(dispatches.map((line) => [line.outcome, line.status])).toEqual([
      ['failed', 500],
      ['failed', 502],
      ['failed', 429],
      ['accepted', 204],
    ])
    // Doubling from 100 ms; then the rate limit's reset (1 s ahead, in whole epoch seconds, plus a second's margin)
    // is waited out in full, past the backoff's 1 s cap; on a loaded machine the reset may have passed by the time
    // the answer is read, which leaves the margin alone.
    const delays = h.actions('nak').map((line) => Number(line.delay_ms))
    expect(delays.slice(0, 2)).toEqual([100, 200])
    expect(delays[2]).toBeGreaterThanOrEqual(1000)
    expect(delays[2]).toBeLessThanOrEqual(2100)
    const ackIndex = h.lines.findIndex((line) => line.action === 'ack')
    expect(h.lines.findIndex((line) => line.outcome === 'accepted')).toBeLessThan(ackIndex)
    expect(h.github.dispatches).toHaveLength(1)
  })

  it('keeps events pending, never terminated, while the token is refused', async () => {
    const h = await harness({ github: { tokens: { 'the-right-token': {} } }, token: 'a-revoked-token' })
    await publishEvent(h.js, moduleEvent(4), { subject: SUBJECT, timeoutMs: 5000 })
    await waitUntil(
      'two refused dispatches',
      () => h.actions('dispatch').length >= 2,
      10_000,
      () => h.lines,
    )
    expect(h.actions('dispatch')[0]).toMatchObject({
      level: 'error',
      outcome: 'failed',
      status: 401,
      reason: expect.stringContaining('the token is not valid'),
    })
    expect(h.actions('nak')[0]).toMatchObject({ delay_ms: 1000 })
    expect(h.actions('term')).toEqual([])
    expect(h.actions('ack')).toEqual([])
    expect(h.github.dispatches).toEqual([])
  })

  it('reports its health on a loopback port, and reconnects after the NATS server restarts', async () => {
    const h = await harness({ healthPort: 0 })
    const url = String(h.actions('health')[0]!.url)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/healthz$/)
    const health = async () => {
      const response = await fetch(url)
      return { status: response.status, body: (await response.json()) as Record<string, unknown> }
    }
    expect(await health()).toMatchObject({ status: 200, body: { healthy: true, nats: 'connected', held: 0 } })

    await h.nats.kill()
    await waitUntil(
      'the bridge to notice',
      () => h.actions('disconnected').length > 0,
      10_000,
      () => h.lines,
    )
    expect(await health()).toMatchObject({ status: 503, body: { healthy: false, nats: 'disconnected' } })
    await h.nats.restart()
    await waitUntil(
      'the bridge to reconnect',
      () => h.actions('reconnected').length > 0,
      10_000,
      () => h.lines,
    )
    expect(await health()).toMatchObject({ status: 200, body: { nats: 'connected' } })

    const ack = await publishEvent(h.js, moduleEvent(5), { subject: SUBJECT, timeoutMs: 10_000 })
    await waitUntil(
      'the ack after the restart',
      () => acked(h.lines).includes(ack.seq),
      15_000,
      () => h.lines,
    )
    expect(h.github.dispatches).toHaveLength(1)
    expect((await health()).body).toMatchObject({ dispatched: 1, acked: 1 })
  })
})

describe('least privileges', () => {
  it('publishes and bridges with no more permissions than the README grants', async () => {
    const h = await harness({ natsConfig: LEAST_PRIVILEGES, natsUser: ['bridge', 'bridge-pa55word'] })
    const publisher = await connect({ servers: h.nats.url, user: 'publisher', pass: 'publisher-pa55word' })
    cleanups.push(() => publisher.close())
    const js = jetstream(publisher)
    const ack = await publishEvent(js, moduleEvent(9), { subject: SUBJECT, timeoutMs: 5000 })
    const garbage = await js.publish(SUBJECT, 'not an event')
    await waitUntil(
      'the ack and the term',
      () => acked(h.lines).includes(ack.seq) && h.actions('term').length === 1,
      10_000,
      () => h.lines,
    )
    expect(h.actions('term')[0]).toMatchObject({ seq: garbage.seq, dead_letter: DEFAULT_DEAD_LETTER_SUBJECT })
    expect(h.github.dispatches).toHaveLength(1)
    expect(h.lines.filter((line) => line.level !== 'info' && line.action !== 'term')).toEqual([])
    await expect(
      publishEvent(js, moduleEvent(10), { subject: DEFAULT_DEAD_LETTER_SUBJECT, timeoutMs: 3000 }),
    ).rejects.toThrow('NATS does not permit these credentials to publish on cim.dead-letter.module')
  })
})

describe('bridge command', () => {
  it('on SIGTERM finishes the dispatch in flight and leaves the events it holds for redelivery', async () => {
    const env = await environment({ github: { latencyMs: 1500 } })
    const bridge = BridgeProcess.start(
      CLI,
      [
        '--nats',
        env.nats.url,
        '--registry-repo',
        'example-org/cim',
        '--token-env',
        'BRIDGE_TOKEN',
        '--window',
        '100ms',
        '--dispatch-timeout',
        '3s',
      ],
      {
        BRIDGE_TOKEN: 'bridge-secret-token',
        GITHUB_API_URL: env.github.url,
      },
    )
    cleanups.push(async () => {
      bridge.signal('SIGKILL')
      await bridge.exited
    })

    const first = await publishEvent(env.js, moduleEvent(1), { subject: SUBJECT, timeoutMs: 5000 })
    await waitUntil(
      'the dispatch to start',
      () => bridge.actions('dispatch-start').length > 0,
      15_000,
      () => bridge.output + bridge.stderr,
    )
    const second = await publishEvent(env.js, moduleEvent(2), { subject: SUBJECT, timeoutMs: 5000 })
    await new Promise((resolve) => setTimeout(resolve, 300))
    bridge.signal('SIGTERM')
    expect(await bridge.exited).toBe(0)

    expect(bridge.stderr).toBe('')
    expect(bridge.output).not.toContain('bridge-secret-token')
    for (const line of bridge.lines)
      expect(line).toMatchObject({ time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), level: expect.any(String) })
    const actions = bridge.lines.map(
      (line) => `${line.action}${line.outcome ? `:${line.outcome}` : ''}${line.seqs ? ` ${line.seqs}` : ''}`,
    )
    expect(actions).toEqual([
      'connected',
      'started',
      `dispatch-start ${first.seq}`,
      `dispatch:accepted ${first.seq}`,
      `ack ${first.seq}`,
      `nak ${second.seq}`,
      'stopped',
    ])
    expect(env.github.dispatches).toHaveLength(1)
    // The second event is delivered again at once, to whoever reads the consumer next.
    const redelivered = await (await env.js.consumers.get('CIM_MODULES', 'cim-registry-bridge')).next({ expires: 2000 })
    expect(redelivered?.seq).toBe(second.seq)
    expect(redelivered?.redelivered).toBe(true)
  })

  it('refuses bad usage with exit 2 and a missing consumer with exit 1 and a hint', async () => {
    expect(runCli(['bridge', '--nats', '127.0.0.1:4222'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--registry-repo is required'),
    })
    expect(runCli(['bridge', '--nats', '127.0.0.1:4222', '--registry-repo', 'nope'])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('registry repository "nope" is not owner/name'),
    })
    expect(
      runCli(['bridge', '--nats', '127.0.0.1:4222', '--registry-repo', 'o/cim', '--token-env', 'EMPTY'], {
        env: { EMPTY: '' },
      }),
    ).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('environment variable EMPTY (--token-env) holds no GitHub token'),
    })
    expect(
      runCli(['bridge', '--nats', '127.0.0.1:4222', '--registry-repo', 'o/cim', '--window', 'soon'], {
        env: { GITHUB_TOKEN: 't' },
      }),
    ).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('"soon" is not a duration'),
    })
    const nats = await NatsServer.start()
    cleanups.push(() => nats.stop())
    const missing = runCli(['bridge', '--nats', nats.url, '--registry-repo', 'o/cim'], { env: { GITHUB_TOKEN: 't' } })
    expect(missing.status).toBe(1)
    expect(missing.stderr).toContain('cannot use consumer cim-registry-bridge on stream CIM_MODULES')
    expect(missing.stderr).toContain('create both with `cim-registry nats setup`')
    expect(DISPATCH_BACKOFF.maxMs).toBeLessThanOrEqual(DEFAULT_CONSUMER_SETTINGS.ackWaitMs / 2)
  })
})
