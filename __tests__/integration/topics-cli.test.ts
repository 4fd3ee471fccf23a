/**
 * The topic convention through the bundles, as users run them: `list --topic` and `topics` of the command line over
 * a registry the engine wrote, and the action's validate and publish modes warning of a module's topics from the
 * push payload (publish against a real nats-server). A topic never fails a step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { compileModulePattern } from '../../src/metadata/names.js'
import { planUpdate } from '../../src/registry/update.js'
import type { RepositorySnapshot } from '../../src/format/types.js'
import { NatsServer } from '../support/nats-server.js'
import { snapshot } from '../support/registry-server.js'
import { runAction, runCli } from '../support/run.js'
import { tempDir, writeTree } from '../support/temp.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

/** A public repository of example-org with these topics. */
function repo(name: string, topics: string[]): RepositorySnapshot {
  return { ...snapshot(name, {}), topics, visibility: 'public' }
}

/** A push event's repository object (https://docs.github.com/en/webhooks/webhook-events-and-payloads#push). */
function pushEvent(topics: unknown) {
  return {
    ref: 'refs/heads/main',
    head_commit: { timestamp: '2025-01-30T11:00:00+01:00' },
    repository: {
      name: 'cim-domain-thing',
      full_name: 'example-org/cim-domain-thing',
      html_url: 'https://github.com/example-org/cim-domain-thing',
      private: false,
      topics,
    },
  }
}

describe('cim-registry list --topic and topics', () => {
  let registry: string
  beforeAll(() => {
    const plan = planUpdate({
      snapshots: [
        repo('cim-graph', ['cim', 'cim-module', 'core', 'graph']),
        repo('cim-domain-agent', ['cim', 'cim-module', 'cim-domain', 'ai']),
        repo('cim-conceptgraph', ['cim', 'cim-module', 'graph', 'ai']),
      ],
      existing: {},
      modulePattern: compileModulePattern(),
      date: '2026-01-01',
    })
    registry = writeTree(tempDir(), plan.files)
  })

  it('lists the modules of one topic', () => {
    const result = runCli(['list', '--topic', 'Graph', '--registry', registry])
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(
      result.stdout
        .split('\n')
        .slice(1, 3)
        .map((line) => line.split(' ')[0]),
    ).toEqual(['cim-conceptgraph', 'cim-graph'])
    expect(result.stdout).toContain('2 modules')
    expect(runCli(['list', '--topic', 'graph', '--type', 'domain', '--registry', registry]).stdout).toBe(
      'no module matches these filters\n',
    )
  })

  it('refuses a topic GitHub would not accept, as bad usage', () => {
    const result = runCli(['list', '--topic', 'two words', '--registry', registry])
    expect(result).toMatchObject({ status: 2, stdout: '' })
    expect(result.stderr).toContain('"two words" is not a GitHub topic')
  })

  it('counts the subject topics, most used first; --all adds the convention; --json for programs', () => {
    const subjects = runCli(['topics', '--registry', registry])
    expect(subjects.status).toBe(0)
    expect(subjects.stdout).toBe(
      [
        'TOPIC  MODULES  NAMES',
        'ai     2        cim-conceptgraph, cim-domain-agent',
        'graph  2        cim-conceptgraph, cim-graph',
        '',
      ].join('\n'),
    )
    const all = runCli(['topics', '--all', '--json', '--registry', registry])
    const topics = JSON.parse(all.stdout) as { topic: string; modules: string[]; convention: boolean }[]
    expect(topics.map((t) => `${t.topic}:${t.modules.length}:${t.convention}`)).toEqual([
      'cim:3:true',
      'cim-module:3:true',
      'ai:2:false',
      'graph:2:false',
      'cim-domain:1:true',
      'core:1:true',
    ])
    expect(runCli(['topics', 'extra', '--registry', registry]).status).toBe(2)
  })
})

describe('the action warns of topics in the module repository', () => {
  it('validate: warnings from the push payload, and the file stays valid', () => {
    const repository = writeTree(tempDir(), { 'cim.yaml': 'module:\n  name: cim-domain-thing\n  type: domain\n' })
    const result = runAction(
      { mode: 'validate' },
      {
        cwd: repository,
        eventName: 'push',
        event: pushEvent(['cim', 'domain']),
        env: { GITHUB_REPOSITORY: 'example-org/cim-domain-thing' },
      },
    )
    expect(result.status).toBe(0)
    expect(result.outputs).toMatchObject({ valid: 'true', errors: '0' })
    expect(result.stdout).toContain(
      '::warning title=missing-topic::no `cim-module` topic: every CIM module carries it (fix: gh repo edit example-org/cim-domain-thing --add-topic cim-module)',
    )
    expect(result.stdout).toContain('--add-topic cim-domain)')
    // A payload without topics (another event, an old server) checks nothing.
    const quiet = runAction(
      { mode: 'validate' },
      {
        cwd: repository,
        eventName: 'workflow_dispatch',
        event: {},
        env: { GITHUB_REPOSITORY: 'example-org/cim-domain-thing' },
      },
    )
    expect(quiet.status).toBe(0)
    expect(quiet.stdout).not.toContain('topic')
  })

  describe('publish', () => {
    let nats: NatsServer
    beforeAll(async () => {
      nats = await NatsServer.start()
      expect(runCli(['nats', 'setup', '--nats', nats.url]).status).toBe(0)
    })
    afterAll(async () => {
      await nats?.stop()
    })

    it('publishes and warns of a topic that contradicts cim.yaml', () => {
      const repository = writeTree(tempDir(), {
        'cim.yaml': 'module:\n  name: cim-domain-thing\n  type: core\n  version: "1.0.0"\n',
      })
      const result = runAction(
        { mode: 'publish', 'nats-servers': nats.url, timeout: '10' },
        {
          cwd: repository,
          eventName: 'push',
          event: pushEvent(['cim', 'cim-module', 'cim-domain']),
          env: { GITHUB_REPOSITORY: 'example-org/cim-domain-thing', GITHUB_SHA: SHA, GITHUB_REF: 'refs/heads/main' },
        },
      )
      expect(result.stdout).not.toContain('::error')
      expect(result.status).toBe(0)
      expect(result.outputs).toMatchObject({ stream: 'CIM_MODULES', duplicate: 'false' })
      expect(result.stdout).toContain(
        '::warning title=topic-mismatch::the `cim-domain` topic says type domain, but the module is core (fix: gh repo edit example-org/cim-domain-thing --remove-topic cim-domain)',
      )
    })
  })
})
