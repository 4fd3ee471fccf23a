/**
 * The whole event path in one test, with every part real and every program the bundled one: a module push ->
 * the action in publish mode -> nats-server (JetStream) -> the bridge -> the fake GitHub's repository_dispatch ->
 * the action in update mode with that dispatch event -> the registry commit holds the module's new commit.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import type { ModulesFile } from '../../src/format/types.js'
import { FakeGitHub } from '../support/fake-github/index.js'
import { BridgeProcess, NatsServer, waitUntil } from '../support/nats-server.js'
import { ORG, REGISTRY_REPO, realisticOrg } from '../support/realistic-org.js'
import { CLI, runActionAsync, runCli } from '../support/run.js'
import { tempDir, writeTree } from '../support/temp.js'

const TOKEN = 'ghs_EVENTPATHTOKEN0123456789'
const MODULE = 'cim-subject'

let nats: NatsServer
let github: FakeGitHub
let bridge: BridgeProcess

beforeAll(async () => {
  nats = await NatsServer.start()
  github = await FakeGitHub.start({ snapshot: realisticOrg() })
})

afterAll(async () => {
  bridge?.signal('SIGTERM')
  await bridge?.exited
  await nats?.stop()
  await github?.stop()
})

describe('the event path', () => {
  it('carries a module push to a registry commit within seconds', async () => {
    const github_env = { ...github.env(), GITHUB_REPOSITORY: `${ORG}/${REGISTRY_REPO}`, GITHUB_REPOSITORY_OWNER: ORG }
    expect((await runActionAsync({ mode: 'update', token: TOKEN }, { env: github_env })).status).toBe(0)
    expect(runCli(['nats', 'setup', '--nats', nats.url]).status).toBe(0)
    bridge = BridgeProcess.start(
      CLI,
      [
        '--nats',
        nats.url,
        '--registry-repo',
        `${ORG}/${REGISTRY_REPO}`,
        '--window',
        '200ms',
        '--github-api-url',
        github.url,
      ],
      {
        GITHUB_TOKEN: TOKEN,
      },
    )

    // The push: a new version of the module on its default branch.
    const cargo = github.repo(MODULE).files['Cargo.toml']!.replace(/version = "[^"]+"/, 'version = "2.0.0"')
    const commit = github.push(MODULE, { files: { 'Cargo.toml': cargo }, message: 'release 2.0.0' })
    const checkout = writeTree(tempDir('cim-checkout-'), { 'Cargo.toml': cargo })
    const started = Date.now()

    const published = await runActionAsync(
      { mode: 'publish', 'nats-servers': nats.url },
      {
        cwd: checkout,
        eventName: 'push',
        event: {
          ref: 'refs/heads/main',
          after: commit,
          head_commit: { id: commit, timestamp: '2026-01-01T10:00:00Z' },
        },
        env: {
          GITHUB_REPOSITORY: `${ORG}/${MODULE}`,
          GITHUB_REPOSITORY_OWNER: ORG,
          GITHUB_SHA: commit,
          GITHUB_REF: 'refs/heads/main',
        },
      },
    )
    expect(published.stderr).toBe('')
    expect(published.status).toBe(0)
    expect(published.outputs).toMatchObject({ stream: 'CIM_MODULES', duplicate: 'false' })

    await waitUntil(
      'the bridge dispatched the event',
      () => github.dispatches.some((d) => d.client_payload?.commit === commit),
      20_000,
      () => bridge.output,
    )
    const dispatch = github.dispatches.find((d) => d.client_payload?.commit === commit)!
    expect(dispatch).toMatchObject({ repo: REGISTRY_REPO, event_type: 'module-updated' })
    expect(dispatch.client_payload).toMatchObject({
      module: MODULE,
      repository: `${ORG}/${MODULE}`,
      ref: 'refs/heads/main',
    })

    const updated = await runActionAsync(
      { mode: 'update', token: TOKEN },
      {
        eventName: 'repository_dispatch',
        event: { action: 'module-updated', client_payload: dispatch.client_payload },
        env: github_env,
      },
    )
    expect(updated.status).toBe(0)
    expect(updated.outputs.changed).toBe('true')
    const modules = (parse(github.repo(REGISTRY_REPO).files['registry/modules.yaml']!) as ModulesFile).modules
    expect(modules[MODULE]).toMatchObject({ last_commit: commit, version: '2.0.0' })
    expect(github.repo(REGISTRY_REPO).files['registry/changelog.md']).toContain(`${MODULE}@${commit.slice(0, 7)}`)
    expect(Date.now() - started).toBeLessThan(30_000)
    expect(github.violations).toEqual([])
  }, 90_000)
})
