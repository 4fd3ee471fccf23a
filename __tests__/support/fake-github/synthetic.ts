/**
 * A deterministic organization of any size for tests and benchmarks: the registry repository `cim`, `cim-*` module
 * repositories shaped like the real organization's (Rust crates whose Cargo.toml has git dependencies on earlier
 * modules, some workspaces, tags), a share with cim.yaml, and the repositories a listing must cope with: private,
 * archived, forks, and repositories that are not modules.
 *
 * Everything derives from the repository's index, so the same call gives the same organization, and 10,000
 * repositories take a few tens of milliseconds.
 */
import type { OrgSnapshot, SnapshotRepository } from './types.js'

export interface SyntheticOrgOptions {
  /** Default `synthetic-org`. */
  org?: string
  /** Files of the registry repository `cim` (e.g. registry/modules.yaml); default a README only. */
  registryFiles?: Record<string, string>
  /** Every n-th repository is private (default 10), archived (default 33), a fork (default 50), not a module (default 20). */
  privateEvery?: number
  archivedEvery?: number
  forkEvery?: number
  nonModuleEvery?: number
  /** Every n-th module declares a cim.yaml (default 5); every n-th is a Cargo workspace with member crates (default 25). */
  cimYamlEvery?: number
  workspaceEvery?: number
}

const WORDS = [
  'ledger',
  'orders',
  'identity',
  'policy',
  'workflow',
  'location',
  'document',
  'agent',
  'graph',
  'events',
  'keys',
  'security',
  'nats',
  'ipld',
  'bridge',
  'dialog',
  'person',
  'organization',
  'inventory',
  'billing',
  'mortgage',
  'git',
  'nix',
  'compose',
  'projection',
  'conceptual',
  'spaces',
  'infrastructure',
  'storage',
  'audit',
]

const BASE_TIME = Date.parse('2025-01-01T00:00:00Z')

export function syntheticOrg(count: number, options: SyntheticOrgOptions = {}): OrgSnapshot {
  if (!Number.isInteger(count) || count < 1)
    throw new Error(`syntheticOrg: count must be a positive integer, got ${count}`)
  const org = options.org ?? 'synthetic-org'
  const every = {
    private: options.privateEvery ?? 10,
    archived: options.archivedEvery ?? 33,
    fork: options.forkEvery ?? 50,
    nonModule: options.nonModuleEvery ?? 20,
    cimYaml: options.cimYamlEvery ?? 5,
    workspace: options.workspaceEvery ?? 25,
  }
  const repositories: SnapshotRepository[] = [
    {
      name: 'cim',
      description: 'The CIM module registry',
      topics: ['cim-registry'],
      pushed_at: iso(0),
      files: { 'README.md': '# CIM registry\n', ...options.registryFiles },
    },
  ]
  const modules: string[] = []
  for (let i = 1; i < count; i++) {
    const word = WORDS[i % WORDS.length]!
    if (i % every.nonModule === 0) {
      const files = { 'README.md': `# tools-${word}\n` }
      const name = `tools-${word}-${i}`
      repositories.push({
        name,
        description: `Internal ${word} tooling`,
        topics: [],
        private: i % every.private === 0,
        pushed_at: iso(i),
        files,
      })
      continue
    }
    const domain = i % 3 === 0
    const name = domain ? `cim-domain-${word}-${i}` : `cim-${word}-${i}`
    const version = `0.${i % 10}.${i % 7}`
    // Up to three dependencies on earlier modules: a DAG, like the real organization's crates.
    const dependencies = [
      modules[(i * 7) % Math.max(modules.length, 1)],
      modules[(i * 13) % Math.max(modules.length, 1)],
      modules[i % 5],
    ]
      .filter((dependency): dependency is string => dependency !== undefined)
      .filter((dependency, k, all) => all.indexOf(dependency) === k)
      .slice(0, i % 4)
    const files: Record<string, string> = {
      'Cargo.toml': cargoToml(org, name, version, dependencies, i % every.workspace === 0),
      'README.md': `# ${name}\n\nThe ${word} ${domain ? 'domain' : 'module'} of the synthetic organization.\n`,
    }
    if (i % every.workspace === 0) {
      files['crates/core/Cargo.toml'] = cargoToml(org, `${name}-core`, version, dependencies.slice(0, 1), false)
      files['crates/api/Cargo.toml'] = cargoToml(org, `${name}-api`, version, [], false)
    }
    if (i % every.cimYaml === 0) files['cim.yaml'] = cimYaml(name, domain ? 'domain' : 'core', version, dependencies)
    repositories.push({
      name,
      description: i % 11 === 0 ? null : `The ${word} ${domain ? 'domain' : 'module'} (${i})`,
      // The topic convention as a real organization keeps it (all of thecowboyai's modules carry cim-module), with
      // one module in 23 that forgot cim-module, so that the checks have something to say.
      topics: [
        'cim',
        ...(i % 23 === 0 ? [] : ['cim-module']),
        ...(domain ? [i % every.private === 0 ? 'cim-private' : 'cim-domain'] : []),
        ...(i % 17 === 0 ? [word] : []),
      ],
      private: i % every.private === 0,
      archived: i % every.archived === 0,
      fork: i % every.fork === 0,
      pushed_at: iso(i),
      tags: i % 4 === 0 ? [] : [`v0.${i % 10}.0`, `v${version}`].filter((tag, k, all) => all.indexOf(tag) === k),
      files,
    })
    if (!(i % every.fork === 0)) modules.push(name)
  }
  return { org, repositories }
}

function cargoToml(org: string, name: string, version: string, dependencies: string[], workspace: boolean): string {
  const lines = ['[package]', `name = "${name}"`, `version = "${version}"`, 'edition = "2021"', '']
  if (workspace) lines.push('[workspace]', 'members = ["crates/*"]', '')
  lines.push('[dependencies]', 'serde = { version = "1.0", features = ["derive"] }')
  dependencies.forEach((dependency, k) => {
    const pin = k % 2 === 0 ? 'branch = "main"' : 'tag = "v0.1.0"'
    lines.push(`${dependency} = { git = "https://github.com/${org}/${dependency}", ${pin} }`)
  })
  lines.push('', '[dev-dependencies]', 'tokio = "1"', '')
  return lines.join('\n')
}

function cimYaml(name: string, type: string, version: string, dependencies: string[]): string {
  const lines = [
    'module:',
    `  name: ${name}`,
    `  type: ${type}`,
    `  version: "${version}"`,
    `  description: "${name} declared in cim.yaml"`,
  ]
  if (dependencies.length > 0) {
    lines.push('  dependencies:')
    for (const dependency of dependencies) lines.push(`    - ${dependency}: "*"`)
  }
  return `${lines.join('\n')}\n`
}

function iso(i: number): string {
  return new Date(BASE_TIME + i * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
