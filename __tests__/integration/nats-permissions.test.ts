/**
 * The README's least-privilege configuration, run as written on a real nats-server: the updater can mirror and
 * announce; serve can answer; a reader can query, watch and call the service, and cannot read, watch, hear or write
 * anything private. Denials are the server's (`Permissions Violation`:
 * https://docs.nats.io/running-a-nats-service/configuration/securing_nats/authorization).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Kvm } from '@nats-io/kv'
import { connect, type NatsConnection } from '@nats-io/transport-node'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RegistryClient } from '../../src/client/client.js'
import { mirrorAfterUpdate } from '../../src/nats-registry/after-update.js'
import { startRegistryService, type RegistryService } from '../../src/nats-registry/service.js'
import { NatsServer } from '../support/nats-server.js'
import { nextRun, type FixtureModule } from '../support/registry-fixture.js'
import { ROOT } from '../support/run.js'

const PASSWORDS = {
  UPDATER_PASSWORD: 'updater-pw-1234',
  SERVE_PASSWORD: 'serve-pw-5678',
  READER_PASSWORD: 'reader-pw-9012',
}
const BASE: FixtureModule[] = [
  { name: 'cim-domain', version: '0.2.0' },
  { name: 'cim-secret', version: '3.0.0', visibility: 'private', description: 'classified' },
]

let server: NatsServer
let service: RegistryService
let serveConnection: NatsConnection
const opened: { close(): Promise<unknown> }[] = []

function readmePermissions(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const block = /<!-- permissions:begin -->\n```\n([\s\S]*?)```\n<!-- permissions:end -->/.exec(readme)
  if (!block) throw new Error('README.md has no permissions block')
  return block[1]!
}

async function as(user: 'updater' | 'serve' | 'reader'): Promise<NatsConnection> {
  const password = {
    updater: PASSWORDS.UPDATER_PASSWORD,
    serve: PASSWORDS.SERVE_PASSWORD,
    reader: PASSWORDS.READER_PASSWORD,
  }[user]
  const nc = await connect({ servers: server.url, user, pass: password })
  opened.push(nc)
  return nc
}

beforeAll(async () => {
  // nats-server reads $UPDATER_PASSWORD... from its environment; jest's process.env does not reach the child, so the
  // test writes the values into the block instead.
  const config = readmePermissions().replace(/\$([A-Z_]+_PASSWORD)/g, (_, name: keyof typeof PASSWORDS) =>
    JSON.stringify(PASSWORDS[name]),
  )
  server = await NatsServer.start({ config })
  const outcome = await mirrorAfterUpdate(
    { nats: { servers: [server.url], user: 'updater', password: PASSWORDS.UPDATER_PASSWORD } },
    nextRun(BASE),
    'a'.repeat(40),
  )
  if (outcome.status !== 'mirrored')
    throw new Error(`the updater could not mirror: ${JSON.stringify(outcome)}\n${server.log}`)
  serveConnection = await as('serve')
  service = await startRegistryService(serveConnection, {
    source: { servers: server.url, user: 'serve', password: PASSWORDS.SERVE_PASSWORD },
  })
  await service.ready
})
afterAll(async () => {
  await service?.stop()
  for (const nc of opened) await nc.close()
  await server?.stop()
})

function reader(bucket?: string): RegistryClient {
  const client = new RegistryClient({
    nats: { servers: server.url, user: 'reader', password: PASSWORDS.READER_PASSWORD, bucket },
    timeoutMs: 3000,
  })
  opened.push(client)
  return client
}

describe('the README permissions', () => {
  it('let the updater mirror again with a change, and a reader query, watch and call the service', async () => {
    const registry = reader()
    expect((await registry.listModules()).map((m) => m.name)).toEqual(['cim-domain'])
    const controller = new AbortController()
    const seen: string[] = []
    const watching = (async () => {
      for await (const change of registry.watch(controller.signal)) {
        seen.push(`${change.type} ${change.name} ${change.module?.version}`)
        controller.abort()
      }
    })()
    await new Promise((resolve) => setTimeout(resolve, 300))
    const outcome = await mirrorAfterUpdate(
      { nats: { servers: [server.url], user: 'updater', password: PASSWORDS.UPDATER_PASSWORD } },
      nextRun(
        [
          { ...BASE[0]!, version: '0.2.1' },
          { ...BASE[1]!, version: '3.0.1' },
        ],
        nextRun(BASE),
      ),
      'b'.repeat(40),
    )
    expect(outcome).toEqual(expect.objectContaining({ status: 'mirrored' }))
    await watching
    expect(seen).toEqual(['updated cim-domain 0.2.1'])
    const nc = await as('reader')
    const reply = await nc.request('cim.registry.q.get', 'cim-domain', { timeout: 5000 })
    expect(reply.json()).toMatchObject({ name: 'cim-domain' })
    const ping = await nc.request('$SRV.PING.cim-registry', '', { timeout: 5000 })
    expect(ping.json()).toMatchObject({ name: 'cim-registry' })
  })

  it('keep a reader out of the private bucket: no open, no direct get, no watch, no event, no write', async () => {
    await expect(reader('CIM_REGISTRY_PRIVATE').listModules()).rejects.toThrow(/permissions|timeout|TIMEOUT/i)
    const nc = await as('reader')
    await expect(
      nc.request('$JS.API.DIRECT.GET.KV_CIM_REGISTRY_PRIVATE.$KV.CIM_REGISTRY_PRIVATE.module.cim-secret', '', {
        timeout: 2000,
      }),
    ).rejects.toThrow(/permissions|timeout/i)
    await expect(
      nc.request(
        '$JS.API.CONSUMER.CREATE.KV_CIM_REGISTRY_PRIVATE',
        JSON.stringify({ stream_name: 'KV_CIM_REGISTRY_PRIVATE', config: {} }),
        { timeout: 2000 },
      ),
    ).rejects.toThrow(/permissions|timeout/i)
    const denied: string[] = []
    const events = await as('reader')
    const watched = (async () => {
      for await (const status of events.status())
        if (status.type === 'error') denied.push(String((status as { error?: Error }).error?.message ?? ''))
    })()
    events.subscribe('cim.registry.private.updated')
    events.subscribe('$KV.CIM_REGISTRY_PRIVATE.>')
    await events.flush()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(denied.join('\n')).toMatch(/Permissions Violation for Subscription to "cim.registry.private.updated"/)
    expect(denied.join('\n')).toMatch(/Permissions Violation for Subscription to "\$KV.CIM_REGISTRY_PRIVATE.>"/)
    void watched
    const kv = await new Kvm(await as('reader')).open('CIM_REGISTRY')
    await expect(kv.put('module.cim-domain', '{}')).rejects.toThrow(/permissions|timeout/i)
  })

  it('keep the private records off the reply subjects a reader may listen on while the updater reads them back', async () => {
    const spy = await as('reader')
    const heard: string[] = []
    spy.subscribe('_INBOX.>', { callback: (_, msg) => void heard.push(msg.string()) })
    await spy.flush()
    const outcome = await mirrorAfterUpdate(
      { nats: { servers: [server.url], user: 'updater', password: PASSWORDS.UPDATER_PASSWORD } },
      nextRun([
        { ...BASE[0]!, version: '0.2.2' },
        { ...BASE[1]!, version: '3.0.2' },
      ]),
      'c'.repeat(40),
    )
    expect(outcome).toEqual(expect.objectContaining({ status: 'mirrored' }))
    await spy.flush()
    expect(heard.join('\n')).not.toContain('cim-secret')
  })
})
