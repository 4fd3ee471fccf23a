/**
 * The registry's KV mirror and its `cim.registry.updated` event, against a real nats-server: what a run writes,
 * what it announces, how it repairs a drifted bucket, where private modules go, and that an unreachable server
 * gives a failed outcome instead of an exception.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { jetstreamManager } from '@nats-io/jetstream'
import { Kvm } from '@nats-io/kv'
import { connect, type NatsConnection } from '@nats-io/transport-node'
import { createServer, type AddressInfo, type Socket } from 'node:net'
import { mirrorAfterUpdate, type MirrorOutcome } from '../../src/nats-registry/after-update.js'
import { readBucket } from '../../src/nats-registry/bucket.js'
import {
  bucketContents,
  EVENTS_STREAM,
  MAX_RECORD_BYTES,
  MAX_UPDATED_EVENT_BYTES,
  updatedEvent,
  type UpdatedEvent,
} from '../../src/nats-registry/records.js'
import type { UpdatePlan } from '../../src/registry/update.js'
import { freePort, NatsServer, waitUntil } from '../support/nats-server.js'
import { nextRun, type FixtureModule } from '../support/registry-fixture.js'

let server: NatsServer
let nc: NatsConnection

beforeAll(async () => {
  server = await NatsServer.start()
  nc = await connect({ servers: server.url })
})
afterAll(async () => {
  await nc?.close()
  await server?.stop()
})

const BASE: FixtureModule[] = [
  { name: 'cim-domain', version: '0.2.0' },
  { name: 'cim-app', version: '1.0.0', dependencies: { 'cim-domain': '^0.2' } },
  { name: 'cim-secret', version: '3.0.0', visibility: 'private', dependencies: { 'cim-domain': '^0.2' } },
]

async function mirror(
  plan: UpdatePlan,
  bucket: string,
  commit: string | null = null,
): Promise<Extract<MirrorOutcome, { status: 'mirrored' }>> {
  const outcome = await mirrorAfterUpdate({ nats: { servers: [server.url] }, bucket }, plan, commit)
  if (outcome.status !== 'mirrored') throw new Error(`mirror: ${JSON.stringify(outcome)}`)
  return outcome
}

async function bucketValues(name: string): Promise<Map<string, string>> {
  return (await readBucket(await new Kvm(nc).open(name))).values
}

/** The events stored in the events stream, oldest first. */
async function storedEvents(subject: string): Promise<UpdatedEvent[]> {
  const jsm = await jetstreamManager(nc)
  const info = await jsm.streams.info(EVENTS_STREAM)
  const events: UpdatedEvent[] = []
  for (let seq = info.state.first_seq; seq <= info.state.last_seq; seq++) {
    const message = await jsm.streams.getMessage(EVENTS_STREAM, { seq }).catch(() => null)
    if (message?.subject === subject) events.push(message.json<UpdatedEvent>())
  }
  return events
}

describe('mirrorAfterUpdate', () => {
  it('writes one key per module and meta, then nothing on a no-op run, then only what one change touched', async () => {
    const first = nextRun(BASE)
    const run1 = await mirror(first, 'T1', 'a'.repeat(40))
    const [open, hidden] = run1.report.buckets
    expect(open).toMatchObject({ bucket: 'T1', put: 3, deleted: 0, shortPath: false })
    expect(hidden).toMatchObject({ bucket: 'T1_PRIVATE', put: 2, deleted: 0 })
    const values = await bucketValues('T1')
    expect([...values.keys()].sort()).toEqual(['meta', 'module.cim-app', 'module.cim-domain'])
    expect(JSON.parse(values.get('module.cim-domain')!)).toMatchObject({
      name: 'cim-domain',
      health: 'ok',
      dependents: ['cim-app', 'cim-secret'],
      versions: ['0.2.0'],
    })
    expect(JSON.parse(values.get('meta')!)).toMatchObject({
      commit: 'a'.repeat(40),
      modules: 2,
      registry_hash: expect.stringMatching(/^sha256:/),
    })
    expect([...(await bucketValues('T1_PRIVATE')).keys()].sort()).toEqual(['meta', 'module.cim-secret'])

    // A run with nothing to commit knows no commit: the bucket's, for the same registry, still holds.
    const again = await mirror(nextRun(BASE, first), 'T1', null)
    expect(again.report.buckets.map((b) => [b.put, b.deleted, b.event])).toEqual([
      [0, 0, null],
      [0, 0, null],
    ])
    expect(JSON.parse((await bucketValues('T1')).get('meta')!).commit).toBe('a'.repeat(40))

    const bumped = nextRun([{ ...BASE[0]!, version: '0.2.1' }, ...BASE.slice(1)], first)
    const run3 = await mirror(bumped, 'T1', 'b'.repeat(40))
    expect(run3.report.buckets[0]).toMatchObject({ put: 2, deleted: 0, shortPath: true })
    expect(run3.report.buckets[0]!.event).toMatchObject({
      commit: 'b'.repeat(40),
      previous_hash: JSON.parse(values.get('meta')!).registry_hash,
      added: [],
      removed: [],
      updated: [{ name: 'cim-domain', from: '0.2.0', to: '0.2.1' }],
      counts: { added: 0, removed: 0, updated: 1 },
    })
    // The private module's record did not change (only cim-domain's did): the private bucket writes only its meta (new hash and commit).
    expect(run3.report.buckets[1]).toMatchObject({ put: 1, event: null })
    const events = await storedEvents('cim.registry.updated')
    expect(events.filter((e) => e.commit === 'b'.repeat(40))).toHaveLength(1)
    expect(JSON.stringify(events)).not.toContain('cim-secret')
  })

  it('repairs keys deleted or altered by hand on the next run, and deletes removed modules', async () => {
    const first = nextRun(BASE)
    await mirror(first, 'T2')
    const kv = await new Kvm(nc).open('T2')
    await kv.delete('module.cim-app')
    await kv.put('module.cim-domain', '{"edited": "by hand"}')
    await kv.put('unrelated', 'kept')
    const repaired = await mirror(nextRun(BASE, first), 'T2')
    expect(repaired.report.buckets[0]).toMatchObject({ put: 2, deleted: 0, event: null })
    const values = await bucketValues('T2')
    expect(JSON.parse(values.get('module.cim-domain')!).name).toBe('cim-domain')
    expect(values.get('unrelated')).toBe('kept')

    const removed = await mirror(nextRun(BASE.slice(0, 1), nextRun(BASE, first)), 'T2', 'c'.repeat(40))
    expect(removed.report.buckets[0]).toMatchObject({ deleted: 1 })
    expect(removed.report.buckets[0]!.event).toMatchObject({ removed: [{ name: 'cim-app', version: '1.0.0' }] })
    expect(removed.report.buckets[1]!.event).toMatchObject({ removed: [{ name: 'cim-secret', version: '3.0.0' }] })
    expect((await bucketValues('T2')).has('module.cim-app')).toBe(false)
  })

  it('announces a missed run late: a bucket behind by two runs gets one event with both changes', async () => {
    const first = nextRun(BASE)
    await mirror(first, 'T3', '1'.repeat(40))
    const second = nextRun([...BASE, { name: 'cim-new', version: '0.1.0' }], first)
    // The second run's mirror never happened (NATS was down); the third run finds the bucket at the first.
    const third = nextRun(
      [{ ...BASE[0]!, version: '0.3.0' }, ...BASE.slice(1), { name: 'cim-new', version: '0.1.0' }],
      second,
    )
    const late = await mirror(third, 'T3', '3'.repeat(40))
    expect(late.report.buckets[0]).toMatchObject({ shortPath: false })
    expect(late.report.buckets[0]!.event).toMatchObject({
      added: [{ name: 'cim-new', version: '0.1.0' }],
      updated: expect.arrayContaining([{ name: 'cim-domain', from: '0.2.0', to: '0.3.0' }]),
    })
  })

  it('leaves private modules out with the omit policy, and mixes them in with include', async () => {
    const plan = nextRun(BASE)
    const omit = bucketContents(plan.registry, { registry_hash: 'h', commit: null }, 'omit')
    expect(omit.private).toBeNull()
    expect([...omit.public.keys()]).not.toContain('module.cim-secret')
    expect([...bucketContents(plan.registry, { registry_hash: 'h', commit: null }, 'include').public.keys()]).toContain(
      'module.cim-secret',
    )
  })

  it('reports an unreachable server as a failed outcome with the reason, within the budget', async () => {
    const port = await freePort() // nothing listens there: ECONNREFUSED
    const outcome = await mirrorAfterUpdate({ nats: { servers: [`nats://127.0.0.1:${port}`] } }, nextRun(BASE), null)
    expect(outcome).toEqual({
      status: 'failed',
      error: expect.stringContaining(`cannot reach NATS at nats://127.0.0.1:${port}`),
    })
  })

  it('gives up on a server that accepts the connection and never speaks, within the budget', async () => {
    // A black-holed port or a hung server: TCP connects, no INFO ever comes (the client's connect timeout:
    // https://docs.nats.io/using-nats/developer/connecting/misc#set-the-connection-timeout).
    const sockets: Socket[] = []
    const silent = createServer((socket) => void sockets.push(socket))
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as AddressInfo
    try {
      const started = Date.now()
      const outcome = await mirrorAfterUpdate(
        { nats: { servers: [`nats://127.0.0.1:${port}`] }, timeoutMs: 2000 },
        nextRun(BASE),
        null,
      )
      expect(outcome).toEqual({ status: 'failed', error: expect.stringMatching(/no NATS greeting|cannot reach NATS/i) })
      expect(Date.now() - started).toBeLessThan(15_000)
      // connectNats (src/events/connection.ts) closes the socket of the attempt it abandoned: nothing keeps the job alive.
      await waitUntil(
        'the client closed its socket',
        () => sockets.length > 0 && sockets.every((s) => s.readableEnded || s.destroyed),
        5000,
      )
    } finally {
      for (const socket of sockets) socket.destroy()
      silent.close()
    }
  })

  it('reports a user without the rights as failed with the permission it lacks', async () => {
    const guarded = await NatsServer.start({
      config:
        'authorization { users = [ { user: nobody, password: nobody-pw-1234, permissions: { publish: { allow: ["$JS.API.INFO"] }, subscribe: { allow: ["_INBOX_CIM_UPDATER.>"] } } } ] }\n',
    })
    try {
      const outcome = await mirrorAfterUpdate(
        { nats: { servers: [guarded.url], user: 'nobody', password: 'nobody-pw-1234' }, timeoutMs: 10_000 },
        nextRun(BASE),
        null,
      )
      expect(outcome).toEqual({
        status: 'failed',
        error: expect.stringMatching(/Permissions Violation for Publish to "\$JS\.API\.STREAM\.INFO\.KV_CIM_REGISTRY"/),
      })
      expect(JSON.stringify(outcome)).not.toContain('nobody-pw-1234')
    } finally {
      await guarded.stop()
    }
  })

  it('reports a server that refuses the credentials as failed, naming no secret', async () => {
    const guarded = await NatsServer.start({ args: ['--auth', 'right-token-123'] })
    try {
      const outcome = await mirrorAfterUpdate(
        { nats: { servers: [guarded.url], token: 'wrong-token-456' } },
        nextRun(BASE),
        null,
      )
      expect(outcome.status).toBe('failed')
      expect(JSON.stringify(outcome)).toMatch(/refused the credentials/)
      expect(JSON.stringify(outcome)).not.toContain('wrong-token-456')
    } finally {
      await guarded.stop()
    }
  })
})

describe('moduleRecord', () => {
  it('keeps a module that thousands depend on under the record limit, with the whole count', () => {
    const hub: FixtureModule = { name: 'cim-hub', version: '1.0.0' }
    const users = Array.from({ length: 12_000 }, (_, i) => ({
      name: `cim-user-with-a-rather-long-name-${i}`,
      version: '0.1.0',
      dependencies: { 'cim-hub': '^1' },
    }))
    const plan = nextRun([hub, ...users])
    const record = JSON.parse(
      bucketContents(plan.registry, { registry_hash: 'h', commit: null }, 'omit').public.get('module.cim-hub')!,
    )
    expect(Buffer.byteLength(JSON.stringify(record))).toBeLessThanOrEqual(MAX_RECORD_BYTES)
    expect(record.dependents_total).toBe(12_000)
    expect(record.dependents.length).toBeGreaterThan(1000)
  })
})

describe('updatedEvent', () => {
  it('stays under the byte limit whatever the change, with whole counts', () => {
    const record = (v: string) => JSON.stringify({ entry: { version: v } })
    const changes: [string, string | undefined, string | undefined][] = []
    for (let i = 0; i < 3000; i++)
      changes.push([
        `module.cim-module-with-a-long-name-${i}`,
        i % 3 === 0 ? undefined : record('1.0.0'),
        i % 3 === 1 ? undefined : record('2.0.0'),
      ])
    const event = updatedEvent({ commit: 'f'.repeat(40), registry_hash: 'sha256:x', previous_hash: null }, changes)!
    expect(Buffer.byteLength(JSON.stringify(event))).toBeLessThanOrEqual(MAX_UPDATED_EVENT_BYTES)
    expect(event.counts).toEqual({ added: 1000, removed: 1000, updated: 1000 })
    expect(event.truncated).toBe(true)
    expect(event.added.length).toBeGreaterThan(10)
  })

  it('is null when no module changed, and keeps a record altered into garbage as an update of unknown version', () => {
    expect(updatedEvent({ commit: null, registry_hash: 'h', previous_hash: 'h' }, [['meta', 'a', 'b']])).toBeNull()
    const event = updatedEvent({ commit: null, registry_hash: 'h', previous_hash: 'g' }, [
      ['module.cim-x', 'not json', JSON.stringify({ entry: { version: '1.0.0' } })],
    ])
    expect(event?.updated).toEqual([{ name: 'cim-x', from: null, to: '1.0.0' }])
  })
})
