/** The metadata layer on its own: names, versions, manifests, README summaries, and one snapshot -> one record. */
import { describe, expect, it } from '@jest/globals'
import { describeModule, typeByConvention } from '../../src/metadata/describe.js'
import { cargoWorkspaceMembers, readManifests } from '../../src/metadata/manifests.js'
import { compileModulePattern, isModuleName } from '../../src/metadata/names.js'
import { readmeSummary } from '../../src/metadata/readme.js'
import { cargoRequirementToRange, highestTagVersion, satisfiesRange } from '../../src/metadata/semver.js'
import type { RepositorySnapshot } from '../../src/format/types.js'

const pattern = compileModulePattern()

function snapshot(
  name: string,
  files: RepositorySnapshot['files'],
  extra: Partial<RepositorySnapshot> = {},
): RepositorySnapshot {
  return {
    name,
    url: null,
    description: null,
    topics: [],
    visibility: null,
    archived: false,
    headCommit: null,
    committedAt: null,
    tags: [],
    files,
    ...extra,
  }
}

describe('names and patterns', () => {
  it('accepts module names and refuses the rest', () => {
    expect(['cim', 'cim-domain', 'cim-a1-b2'].every(isModuleName)).toBe(true)
    expect(['', 'Cim', 'cim--x', '-cim', 'cim-', '../x', 'a b', 'x'.repeat(101)].some(isModuleName)).toBe(false)
  })

  it('matches cim and cim-* by default and custom globs when configured', () => {
    expect(['cim', 'cim-x'].map(pattern.matches)).toEqual([true, true])
    expect(['cimx', 'alchemist'].map(pattern.matches)).toEqual([false, false])
    expect(compileModulePattern('acme-*, tools').matches('acme-core')).toBe(true)
    expect(() => compileModulePattern('a/b')).toThrow('may hold only')
  })
})

describe('versions', () => {
  it('reads Cargo requirements as Cargo does', () => {
    expect(cargoRequirementToRange('0.3')).toBe('^0.3')
    expect(cargoRequirementToRange('>=1.2, <1.5')).toBe('>=1.2 <1.5')
    expect(cargoRequirementToRange('=0.3.0')).toBe('=0.3.0')
    expect(cargoRequirementToRange('nope')).toBeNull()
  })

  it('picks the highest semver tag and handles prereleases as semver does', () => {
    expect(highestTagVersion(['v0.9.0', 'v0.10.0-alpha.1', 'release', '0.9.5'])).toBe('0.10.0-alpha.1')
    expect(highestTagVersion(['latest'])).toBeNull()
    expect(satisfiesRange('0.10.0-alpha.1', '^0.9')).toBe(false)
    expect(satisfiesRange('0.10.0-alpha.1', '>=0.10.0-alpha.0')).toBe(true)
  })
})

describe('manifests', () => {
  it('reads dependencies of the root and workspace members, but not dev-deps, vendor/ or the workspace itself', () => {
    const files = {
      'Cargo.toml':
        '[workspace]\nmembers = ["crates/*", "tools/x"]\nexclude = ["crates/skip"]\n[workspace.package]\nversion = "2.1.0"\n[package]\nname = "cim-root"\nversion.workspace = true\n[workspace.dependencies]\ncim-a = "1.2"\n[target.\'cfg(unix)\'.dependencies]\ncim-unix = { git = "https://x/cim-unix", tag = "v0.4.0" }\n',
      'crates/one/Cargo.toml':
        '[package]\nname = "cim-root-one"\n[dependencies]\ncim-root = { path = "../.." }\ncim-b = { git = "https://x/cim-b", branch = "main" }\ncim-a = { workspace = true }\n[dev-dependencies]\ncim-test = "1"\n[build-dependencies]\ncim-build = "1"\n',
      'crates/skip/Cargo.toml': '[package]\nname = "skip"\n[dependencies]\ncim-skipped = "1"\n',
      'tools/x/Cargo.toml':
        '[package]\nname = "x"\n[dependencies]\nrenamed = { package = "cim_c", version = "0.1" }\nserde = "1"\n',
      'vendor/cim-v/Cargo.toml': '[package]\nname = "cim-v"\n[dependencies]\ncim-vendored = "1"\n',
      'package.json': '{"dependencies": {"cim-web": "^3.0.0", "cim-git": "github:acme/cim-git", "left-pad": "1"}}',
    }
    const facts = readManifests('cim-root', files, pattern)
    expect(facts.version).toBe('2.1.0')
    expect(facts.dependencies).toEqual({
      'cim-a': '^1.2',
      'cim-unix': '=0.4.0',
      'cim-b': '*',
      'cim-c': '^0.1',
      'cim-web': '^3.0.0',
      'cim-git': '*',
    })
    expect(facts.problems).toEqual([])
  })

  it('falls back from Cargo.toml to package.json for the version', () => {
    expect(readManifests('cim-x', { 'package.json': '{"version": "0.2.0"}' }, pattern).version).toBe('0.2.0')
  })

  it('keeps dependencies on modules named like Object.prototype members', () => {
    const files = {
      'Cargo.toml': '[package]\nname = "cim-x"\n[dependencies]\nconstructor = "1.2"\ncim-a = "0.1"\n',
      'package.json': '{"dependencies": {"constructor": "^1.3.0"}}',
    }
    // `constructor` is a valid module name and a property every plain object inherits.
    const facts = readManifests('cim-x', files, compileModulePattern('constructor,cim-*'))
    expect(facts.dependencies).toEqual({ constructor: '^1.2', 'cim-a': '^0.1' })
  })

  it('never takes a workspace member glob that leads out of the repository', () => {
    const toml = '[workspace]\nmembers = ["crates/*", "../other", "..", "a/../../b", "/etc", "a..b"]\n'
    expect(cargoWorkspaceMembers(toml)).toEqual({
      members: ['crates/*', 'a..b'],
      exclude: [],
      outside: ['../other', '..', 'a/../../b', '/etc'],
    })
    const facts = readManifests(
      'cim-x',
      {
        'Cargo.toml': `[package]\nname = "cim-x"\n${toml}`,
        '../other/Cargo.toml': '[dependencies]\ncim-leaked = "1"\n',
      },
      pattern,
    )
    expect(facts.dependencies).toEqual({})
    expect(facts.problems.map((problem) => problem.message)).toContain(
      'Cargo.toml: workspace member "../other" is outside the repository; ignored',
    )
  })
})

describe('README summary', () => {
  it('takes the first paragraph of prose, without badges, headings or Markdown', () => {
    const readme =
      '# Title\n\n[![ci](x.svg)](y)\n<p align="center">x</p>\n\nThe **first** paragraph with a [link](http://x)\nand a second line.\n\nSecond paragraph.'
    expect(readmeSummary(readme)).toBe('The first paragraph with a link and a second line.')
    expect(readmeSummary('# Only a title\n')).toBeNull()
    expect(readmeSummary(`${'word '.repeat(100)}`)!.length).toBeLessThanOrEqual(301)
  })
})

describe('describeModule', () => {
  it('infers everything from the repository when there is no cim.yaml', () => {
    const record = describeModule(
      snapshot(
        'cim-domain-x',
        { 'Cargo.toml': '[package]\nname = "cim-domain-x"\nversion = "0.1.0"\n' },
        { description: ' Hello ', tags: ['v9.9.9'] },
      ),
      { modulePattern: pattern },
    )
    expect(record).toMatchObject({
      metadata: 'inferred',
      fields: { type: 'domain', version: '0.1.0', description: 'Hello' },
    })
    expect(record.origins).toEqual({ type: 'inferred', version: 'inferred', description: 'inferred' })
    expect(record.defaults).toEqual(['type'])
    expect(record.problems.map((p) => p.code)).toEqual(['missing-cim-yaml'])
  })

  it('lets declared values win, fills the gaps by inference, and takes visibility from the repository', () => {
    const record = describeModule(
      snapshot(
        'cim-x',
        {
          'cim.yaml': 'module:\n  name: cim-x\n  type: utility\n  visibility: public\n',
          'Cargo.toml': '[package]\nversion = "1.0.0"\n[dependencies]\ncim-y = "1"\n',
        },
        { visibility: 'private', tags: ['v0.1.0'] },
      ),
      { modulePattern: pattern },
    )
    expect(record).toMatchObject({
      metadata: 'declared',
      visibility: 'private',
      fields: { type: 'utility', version: '1.0.0' },
      dependencies: { 'cim-y': '^1' },
    })
    expect(record.origins).toMatchObject({ type: 'declared', version: 'inferred' })
    expect(record.problems.map((p) => p.message)).toContain(
      'cim.yaml says visibility public but the repository is private; the repository wins',
    )
  })

  it('takes a declared dependency on a module named constructor, once, and still sees one listed twice', () => {
    const declared = describeModule(
      snapshot('cim-x', { 'cim.yaml': 'module:\n  name: cim-x\n  dependencies:\n    constructor: "^1"\n' }),
      { modulePattern: pattern },
    )
    expect(declared.problems).toEqual([])
    expect(declared.dependencies).toEqual({ constructor: '^1' })
    const twice = describeModule(
      snapshot('cim-x', {
        'cim.yaml': 'module:\n  name: cim-x\n  dependencies:\n    - constructor: "^1"\n    - constructor: "^1.2"\n',
      }),
      { modulePattern: pattern },
    )
    expect(twice.problems.map((p) => p.message)).toEqual(['dependency constructor is listed twice'])
  })

  it('uses the template topic and the highest tag', () => {
    expect(typeByConvention({ name: 'cim-start', topics: [] })).toBe('template')
    expect(typeByConvention({ name: 'cim-foo', topics: ['template'] })).toBe('template')
    expect(
      describeModule(snapshot('cim-t', {}, { tags: ['v0.2.0', 'v0.10.0'] }), { modulePattern: pattern }).fields.version,
    ).toBe('0.10.0')
  })
})
