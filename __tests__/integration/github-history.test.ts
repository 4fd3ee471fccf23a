/**
 * Version history on GitHub (issue 11): `update` over the contract-checked fake, whose repositories have real tags
 * (lightweight and annotated), files of their own at each tag's commit and a check state per commit. The same
 * modules as real git repositories give the local source's history: both sources must write the same history.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parse } from 'yaml'
import { createGitHubClient } from '../../src/github/octokit.js'
import { compileModulePattern } from '../../src/metadata/names.js'
import { updateFromGitHub, type GitHubUpdateResult } from '../../src/modes/update-github.js'
import { updateFromLocalSource } from '../../src/modes/update-local.js'
import type { ModulesFile, StatusFile } from '../../src/format/types.js'
import {
  headsShardFile,
  isHistoryFile,
  parseHeads,
  parseVersionLines,
  readHeads,
  renderHeads,
} from '../../src/versions/index-file.js'
import type { VersionEntry } from '../../src/versions/types.js'
import { READ_FIELDS } from '../../src/sources/github.js'
import { FakeGitHub } from '../support/fake-github/index.js'
import type { OrgSnapshot, SnapshotRepository } from '../support/fake-github/types.js'
import { cargoLock, cargoToml, gitHistory } from '../support/git-history.js'
import { tempDir } from '../support/temp.js'

const ORG = 'history-org'
const HISTORY_CODES: string[] = [
  'tag-version-mismatch',
  'tag-moved',
  'locked-behind',
  'unreproducible-dependency',
  'unknown-locked-version',
  'invalid-lock',
]
const DOMAIN_GIT = `{ git = "https://github.com/${ORG}/cim-domain", tag = "v0.8.1" }`
const LOCATION_LOCK = cargoLock('cim-domain-location', '0.2.0', [
  ['cim-domain', '0.7.8', `git+https://github.com/${ORG}/cim-domain?branch=main#b60b3a1c0ffee`],
])

/** Each module: its commits oldest first (the last is the head), with the tag each carries and its check state. */
interface Step {
  files: Record<string, string>
  tag?: string
  annotated?: boolean
  ci?: 'SUCCESS' | 'FAILURE' | 'PENDING'
}

const MODULES: Record<string, Step[]> = {
  'cim-domain': [
    { files: { 'Cargo.toml': cargoToml('cim-domain', '0.7.8') }, tag: 'v0.7.8', ci: 'SUCCESS' },
    { files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.1') }, tag: 'v0.8.1', ci: 'SUCCESS' },
    { files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.1') }, ci: 'SUCCESS' },
  ],
  'cim-domain-location': [
    {
      files: {
        'Cargo.toml': cargoToml('cim-domain-location', '0.1.0', { 'cim-domain': '"0.7"' }),
        'Cargo.lock': cargoLock('cim-domain-location', '0.1.0', [
          ['cim-domain', '0.7.8', 'registry+https://github.com/rust-lang/crates.io-index'],
        ]),
      },
      tag: 'v0.1.0',
      annotated: true,
      ci: 'SUCCESS',
    },
    // A failing check at the head: ci-failing; the head's lock is behind and unreproducible (a branch).
    {
      files: {
        'Cargo.toml': cargoToml('cim-domain-location', '0.2.0', { 'cim-domain': DOMAIN_GIT }),
        'Cargo.lock': LOCATION_LOCK,
      },
      ci: 'FAILURE',
    },
  ],
  // Tag v0.3.0 over a manifest that says 0.2.0: tag-version-mismatch.
  'cim-graph': [{ files: { 'Cargo.toml': cargoToml('cim-graph', '0.2.0') }, tag: 'v0.3.0' }],
}

/** The modules as the fake's snapshot: each tag's commit with its own files, the head with the last step's. */
function snapshot(): OrgSnapshot {
  const repositories: SnapshotRepository[] = Object.entries(MODULES).map(([name, steps]) => {
    const head = steps[steps.length - 1]!
    return {
      name,
      topics: ['cim'],
      description: `${name} module`,
      files: head.files,
      tags: steps
        .filter((step) => step.tag)
        .map((step) => ({
          name: step.tag!,
          files: nullFill(step.files, head.files),
          annotated: step.annotated,
          ci: step.ci,
        })),
      head_ci: head.tag ? undefined : head.ci,
    }
  })
  return {
    org: ORG,
    repositories: [{ name: 'cim', topics: ['cim-registry'], files: { 'README.md': '# registry\n' } }, ...repositories],
  }
}

/** A tag's files over the head's: what the head has and the tag not is absent at the tag. */
function nullFill(files: Record<string, string>, head: Record<string, string>): Record<string, string | null> {
  return { ...Object.fromEntries(Object.keys(head).map((path) => [path, null])), ...files }
}

let github: FakeGitHub

afterEach(async () => {
  expect(github.violations).toEqual([])
  await github.stop()
})

/** One update run; `onQuery` sees the text of each GraphQL query it sends. */
async function run(onQuery?: (query: string) => void): Promise<GitHubUpdateResult> {
  const client = createGitHubClient({
    token: 'ghs_HISTORY0123456789abcdefSECRET',
    baseUrl: github.url,
    timeoutMs: 5_000,
    log: () => {},
    sleep: async () => {},
  })
  client.hook.before('request', (options) => {
    if (typeof options.query === 'string') onQuery?.(options.query)
  })
  return updateFromGitHub({
    client,
    org: ORG,
    topic: 'cim',
    modulePattern: compileModulePattern(),
    registry: { owner: ORG, repo: 'cim', branch: '', dir: 'registry' },
    date: '2026-12-06',
    sleep: async () => {},
  })
}

const registryFile = (name: string) => github.repo('cim').files[`registry/${name}`]
const modules = () => (parse(registryFile('modules.yaml')!) as ModulesFile).modules
const status = () => JSON.parse(registryFile('status.json')!) as StatusFile
const versionsOf = (name: string) => parseVersionLines(registryFile(`history/${name}.jsonl`) ?? '')
const readRequests = () => github.requests.filter((entry) => entry.operation === 'graphql:readModuleFiles').length
const codes = (name: string) => status().modules[name]!.problems.map((problem) => problem.code)

/** What both sources must agree on: everything but commits, dates and CI (which git has none of). */
function comparable(entries: VersionEntry[]) {
  return entries.map(({ commit: _c, date: _d, ci: _ci, ...rest }) => rest)
}

describe('version history on GitHub', () => {
  it('reads tags, files at each tag and check states, and writes the same history as the local source', async () => {
    github = await FakeGitHub.start({ snapshot: snapshot() })
    const result = await run()
    expect(result.commitSha).not.toBeNull()

    // The local source over the same modules as real git repositories.
    const source = tempDir('cim-gh-history-')
    for (const [name, steps] of Object.entries(MODULES))
      gitHistory(
        join(source, name),
        steps.map((step) => ({ files: step.files, tag: step.tag, annotated: step.annotated, remove: ['Cargo.lock'] })),
      )
    const registryDir = join(tempDir('cim-gh-history-registry-'), 'registry')
    const local = await updateFromLocalSource({
      source,
      registryDir,
      modulePattern: compileModulePattern(),
      org: ORG,
      date: '2026-12-06',
    })
    for (const name of Object.keys(MODULES)) {
      expect(comparable(versionsOf(name))).toEqual(
        comparable(parseVersionLines(local.plan.files[`history/${name}.jsonl`]!)),
      )
    }

    // GitHub adds what git cannot say: the check state of each commit.
    expect(versionsOf('cim-domain').map((entry) => [entry.tag, entry.ci])).toEqual([
      ['v0.7.8', 'success'],
      ['v0.8.1', 'success'],
    ])
    // The annotated tag is peeled to its commit.
    const location = versionsOf('cim-domain-location')[0]!
    expect(location.commit).toBe(github.repo('cim-domain-location').commits[1]!.sha)
    expect(location.locked).toEqual({ 'cim-domain': { version: '0.7.8', source: 'registry', commit: null } })
    const heads = parseHeads(registryFile('history/heads.json'))
    expect(heads.get('cim-domain-location')!.ci).toBe('failure')
    expect(heads.get('cim-domain')!.ci).toBe('success')

    // The same history warnings as the local source, plus ci-failing (topics differ: git has none).
    expect(codes('cim-domain-location')).toEqual(
      expect.arrayContaining(['locked-behind', 'unreproducible-dependency', 'ci-failing']),
    )
    expect(codes('cim-graph')).toContain('tag-version-mismatch')
    for (const name of Object.keys(MODULES)) {
      const localCodes = local.plan.registry.modules
        .get(name)!
        .problems.map((problem) => problem.code)
        .filter((code) => HISTORY_CODES.includes(code))
      expect(
        codes(name)
          .filter((code) => HISTORY_CODES.includes(code))
          .sort(),
      ).toEqual([...localCodes].sort())
    }
    // The README's matrix marks the builds whose CI passed.
    expect(registryFile('README.md')).toContain('Compatibility')
    expect(registryFile('README.md')).toContain('✓')
    expect(status().modules['cim-domain']!.history).toMatch(/^2 v0\.8\.1@[0-9a-f]{12}$/)
  }, 60_000)

  it('reads nothing on a no-op run, and one request for a new tag made without a push', async () => {
    github = await FakeGitHub.start({ snapshot: snapshot() })
    await run()
    github.resetCounters()
    const noop = await run()
    expect(noop.commitSha).toBeNull()
    expect(readRequests()).toBe(0)
    expect(github.counters.graphql).toBe(2)

    // A release tagged on the current head: no branch moved.
    github.tag('cim-domain', 'v0.8.2')
    github.resetCounters()
    const tagged = await run()
    expect(tagged.reads.read.tags).toBe(1)
    expect(readRequests()).toBe(1)
    // The no-op's two requests, the one read and the commit.
    expect(github.counters.graphql).toBe(4)
    expect(versionsOf('cim-domain').map((entry) => entry.tag)).toEqual(['v0.7.8', 'v0.8.1', 'v0.8.2'])
    expect(versionsOf('cim-domain')[2]!.manifest_version).toBe('0.8.1')
    expect(codes('cim-domain')).toContain('tag-version-mismatch')
    expect(registryFile('changelog.md')).toContain('0.8.2')

    // A release of cim-domain-location on a commit whose CI passed: a verified combination in the changelog.
    const location = github.push('cim-domain-location', {
      files: { 'Cargo.toml': cargoToml('cim-domain-location', '0.3.0', { 'cim-domain': DOMAIN_GIT }) },
    })
    github.setChecks('cim-domain-location', location, 'SUCCESS')
    github.tag('cim-domain-location', 'v0.3.0', { annotated: true })
    await run()
    expect(versionsOf('cim-domain-location').at(-1)).toMatchObject({ tag: 'v0.3.0', commit: location, ci: 'success' })
    expect(registryFile('changelog.md')).toMatch(
      /\*\*cim-domain-location\*\* 0\.3\.0 tagged \(v0\.3\.0\).*\n {2}- CI passed, verified with cim-domain 0\.7\.8\n/,
    )
    expect(codes('cim-domain-location')).not.toContain('ci-failing')
  }, 60_000)

  it('keeps the heads of a large registry in shards: a push rewrites its module’s shard only', async () => {
    github = await FakeGitHub.start({ snapshot: snapshot() })
    await run()
    // The registry as a large organization's: heads.json lists 16 shards.
    const heads = parseHeads(registryFile('history/heads.json'))
    const sharded = Object.fromEntries(
      Object.entries(renderHeads(heads, true)).map(([file, text]) => [`registry/${file}`, text]),
    )
    github.push('cim', { files: sharded, message: 'shard the heads' })
    const head = github.push('cim-domain', { files: { 'CHANGELOG.md': '# pushed\n' }, message: 'one push' })
    github.resetCounters()
    const pushed = await run()
    // The branch, the listing, one read (the history folder rides along) and the commit.
    expect(github.counters.total).toBe(4)
    expect(pushed.plan.changedFiles.filter(isHistoryFile)).toEqual([headsShardFile('cim-domain')])
    const files = Object.fromEntries(
      Object.keys(sharded).map((path) => [path.slice('registry/'.length), github.repo('cim').files[path]]),
    )
    expect(readHeads(files).get('cim-domain')!.commit).toBe(head)
    expect(readHeads(files).get('cim-domain-location')).toEqual(heads.get('cim-domain-location'))
  }, 60_000)

  it('reports a moved tag with both commits, and asks a pending check again until it settles', async () => {
    github = await FakeGitHub.start({ snapshot: snapshot() })
    await run()
    // cim-graph fixes its manifest and moves v0.3.0 onto the fix; its CI is still running.
    const fix = github.push('cim-graph', { files: { 'Cargo.toml': cargoToml('cim-graph', '0.3.0') } })
    const before = versionsOf('cim-graph')[0]!.commit
    github.tag('cim-graph', 'v0.3.0', { commit: fix })
    github.setChecks('cim-graph', fix, 'PENDING')
    await run()
    const lines = versionsOf('cim-graph')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toMatchObject({
      tag: 'v0.3.0',
      commit: fix,
      moved_from: before,
      manifest_version: '0.3.0',
      ci: 'pending',
    })
    expect(codes('cim-graph')).toContain('tag-moved')
    expect(codes('cim-graph')).not.toContain('tag-version-mismatch')
    expect(status().modules['cim-graph']!.history).toMatch(/ pending$/)

    // Still pending: read again (one request), nothing new to write.
    github.resetCounters()
    const still = await run()
    expect(still.reads.read.pending).toBe(1)
    expect(versionsOf('cim-graph')).toHaveLength(2)

    // Settled: one more line with the final state, and no more reading after it.
    github.setChecks('cim-graph', fix, 'SUCCESS')
    const settled = await run()
    expect(settled.reads.read.pending).toBe(1)
    expect(versionsOf('cim-graph').map((entry) => entry.ci)).toEqual([null, 'pending', 'success'])
    expect(parseHeads(registryFile('history/heads.json')).get('cim-graph')!.ci).toBe('success')
    expect(status().modules['cim-graph']!.history).not.toMatch(/pending/)
    github.resetCounters()
    await run()
    expect(readRequests()).toBe(0)
  }, 60_000)

  it('pages through 150 tags and spreads their reading over runs, each run bounded, until the history is whole', async () => {
    const tags = Array.from({ length: 150 }, (_, k) => `v1.${Math.floor(k / 10)}.${k % 10}`)
    const many = snapshot()
    many.repositories.push({
      name: 'cim-many',
      topics: ['cim'],
      description: 'many tags',
      files: { 'Cargo.toml': cargoToml('cim-many', '1.14.9') },
      tags,
    })
    github = await FakeGitHub.start({ snapshot: many })
    await run()
    const first = versionsOf('cim-many').length
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(150)
    expect(status().modules['cim-many']!.history).toMatch(/ pending$/)
    // No tag is ever read twice: the next run reads only what is left, and only the history: the module's head and
    // tags are those its entry was built from, so its files are not asked again.
    const head = github.repo('cim-many').head
    const entry = modules()['cim-many']
    const queries: string[] = []
    const second = await run((query) => queries.push(query))
    expect(second.reads.read.pending).toBe(1)
    const reads = queries.filter((query) => query.startsWith('query readModuleFiles'))
    expect(reads.length).toBeGreaterThan(0)
    expect(reads.join('\n')).not.toContain(`${head}:`)
    expect(modules()['cim-many']).toEqual(entry)
    const lines = versionsOf('cim-many')
    expect(new Set(lines.map((entry) => entry.tag)).size).toBe(lines.length)
    expect(lines.length).toBe(150)
    expect(status().modules['cim-many']!.history).toMatch(/^150 v1\.9\.9@/)
    github.resetCounters()
    await run()
    expect(readRequests()).toBe(0)
  }, 60_000)

  it('weighs a file it knows to be large: a request carries about 5 MB of manifests, not a field count of them', async () => {
    github = await FakeGitHub.start({ snapshot: snapshot() })
    // 20 modules with 4 releases each of a 200 KB manifest: 3 tag commits a module and phase, 60 manifests (12 MB)
    // a phase, which one request of READ_FIELDS fields would carry if each counted as one field.
    const padding = `# ${'x'.repeat(200_000)}\n`
    for (let m = 0; m < 20; m++) {
      const name = `cim-large-${m}`
      github.addRepo({ name, topics: ['cim'], files: { 'Cargo.toml': `${cargoToml(name, '0.0.1')}${padding}` } })
      for (let k = 1; k <= 4; k++) {
        github.push(name, { files: { 'Cargo.toml': `${cargoToml(name, `0.1.${k}`)}${padding}` } })
        github.tag(name, `v0.1.${k}`)
      }
    }
    const queries: string[] = []
    await run((query) => queries.push(query))
    const manifestsAtTags = queries
      .filter((query) => query.startsWith('query readModuleFiles') && !query.includes('README.md'))
      .map((query) => (query.match(/:Cargo\.toml"/g) ?? []).length)
    // All of them read (counted as one field each, they went in one request of 64), in requests of about
    // READ_FIELDS x 2,500 bytes = 5 MB: some 25 manifests of 200 KB each.
    expect(manifestsAtTags.reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(60)
    expect(manifestsAtTags.length).toBeGreaterThan(1)
    expect(Math.max(...manifestsAtTags) * 200_000).toBeLessThanOrEqual(READ_FIELDS * 2_600)
  }, 60_000)

  it('sizes a history-only read by the manifests it has read, as small as it can before it has read one', async () => {
    github = await FakeGitHub.start({ snapshot: snapshot() })
    // 40 releases of a module whose manifest is 200 KB: few tag commits a request (GitHub's time grows with bytes).
    const padding = `# ${'x'.repeat(200_000)}\n`
    github.addRepo({ name: 'cim-heavy', topics: ['cim'], files: { 'Cargo.toml': cargoToml('cim-heavy', '0.0.1') } })
    for (let k = 1; k <= 40; k++) {
      github.push('cim-heavy', { files: { 'Cargo.toml': `${cargoToml('cim-heavy', `0.1.${k}`)}${padding}` } })
      github.tag('cim-heavy', `v0.1.${k}`)
    }
    const tagCommitsPerQuery = (queries: string[]) =>
      queries
        .filter((query) => query.startsWith('query readModuleFiles'))
        .map((query) => new Set([...query.matchAll(/"([0-9a-f]{40}):Cargo\.toml"/g)].map((match) => match[1])).size)
        .filter((count) => count > 0)
    const first: string[] = []
    await run((query) => first.push(query))
    expect(status().modules['cim-heavy']!.history).toMatch(/ pending$/)
    // The catch-up run reads only the history, not the head's manifest, and asks no more at a time than the first
    // run did, which sized its reads by that manifest (sized as a small module's, it asked 17 tag commits at once).
    const second: string[] = []
    const catchUp = await run((query) => second.push(query))
    expect(catchUp.reads.read.pending).toBe(1)
    const sizes = tagCommitsPerQuery(second)
    expect(sizes.length).toBeGreaterThan(1)
    expect(Math.max(...sizes)).toBeLessThanOrEqual(Math.max(...tagCommitsPerQuery(first)))
  }, 60_000)
})
