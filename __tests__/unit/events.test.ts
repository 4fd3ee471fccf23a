/** The event path's pure parts: the event contract, coalescing, failure classification, settings and config. */
import { describe, expect, it } from '@jest/globals'
import type { StreamConfig } from '@nats-io/jetstream'
import { backoffDelay } from '../../src/events/backoff.js'
import { Coalescer, dispatchPayload, MAX_LISTED_MODULES } from '../../src/events/bridge/coalesce.js'
import { classifyDispatchError } from '../../src/github/dispatch.js'
import { requireRepositoryName } from '../../src/util/repository-name.js'
import { connectionOptions, describeConnectError, parseServers, secretsOf } from '../../src/events/connection.js'
import { parseDuration } from '../../src/events/duration.js'
import {
  buildEvent,
  checkEvent,
  decodeEvent,
  encodeEvent,
  EVENT_KEYS,
  messageId,
  type ModuleEvent,
} from '../../src/events/event.js'
import { parseSeqRanges, seqRanges } from '../../src/events/log.js'
import { classifyPublishError } from '../../src/events/jetstream-publish.js'
import { ackWaitBudget } from '../../src/events/bridge/bridge.js'
import {
  checkPlan,
  consumerConfig,
  DEFAULT_CONSUMER_SETTINGS,
  DEFAULT_DEAD_LETTER_SETTINGS,
  DEFAULT_STREAM_SETTINGS,
  deadLetterStreamConfig,
  streamConfig,
  subjectCovered,
  type ServerFacts,
} from '../../src/events/provision.js'

const SHA = 'a'.repeat(40)
const event = (overrides: Partial<ModuleEvent> = {}): ModuleEvent => ({
  schema: 1,
  module: 'cim-domain',
  repository: 'thecowboyai/cim-domain',
  commit: SHA,
  timestamp: '2025-01-30T10:00:00Z',
  ref: 'refs/heads/main',
  version: '0.2.0',
  ...overrides,
})
const bytes = (text: string) => new TextEncoder().encode(text)

describe('event', () => {
  it('builds the event with the full SHA, a UTC timestamp and JSON that no value can break', () => {
    const built = buildEvent({
      module: 'cim-domain',
      repository: 'thecowboyai/cim-domain',
      commit: 'ABCDEF0123456789ABCDEF0123456789ABCDEF01',
      timestamp: '2025-01-30T11:00:00+01:00',
      ref: 'refs/heads/main',
      version: '0.2.0-alpha.1',
    })
    expect(built).toEqual({
      schema: 1,
      module: 'cim-domain',
      repository: 'thecowboyai/cim-domain',
      commit: 'abcdef0123456789abcdef0123456789abcdef01',
      timestamp: '2025-01-30T10:00:00Z',
      ref: 'refs/heads/main',
      version: '0.2.0-alpha.1',
    })
    expect(Object.keys(built)).toEqual([...EVENT_KEYS])
    expect(EVENT_KEYS.length).toBeLessThanOrEqual(10)
    expect(messageId(built)).toBe('thecowboyai/cim-domain@refs/heads/main@abcdef0123456789abcdef0123456789abcdef01')
    expect(messageId(built, '8123456789')).toBe(
      'thecowboyai/cim-domain@refs/heads/main@abcdef0123456789abcdef0123456789abcdef01#8123456789',
    )
    expect(messageId({ ...built, ref: 'refs/tags/v0.2.0-alpha.1' }, '8123456789')).not.toBe(
      messageId(built, '8123456789'),
    )
    expect(decodeEvent(encodeEvent(built), { org: 'TheCowboyAI' })).toEqual({ ok: true, event: built })
  })

  it('refuses to build an event from a value that breaks the contract', () => {
    const input = {
      module: 'cim-domain',
      repository: 'o/cim-domain',
      commit: SHA,
      timestamp: '2025-01-30T10:00:00Z',
      ref: 'refs/heads/main',
      version: null,
    }
    expect(() => buildEvent({ ...input, ref: 'refs/heads/main"\n,"x":"y' })).toThrow('cannot build the event: ref')
    expect(() => buildEvent({ ...input, commit: 'abc1234' })).toThrow(
      'commit "abc1234" is not a full lowercase hex SHA',
    )
    expect(() => buildEvent({ ...input, timestamp: 'yesterday' })).toThrow(
      'timestamp "yesterday" is not an ISO-8601 time',
    )
    expect(buildEvent(input).version).toBeNull()
  })

  // Each entry: the payload and a part of the reason it must be refused with.
  const refusals: [string, string | Uint8Array, string][] = [
    ['invalid JSON', '{"schema": 1,', 'payload is not JSON'],
    ['empty payload', '', 'payload is empty'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not valid UTF-8'],
    ['a JSON array', '[1,2,3]', 'not a JSON object'],
    ['a JSON string', '"cim-domain"', 'not a JSON object'],
    ['null', 'null', 'not a JSON object'],
    ['unknown schema', JSON.stringify(event({ schema: 2 as 1 })), 'schema 2 is not supported'],
    ['schema as a string', JSON.stringify({ ...event(), schema: '1' }), 'schema "1" is not supported'],
    ['schema missing', JSON.stringify({ ...event(), schema: undefined }), 'schema is missing'],
    ['an extra key', JSON.stringify({ ...event(), extra: true }), 'unknown key "extra"'],
    ['a __proto__ key', '{"__proto__":{"polluted":1},' + JSON.stringify(event()).slice(1), 'unknown key "__proto__"'],
    ['module missing', JSON.stringify({ ...event(), module: undefined }), 'module is missing'],
    [
      'module as a number',
      JSON.stringify(event({ module: 42 as unknown as string })),
      'module 42 is not a module name',
    ],
    [
      'path traversal name',
      JSON.stringify(event({ module: '../../etc/passwd', repository: 'thecowboyai/../../etc/passwd' })),
      'is not a module name',
    ],
    [
      'upper-case name',
      JSON.stringify(event({ module: 'CIM-Domain', repository: 'thecowboyai/CIM-Domain' })),
      'is not a module name',
    ],
    [
      'foreign organization',
      JSON.stringify(event({ repository: 'evil-corp/cim-domain' })),
      'outside the organization "thecowboyai"',
    ],
    [
      'repository with three parts',
      JSON.stringify(event({ repository: 'thecowboyai/x/cim-domain' })),
      'is not owner/name',
    ],
    [
      'repository not holding the module',
      JSON.stringify(event({ repository: 'thecowboyai/cim-other' })),
      'does not hold module',
    ],
    ['short SHA', JSON.stringify(event({ commit: 'abc1234' })), 'not a full lowercase hex SHA'],
    ['SHA with a newline', JSON.stringify(event({ commit: `${SHA}\n` })), 'not a full lowercase hex SHA'],
    [
      'timestamp as a number',
      JSON.stringify(event({ timestamp: 1738231200 as unknown as string })),
      'timestamp 1738231200',
    ],
    ['impossible date', JSON.stringify(event({ timestamp: '2025-13-45T99:00:00Z' })), 'not an ISO-8601 time'],
    ['ref with a space', JSON.stringify(event({ ref: 'refs/heads/main; rm -rf /' })), 'not a branch or tag ref'],
    ['ref traversal', JSON.stringify(event({ ref: 'refs/heads/../../config' })), 'not a branch or tag ref'],
    ['version not semver', JSON.stringify(event({ version: '1.0' })), 'neither null nor a semver version'],
    [
      'version as an object',
      JSON.stringify(event({ version: { major: 1 } as unknown as string })),
      'neither null nor a semver version',
    ],
    ['huge payload', JSON.stringify(event({ version: `1.0.0-${'x'.repeat(5000)}` })), 'an event has at most 4096'],
  ]

  it.each(refusals)('refuses %s with a reason', (_name, payload, reason) => {
    const check = decodeEvent(typeof payload === 'string' ? bytes(payload) : payload, { org: 'thecowboyai' })
    expect(check.ok).toBe(false)
    if (!check.ok) {
      expect(check.reason).toContain(reason)
      expect(check.reason.length).toBeLessThan(300)
    }
  })

  it('accepts an organization in any case, a null version and a tag ref', () => {
    expect(
      checkEvent(event({ repository: 'TheCowboyAI/cim-domain', version: null, ref: 'refs/tags/v0.2.0' }), {
        org: 'thecowboyai',
      }).ok,
    ).toBe(true)
  })
})

describe('coalescing', () => {
  it('holds events until the window that the first one opened is due, then hands over all of them at once', () => {
    const coalescer = new Coalescer<string>(1000)
    expect(coalescer.dueAt()).toBeNull()
    coalescer.add({ seq: 2, event: event(), handle: 'a' }, 5000)
    coalescer.add({ seq: 1, event: event(), handle: 'b' }, 5600)
    coalescer.add({ seq: 2, event: event(), handle: 'c' }, 5700)
    expect(coalescer.dueAt()).toBe(6000)
    expect(coalescer.size).toBe(2)
    expect(coalescer.take().map((held) => [held.seq, held.handle])).toEqual([
      [1, 'b'],
      [2, 'c'],
    ])
    expect(coalescer.dueAt()).toBeNull()
    coalescer.add({ seq: 3, event: event(), handle: 'd' }, 9000)
    expect(coalescer.dueAt()).toBe(10_000)
  })

  it('defers the next dispatch after a failure, for the events held and those still to come', () => {
    const coalescer = new Coalescer<string>(1000)
    coalescer.deferUntil(20_000)
    coalescer.add({ seq: 1, event: event(), handle: 'a' }, 10_000)
    expect(coalescer.dueAt()).toBe(20_000)
    coalescer.deferUntil(15_000)
    expect(coalescer.dueAt()).toBe(20_000)
  })

  it('sends a single event as it is and a batch as its newest event plus a summary, within 10 keys', () => {
    expect(dispatchPayload([event()])).toEqual(event())
    const batch = Array.from({ length: 30 }, (_, i) =>
      event({ module: `cim-m${i % 25}`, repository: `thecowboyai/cim-m${i % 25}` }),
    )
    const payload = dispatchPayload(batch)
    expect(Object.keys(payload).length).toBeLessThanOrEqual(10)
    expect(payload).toMatchObject({
      module: 'cim-m4',
      coalesced: { events: 30, more_modules: 25 - MAX_LISTED_MODULES },
    })
    expect((payload.coalesced as { modules: string[] }).modules).toHaveLength(MAX_LISTED_MODULES)
    expect(() => dispatchPayload([])).toThrow('at least one event')
  })
})

describe('failures', () => {
  const response = (status: number, headers: Record<string, string> = {}, message = 'x') =>
    Object.assign(new Error(message), { status, response: { headers } })

  it('reads dispatch failures: retry 5xx, rate limits and the network; report configuration problems', () => {
    expect(classifyDispatchError(response(500), 1000)).toMatchObject({ retryable: true, status: 500 })
    expect(classifyDispatchError(response(502), 1000)).toMatchObject({ retryable: true, status: 502 })
    expect(classifyDispatchError(response(429, { 'retry-after': '7' }), 1000)).toMatchObject({
      retryable: true,
      retryAfterMs: 7000,
    })
    const reset = String(Math.floor(Date.now() / 1000) + 60)
    const primary = classifyDispatchError(
      response(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset }),
      1000,
    )
    expect(primary).toMatchObject({ retryable: true, status: 403 })
    expect(primary.retryAfterMs).toBeGreaterThan(55_000)
    const secondary = classifyDispatchError(response(403, {}, 'You have exceeded a secondary rate limit'), 1000)
    expect(secondary).toMatchObject({ retryable: true, rateLimited: true })
    expect(secondary.retryAfterMs).toBeUndefined()
    expect(classifyDispatchError(Object.assign(new Error('fetch failed'), { status: 500 }), 1000)).toMatchObject({
      retryable: true,
      reason: 'network: fetch failed',
    })
    expect(
      classifyDispatchError(Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }), 1000),
    ).toMatchObject({
      retryable: true,
      reason: 'no answer within 1000 ms',
    })
    expect(classifyDispatchError(response(401), 1000)).toMatchObject({
      retryable: false,
      reason: expect.stringContaining('token is not valid'),
    })
    expect(classifyDispatchError(response(404), 1000)).toMatchObject({
      retryable: false,
      reason: expect.stringContaining('cannot write'),
    })
    expect(classifyDispatchError(response(422), 1000)).toMatchObject({ retryable: false, status: 422 })
  })

  it('reads publish failures: retry no responders and timeouts; fail at once on permissions and stream refusals', () => {
    const noResponders = Object.assign(new Error('jetstream is not enabled'), {
      cause: new Error("no responders: 'cim.module.updated'"),
    })
    expect(classifyPublishError(noResponders, 'cim.module.updated')).toMatchObject({
      kind: 'no-stream',
      retryable: true,
    })
    expect(classifyPublishError(noResponders, 's').message).toContain('cim-registry nats setup')
    expect(classifyPublishError(new Error('TIMEOUT'), 's')).toMatchObject({ kind: 'timeout', retryable: true })
    expect(classifyPublishError(new Error("Permissions Violation for Publish to 's'"), 's')).toMatchObject({
      kind: 'permission',
      retryable: false,
    })
    expect(classifyPublishError(new Error('connection closed'), 's')).toMatchObject({
      kind: 'connection',
      retryable: false,
    })
    expect(classifyPublishError(new Error('disconnected'), 's')).toMatchObject({ kind: 'connection', retryable: true })
    // nats-server's words for a stream at its limits under `discard: new`, and for a message over max_msg_size.
    expect(classifyPublishError(new Error('maximum messages exceeded'), 's')).toMatchObject({
      kind: 'stream-full',
      retryable: false,
    })
    expect(classifyPublishError(new Error('maximum bytes exceeded'), 's')).toMatchObject({
      kind: 'stream-full',
      retryable: false,
    })
    expect(classifyPublishError(new Error('message size exceeds maximum allowed'), 's')).toMatchObject({
      kind: 'too-large',
      retryable: false,
    })
  })

  it('says in words why a connection failed, naming endpoints that do not speak NATS', () => {
    const timeout = Object.assign(new Error('timeout'), { name: 'TimeoutError' })
    expect(describeConnectError(timeout, ['nats://lb:4222'], 5000).message).toBe(
      'no NATS greeting from nats://lb:4222 within 5000 ms: the server is overloaded or unreachable, or is it a NATS client port ' +
        '(not the monitoring port, an HTTP service, a load balancer or a TLS-first listener)?',
    )
    expect(describeConnectError(new Error('unexpected response from server'), ['a:1']).message).toMatch(
      /^the endpoint at a:1 does not speak NATS/,
    )
    expect(describeConnectError(new Error('Authorization Violation'), ['a:1'])).toMatchObject({ refused: true })
  })

  it('backs off exponentially up to a cap', () => {
    const backoff = { initialMs: 100, maxMs: 1000 }
    expect([0, 1, 2, 3, 4, 50].map((attempt) => backoffDelay(attempt, backoff))).toEqual([
      100, 200, 400, 800, 1000, 1000,
    ])
  })
})

describe('settings', () => {
  it('reads a server list and refuses URLs with credentials in them', () => {
    expect(parseServers(' nats://a.example:4222, b:4222 ,tls://[::1]:4222')).toEqual([
      'nats://a.example:4222',
      'b:4222',
      'tls://[::1]:4222',
    ])
    expect(() => parseServers(' , ')).toThrow('no NATS server given')
    expect(() => parseServers('nats://user:secret@a:4222')).toThrow('must not hold credentials')
    // A password with a slash made the URL fail the host pattern, whose message quoted it: never again.
    expect(() => parseServers('nats://alice:pa/ss@host:4222')).toThrow('must not hold credentials')
    expect(() => parseServers('nats://alice:pa/ss@host:4222')).not.toThrow('pa/ss')
    expect(() => parseServers('http://a b')).toThrow('is not [nats://]host[:port]')
  })

  it('builds one authenticator, refuses two, and lists every secret for masking', () => {
    expect(connectionOptions({ servers: ['a'], token: 't0ken' }).authenticator).toBeDefined()
    expect(() => connectionOptions({ servers: ['a'], token: 't', user: 'u', password: 'p' })).toThrow(
      'choose one NATS authentication method; got token and user/password',
    )
    expect(() => connectionOptions({ servers: ['a'], password: 'p' })).toThrow('a NATS password needs a user')
    expect(() => connectionOptions({ servers: ['a'], creds: 'not a creds file' })).toThrow(
      'not the content of a .creds file',
    )
    expect(() => connectionOptions({ servers: ['a'], nkey: 'SUxyz' })).toThrow('not a user seed')
    expect(() => connectionOptions({ servers: ['a'], tlsCert: '/c.pem' })).toThrow('needs its key')
    expect(connectionOptions({ servers: ['a'], tlsCa: '/ca.pem' }).tls).toEqual({ caFile: '/ca.pem' })
    expect(connectionOptions({ servers: ['a'], tlsCa: '-----BEGIN CERTIFICATE-----\nx' }).tls).toEqual({
      ca: '-----BEGIN CERTIFICATE-----\nx',
    })
    expect(
      secretsOf({
        servers: ['a'],
        token: 't',
        password: 'p',
        creds: 'c',
        nkey: 'n',
        tlsKey: '-----BEGIN KEY-----',
        tlsCa: 'ca',
      }).sort(),
    ).toEqual(['-----BEGIN KEY-----', 'c', 'n', 'p', 't'])
  })

  it('reads durations and sequence ranges', () => {
    expect(['500ms', '2s', '1.5m', '24h', '7d'].map(parseDuration)).toEqual([
      500, 2000, 90_000, 86_400_000, 604_800_000,
    ])
    expect(() => parseDuration('7 days')).toThrow('is not a duration')
    expect(seqRanges([5, 1, 2, 3, 7, 8, 2])).toBe('1-3,5,7-8')
    expect(parseSeqRanges('1-3,5,7-8')).toEqual([1, 2, 3, 5, 7, 8])
    expect(parseSeqRanges('')).toEqual([])
  })

  it('checks the registry repository name', () => {
    expect(requireRepositoryName('thecowboyai/cim', 'registry repository')).toEqual({
      owner: 'thecowboyai',
      repo: 'cim',
    })
    expect(() => requireRepositoryName('thecowboyai', 'registry repository')).toThrow(
      'registry repository "thecowboyai" is not owner/name',
    )
    expect(() => requireRepositoryName('a/..', 'registry repository')).toThrow('is not owner/name')
  })
})

describe('stream configuration', () => {
  it('captures the event and dead-letter subjects, deduplicates for a week, never gives up on an event', () => {
    const stream = streamConfig({ ...DEFAULT_STREAM_SETTINGS, replicas: 3 })
    expect(stream).toMatchObject({ name: 'CIM_MODULES', subjects: ['cim.module.>'], storage: 'file', num_replicas: 3 })
    expect(stream.duplicate_window).toBe(7 * 24 * 3600 * 1e9)
    const consumer = consumerConfig(DEFAULT_CONSUMER_SETTINGS)
    expect(consumer).toMatchObject({
      durable_name: 'cim-registry-bridge',
      filter_subject: 'cim.module.updated',
      ack_policy: 'explicit',
      max_deliver: -1,
    })
    expect(subjectCovered('cim.module.updated', ['cim.module.>'])).toBe(true)
    expect(subjectCovered('cim.module.dead-letter', ['cim.module.*'])).toBe(true)
    expect(subjectCovered('cim.module', ['cim.module.>'])).toBe(false)
    expect(subjectCovered('cim.other.updated', ['cim.module.>', 'x.*'])).toBe(false)
  })

  it('keeps events small and never evicts them; dead letters live apart, under limits of their own', () => {
    const stream = streamConfig(DEFAULT_STREAM_SETTINGS)
    expect(stream).toMatchObject({ discard: 'new', max_msg_size: 4096 + 1024 })
    const deadLetters = deadLetterStreamConfig(DEFAULT_DEAD_LETTER_SETTINGS)
    expect(deadLetters).toMatchObject({
      name: 'CIM_MODULES_DEAD_LETTERS',
      subjects: ['cim.dead-letter.module'],
      discard: 'old',
      max_msg_size: 3072,
    })
    expect(subjectCovered(DEFAULT_DEAD_LETTER_SETTINGS.subject, DEFAULT_STREAM_SETTINGS.subjects)).toBe(false)
    expect(streamConfig({ ...DEFAULT_STREAM_SETTINGS, maxAgeMs: 0 }).max_age).toBe(0)
  })

  it('checks a setup plan against the server before changing anything', () => {
    const account = {
      memory: 0,
      storage: 0,
      reserved_memory: 0,
      reserved_storage: 0,
      streams: 0,
      consumers: 0,
      limits: {
        max_memory: -1,
        max_storage: -1,
        max_streams: -1,
        max_consumers: -1,
        max_ack_pending: -1,
        memory_max_stream_bytes: -1,
        storage_max_stream_bytes: -1,
        max_bytes_required: false,
      },
      api: { total: 0, errors: 0 },
    }
    const single: ServerFacts = { maxPayload: 1024 * 1024, account }
    const settings = {
      stream: DEFAULT_STREAM_SETTINGS,
      deadLetters: DEFAULT_DEAD_LETTER_SETTINGS,
      consumer: DEFAULT_CONSUMER_SETTINGS,
    }
    const none = { stream: null, deadLetters: null, consumer: null, owners: new Map<string, string>() }
    expect(checkPlan(settings, single, none)).toEqual([])
    const three = {
      stream: { ...DEFAULT_STREAM_SETTINGS, replicas: 3 },
      deadLetters: { ...DEFAULT_DEAD_LETTER_SETTINGS, replicas: 3 },
      consumer: { ...DEFAULT_CONSUMER_SETTINGS, replicas: 3 },
    }
    expect(checkPlan(three, single, none)).toEqual([
      expect.stringContaining(
        '--replicas 3 needs a JetStream cluster of at least 3 servers; this server is not clustered',
      ),
    ])
    // A cluster's size is the server's to judge (no_advertise hides it from INFO): any cluster passes the plan.
    expect(checkPlan(three, { ...single, cluster: 'c1' }, none)).toEqual([])
    expect(
      checkPlan(
        { ...settings, stream: { ...DEFAULT_STREAM_SETTINGS, maxEventBytes: 4096 } },
        { ...single, maxPayload: 4096 },
        none,
      ),
    ).toEqual([expect.stringContaining("exceed the server's max_payload of 4096 bytes")])
    const tight = {
      ...account,
      streams: 5,
      limits: { ...account.limits, max_streams: 6, max_storage: 1024 * 1024 * 1024 },
    }
    expect(checkPlan(settings, { ...single, account: tight }, none)).toEqual([
      'the account may have 6 streams and has 5; setup needs 2 more',
      expect.stringContaining('past the storage limit of 1073741824 bytes of the account'),
    ])
    // Tiered limits (operator/JWT mode): zeros at the top level, the real ones under tiers.R1 / tiers.R3.
    const zero = {
      ...account.limits,
      max_memory: 0,
      max_storage: 0,
      max_streams: 0,
      max_consumers: 0,
      max_ack_pending: 0,
    }
    const r1 = { ...account, streams: 0, limits: { ...account.limits, max_streams: 1, max_ack_pending: 100 } }
    const tiered = { ...account, limits: zero, tiers: { R1: r1 } }
    expect(checkPlan(settings, { ...single, account: tiered }, none)).toEqual([
      "the account's tier R1 may have 1 streams and has 0; setup needs 2 more",
      `max_ack_pending ${DEFAULT_CONSUMER_SETTINGS.maxAckPending} exceeds the limit of 100 of the account's tier R1`,
    ])
    expect(checkPlan(three, { ...single, cluster: 'c1', account: tiered }, none)).toEqual([
      'the account has no JetStream limits for 3 replicas (its tiers: R1): use --replicas to match one, or ask for an R3 tier',
    ])
    // What other streams reserve counts; of ours, only what is new or grows.
    const ours = DEFAULT_STREAM_SETTINGS.maxBytes + DEFAULT_DEAD_LETTER_SETTINGS.maxBytes
    const reserved = { ...account, reserved_storage: ours, limits: { ...account.limits, max_storage: ours + 1000 } }
    expect(checkPlan(settings, { ...single, account: reserved }, none)).toEqual([
      expect.stringContaining(`add ${ours} bytes (with replicas) to the ${ours} bytes already reserved`),
    ])
    const present = {
      ...none,
      stream: {
        max_bytes: DEFAULT_STREAM_SETTINGS.maxBytes,
        num_replicas: 1,
        storage: 'file',
        retention: 'limits',
      } as unknown as StreamConfig,
      deadLetters: {
        max_bytes: DEFAULT_DEAD_LETTER_SETTINGS.maxBytes,
        num_replicas: 1,
        storage: 'file',
        retention: 'limits',
      } as unknown as StreamConfig,
    }
    expect(checkPlan(settings, { ...single, account: reserved }, present)).toEqual([])
    const owned = { ...none, owners: new Map([['cim.module.updated', 'OTHER']]) }
    expect(checkPlan(settings, single, owned)).toEqual([
      'subject cim.module.updated is already captured by stream OTHER',
    ])
    const memory = { ...none, stream: { ...streamConfig(DEFAULT_STREAM_SETTINGS), storage: 'memory' } as never }
    expect(checkPlan(settings, single, memory)).toEqual([
      'stream CIM_MODULES exists with memory storage, which cannot be changed to file',
    ])
  })

  it('checks the ack-wait budget: window + dispatch timeout x attempts + backoff < ack wait', () => {
    expect(
      ackWaitBudget({ windowMs: 2000, dispatchTimeoutMs: 10_000, attempts: 1, backoffMaxMs: 30_000 }, 60_000),
    ).toMatchObject({ ok: true, neededMs: 42_000 })
    expect(
      ackWaitBudget({ windowMs: 2000, dispatchTimeoutMs: 10_000, attempts: 1, backoffMaxMs: 15_000 }, 27_000),
    ).toMatchObject({ ok: false, neededMs: 27_000 })
  })
})
