/**
 * A realistic organization for the GitHub integration tests, shaped like the real one this project is for: Rust
 * crates with Cargo.toml git dependencies on each other (tags and branches), workspaces, prereleases, most modules
 * without cim.yaml, private domains, an archived module, a fork, a cim-named repository without the topic, repos
 * that are not modules, and the registry repository itself.
 */
import type { OrgSnapshot, SnapshotRepository } from './fake-github/types.js'

export const ORG = 'acme'
export const REGISTRY_REPO = 'cim'

const CORE = [
  'cim-domain',
  'cim-ipld',
  'cim-subject',
  'cim-component',
  'cim-bridge',
  'cim-keys',
  'cim-security',
  'cim-network',
  'cim-infrastructure',
  'cim-compose',
  'cim-contextgraph',
  'cim-conceptgraph',
  'cim-workflow-graph',
  'cim-ipld-graph',
]
const DOMAINS = [
  'identity',
  'person',
  'organization',
  'document',
  'workflow',
  'policy',
  'location',
  'agent',
  'conceptualspaces',
  'dialog',
  'git',
  'nix',
  'graph',
  'bevy',
]

/** Version of each module's Cargo.toml (or cim.yaml); a prerelease among them, as in the real org. */
export function moduleVersion(name: string): string {
  if (name === 'cim-domain') return '0.8.1'
  if (name === 'cim-ipld') return '0.10.0-alpha.1'
  return `0.${(name.length % 5) + 1}.${name.length % 3}`
}

function cargo(name: string, deps: string[], extra = ''): string {
  const lines = deps.map((dep, i) =>
    i % 2 === 0
      ? `${dep} = { git = "https://github.com/AcMe/${dep}", tag = "v${moduleVersion(dep)}" }`
      : `${dep} = { git = "https://github.com/AcMe/${dep}.git", branch = "main" }`,
  )
  return `[package]\nname = "${name}"\nversion = "${moduleVersion(name)}"\nedition = "2021"\n${extra}\n[dependencies]\nserde = "1"\n${lines.join('\n')}\n\n[dev-dependencies]\ncim-test-utils = "0.1"\n`
}

let commitCounter = 0
function repo(name: string, fields: Partial<SnapshotRepository>): SnapshotRepository {
  commitCounter++
  return {
    name,
    description: `${name}: part of the Composable Information Machine`,
    topics: ['cim', 'cim-module'],
    private: false,
    archived: false,
    fork: false,
    default_branch: 'main',
    head_commit: commitCounter.toString(16).padStart(2, '0').repeat(20),
    pushed_at: `2025-0${(commitCounter % 9) + 1}-1${commitCounter % 9}T10:00:00-07:00`,
    files: {},
    tags: [],
    ...fields,
  }
}

export function realisticOrg(): OrgSnapshot {
  commitCounter = 0
  const repositories: SnapshotRepository[] = []
  for (const name of CORE) {
    const deps = name === 'cim-domain' ? [] : ['cim-domain', ...(name.includes('graph') ? ['cim-ipld'] : [])]
    repositories.push(repo(name, { files: { 'Cargo.toml': cargo(name, deps) }, tags: [`v${moduleVersion(name)}`] }))
  }
  for (const domain of DOMAINS) {
    const name = `cim-domain-${domain}`
    const deps = ['cim-domain', 'cim-subject', ...(domain === 'policy' ? ['cim-security'] : [])]
    repositories.push(repo(name, { topics: ['cim', 'domain'], files: { 'Cargo.toml': cargo(name, deps) } }))
  }
  // A workspace: the root declares members, one member depends on another module.
  repositories.push(
    repo('cim-graph', {
      description: null,
      files: {
        'Cargo.toml': `[workspace]\nmembers = ["crates/*"]\n\n[workspace.package]\nversion = "0.5.0"\n\n[package]\nname = "cim-graph"\nversion.workspace = true\n`,
        'crates/cim-graph-core/Cargo.toml': cargo('cim-graph-core', ['cim-domain']).replace(
          /version = "[^"]+"/,
          'version.workspace = true',
        ),
        'README.md':
          '# cim-graph\n\n[![CI](https://example.invalid/b.svg)](https://example.invalid)\n\nGraph abstractions shared by the CIM graph modules.\n',
      },
    }),
  )
  // Modules that declare themselves.
  repositories.push(
    repo('cim-start', {
      topics: ['cim', 'template'],
      files: {
        'cim.yaml':
          'module:\n  name: cim-start\n  type: template\n  version: "0.1.0"\n  description: "Starting template for a CIM"\n  dependencies:\n    - cim-domain: "^0.8"\n',
      },
    }),
    repo('cim-domain-mortgage', {
      private: true,
      topics: ['cim'],
      files: {
        'cim.yaml':
          'module:\n  name: cim-domain-mortgage\n  type: domain\n  version: "0.1.0"\n  description: "Private mortgage lending"\n  visibility: private\n  category: financial-services\n  owner: "lender-x"\n  status: development\n  dependencies:\n    cim-domain: "^0.8"\n    cim-domain-identity: "*"\n',
      },
    }),
    repo('cim-domain-patient-care', {
      private: true,
      topics: ['cim'],
      files: { 'Cargo.toml': cargo('cim-domain-patient-care', ['cim-domain', 'cim-domain-person']) },
    }),
    repo('cim-legacy', { archived: true, files: { 'Cargo.toml': cargo('cim-legacy', ['cim-domain']) } }),
  )
  // Not modules: a fork, a cim-named repository without the topic, ordinary repositories, the registry itself.
  repositories.push(
    repo('cim-domain-fork', { fork: true, files: { 'Cargo.toml': cargo('cim-domain-fork', []) } }),
    repo('cim-forgotten', { topics: [], files: { 'Cargo.toml': cargo('cim-forgotten', ['cim-domain']) } }),
    repo('alchemist', { topics: [], files: { 'Cargo.toml': cargo('alchemist', ['cim-domain', 'cim-bridge']) } }),
    repo('www', { topics: [], files: { 'package.json': '{"name": "www", "version": "1.0.0"}' } }),
    repo(REGISTRY_REPO, {
      topics: [],
      description: 'The CIM module registry',
      files: { 'README.md': '# cim\n', 'registry/.keep': '' },
    }),
  )
  return { org: ORG, repositories }
}

/** Names of the repositories that are modules in realisticOrg(). */
export function realisticModules(): string[] {
  return [
    ...CORE,
    ...DOMAINS.map((d) => `cim-domain-${d}`),
    'cim-graph',
    'cim-start',
    'cim-domain-mortgage',
    'cim-domain-patient-care',
    'cim-legacy',
  ].sort()
}
