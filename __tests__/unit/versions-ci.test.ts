/**
 * The history's core with a source that has CI states (as the GitHub source will, through statusCheckRollup):
 * an in-memory HistoryReader drives readModuleHistory, planHistory and planUpdate. Verified combinations, CI
 * failing at the head, a pending state that settles later, and a damaged index.
 */
import { describe, expect, it } from '@jest/globals'
import { compileModulePattern } from '../../src/metadata/names.js'
import { planUpdate } from '../../src/registry/update.js'
import type { RepositorySnapshot, StatusFile } from '../../src/format/types.js'
import { catalogVersions } from '../../src/versions/catalog.js'
import { readModuleHistory, type HistoryReader, type HistoryUpdate } from '../../src/versions/collect.js'
import { compat } from '../../src/versions/evidence.js'
import { appendVersionLines, parseHeads, parseVersionLines, readHistoryIndex } from '../../src/versions/index-file.js'
import { planHistory } from '../../src/versions/plan.js'
import { resolve } from '../../src/versions/resolve.js'
import type { CiState } from '../../src/versions/types.js'
import { cargoLock, cargoToml } from '../support/git-history.js'

const modulePattern = compileModulePattern()
const sha = (c: string) => c.repeat(40)

interface FakeCommit {
  files: Record<string, string>
  ci: CiState | null
}

/** A repository in memory: commits by sha, tags, a head; counts the file reads. */
function fakeRepository(commits: Record<string, FakeCommit>, tags: Record<string, string>, head: string) {
  const repository = { commits, tags, head, reads: 0 }
  const reader: HistoryReader = {
    tags: async () =>
      Object.entries(repository.tags).map(([name, commit]) => ({ name, commit, date: '2025-11-09T19:03:06Z' })),
    head: async () => ({ commit: repository.head, date: '2025-11-09T19:03:06Z' }),
    readFile: async (commit, path) => {
      repository.reads++
      return repository.commits[commit]?.files[path] ?? null
    },
    listFolder: async () => [],
    ciState: async (commit) => repository.commits[commit]?.ci ?? null,
  }
  return { repository, reader }
}

function snapshot(name: string, files: Record<string, string>, head: string): RepositorySnapshot {
  return {
    name,
    url: `https://github.com/acme/${name}`,
    description: null,
    topics: [],
    visibility: 'public',
    archived: false,
    headCommit: head,
    committedAt: '2025-11-09T19:03:06Z',
    tags: [],
    files,
  }
}

describe('CI evidence', () => {
  const GIT = 'git+https://github.com/acme/cim-domain.git'
  const domain = fakeRepository(
    {
      [sha('1')]: { files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.0') }, ci: 'success' },
      [sha('2')]: { files: { 'Cargo.toml': cargoToml('cim-domain', '0.8.1') }, ci: 'success' },
    },
    { 'v0.8.0': sha('1'), 'v0.8.1': sha('2') },
    sha('2'),
  )
  const appFiles = (version: string, locked: string) => ({
    'Cargo.toml': cargoToml('cim-app', version, { 'cim-domain': '"0.8"' }),
    'Cargo.lock': cargoLock('cim-app', version, [
      ['cim-domain', locked, `${GIT}?tag=v${locked}#${locked === '0.8.0' ? sha('1') : sha('2')}`],
    ]),
  })
  const app = fakeRepository(
    {
      [sha('a')]: { files: appFiles('1.0.0', '0.8.0'), ci: 'success' },
      [sha('b')]: { files: appFiles('1.1.0', '0.8.1'), ci: 'pending' },
      [sha('c')]: { files: appFiles('1.2.0', '0.8.1'), ci: 'failure' },
    },
    { 'v1.0.0': sha('a'), 'v1.1.0': sha('b') },
    sha('c'),
  )

  const run = async (existing: Record<string, string>) => {
    const index = readHistoryIndex(existing)
    const updates = new Map<string, HistoryUpdate>([
      ['cim-app', await readModuleHistory('cim-app', app.reader, index.get('cim-app'), modulePattern)],
      ['cim-domain', await readModuleHistory('cim-domain', domain.reader, index.get('cim-domain'), modulePattern)],
    ])
    const history = planHistory(existing, updates)
    return planUpdate({
      snapshots: [
        snapshot('cim-app', app.repository.commits[app.repository.head]!.files, app.repository.head),
        snapshot('cim-domain', domain.repository.commits[sha('2')]!.files, sha('2')),
      ],
      existing,
      modulePattern,
      date: '2026-12-06',
      history,
    })
  }

  it('says which dependency versions a module passed CI with, warns when the head fails, prefers verified', async () => {
    const first = await run({})
    const status = JSON.parse(first.files['status.json']!) as StatusFile
    expect(status.modules['cim-app']!.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'ci-failing',
          level: 'warning',
          message: `CI of the head commit ${sha('c').slice(0, 7)} is failure`,
        }),
      ]),
    )
    const index = readHistoryIndex(first.files)
    const newest = new Map([
      ['cim-app', '1.2.0'],
      ['cim-domain', '0.8.1'],
    ])
    expect(compat('cim-app', index.get('cim-app'), { 'cim-domain': '^0.8' }, newest)['cim-domain']).toEqual({
      declared: '^0.8',
      locked: '0.8.1',
      newest: '0.8.1',
      satisfied: true,
      verified: ['0.8.0'],
      built_with: ['0.8.0', '0.8.1'],
    })
    const catalog = new Map([
      ['cim-app', catalogVersions({ version: '1.2.0', dependencies: { 'cim-domain': '^0.8' } }, index.get('cim-app'))],
      ['cim-domain', catalogVersions({ version: '0.8.1', dependencies: {} }, index.get('cim-domain'))],
    ])
    // cim-app 1.0.0 passed CI with cim-domain 0.8.0: asked for that version, the resolver keeps the verified pair.
    expect(resolve(catalog, [{ name: 'cim-app', range: '=1.0.0' }])).toEqual({
      ok: true,
      versions: { 'cim-app': '1.0.0', 'cim-domain': '0.8.0' },
    })
    expect(resolve(catalog, [{ name: 'cim-app', range: '*' }])).toEqual({
      ok: true,
      versions: { 'cim-app': '1.2.0', 'cim-domain': '0.8.1' },
    })
  })

  it('asks again for a CI state that was pending, appends one line when it settles, and says so', async () => {
    const first = await run({})
    const reads = app.repository.reads
    app.repository.commits[sha('b')]!.ci = 'success'
    const second = await run(first.files)
    const registry = { ...first.files, ...second.files } // the directory after both runs (a run writes what it changes)
    expect(app.repository.reads).toBe(reads) // nothing read again: only the CI state was asked
    const lines = parseVersionLines(second.files['history/cim-app.jsonl']!)
    expect(lines.map((l) => [l.tag, l.ci])).toEqual([
      ['v1.0.0', 'success'],
      ['v1.1.0', 'pending'],
      ['v1.1.0', 'success'],
    ])
    expect(second.files['changelog.md']).toContain(
      '**cim-app** 1.1.0 (v1.1.0): CI success, verified with cim-domain 0.8.1',
    )
    const third = await run(registry)
    expect(third.changedFiles).toEqual([])
  })

  it('reads past a damaged index line and keeps it; an unreadable heads.json reads as no heads', () => {
    const good = appendVersionLines(undefined, [
      {
        version: '1.0.0',
        tag: 'v1.0.0',
        commit: sha('a'),
        date: null,
        manifest_version: '1.0.0',
        dependencies: {},
        locked: null,
        ci: null,
      },
    ])
    const damaged = `${good}{"version": "1.1.0", "tag": \n not json\n{"version":"not semver","tag":"x","commit":"y"}\n`
    expect(parseVersionLines(damaged).map((l) => l.tag)).toEqual(['v1.0.0'])
    const appended = appendVersionLines(damaged.trimEnd(), [
      {
        version: '1.2.0',
        tag: 'v1.2.0',
        commit: sha('c'),
        date: null,
        manifest_version: null,
        dependencies: {},
        locked: null,
        ci: null,
      },
    ])
    expect(appended.startsWith(damaged.trimEnd())).toBe(true)
    expect(parseVersionLines(appended).map((l) => l.tag)).toEqual(['v1.0.0', 'v1.2.0'])
    for (const text of [
      '',
      '{',
      '[]',
      'null',
      '{"modules": 3}',
      '{"modules": {"cim-x": {"commit": 5}, "../x": {"commit": "a"}}}',
    ])
      expect(parseHeads(text).size).toBe(0)
  })
})
