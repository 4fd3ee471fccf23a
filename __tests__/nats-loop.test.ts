/**
 * The whole loop, every program the bundled one and every part real: a module push -> the action in publish mode
 * -> nats-server -> the bridge -> repository_dispatch on the fake GitHub -> the action in update mode with NATS
 * inputs -> the registry commit -> the key-value bucket and cim.registry.updated -> a watch() consumer, the
 * `cim-registry watch --json` process and the `cim-registry serve` service all see the new version.
 *
 * NATS dies mid-way, between the dispatch and the update: the update still commits (the mirror's failure is a
 * warning and `nats-mirror: failed`), the server comes back on the same store, the next run (a no-op on GitHub)
 * repairs the bucket and announces the change late, and the watchers, which were cut off, resume and miss nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { spawn, type ChildProcess } from 'node:child_process'
import { RegistryClient } from '../src/client/client.js'
import type { RegistryChange } from '../src/client/nats.js'
import type { UpdatedEvent } from '../src/nats-registry/records.js'
import { FakeGitHub } from './support/fake-github/index.js'
import { BridgeProcess, NatsServer, waitUntil } from './support/nats-server.js'
import { ORG, REGISTRY_REPO, realisticOrg } from './support/realistic-org.js'
import { CLI, runActionAsync, runCli } from './support/run.js'
import { tempDir, writeTree } from './support/temp.js'

const TOKEN = 'ghs_NATSLOOPTOKEN0123456789'
const MODULE = 'cim-subject'

let nats: NatsServer
let github: FakeGitHub
let bridge: BridgeProcess
const children: ChildProcess[] = []
let registry: RegistryClient

beforeAll(async () => {
  nats = await NatsServer.start()
  github = await FakeGitHub.start({ snapshot: realisticOrg() })
})

afterAll(async () => {
  bridge?.signal('SIGTERM')
  await bridge?.exited
  for (const child of children) child.kill('SIGTERM')
  await registry?.close()
  await nats?.stop()
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

describe('the registry on NATS, end to end', () => {
  it('carries a module push to every consumer, through a NATS crash between the dispatch and the update', async () => {
    const env = { ...github.env(), GITHUB_REPOSITORY: `${ORG}/${REGISTRY_REPO}`, GITHUB_REPOSITORY_OWNER: ORG }
    const update = (event?: object) =>
      runActionAsync(
        { mode: 'update', token: TOKEN, 'nats-servers': nats.url },
        event ? { eventName: 'repository_dispatch', event, env } : { env },
      )
    const first = await update()
    expect(first.status).toBe(0)
    expect(first.outputs['nats-mirror']).toBe('mirrored')
    expect(runCli(['nats', 'setup', '--nats', nats.url]).status).toBe(0)
    bridge = BridgeProcess.start(CLI, ['--nats', nats.url, '--registry-repo', `${ORG}/${REGISTRY_REPO}`, '--window', '200ms', '--github-api-url', github.url], {
      GITHUB_TOKEN: TOKEN,
    })

    // The consumers: the library's watch(), the watch command, the service.
    registry = new RegistryClient({ nats: { servers: nats.url } })
    const before = (await registry.getModule(MODULE)).version
    const changes: RegistryChange[] = []
    void (async () => {
      for await (const change of registry.watch()) changes.push(change)
    })()
    const watcher = cli(['watch', '--json', '--nats', nats.url])
    cli(['serve', '--nats', nats.url])
    const client = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 200 })
    const ask = async () => (await client.request('cim.registry.q.get', MODULE, { timeout: 2000 })).json<{ version: string }>().version
    await waitUntil('the service answers', () => ask().then((v) => v === before, () => false), 20_000)

    // The push.
    const cargo = github.repo(MODULE).files['Cargo.toml']!.replace(/version = "[^"]+"/, 'version = "2.0.0"')
    const commit = github.push(MODULE, { files: { 'Cargo.toml': cargo }, message: 'release 2.0.0' })
    const published = await runActionAsync(
      { mode: 'publish', 'nats-servers': nats.url },
      {
        cwd: writeTree(tempDir('cim-checkout-'), { 'Cargo.toml': cargo }),
        eventName: 'push',
        event: { ref: 'refs/heads/main', after: commit, head_commit: { id: commit, timestamp: '2026-01-01T10:00:00Z' } },
        env: { GITHUB_REPOSITORY: `${ORG}/${MODULE}`, GITHUB_REPOSITORY_OWNER: ORG, GITHUB_SHA: commit, GITHUB_REF: 'refs/heads/main' },
      },
    )
    expect(published.status).toBe(0)
    await waitUntil('the bridge dispatched the event', () => github.dispatches.some((d) => d.client_payload?.commit === commit), 20_000, () => bridge.output)
    const dispatch = github.dispatches.find((d) => d.client_payload?.commit === commit)!

    // NATS crashes; the update commits anyway and says the mirror failed.
    await nats.kill()
    const during = await update({ action: 'module-updated', client_payload: dispatch.client_payload })
    expect(during.status).toBe(0)
    expect(during.outputs).toMatchObject({ changed: 'true', 'nats-mirror': 'failed' })
    expect(during.outputs['commit-sha']).toMatch(/^[0-9a-f]{40}$/)
    expect(during.stdout).toMatch(/::warning::NATS mirror failed \(the registry commit stands; the next run repairs the mirror\): cannot reach NATS/)
    expect(changes).toEqual([])

    // Back on the same store; the next run has nothing to commit and repairs the mirror.
    await nats.restart()
    const after = await update()
    expect(after.outputs).toMatchObject({ changed: 'false', 'nats-mirror': 'mirrored' })

    await waitUntil('watch() saw the new version', () => changes.some((c) => c.name === MODULE && c.module?.version === '2.0.0'), 30_000, () => changes)
    await waitUntil('the watch command printed it', () => watcher.output().includes('"version":"2.0.0"'), 30_000, () => watcher.output())
    await waitUntil('the service answers the new version', () => ask().then((v) => v === '2.0.0', () => false), 30_000)
    const change = changes.find((c) => c.name === MODULE)!
    expect(change).toMatchObject({ type: 'updated', previous: { version: before }, module: { version: '2.0.0', last_commit: commit } })
    const line = watcher.output().split('\n').find((l) => l.includes(`"name":"${MODULE}"`))!
    expect(JSON.parse(line)).toMatchObject({ type: 'updated', name: MODULE, module: { version: '2.0.0' } })

    // One event for the commit the crash hid, announced by the repairing run.
    const jsm = await jetstreamManager(client)
    const last = await jsm.streams.getMessage('CIM_REGISTRY_EVENTS', { last_by_subj: 'cim.registry.updated' })
    expect(last!.json<UpdatedEvent>()).toMatchObject({ updated: expect.arrayContaining([{ name: MODULE, from: before, to: '2.0.0' }]) })
    await client.close()
    expect(github.violations).toEqual([])
  }, 150_000)
})
