/** Version history over real git: tags, lock evidence, the append-only index, warnings, README and changelog. */
import { describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileModulePattern } from '../../src/metadata/names.js'
import { updateFromLocalSource } from '../../src/modes/update-local.js'
import type { StatusFile } from '../../src/format/types.js'
import { cargoLock as parseCargoLock, flakeLock, packageLock, readLocks } from '../../src/versions/locks.js'
import { tagVersion } from '../../src/versions/tags.js'
import {
  headsShardFile,
  headsShards,
  HEADS_SHARDING_BYTES,
  readHeads,
  readHistoryIndex,
  renderHeads,
} from '../../src/versions/index-file.js'
import { planHistory } from '../../src/versions/plan.js'
import type { HeadEntry } from '../../src/versions/types.js'
import { RegistryClient } from '../../src/client/client.js'
import { cargoLock, cargoToml, gitBundle, gitHistory } from '../support/git-history.js'
import { expectSummariesAnswerAsLines } from '../support/history-summaries.js'
import { tempDir } from '../support/temp.js'

const modulePattern = compileModulePattern()
const GIT = 'git+https://github.com/acme'

describe('version tags', () => {
  it.each([
    ['v0.8.1', 'cim-domain', '0.8.1'],
    ['0.8.1', 'cim-domain', '0.8.1'],
    ['cim-ipld-v0.5.0', 'cim-ipld', '0.5.0'],
    ['cim-ipld-codec-v0.1.0', 'cim-ipld', null],
    ['cim-domain-person-v1.0.0', 'cim-domain', null],
    ['latest', 'cim-domain', null],
    ['v1', 'cim-domain', null],
    ['release-2025', 'cim-domain', null],
  ])('%s of %s is %s', (tag, name, version) => {
    expect(tagVersion(tag, name)).toBe(version)
  })
})

describe('lock files', () => {
  it('reads the sources of Cargo.lock format 3 and 4 (percent-encoded queries)', () => {
    const sha = 'b60b3a13f8501525e1b6886fd6ec09ee33b9da7b'
    const v4 = cargoLock('cim-app', '1.0.0', [
      ['cim-domain', '0.7.8', `${GIT}/cim-domain.git?branch=main#${sha}`],
      ['cim-subject', '0.5.0', `${GIT}/cim-subject.git?tag=v0.5.0#${sha}`],
      ['cim_ipld', '0.3.1', `${GIT}/cim-ipld.git?rev=abc123#${sha}`],
      ['cim-graph', '0.9.3', `${GIT}/cim-graph.git?branch=feature%2Fx#${sha}`],
      ['cim-bridge', '0.3.0', null],
      ['cim-security', '0.2.0', 'registry+https://github.com/rust-lang/crates.io-index'],
      ['serde', '1.0.0', 'registry+https://github.com/rust-lang/crates.io-index'],
    ])
    const { locked, problems } = readLocks(
      { 'Cargo.lock': v4 },
      (name) => modulePattern.matches(name),
      new Set(['cim-app']),
    )
    expect(problems).toEqual([])
    expect(locked).toEqual({
      'cim-bridge': { version: '0.3.0', source: 'path', commit: null },
      'cim-domain': { version: '0.7.8', source: 'git-branch', commit: sha },
      'cim-graph': { version: '0.9.3', source: 'git-branch', commit: sha },
      'cim-ipld': { version: '0.3.1', source: 'git-rev', commit: sha },
      'cim-security': { version: '0.2.0', source: 'registry', commit: null },
      'cim-subject': { version: '0.5.0', source: 'git-tag', commit: sha },
    })
    expect(parseCargoLock(v4.replace('version = 4', 'version = 3'))).toEqual(parseCargoLock(v4))
  })

  it('keeps the highest of two versions of one package', () => {
    const lock = cargoLock('cim-app', '1.0.0', [
      ['cim-domain', '0.7.8', null],
      ['cim-domain', '0.8.1', null],
    ])
    expect(readLocks({ 'Cargo.lock': lock }, () => true, new Set(['cim-app'])).locked).toEqual({
      'cim-domain': { version: '0.8.1', source: 'path', commit: null },
    })
  })

  it('reads package-lock.json v3 and v1', () => {
    const sha = 'a'.repeat(40)
    const v3 = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { name: 'cim-dashboard' },
        'node_modules/cim-client': {
          version: '1.2.0',
          resolved: 'https://registry.npmjs.org/cim-client/-/cim-client-1.2.0.tgz',
        },
        'node_modules/cim-ui': { version: '0.4.0', resolved: `git+ssh://git@github.com/acme/cim-ui.git#${sha}` },
        'node_modules/cim-kit': { resolved: '../cim-kit', link: true },
      },
    })
    expect(packageLock(v3)).toEqual([
      ['cim-client', { version: '1.2.0', source: 'registry', commit: null }],
      ['cim-ui', { version: '0.4.0', source: 'git-rev', commit: sha }],
      ['cim-kit', { version: null, source: 'path', commit: null }],
    ])
    const v1 = JSON.stringify({
      lockfileVersion: 1,
      dependencies: {
        'cim-client': { version: '1.2.0', dependencies: { 'cim-core': { version: 'file:../cim-core' } } },
      },
    })
    expect(packageLock(v1)).toEqual([
      ['cim-client', { version: '1.2.0', source: 'registry', commit: null }],
      ['cim-core', { version: null, source: 'path', commit: null }],
    ])
  })

  it('reads flake.lock inputs that point at a repository', () => {
    const rev = 'c'.repeat(40)
    const flake = JSON.stringify({
      nodes: {
        root: { inputs: { domain: 'domain' } },
        domain: {
          locked: { type: 'github', owner: 'acme', repo: 'cim-domain', rev },
          original: { type: 'github', owner: 'acme', repo: 'cim-domain', ref: 'v0.8.1' },
        },
        subject: {
          locked: { type: 'git', url: 'https://github.com/acme/cim-subject.git', rev },
          original: { type: 'git', url: 'https://github.com/acme/cim-subject.git' },
        },
        nixpkgs: {
          locked: { type: 'github', owner: 'NixOS', repo: 'nixpkgs', rev },
          original: { ref: 'nixos-unstable' },
        },
      },
      root: 'root',
    })
    expect(flakeLock(flake)).toEqual([
      ['cim-domain', { version: '0.8.1', source: 'git-tag', commit: rev }],
      ['cim-subject', { version: null, source: 'git-branch', commit: rev }],
      ['nixpkgs', { version: null, source: 'git-branch', commit: rev }],
    ])
  })

  it.each([
    ['Cargo.lock', 'version = 4\n[[package]\nname = "x"'],
    ['Cargo.lock', 'package = 3'],
    ['package-lock.json', '{"lockfileVersion": 3,'],
    ['flake.lock', '[]'],
    ['flake.lock', 'null'],
  ])('reports an unreadable %s instead of failing', (file, text) => {
    const reading = readLocks({ [file]: text }, () => true, new Set())
    expect(reading.problems).toEqual([expect.objectContaining({ level: 'warning', code: 'invalid-lock', file })])
    expect(reading.locked).toEqual({})
  })
})

/** An organization of real git repositories: cim-domain with three tags (one over the wrong manifest), and
 *  cim-domain-location, a bundle, asking for v0.8.1 while its lock pins 0.7.8 from the main branch (the real
 *  organization's case). */
function organization() {
  const root = tempDir('cim-history-')
  const org = join(root, 'org')
  const domain = join(org, 'cim-domain')
  const domainCommits = gitHistory(domain, [
    { files: { 'Cargo.toml': cargoToml('cim-domain', '0.7.8') }, tag: 'v0.7.8' },
    { files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.0') }, tag: 'v0.8.0', annotated: true },
    { files: { 'README.md': '# cim-domain\n' }, tag: 'v0.8.1' },
    { files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.1') } },
  ])
  const location = join(root, 'cim-domain-location')
  const locationCommits = gitHistory(location, [
    {
      files: {
        'Cargo.toml': cargoToml('cim-domain-location', '0.8.0', {
          'cim-domain': '{ git = "https://github.com/acme/cim-domain", tag = "v0.8.0" }',
        }),
        'Cargo.lock': cargoLock('cim-domain-location', '0.8.0', [
          ['cim-domain', '0.8.0', `${GIT}/cim-domain.git?tag=v0.8.0#${domainCommits[1]}`],
        ]),
      },
      tag: 'v0.8.0',
    },
    {
      files: {
        'Cargo.toml': cargoToml('cim-domain-location', '0.8.1', {
          'cim-domain': '{ git = "https://github.com/acme/cim-domain", tag = "v0.8.1" }',
        }),
        'Cargo.lock': cargoLock('cim-domain-location', '0.8.1', [
          ['cim-domain', '0.7.8', `${GIT}/cim-domain.git?branch=main#${domainCommits[0]}`],
          ['cim-ghost', '0.1.0', null],
        ]),
      },
    },
  ])
  gitBundle(location, join(org, 'cim-domain-location.bundle'))
  return { root, org, domain, location, domainCommits, locationCommits, registry: join(root, 'registry') }
}

const update = (org: string, registry: string) =>
  updateFromLocalSource({ source: org, registryDir: registry, modulePattern, date: '2026-12-06' })
const status = (registry: string) => JSON.parse(readFileSync(join(registry, 'status.json'), 'utf8')) as StatusFile
const codes = (s: StatusFile, name: string) => s.modules[name]!.problems.map((p) => p.code)
const lines = (registry: string, name: string) =>
  readFileSync(join(registry, 'history', `${name}.jsonl`), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l))

describe('history through the local source (checkouts and bundles)', () => {
  const world = organization()

  it('writes one line per version tag, the heads, and the warnings', async () => {
    const first = await update(world.org, world.registry)
    expect(first.plan.changedFiles).toEqual(
      expect.arrayContaining(['history/cim-domain.jsonl', 'history/cim-domain-location.jsonl', 'history/heads.json']),
    )
    expect(lines(world.registry, 'cim-domain').map((l) => [l.tag, l.version, l.manifest_version, l.commit])).toEqual([
      ['v0.7.8', '0.7.8', '0.7.8', world.domainCommits[0]],
      ['v0.8.0', '0.8.0', '0.8.0', world.domainCommits[1]],
      ['v0.8.1', '0.8.1', '0.8.0', world.domainCommits[2]],
    ])
    const [location] = lines(world.registry, 'cim-domain-location')
    expect(location).toMatchObject({
      version: '0.8.0',
      dependencies: { 'cim-domain': '=0.8.0' },
      locked: { 'cim-domain': { version: '0.8.0', source: 'git-tag', commit: world.domainCommits[1] } },
      ci: null,
    })
    expect(location.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const heads = JSON.parse(readFileSync(join(world.registry, 'history', 'heads.json'), 'utf8'))
    expect(heads.modules['cim-domain-location']).toEqual({
      commit: world.locationCommits[1],
      date: expect.any(String),
      version: '0.8.1',
      locked: {
        'cim-domain': { version: '0.7.8', source: 'git-branch', commit: world.domainCommits[0] },
        'cim-ghost': { version: '0.1.0', source: 'path', commit: null },
      },
      ci: null,
      newest_tag: '0.8.0',
      // What the other modules' warnings and the README need of its lines, for a run that does not read them.
      summary: {
        versions: 1,
        known: ['0.8.0'],
        tags: { [location.commit]: 'v0.8.0' },
        newest_dependencies: { 'cim-domain': '=0.8.0' },
      },
    })
    // cim-domain's tag v0.8.1 names 0.8.0 in its manifest: a note its summary keeps.
    expect(heads.modules['cim-domain'].summary).toMatchObject({
      versions: 3,
      known: ['0.7.8', '0.8.0', '0.8.1'],
      notes: [{ version: '0.8.1', tag: 'v0.8.1', commit: world.domainCommits[2], manifest_version: '0.8.0' }],
    })

    const s = status(world.registry)
    expect(codes(s, 'cim-domain')).toContain('tag-version-mismatch')
    expect(s.modules['cim-domain']!.problems.find((p) => p.code === 'tag-version-mismatch')!.message).toContain(
      'tag v0.8.1',
    )
    expect(codes(s, 'cim-domain-location')).toEqual(
      expect.arrayContaining(['locked-behind', 'unreproducible-dependency']),
    )
    expect(s.modules['cim-domain-location']!.problems.every((p) => p.level === 'warning')).toBe(true)

    const readme = readFileSync(join(world.registry, 'README.md'), 'utf8')
    expect(readme).toContain('## Compatibility')
    expect(readme).toMatch(/\| cim-domain-location \| 0\.7\.8 \*behind, branch\* \|/)
    const changelog = readFileSync(join(world.registry, 'changelog.md'), 'utf8')
    expect(changelog).toContain('**cim-domain**: history read, 3 versions (0.7.8, 0.8.0, 0.8.1)')
  })

  it('reads nothing again on a second run, and only the new tag after one', async () => {
    const again = await update(world.org, world.registry)
    expect(again.plan.changedFiles).toEqual([])
    const before = readFileSync(join(world.registry, 'history', 'cim-domain.jsonl'), 'utf8')
    gitHistory(world.domain, [{ files: { 'Cargo.toml': cargoToml('cim-domain', '0.9.0') }, tag: 'v0.9.0' }])
    const next = await update(world.org, world.registry)
    const after = readFileSync(join(world.registry, 'history', 'cim-domain.jsonl'), 'utf8')
    expect(after.startsWith(before)).toBe(true)
    expect(after.slice(before.length).trimEnd().split('\n')).toHaveLength(1)
    expect(next.plan.changedFiles).toEqual(expect.arrayContaining(['history/cim-domain.jsonl', 'history/heads.json']))
    expect(next.plan.changedFiles).not.toContain('history/cim-domain-location.jsonl')
    const changelog = readFileSync(join(world.registry, 'changelog.md'), 'utf8')
    expect(changelog).toContain('**cim-domain** 0.9.0 tagged (v0.9.0)')
    expect(changelog).toContain('1 module is built with older versions: cim-domain-location')
  })

  it('reports a tag that moved and keeps both readings', async () => {
    gitHistory(world.domain, [
      { files: { 'Cargo.toml': cargoToml('cim-domain', '0.9.0'), 'NOTES.md': 'x' }, moveTag: 'v0.9.0' },
    ])
    await update(world.org, world.registry)
    const v090 = lines(world.registry, 'cim-domain').filter((l) => l.tag === 'v0.9.0')
    expect(v090).toHaveLength(2)
    expect(v090[1].moved_from).toBe(v090[0].commit)
    expect(codes(status(world.registry), 'cim-domain')).toContain('tag-moved')
    // A moved tag, a tag over another manifest, a lock behind at a tagged commit: each said the same from summaries.
    await expectSummariesAnswerAsLines(world.org, world.registry, modulePattern)
  })

  it('warns about a locked version that no version of the dependency ever had', async () => {
    const org = join(world.root, 'org2')
    gitHistory(join(org, 'cim-domain'), [{ files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.1') }, tag: 'v0.8.1' }])
    gitHistory(join(org, 'cim-app'), [
      {
        files: {
          'Cargo.toml': cargoToml('cim-app', '1.0.0', { 'cim-domain': '"0.8"' }),
          'Cargo.lock': cargoLock('cim-app', '1.0.0', [['cim-domain', '0.7.5', 'registry+https://example.com/index']]),
        },
      },
    ])
    const registry = join(world.root, 'registry2')
    await update(org, registry)
    const problem = status(registry).modules['cim-app']!.problems.find((p) => p.code === 'unknown-locked-version')
    expect(problem?.message).toContain('cim-domain 0.7.5')
    await expectSummariesAnswerAsLines(org, registry, modulePattern)
  })

  it('reads a workspace at a tag: member manifests by glob, member crates in the lock are the module itself', async () => {
    const org = join(world.root, 'org4')
    gitHistory(join(org, 'cim-ipld'), [
      {
        files: {
          'Cargo.toml': '[workspace]\nmembers = ["crates/*"]\n\n[workspace.package]\nversion = "0.5.0"\n',
          'crates/cim-ipld-codec/Cargo.toml': cargoToml('cim-ipld-codec', '0.5.0', { 'cim-domain': '"0.8"' }),
          'crates/cim-ipld-store/Cargo.toml': cargoToml('cim-ipld-store', '0.5.0', {
            'cim-ipld-codec': '{ path = "../cim-ipld-codec" }',
          }),
          'Cargo.lock': cargoLock('cim-ipld-codec', '0.5.0', [
            ['cim-ipld-store', '0.5.0', null],
            ['cim-domain', '0.8.1', 'registry+https://example.com/index'],
          ]),
        },
        tag: 'cim-ipld-v0.5.0',
      },
    ])
    gitHistory(join(org, 'cim-domain'), [{ files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.1') }, tag: 'v0.8.1' }])
    const registry = join(world.root, 'registry4')
    await update(org, registry)
    const [entry] = lines(registry, 'cim-ipld')
    expect(entry).toMatchObject({
      version: '0.5.0',
      tag: 'cim-ipld-v0.5.0',
      manifest_version: '0.5.0',
      dependencies: { 'cim-domain': '^0.8' },
      locked: { 'cim-domain': { version: '0.8.1', source: 'registry', commit: null } },
    })
    expect(Object.keys(entry.locked)).toEqual(['cim-domain'])
  })

  it('reads past a lock file that is not TOML or not UTF-8: the tag is recorded without it, with a warning', async () => {
    const org = join(world.root, 'org5')
    gitHistory(join(org, 'cim-app'), [
      { files: { 'Cargo.toml': cargoToml('cim-app', '1.0.0'), 'Cargo.lock': '\xff\xfe not text' }, tag: 'v1.0.0' },
    ])
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(org, 'cim-app', 'Cargo.lock'), Buffer.from([0xff, 0xfe, 0x00, 0x41]))
    gitHistory(join(org, 'cim-app'), [{ files: {}, tag: 'v1.0.1' }])
    const registry = join(world.root, 'registry5')
    await update(org, registry)
    expect(lines(registry, 'cim-app').map((l) => [l.tag, l.locked, l.unreadable])).toEqual([
      ['v1.0.0', {}, [expect.stringMatching(/^Cargo.lock: cannot be read: Invalid TOML document/)]],
      ['v1.0.1', null, ['Cargo.lock: it is not UTF-8 text']],
    ])
    // The head is v1.0.1: its unreadable lock is a warning for as long as it is the head, run after run.
    const warning = expect.objectContaining({
      code: 'invalid-lock',
      file: 'Cargo.lock',
      message: expect.stringMatching(/^Cargo.lock at the head commit [0-9a-f]{7} is not read: it is not UTF-8 text$/),
    })
    expect(status(registry).modules['cim-app']!.problems).toEqual(expect.arrayContaining([warning]))
    expect((await update(org, registry)).plan.changedFiles).toEqual([])
    expect(status(registry).modules['cim-app']!.problems).toEqual(expect.arrayContaining([warning]))
  })

  it('reports a file that is not a bundle and registers the others', async () => {
    const org = join(world.root, 'org3')
    gitHistory(join(org, 'cim-domain'), [{ files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.1') }, tag: 'v0.8.1' }])
    const { writeFileSync } = await import('node:fs')
    writeFileSync(join(org, 'cim-broken.bundle'), 'not a bundle')
    const result = await update(org, join(world.root, 'registry3'))
    expect([...result.plan.registry.modules.keys()]).toEqual(['cim-domain'])
    expect(result.plan.registry.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('cim-broken.bundle is not read: not a readable git bundle'),
    ])
  })
})

describe('heads of a large registry, in shards', () => {
  const head = (commit: string): HeadEntry => ({
    commit,
    date: '2026-12-01T00:00:00Z',
    version: '1.0.0',
    locked: { 'cim-domain': { version: '0.8.1', source: 'git-tag', commit: commit.replace(/./g, 'b') } },
    ci: 'success',
  })
  const many = new Map(
    Array.from({ length: 3000 }, (_, i) => [`cim-module-${i}`, head(i.toString(16).padStart(40, 'a'))] as const),
  )

  it('stays one heads.json while it fits, and shards past HEADS_SHARDING_BYTES, each shard under GraphQL’s text limit', () => {
    expect(Object.keys(renderHeads(new Map([...many].slice(0, 10))))).toEqual(['history/heads.json'])
    const files = renderHeads(many)
    expect(Object.keys(files)).toHaveLength(17)
    expect(JSON.parse(files['history/heads.json']!)).toEqual({
      schema_version: 2,
      shards: Array.from({ length: 16 }, (_, i) => `heads-${i.toString(16)}.json`),
    })
    for (const text of Object.values(files)) expect(text.length).toBeLessThan(HEADS_SHARDING_BYTES)
    expect(readHeads(files)).toEqual(many)
    expect(readHistoryIndex(files).get('cim-module-7')!.head).toEqual(many.get('cim-module-7'))
  })

  it('moving one head rewrites its shard only, and a sharded registry stays sharded', () => {
    const existing = renderHeads(many)
    const moved = { ...head('c'.repeat(40)), version: '1.0.1' }
    const plan = planHistory(existing, new Map([['cim-module-7', { append: [], head: moved, reads: 1 }]]))
    const changed = Object.keys(plan.files).filter((file) => plan.files[file] !== existing[file])
    expect(changed).toEqual([headsShardFile('cim-module-7')])
    expect(readHeads(plan.files).get('cim-module-7')).toEqual(moved)

    const small = renderHeads(new Map([['cim-domain', head('d'.repeat(40))]]), true)
    expect(Object.keys(planHistory(small, new Map()).files)).toHaveLength(17)
  })

  it('takes a summary only whole and agreeing with its head; a damaged one leaves the lines to be read', () => {
    const head = { commit: 'a'.repeat(40), date: null, version: '1.0.0', locked: null, ci: null }
    const summary = { versions: 1, known: ['1.0.0'], tags: { ['a'.repeat(40)]: 'v1.0.0' }, newest_dependencies: {} }
    const read = (entry: object) =>
      readHeads({ 'history/heads.json': JSON.stringify({ schema_version: 1, modules: { 'cim-x': entry } }) }).get(
        'cim-x',
      )!.summary
    expect(read({ ...head, newest_tag: '1.0.0', summary })).toEqual(summary)
    expect(read({ ...head, newest_tag: 'v1.0.0', summary })).toBeUndefined()
    expect(read({ ...head, summary })).toBeUndefined()
    expect(read({ ...head, newest_tag: '1.0.0', summary: { ...summary, known: [1] } })).toBeUndefined()
    expect(read({ ...head, newest_tag: '1.0.0', summary: { ...summary, newest_dependencies: null } })).toBeUndefined()
    expect(read({ ...head, newest_tag: '1.0.0', summary: { ...summary, notes: [{ tag: 'v1' }] } })).toBeUndefined()
    expect(read({ ...head, newest_tag: '1.0.0', summary: { ...summary, versions: -1 } })).toBeUndefined()
  })

  it('summarizes a line whose manifest version is not semver without failing', () => {
    const line = { version: '0.1.0', tag: 'v0.1.0', commit: 'b'.repeat(40), manifest_version: '0.1' }
    const files = {
      'history/cim-x.jsonl': `${JSON.stringify({ ...line, date: null, dependencies: {}, locked: null, ci: null })}\n`,
      'history/heads.json': JSON.stringify({
        schema_version: 1,
        modules: { 'cim-x': { commit: 'b'.repeat(40), date: null, version: '0.1.0', locked: null, ci: null } },
      }),
    }
    const written = planHistory(files, new Map()).files
    expect(readHeads(written).get('cim-x')!.summary).toMatchObject({ known: ['0.1', '0.1.0'], notes: [line] })
  })

  it('follows only the shard names it writes', () => {
    const pointer = JSON.stringify({
      schema_version: 2,
      shards: ['heads-0.json', '../modules.yaml', 'heads-10.json', 7],
    })
    expect(headsShards(pointer)).toEqual(['history/heads-0.json'])
    expect(headsShards('not json')).toEqual([])
    expect(headsShards(undefined)).toEqual([])
  })

  it('the client answers drift and compat from shards as from one heads.json', async () => {
    const world = organization()
    await update(world.org, world.registry)
    const sharded = join(world.root, 'sharded')
    cpSync(world.registry, sharded, { recursive: true })
    const history = join(sharded, 'history')
    const heads = readHeads({ 'history/heads.json': readFileSync(join(history, 'heads.json'), 'utf8') })
    expect(heads.size).toBeGreaterThan(0)
    for (const [file, text] of Object.entries(renderHeads(heads, true))) writeFileSync(join(sharded, file), text)
    expect(JSON.parse(readFileSync(join(history, 'heads.json'), 'utf8')).modules).toBeUndefined()

    const whole = new RegistryClient({ directory: world.registry })
    const shards = new RegistryClient({ directory: sharded })
    const drift = await whole.drift()
    expect(drift.length).toBeGreaterThan(0)
    expect(await shards.drift()).toEqual(drift)
    expect(await shards.compat('cim-domain-location')).toEqual(await whole.compat('cim-domain-location'))

    // The engine reads the shards back: a run with nothing new changes nothing.
    expect((await update(world.org, sharded)).plan.changedFiles).toEqual([])
  })
})
