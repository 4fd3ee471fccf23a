/**
 * RegistryClient over the NATS bucket, against real nats-servers: the queries, watch() with its changes, a watch
 * that lives through a server restart and a cluster node's death without missing a change, and records altered by
 * hand.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { Kvm } from '@nats-io/kv'
import { connect } from '@nats-io/transport-node'
import { RegistryClient } from '../../src/client/client.js'
import { RegistryFileNotFoundError } from '../../src/client/errors.js'
import type { RegistryChange } from '../../src/client/nats.js'
import { mirrorAfterUpdate } from '../../src/nats-registry/after-update.js'
import type { UpdatePlan } from '../../src/registry/update.js'
import { startCluster, untilElected } from '../support/nats-cluster.js'
import { NatsServer, waitUntil } from '../support/nats-server.js'
import { nextRun, type FixtureModule } from '../support/registry-fixture.js'

const servers: NatsServer[] = []
const clients: RegistryClient[] = []
afterAll(async () => {
  for (const client of clients) await client.close()
  for (const server of servers) await server.stop()
})

const BASE: FixtureModule[] = [
  { name: 'cim-domain', version: '0.2.0' },
  { name: 'cim-app', version: '1.0.0', dependencies: { 'cim-domain': '^0.2' } },
  { name: 'cim-secret', version: '3.0.0', visibility: 'private' },
]

async function start(): Promise<NatsServer> {
  const server = await NatsServer.start()
  servers.push(server)
  return server
}

function client(
  urls: string,
  bucket?: string,
  onInvalidRecord?: (key: string, reason: string) => void,
): RegistryClient {
  const made = new RegistryClient({ nats: { servers: urls, bucket, onInvalidRecord }, timeoutMs: 5000 })
  clients.push(made)
  return made
}

async function mirror(urls: string, plan: UpdatePlan, replicas = 1): Promise<void> {
  const outcome = await mirrorAfterUpdate(
    { nats: { servers: urls.split(',') }, replicas, timeoutMs: 20_000 },
    plan,
    null,
  )
  if (outcome.status !== 'mirrored') throw new Error(JSON.stringify(outcome))
}

/** Collects a watch's changes in the background until `stop()`. */
function collect(registry: RegistryClient): { changes: RegistryChange[]; stop: () => void } {
  const controller = new AbortController()
  const changes: RegistryChange[] = []
  ;(async () => {
    for await (const change of registry.watch(controller.signal)) changes.push(change)
  })().catch((error) =>
    changes.push({ type: 'removed', name: `watch failed: ${error}`, module: null, previous: null, revision: -1 }),
  )
  return { changes, stop: () => controller.abort() }
}

const versions = (changes: RegistryChange[]) =>
  changes.map((c) => [c.type, c.name, c.previous?.version ?? null, c.module?.version ?? null])

describe('RegistryClient({ nats })', () => {
  it('answers the queries from the bucket, without the private modules, and says which files NATS lacks', async () => {
    const server = await start()
    await mirror(server.url, nextRun(BASE))
    const registry = client(server.url)
    expect((await registry.listModules()).map((m) => m.name)).toEqual(['cim-app', 'cim-domain'])
    expect(await registry.getModule('cim-domain')).toMatchObject({
      name: 'cim-domain',
      version: '0.2.0',
      type: 'domain',
    })
    expect(await registry.dependentsOf('cim-domain')).toEqual([
      { from: 'cim-app', to: 'cim-domain', range: '^0.2', registered: true, version: '0.2.0', satisfied: true },
    ])
    await expect(registry.status()).rejects.toThrow(/status.json is not mirrored on NATS/)
    const privateReader = client(server.url, 'CIM_REGISTRY_PRIVATE')
    expect((await privateReader.listModules()).map((m) => m.name)).toEqual(['cim-secret'])
    await expect(client(server.url, 'NO_SUCH_BUCKET').listModules()).rejects.toBeInstanceOf(RegistryFileNotFoundError)
    await expect(client('nats://127.0.0.1:1').listModules()).rejects.toThrow(
      /cannot reach NATS at nats:\/\/127\.0\.0\.1:1/,
    )
  })

  it('skips a record altered into garbage, reports it, and keeps every other module', async () => {
    const server = await start()
    await mirror(server.url, nextRun(BASE))
    const nc = await connect({ servers: server.url })
    const kv = await new Kvm(nc).open('CIM_REGISTRY')
    await kv.put('module.cim-app', '{"name": "cim-app", "entry": {"type": "spaceship"}}')
    await nc.close()
    const invalid: string[] = []
    const registry = client(server.url, undefined, (key, reason) => invalid.push(`${key}: ${reason}`))
    expect((await registry.listModules()).map((m) => m.name)).toEqual(['cim-domain'])
    expect(invalid).toEqual([expect.stringMatching(/^module\.cim-app: .*key module\.cim-app: type must be one of/)])
    await expect(new RegistryClient({ directory: '.' }).watch().next()).rejects.toThrow(TypeError)
  })

  it('watch() reports added, updated and removed modules, and survives a server restart without missing one', async () => {
    const server = await start()
    const first = nextRun(BASE)
    await mirror(server.url, first)
    const registry = client(server.url)
    await registry.listModules()
    const watch = collect(registry)
    await new Promise((resolve) => setTimeout(resolve, 200)) // the watch's consumer is on the server
    const second = nextRun(
      [{ ...BASE[0]!, version: '0.2.1' }, ...BASE.slice(1), { name: 'cim-new', version: '0.1.0' }],
      first,
    )
    await mirror(server.url, second)
    await waitUntil(
      'the first changes',
      () => watch.changes.length >= 2,
      20_000,
      () => versions(watch.changes),
    )
    expect(versions(watch.changes)).toEqual([
      ['updated', 'cim-domain', '0.2.0', '0.2.1'],
      ['added', 'cim-new', null, '0.1.0'],
    ])
    expect((await registry.getModule('cim-domain')).version).toBe('0.2.1')

    // A crash; the registry changes as soon as the server is back, before the watcher has reconnected.
    await server.kill()
    await server.restart()
    const third = nextRun([{ ...BASE[0]!, version: '0.2.2' }, BASE[1]!, BASE[2]!], second)
    await mirror(server.url, third)
    await waitUntil(
      'the changes after the restart',
      () => watch.changes.length >= 4,
      30_000,
      () => versions(watch.changes),
    )
    watch.stop()
    expect(versions(watch.changes).slice(2)).toEqual([
      ['updated', 'cim-domain', '0.2.1', '0.2.2'],
      ['removed', 'cim-new', '0.1.0', null],
    ])
    expect(watch.changes.map((c) => c.revision)).toEqual(
      [...watch.changes.map((c) => c.revision)].sort((a, b) => a - b),
    )
    expect((await registry.listModules()).map((m) => m.name)).toEqual(['cim-app', 'cim-domain'])
  })

  it('on a three-node cluster, a watcher keeps its changes when a node dies', async () => {
    const nodes = await startCluster()
    servers.push(...nodes)
    const urls = nodes.map((node) => node.url).join(',')
    const first = nextRun(BASE)
    await untilElected(() => mirror(urls, first, 3))
    const registry = client(urls)
    await registry.listModules()
    const watch = collect(registry)
    await new Promise((resolve) => setTimeout(resolve, 300))
    await nodes[0]!.kill()
    const survivors = nodes
      .slice(1)
      .map((node) => node.url)
      .join(',')
    const second = nextRun([{ ...BASE[0]!, version: '0.9.0' }, ...BASE.slice(1)], first)
    await untilElected(() => mirror(survivors, second, 3))
    await waitUntil(
      'the changes after the node died',
      () => watch.changes.length >= 2,
      30_000,
      () => versions(watch.changes),
    )
    watch.stop()
    // cim-app's version stays, but its range ^0.2 no longer holds: its health changed, and that is a change too.
    expect(versions(watch.changes)).toEqual([
      ['updated', 'cim-app', '1.0.0', '1.0.0'],
      ['updated', 'cim-domain', '0.2.0', '0.9.0'],
    ])
    expect(watch.changes[0]!.module).not.toBe(watch.changes[0]!.previous)
  })
})
