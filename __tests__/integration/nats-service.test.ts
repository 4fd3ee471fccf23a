/**
 * `cim-registry serve`'s micro service against a real nats-server: discovery through $SRV, each query, paging,
 * coded errors for bad requests and unknown modules, 503 before the registry is there, and answers that follow the
 * bucket as it changes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ServiceError, Svcm } from '@nats-io/services'
import { connect, type NatsConnection } from '@nats-io/transport-node'
import { mirrorAfterUpdate } from '../../src/nats-registry/after-update.js'
import { startRegistryService, type RegistryService } from '../../src/nats-registry/service.js'
import type { UpdatePlan } from '../../src/registry/update.js'
import { NatsServer, waitUntil } from '../support/nats-server.js'
import { nextRun, type FixtureModule } from '../support/registry-fixture.js'

let server: NatsServer
let nc: NatsConnection
let running: RegistryService
const logLines: string[] = []

const BASE: FixtureModule[] = [
  { name: 'cim-domain', version: '0.2.0', description: 'the domain graph core' },
  { name: 'cim-app', version: '1.0.0', type: 'integration', dependencies: { 'cim-domain': '^0.2' } },
  {
    name: 'cim-graph',
    version: '0.5.0',
    type: 'core',
    description: 'graph tools',
    dependencies: { 'cim-domain': '>=0.1' },
  },
  { name: 'cim-secret', version: '3.0.0', visibility: 'private' },
]
const first = nextRun(BASE)

async function mirror(plan: UpdatePlan): Promise<void> {
  const outcome = await mirrorAfterUpdate({ nats: { servers: [server.url] } }, plan, null)
  if (outcome.status !== 'mirrored') throw new Error(JSON.stringify(outcome))
}

async function ask(query: string, body: string | object = ''): Promise<unknown> {
  const reply = await nc.request(`cim.registry.q.${query}`, typeof body === 'string' ? body : JSON.stringify(body), {
    timeout: 5000,
  })
  const error = ServiceError.toServiceError(reply as never)
  if (error) return { code: error.code, error: error.message }
  return reply.json()
}

beforeAll(async () => {
  server = await NatsServer.start()
  nc = await connect({ servers: server.url })
  await mirror(first)
  running = await startRegistryService(nc, {
    source: { servers: server.url },
    log: (level, action, fields) => logLines.push(JSON.stringify({ level, action, ...fields })),
  })
  await running.ready
})
afterAll(async () => {
  await running?.stop()
  await nc?.close()
  await server?.stop()
})

describe('the cim-registry micro service', () => {
  it('is found through $SRV.PING and $SRV.INFO with every query endpoint, and counts requests in $SRV.STATS', async () => {
    const client = new Svcm(nc as never).client()
    const pings = []
    for await (const ping of await client.ping('cim-registry')) pings.push(ping)
    expect(pings).toEqual([expect.objectContaining({ name: 'cim-registry', version: '1.0.0' })])
    const infos = []
    for await (const info of await client.info('cim-registry')) infos.push(info)
    expect(infos[0]!.endpoints.map((e) => e.subject).sort()).toEqual(
      ['by-type', 'dependents', 'deps', 'get', 'list', 'satisfies', 'search'].map((q) => `cim.registry.q.${q}`),
    )
    await ask('get', 'cim-domain')
    await ask('get', 'cim-nothing')
    const stats = []
    for await (const stat of await client.stats('cim-registry')) stats.push(stat)
    const get = stats[0]!.endpoints!.find((e) => e.name === 'get')!
    expect(get.num_requests).toBeGreaterThanOrEqual(2)
    expect(get.num_errors).toBeGreaterThanOrEqual(1)
  })

  it('answers each query, from JSON or plain text, without private modules', async () => {
    expect(await ask('get', { name: 'cim-domain' })).toMatchObject({ name: 'cim-domain', version: '0.2.0' })
    expect(await ask('get', 'cim-domain')).toMatchObject({ name: 'cim-domain' })
    expect(await ask('list')).toMatchObject({
      total: 3,
      offset: 0,
      limit: 100,
      items: [{ name: 'cim-app' }, { name: 'cim-domain' }, { name: 'cim-graph' }],
    })
    expect(await ask('list', { offset: 1, limit: 1 })).toMatchObject({ total: 3, items: [{ name: 'cim-domain' }] })
    expect(await ask('list', { type: 'core' })).toMatchObject({ total: 1, items: [{ name: 'cim-graph' }] })
    expect(await ask('by-type', 'integration')).toMatchObject({ total: 1, items: [{ name: 'cim-app' }] })
    expect(await ask('deps', 'cim-app')).toEqual([
      { from: 'cim-app', to: 'cim-domain', range: '^0.2', registered: true, version: '0.2.0', satisfied: true },
    ])
    expect(await ask('dependents', 'cim-domain')).toMatchObject({
      total: 2,
      items: [{ from: 'cim-app' }, { from: 'cim-graph' }],
    })
    expect(await ask('search', 'graph')).toMatchObject({
      total: 2,
      items: [{ name: 'cim-graph' }, { name: 'cim-domain' }],
    })
    expect(await ask('satisfies', { name: 'cim-domain', range: '^0.2' })).toEqual({
      name: 'cim-domain',
      range: '^0.2',
      satisfied: true,
    })
    expect(await ask('satisfies', 'cim-domain >=1.0.0')).toEqual({
      name: 'cim-domain',
      range: '>=1.0.0',
      satisfied: false,
    })
    expect(await ask('get', 'cim-secret')).toMatchObject({ code: 404 })
  })

  it('answers bad requests with coded service errors', async () => {
    expect(await ask('get', 'cim-domian')).toEqual({
      code: 404,
      error: expect.stringContaining('did you mean cim-domain'),
    })
    expect(await ask('get', '{"name": ')).toEqual({ code: 400, error: expect.stringContaining('not valid JSON') })
    expect(await ask('get', '[1]')).toEqual({ code: 400, error: 'the request must be a JSON object or plain text' })
    expect(await ask('get', {})).toEqual({ code: 400, error: 'the request needs name' })
    expect(await ask('get', { name: 7 })).toEqual({ code: 400, error: 'name must be text' })
    expect(await ask('by-type', 'spaceship')).toEqual({
      code: 400,
      error: expect.stringContaining('unknown module type "spaceship"'),
    })
    expect(await ask('list', { limit: 5000 })).toEqual({ code: 400, error: 'limit must be from 1 to 1000' })
    expect(await ask('list', { offset: -1 })).toEqual({ code: 400, error: 'offset must be a whole number, 0 or more' })
    expect(await ask('list', 'everything')).toEqual({
      code: 400,
      error: expect.stringContaining('list takes a JSON object'),
    })
    expect(await ask('satisfies', { name: 'cim-domain', range: 'not a range' })).toEqual({
      code: 400,
      error: expect.stringContaining('is not a semver range'),
    })
  })

  it('follows the bucket: a mirrored change is in the next answers', async () => {
    await mirror(
      nextRun([{ ...BASE[0]!, version: '0.3.0' }, ...BASE.slice(1), { name: 'cim-new', version: '0.0.1' }], first),
    )
    await waitUntil(
      'the new version in the service',
      async () => ((await ask('get', 'cim-domain')) as { version?: string }).version === '0.3.0',
    )
    expect(await ask('get', 'cim-new')).toMatchObject({ version: '0.0.1' })
    expect(logLines.some((line) => line.includes('"action":"change"'))).toBe(true)
  })

  it('answers 503 while there is no registry to serve', async () => {
    const empty = await startRegistryService(nc, {
      source: { servers: server.url, bucket: 'NOT_MIRRORED_YET' },
      queue: 'other',
    })
    try {
      // Both services answer on the same subjects; this one's queue group is its own, so ask it through a request
      // that collects every reply and keep the 503.
      const replies = []
      for await (const reply of await nc.requestMany('cim.registry.q.get', 'cim-domain', {
        maxWait: 2000,
        maxMessages: 2,
      }))
        replies.push(reply)
      const codes = replies.map((reply) => ServiceError.toServiceError(reply as never)?.code ?? 200).sort()
      expect(codes).toEqual([200, 503])
    } finally {
      await empty.stop()
    }
  })
})
