/** The pure core end to end: snapshots + files found -> plan. Change detection, changelog, stale entries, cycles. */
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { findCycles } from '../../src/registry/dependencies.js'
import { compileModulePattern } from '../../src/metadata/names.js'
import { readPreviousRegistry } from '../../src/registry/previous.js'
import { planUpdate, type UpdatePlan } from '../../src/registry/update.js'
import type { ModulesFile, RepositorySnapshot, StatusFile } from '../../src/format/types.js'

const modulePattern = compileModulePattern()
const sha = (n: number) => String(n).repeat(40)

function repo(
  name: string,
  version: string,
  deps: Record<string, string> = {},
  extra: Partial<RepositorySnapshot> = {},
): RepositorySnapshot {
  const dependencies = Object.entries(deps)
    .map(([d, r]) => `    ${d}: "${r}"`)
    .join('\n')
  return {
    name,
    url: `https://github.com/acme/${name}`,
    description: `${name} module`,
    topics: ['cim', 'cim-module'],
    visibility: 'public',
    archived: false,
    headCommit: sha(1),
    committedAt: '2025-01-30T09:00:00Z',
    tags: [],
    files: {
      'cim.yaml':
        `module:\n  name: ${name}\n  version: "${version}"\n  dependencies:\n${dependencies || '    {}'}\n`.replace(
          'dependencies:\n    {}',
          'dependencies: {}',
        ),
    },
    ...extra,
  }
}

function run(snapshots: RepositorySnapshot[], existing: Record<string, string> = {}, date = '2026-01-01'): UpdatePlan {
  return planUpdate({ snapshots, existing, modulePattern, date })
}

describe('the previous registry', () => {
  it('reads a modules.yaml it wrote line by line into the very entries a whole YAML parse gives', () => {
    const archived = repo(
      'cim-old',
      '0.1.0',
      {},
      { archived: true, topics: ['cim', 'cim-module', 'legacy'], description: 'colons: and # hashes, [brackets]' },
    )
    const written = run([
      repo('cim-domain', '0.2.0'),
      repo('cim-app', '1.0.0', { 'cim-domain': '^0.2', 'cim-old': '=0.1.0' }),
      archived,
    ]).files
    const lineByLine = readPreviousRegistry(written)
    // One comment added by hand: status.json's hash no longer matches, so the file is parsed whole.
    const whole = readPreviousRegistry({ ...written, 'modules.yaml': `${written['modules.yaml']!}# kept by hand\n` })
    expect(lineByLine.modules.size).toBe(3)
    expect([...lineByLine.modules]).toEqual([...whole.modules])
    expect(lineByLine.modules.get('cim-app')).toMatchObject({
      version: '1.0.0',
      dependencies: { 'cim-domain': '^0.2', 'cim-old': '=0.1.0' },
      last_commit: sha(1),
    })
    expect(lineByLine.modules.get('cim-old')).toMatchObject({
      archived: true,
      description: 'colons: and # hashes, [brackets]',
    })
  })
})

describe('planUpdate', () => {
  const base = [repo('cim-domain', '0.2.0'), repo('cim-app', '1.0.0', { 'cim-domain': '^0.2' })]
  const first = run(base)

  it('writes every file on the first run and nothing on a run over its own output', () => {
    expect(first.changedFiles).toEqual([
      'README.md',
      'changelog.md',
      'modules.yaml',
      'private-domains.yaml',
      'status.json',
    ])
    const again = run(base, first.files, '2026-02-02')
    expect(again.changedFiles).toEqual([])
    expect(again.files).toEqual(first.files)
  })

  it('calls out a version bump that breaks a dependent, by name, and marks its health', () => {
    const bumped = run([repo('cim-domain', '0.3.0', {}, { headCommit: sha(2) }), base[1]!], first.files, '2026-02-02')
    const changelog = bumped.files['changelog.md']!
    expect(changelog.startsWith('# CIM Registry Changelog\n\n## 2026-02-02\n')).toBe(true)
    expect(changelog).toContain('version 0.2.0 -> 0.3.0; new commit 1111111 -> 2222222')
    expect(changelog).toContain('  - **breaks cim-app**, which requires ^0.2')
    expect(changelog).toContain('health degraded ok -> warning')
    expect(changelog.match(/^## /gm)).toHaveLength(2)
    const status = JSON.parse(bumped.files['status.json']!) as StatusFile
    expect(status.modules['cim-app']!.health).toBe('warning')
    expect(bumped.changes.updated.get('cim-domain')!.map((c) => c.kind)).toEqual(['version', 'commit'])
  })

  it('reports removals and additions, and heals', () => {
    const next = run([repo('cim-domain', '0.2.0'), repo('cim-new', '0.1.0')], first.files)
    expect(next.changes.added).toEqual(['cim-new'])
    expect(next.changes.removed).toEqual(['cim-app'])
    expect(next.files['changelog.md']).toContain('- **cim-app** removed')
  })

  it('keeps the previous entry of an unreadable repository and marks it stale', () => {
    const unreadable = { ...repo('cim-app', '9.9.9'), files: {}, readError: 'timeout' }
    const next = run([base[0]!, unreadable], first.files)
    const modules = (parse(next.files['modules.yaml']!) as ModulesFile).modules
    expect(modules['cim-app']).toMatchObject({ version: '1.0.0', dependencies: { 'cim-domain': '^0.2' } })
    const status = JSON.parse(next.files['status.json']!) as StatusFile
    expect(status.modules['cim-app']).toMatchObject({ health: 'warning', stale: 'timeout' })
    expect(status.modules['cim-app']!.problems[0]!.message).toBe(
      'could not be read this run (timeout); its previous entry is kept',
    )
  })

  it('writes the same bytes whatever order the source lists repositories in', () => {
    expect(run([...base].reverse()).files).toEqual(first.files)
  })

  it('hashes modules.yaml into status.json and counts totals', () => {
    const status = JSON.parse(first.files['status.json']!) as StatusFile
    expect(status.registry_hash).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(status.totals).toMatchObject({ modules: 2, by_health: { ok: 2, warning: 0, error: 0 } })
    expect(status.modules['cim-domain']!.dependents).toEqual(['cim-app'])
  })

  it('files every private module of a category, and a second run over the file changes nothing', () => {
    const privateRepos = ['cim-domain-a', 'cim-domain-b', 'cim-domain-c'].map((name) => ({
      ...repo(name, '0.1.0'),
      visibility: 'private' as const,
    }))
    const one = run(privateRepos)
    const text = one.files['private-domains.yaml']!
    for (const name of ['cim-domain-a', 'cim-domain-b', 'cim-domain-c']) expect(text).toContain(`- name: "${name}"`)
    expect(run(privateRepos, one.files).changedFiles).toEqual([])
  })

  it('moves a private module to its new category in private-domains.yaml and keeps hand-written keys', () => {
    const privateRepo = (category: string) => ({
      ...repo('cim-domain-bank', '0.1.0'),
      visibility: 'private' as const,
      files: { 'cim.yaml': `module:\n  name: cim-domain-bank\n  category: ${category}\n` },
    })
    const one = run([privateRepo('finance')])
    const edited = one.files['private-domains.yaml']!.replace(
      '- name: "cim-domain-bank"',
      '- name: "cim-domain-bank"\n      notes: "hand-written" # keep me',
    )
    const two = run([privateRepo('banking')], { ...one.files, 'private-domains.yaml': edited })
    const text = two.files['private-domains.yaml']!
    expect(text).toContain('notes: "hand-written" # keep me')
    expect(text).not.toContain('finance:')
    expect(text).toMatch(/banking:\n {4}- name: "cim-domain-bank"/)
  })
})

describe('findCycles', () => {
  it('finds each cycle once, from its smallest name, and ignores self-edges and unknown targets', () => {
    const edges: Record<string, { dependencies: Record<string, string> }> = {
      a: { dependencies: { b: '*' } },
      b: { dependencies: { c: '*', zz: '*' } },
      c: { dependencies: { a: '*' } },
      d: { dependencies: { d: '*', e: '*' } },
      e: { dependencies: { d: '*' } },
      f: { dependencies: {} },
    }
    const graph = new Map(Object.entries(edges))
    expect(findCycles(graph)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ])
  })

  it('handles a chain of 20,000 modules without overflowing the stack', () => {
    const chain = new Map(
      Array.from({ length: 20_000 }, (_, i) => [
        `m${i}`,
        { dependencies: i + 1 < 20_000 ? { [`m${i + 1}`]: '*' } : { m0: '*' } },
      ]),
    )
    expect(findCycles(chain)[0]).toHaveLength(20_000)
  })
})

describe('hand-edited files that cannot be read', () => {
  it('leaves an unparsable private-domains.yaml exactly as it is and says so', () => {
    const broken =
      'private_domains:\n  finance:\n    - name: cim-domain-bank\n      owner: x\n      owner: y # duplicated by hand\n'
    const plan = run([repo('cim-domain', '0.2.0')], { 'private-domains.yaml': broken })
    expect(plan.files['private-domains.yaml']).toBe(broken)
    expect(plan.changedFiles).not.toContain('private-domains.yaml')
    const status = JSON.parse(plan.files['status.json']!) as StatusFile
    expect(status.problems).toContainEqual(expect.objectContaining({ level: 'error', code: 'registry-file' }))
    expect(status.problems[0]!.message).toContain('left unchanged so that nothing written by hand is lost')
  })

  it('keeps the origins of a stale entry, so that a later readable run re-derives them', () => {
    const first = run([repo('cim-domain', '0.2.0')])
    const stale = run([{ ...repo('cim-domain', '0.2.0'), files: {}, readError: 'timeout' }], first.files)
    const origins = (JSON.parse(stale.files['status.json']!) as StatusFile).modules['cim-domain']!.origins
    expect(origins).toMatchObject({ version: 'declared', description: 'inferred' })
    const readable = run([repo('cim-domain', '0.3.0', {}, { description: 'new words' })], stale.files)
    const modules = (parse(readable.files['modules.yaml']!) as ModulesFile).modules
    expect(modules['cim-domain']).toMatchObject({ version: '0.3.0', description: 'new words' })
  })
})
