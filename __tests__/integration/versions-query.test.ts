/**
 * The four history queries (versions, compat, drift, resolve) on RegistryClient over a directory, a URL and the
 * GitHub contents API, on the CLI as a process, and the resolver's choices and explanations.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RegistryClient } from '../../src/client/client.js'
import { compileModulePattern } from '../../src/metadata/names.js'
import { updateFromLocalSource } from '../../src/modes/update-local.js'
import { parseResolveSpec, resolve, type CatalogVersion } from '../../src/versions/resolve.js'
import { ROOT, runCli } from '../support/run.js'
import { startRegistryServer, type RegistryServer } from '../support/registry-server.js'
import { tempDir } from '../support/temp.js'

const registryDir = join(tempDir('cim-versions-query-'), 'registry')
let server: RegistryServer
let files: Record<string, string>

beforeAll(async () => {
  await updateFromLocalSource({
    source: join(ROOT, 'examples/org'),
    registryDir,
    modulePattern: compileModulePattern(),
    org: 'example-org',
    date: '2026-12-06',
  })
  files = {}
  for (const name of readdirSync(registryDir))
    if (name !== 'history') files[name] = readFileSync(join(registryDir, name), 'utf8')
  for (const name of readdirSync(join(registryDir, 'history')))
    files[`history/${name}`] = readFileSync(join(registryDir, 'history', name), 'utf8')
  server = await startRegistryServer()
})
afterAll(() => server.close())

describe('the example organization (git bundles)', () => {
  it('carries version history and drift from its first command', () => {
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith('history/'))
        .sort(),
    ).toEqual([
      'history/cim-domain-location.jsonl',
      'history/cim-domain-person.jsonl',
      'history/cim-graph.jsonl',
      'history/heads.json',
    ])
    const status = JSON.parse(files['status.json']!)
    expect(status.modules['cim-domain-location'].problems.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining([
        'tag-version-mismatch',
        'locked-behind',
        'unreproducible-dependency',
        'unknown-locked-version',
      ]),
    )
  })
})

describe.each([
  ['a directory', () => new RegistryClient({ directory: registryDir })],
  [
    'a URL',
    () => {
      server.serveRegistry('/example-org/cim/main/registry', files)
      return new RegistryClient({ url: `${server.origin}/example-org/cim/main/registry/` })
    },
  ],
  [
    'github:',
    () => {
      server.serveRegistry('/repos/example-org/cim/contents/registry', files)
      return new RegistryClient({ github: { owner: 'example-org', repo: 'cim', apiUrl: server.origin } })
    },
  ],
])('RegistryClient over %s', (_, open) => {
  it('versions: oldest first, with tag, commit, date, dependencies, locked and ci', async () => {
    const versions = await open().versions('cim-domain-person')
    expect(versions.map((v) => v.version)).toEqual(['0.3.0', '0.4.0'])
    expect(versions[1]).toEqual({
      version: '0.4.0',
      tag: 'v0.4.0',
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      date: expect.stringMatching(/^2025-/),
      manifest_version: '0.4.0',
      dependencies: { 'cim-domain': '=0.3.0', 'cim-domain-location': '=0.3.0' },
      locked: {
        'cim-domain': { version: '0.3.0', source: 'git-tag', commit: 'c'.repeat(40) },
        'cim-domain-location': { version: '0.2.0', source: 'git-tag', commit: 'e'.repeat(40) },
      },
      ci: null,
    })
    expect(await open().versions('cim-domain')).toEqual([]) // a plain folder: no history
    await expect(open().versions('cim-domain-persn')).rejects.toThrow('did you mean cim-domain-person')
  })

  it('compat: declared, locked, newest, satisfied, verified; of the head or of a version', async () => {
    const client = open()
    expect(await client.compat('cim-domain-person')).toEqual({
      'cim-domain': {
        declared: '=0.3.0',
        locked: '0.3.0',
        newest: '0.3.0',
        satisfied: true,
        verified: [],
        built_with: ['0.3.0'],
      },
      'cim-domain-location': {
        declared: '=0.3.0',
        locked: '0.2.0',
        newest: '0.3.1',
        satisfied: false,
        verified: [],
        built_with: ['0.2.0'],
      },
    })
    expect(Object.keys(await client.compat('cim-domain-person', '0.3.0'))).toEqual(['cim-domain'])
    await expect(client.compat('cim-domain-person', '9.9.9')).rejects.toThrow(
      'cim-domain-person has no version 9.9.9 in its history (known: 0.3.0, 0.4.0)',
    )
  })

  it('drift: every cim package of the head locks that is behind or not reproducible', async () => {
    expect(await open().drift()).toEqual([
      {
        module: 'cim-domain-location',
        dependency: 'cim-domain',
        locked: '0.2.1',
        newest: '0.3.0',
        source: 'git-branch',
        commit: 'd'.repeat(40),
        reproducible: false,
      },
      {
        module: 'cim-domain-location',
        dependency: 'cim-subject',
        locked: '1.0.0',
        newest: '1.0.0',
        source: 'path',
        commit: null,
        reproducible: false,
      },
      {
        module: 'cim-domain-person',
        dependency: 'cim-domain-location',
        locked: '0.2.0',
        newest: '0.3.1',
        source: 'git-tag',
        commit: 'e'.repeat(40),
        reproducible: true,
      },
    ])
  })

  it('resolve: versions that work together, or which ranges clash', async () => {
    const client = open()
    expect(await client.resolve(['cim-domain-person'])).toEqual({
      ok: true,
      versions: { 'cim-domain': '0.3.0', 'cim-domain-location': '0.3.0', 'cim-domain-person': '0.4.0' },
    })
    const clash = await client.resolve(['cim-graph@0.8', 'cim-domain-person'])
    expect(clash).toEqual({
      ok: false,
      explanation: expect.stringContaining(
        'cim-graph 0.8.0 depends on cim-domain ^0.2, which no version of cim-domain satisfies (it has 0.3.0)',
      ),
    })
    await expect(client.resolve(['cim-graf'])).rejects.toThrow('did you mean cim-graph')
    await expect(client.resolve(['cim-graph@not a range'])).rejects.toThrow(RangeError)
  })
})

describe('reading only what a query needs', () => {
  it('resolve reads the history files of the modules it reaches, no others', async () => {
    server.serveRegistry('/lazy/registry', files)
    await new RegistryClient({ url: `${server.origin}/lazy/registry/` }).resolve(['cim-graph'])
    const asked = server.requests.map((r) => r.url).filter((url) => url.startsWith('/lazy/registry/history/'))
    expect(asked.sort()).toEqual([
      '/lazy/registry/history/cim-domain.jsonl',
      '/lazy/registry/history/cim-graph.jsonl',
      '/lazy/registry/history/heads.json',
    ])
  })

  it('github: asks for history/heads.json as a path, not one encoded segment', async () => {
    server.serveRegistry('/repos/example-org/cim2/contents/registry', files)
    await new RegistryClient({ github: { owner: 'example-org', repo: 'cim2', apiUrl: server.origin } }).drift()
    expect(server.requestsFor('/repos/example-org/cim2/contents/registry/history/heads.json')).toHaveLength(1)
  })

  it('a registry written before version history answers with no history', async () => {
    const old = tempDir('cim-old-registry-')
    const { writeFileSync } = await import('node:fs')
    for (const name of ['modules.yaml', 'status.json']) writeFileSync(join(old, name), files[name]!)
    const client = new RegistryClient({ directory: old })
    expect(await client.drift()).toEqual([])
    expect(await client.versions('cim-graph')).toEqual([])
    expect(await client.resolve(['cim-graph'])).toEqual({
      ok: true,
      versions: { 'cim-domain': '0.3.0', 'cim-graph': '0.9.0' },
    })
  })
})

describe('cim-registry versions / compat / drift / resolve (the bundle, as a process)', () => {
  const cli = (...args: string[]) => runCli([...args, '--registry', registryDir])

  it('update says what the history holds and how much drifts, on the first run and on a no-op run', () => {
    const registry = join(tempDir('cim-versions-cli-'), 'registry')
    for (const run of [1, 2]) {
      const update = runCli([
        'update',
        '--source',
        join(ROOT, 'examples/org'),
        '--registry-dir',
        registry,
        '--org',
        'example-org',
      ])
      expect([run, update.status]).toEqual([run, 0])
      expect(update.stdout).toContain(
        '\nhistory: 6 version tags of 3 modules; drift: 3 locked dependencies of 2 modules behind or not reproducible (cim-registry drift)\n',
      )
    }
  })

  it('prints JSON in the documented shapes', () => {
    const versions = cli('versions', 'cim-graph', '--json')
    expect(versions.status).toBe(0)
    expect(JSON.parse(versions.stdout).map((v: { version: string }) => v.version)).toEqual(['0.8.0', '0.9.0'])
    const compat = JSON.parse(cli('compat', 'cim-graph@0.9.0', '--json').stdout)
    expect(compat['cim-domain']).toMatchObject({
      declared: '^0.3',
      locked: '0.3.0',
      newest: '0.3.0',
      satisfied: true,
      verified: [],
    })
    const drift = JSON.parse(cli('drift', '--json').stdout)
    expect(drift).toHaveLength(3)
    expect(Object.keys(drift[0]).sort()).toEqual([
      'commit',
      'dependency',
      'locked',
      'module',
      'newest',
      'reproducible',
      'source',
    ])
    const resolved = cli('resolve', 'cim-graph', '--json')
    expect([resolved.status, JSON.parse(resolved.stdout)]).toEqual([
      0,
      { ok: true, versions: { 'cim-domain': '0.3.0', 'cim-graph': '0.9.0' } },
    ])
  })

  it('exits 1 with the explanation when nothing works together, and tables for people', () => {
    const clash = cli('resolve', 'cim-graph@0.8', '--json')
    expect(clash.status).toBe(1)
    expect(JSON.parse(clash.stdout)).toEqual({ ok: false, explanation: expect.stringContaining('cim-domain ^0.2') })
    const table = cli('drift')
    expect(table.stdout).toContain('3 drift entries in 2 modules')
    expect(cli('versions', 'cim-domain-location').stdout).toContain('0.3.0 (manifest 0.2.0)')
    expect(cli('resolve').status).toBe(2)
    expect(cli('versions', 'nope').status).toBe(1)
    const unknownVersion = cli('compat', 'cim-graph@9.9.9')
    expect([unknownVersion.status, unknownVersion.stderr]).toEqual([
      1,
      expect.stringContaining('cim-graph has no version 9.9.9 in its history (known: 0.8.0, 0.9.0)'),
    ])
  })
})

describe('resolve (PubGrub)', () => {
  const v = (
    version: string,
    dependencies: Record<string, string> = {},
    verified?: Record<string, string>,
  ): CatalogVersion => ({ version, dependencies, ...(verified ? { verified } : {}) })

  it('backtracks to an older version when the newest clashes', () => {
    const catalog = new Map([
      ['cim-a', [v('1.0.0', { 'cim-c': '^1' }), v('2.0.0', { 'cim-c': '^2' })]],
      ['cim-b', [v('1.0.0', { 'cim-c': '^1' })]],
      ['cim-c', [v('1.0.0'), v('1.1.0'), v('2.0.0')]],
    ])
    expect(resolve(catalog, [parseResolveSpec('cim-a'), parseResolveSpec('cim-b')])).toEqual({
      ok: true,
      versions: { 'cim-a': '1.0.0', 'cim-b': '1.0.0', 'cim-c': '1.1.0' },
    })
  })

  it('prefers a version a chosen module was built with and verified, then the newest', () => {
    const catalog = new Map([
      ['cim-app', [v('1.0.0', { 'cim-core': '^1' }, { 'cim-core': '1.1.0' })]],
      ['cim-core', [v('1.0.0'), v('1.1.0'), v('1.2.0')]],
    ])
    expect(resolve(catalog, [parseResolveSpec('cim-app')])).toEqual({
      ok: true,
      versions: { 'cim-app': '1.0.0', 'cim-core': '1.1.0' },
    })
    expect(resolve(catalog, [parseResolveSpec('cim-app'), parseResolveSpec('cim-core@>=1.2')])).toEqual({
      ok: true,
      versions: { 'cim-app': '1.0.0', 'cim-core': '1.2.0' },
    })
  })

  it('explains a clash through a chain, numbering what it refers back to', () => {
    const catalog = new Map([
      ['cim-person', [v('0.8.0', { 'cim-domain': '=0.8.0' }), v('0.8.1', { 'cim-domain': '=0.8.1' })]],
      ['cim-org', [v('0.8.0', { 'cim-mid': '^1' })]],
      ['cim-mid', [v('1.0.0', { 'cim-domain': '^0.7' })]],
      ['cim-domain', [v('0.7.8'), v('0.8.0'), v('0.8.1')]],
    ])
    const result = resolve(catalog, [parseResolveSpec('cim-person'), parseResolveSpec('cim-org')])
    expect(result.ok).toBe(false)
    const explanation = (result as { explanation: string }).explanation
    for (const piece of [
      'every version of cim-org depends on cim-mid ^1',
      'every version of cim-mid depends on cim-domain ^0.7',
      '(1)',
      'cim-person',
      'no set of versions satisfies the request',
    ]) {
      expect(explanation).toContain(piece)
    }
  })

  it('takes two ranges of one module as both holding', () => {
    const catalog = new Map([['cim-a', [v('1.0.0'), v('1.4.0'), v('1.6.0'), v('2.0.0')]]])
    expect(resolve(catalog, ['cim-a@^1', 'cim-a@<1.5'].map(parseResolveSpec))).toEqual({
      ok: true,
      versions: { 'cim-a': '1.4.0' },
    })
    expect(() => resolve(catalog, ['cim-a@^1 || ^2', 'cim-a@<1.5'].map(parseResolveSpec))).toThrow(RangeError)
  })

  it('handles a dependency cycle and a module without versions', () => {
    const cycle = new Map([
      ['cim-a', [v('1.0.0', { 'cim-b': '*' })]],
      ['cim-b', [v('1.0.0', { 'cim-a': '^1' })]],
    ])
    expect(resolve(cycle, [parseResolveSpec('cim-a')])).toEqual({
      ok: true,
      versions: { 'cim-a': '1.0.0', 'cim-b': '1.0.0' },
    })
    const empty = new Map([
      ['cim-a', [v('1.0.0', { 'cim-b': '*' })]],
      ['cim-b', []],
    ])
    expect(resolve(empty, [parseResolveSpec('cim-a')])).toEqual({
      ok: false,
      explanation: expect.stringContaining('which no version of cim-b satisfies (it has no versions)'),
    })
  })
})
