/**
 * The whole loop, every program the bundled one and every part real: a module push -> the action in publish mode
 * -> nats-server -> the bridge -> repository_dispatch on the fake GitHub -> the action in update mode with NATS
 * inputs -> the registry commit -> the key-value bucket and cim.registry.updated -> a watch() consumer, the
 * `cim-registry watch --json` process and the `cim-registry serve` service all see the new version.
 *
 * NATS dies mid-way, between the dispatch and the update: the update still commits (the mirror's failure is a
 * warning and `nats-mirror: failed`), the server comes back on the same store, the next run (a no-op on GitHub)
 * repairs the bucket and announces the change late, and the watchers, which were cut off, resume and miss nothing.
 * On a three-node cluster, a node dies instead, and everything carries on through the two others.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { spawn, type ChildProcess } from 'node:child_process'
import { RegistryClient } from '../../src/client/client.js'
import type { RegistryChange } from '../../src/client/nats.js'
import type { UpdatedEvent } from '../../src/nats-registry/records.js'
import { FakeGitHub } from '../support/fake-github/index.js'
import { startCluster, untilElected } from '../support/nats-cluster.js'
import { BridgeProcess, NatsServer, waitUntil } from '../support/nats-server.js'
import { ORG, REGISTRY_REPO, realisticOrg } from '../support/realistic-org.js'
import { CLI, runActionAsync, runCli } from '../support/run.js'
import { tempDir, writeTree } from '../support/temp.js'

const TOKEN = 'ghs_NATSLOOPTOKEN0123456789'
const MODULE = 'cim-subject'

let github: FakeGitHub
const bridges: BridgeProcess[] = []
const children: ChildProcess[] = []
const clients: { close(): Promise<unknown> }[] = []
const servers: NatsServer[] = []

beforeAll(async () => {
  github = await FakeGitHub.start({ snapshot: realisticOrg() })
})

afterAll(async () => {
  for (const bridge of bridges) {
    bridge.signal('SIGTERM')
    await bridge.exited
  }
  for (const child of children) child.kill('SIGTERM')
  for (const client of clients) await client.close()
  for (const server of servers) await server.stop()
  await github?.stop()
})

/** A long-running `cim-registry` command, its stdout collected. */
function cli(args: string[]): { output: () => string } {
  let output = ''
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  children.push(child)
  return { output: () => output }
}

interface Deployment {
  urls: string
  replicas: number
  /** Kills what the test kills between the dispatch and the update. */
  crash(): Promise<void>
  /** Brings it back, or nothing when the rest carries on without it. */
  recover(): Promise<void>
  /** Whether the update during the crash can reach NATS (a cluster with a dead node can). */
  reachableDuringCrash: boolean
}

async function theLoop(deployment: Deployment, module: string, version: string): Promise<void> {
  const { urls } = deployment
  const env = { ...github.env(), GITHUB_REPOSITORY: `${ORG}/${REGISTRY_REPO}`, GITHUB_REPOSITORY_OWNER: ORG }
  const update = (event?: object) =>
    runActionAsync(
      { mode: 'update', token: TOKEN, 'nats-servers': urls, 'nats-replicas': String(deployment.replicas) },
      event ? { eventName: 'repository_dispatch', event, env } : { env },
    )
  // A cluster elects its JetStream leaders a moment after it starts and after a node dies: until then a mirror
  // fails (and says so), and the next run repairs; the test runs the next run until one succeeds.
  const mirroredRun = () =>
    untilElected(
      () => update(),
      (run) => run.status === 0 && run.outputs['nats-mirror'] === 'mirrored',
      60_000,
    )
  await mirroredRun()
  await untilElected(
    async () => runCli(['nats', 'setup', '--nats', urls, '--replicas', String(deployment.replicas)]),
    (result) => result.status === 0,
    60_000,
  )
  const bridge = BridgeProcess.start(
    CLI,
    ['--nats', urls, '--registry-repo', `${ORG}/${REGISTRY_REPO}`, '--window', '200ms', '--github-api-url', github.url],
    {
      GITHUB_TOKEN: TOKEN,
    },
  )
  bridges.push(bridge)

  // The consumers: the library's watch(), the watch command, the service.
  const registry = new RegistryClient({ nats: { servers: urls } })
  clients.push(registry)
  const before = (await registry.getModule(module)).version
  const changes: RegistryChange[] = []
  void (async () => {
    for await (const change of registry.watch()) changes.push(change)
  })()
  const watcher = cli(['watch', '--json', '--nats', urls])
  cli(['serve', '--nats', urls])
  const client = await connect({ servers: urls.split(','), maxReconnectAttempts: -1, reconnectTimeWait: 200 })
  clients.push(client)
  const ask = async () =>
    (await client.request('cim.registry.q.get', module, { timeout: 2000 })).json<{ version: string }>().version
  await waitUntil(
    'the service answers',
    () =>
      ask().then(
        (v) => v === before,
        () => false,
      ),
    30_000,
  )

  // The push.
  const cargo = github.repo(module).files['Cargo.toml']!.replace(/version = "[^"]+"/, `version = "${version}"`)
  const commit = github.push(module, { files: { 'Cargo.toml': cargo }, message: `release ${version}` })
  const published = await runActionAsync(
    { mode: 'publish', 'nats-servers': urls, timeout: '60' },
    {
      cwd: writeTree(tempDir('cim-checkout-'), { 'Cargo.toml': cargo }),
      eventName: 'push',
      event: { ref: 'refs/heads/main', after: commit, head_commit: { id: commit, timestamp: '2026-01-01T10:00:00Z' } },
      env: {
        GITHUB_REPOSITORY: `${ORG}/${module}`,
        GITHUB_REPOSITORY_OWNER: ORG,
        GITHUB_SHA: commit,
        GITHUB_REF: 'refs/heads/main',
      },
    },
  )
  expect(published.status).toBe(0)
  await waitUntil(
    'the bridge dispatched the event',
    () => github.dispatches.some((d) => d.client_payload?.commit === commit),
    30_000,
    () => bridge.output,
  )
  const dispatch = github.dispatches.find((d) => d.client_payload?.commit === commit)!

  // NATS (or a node of it) dies; the update commits anyway.
  await deployment.crash()
  const during = await update({ action: 'module-updated', client_payload: dispatch.client_payload })
  expect(during.status).toBe(0)
  expect(during.outputs).toMatchObject({ changed: 'true' })
  expect(during.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
  if (!deployment.reachableDuringCrash) {
    expect(during.outputs['nats-mirror']).toBe('failed')
    expect(during.stdout).toMatch(
      /::warning::NATS mirror failed \(the registry commit stands; the next run repairs the mirror\): cannot reach NATS/,
    )
    expect(changes).toEqual([])
  }

  // Back (or carrying on without the node); the next run has nothing to commit and repairs the mirror if needed.
  await deployment.recover()
  if (during.outputs['nats-mirror'] !== 'mirrored') expect((await mirroredRun()).outputs.changed).toBe('false')

  await waitUntil(
    'watch() saw the new version',
    () => changes.some((c) => c.name === module && c.module?.version === version),
    30_000,
    () => changes,
  )
  await waitUntil(
    'the watch command printed it',
    () => watcher.output().includes(`"version":"${version}"`),
    30_000,
    () => watcher.output(),
  )
  await waitUntil(
    'the service answers the new version',
    () =>
      ask().then(
        (v) => v === version,
        () => false,
      ),
    30_000,
  )
  const change = changes.find((c) => c.name === module && c.module?.version === version)!
  expect(change).toMatchObject({
    type: 'updated',
    previous: { version: before },
    module: { version, last_commit: commit },
  })
  const line = watcher
    .output()
    .split('\n')
    .find((l) => l.includes(`"name":"${module}"`) && l.includes(version))!
  expect(JSON.parse(line)).toMatchObject({ type: 'updated', name: module, module: { version } })

  // The commit is announced once.
  const jsm = await jetstreamManager(client)
  const last = await jsm.streams.getMessage('CIM_REGISTRY_EVENTS', { last_by_subj: 'cim.registry.updated' })
  expect(last!.json<UpdatedEvent>()).toMatchObject({
    updated: expect.arrayContaining([{ name: module, from: before, to: version }]),
  })
  expect(github.violations).toEqual([])
}

describe('the registry on NATS, end to end', () => {
  it('carries a module push to every consumer, through a NATS crash between the dispatch and the update', async () => {
    const nats = await NatsServer.start()
    servers.push(nats)
    await theLoop(
      {
        urls: nats.url,
        replicas: 1,
        crash: () => nats.kill(),
        recover: () => nats.restart(),
        reachableDuringCrash: false,
      },
      MODULE,
      '2.0.0',
    )
  }, 150_000)

  it('does the same on a three-node JetStream cluster that loses a node mid-way', async () => {
    const nodes = await startCluster()
    servers.push(...nodes)
    const urls = nodes.map((node) => node.url).join(',')
    await theLoop(
      { urls, replicas: 3, crash: () => nodes[0]!.kill(), recover: async () => {}, reachableDuringCrash: true },
      MODULE,
      '3.0.0',
    )
  }, 240_000)
})
