/**
 * Adopting a hand-kept registry loses nothing: a fixture registry with hand fields on modules without cim.yaml,
 * unknown private domains with comments, a changelog title at the bottom, invalid JSON and literal shell text.
 * The first run carries everything; the second changes nothing.
 */
import { describe, expect, it } from '@jest/globals'
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { ModulesFile, PrivateDomainsFile, StatusFile } from '../../src/format/types.js'
import { ROOT, runCli } from '../support/run.js'
import { tempDir } from '../support/temp.js'

const FIXTURE = join(ROOT, '__tests__/fixtures/adoption')

describe('adopting a hand-kept registry', () => {
  const work = tempDir('cim-adopt-')
  cpSync(FIXTURE, work, { recursive: true })
  const registry = join(work, 'registry')
  const read = (name: string) => readFileSync(join(registry, name), 'utf8')
  const update = () =>
    runCli(['update', '--source', join(work, 'org'), '--registry-dir', registry, '--org', 'acme', '--json'])

  const first = update()
  const modules = (parse(read('modules.yaml')) as ModulesFile).modules
  const status = JSON.parse(read('status.json')) as StatusFile

  it('runs and reports the adoption', () => {
    expect(first.status).toBe(0)
    expect(JSON.parse(first.stdout)).toMatchObject({ changed: true, removed: ['cim-retired'] })
  })

  it('carries hand-kept fields of modules without cim.yaml, and says where each field came from', () => {
    expect(modules['cim-core']).toMatchObject({
      type: 'core',
      version: '1.4.0',
      category: 'infrastructure',
      status: 'production',
      description: 'Hand-written description of the core',
      metadata: 'inferred',
    })
    expect(modules['cim-tools']).toMatchObject({
      type: 'utility',
      category: 'tooling',
      status: 'template',
      version: '0.0.3',
    })
    expect(status.modules['cim-core']!.origins).toMatchObject({
      category: 'carried',
      status: 'carried',
      description: 'carried',
      type: 'carried',
      version: 'inferred',
    })
    // The README's paragraph is only a guess: the hand-written description wins over it.
    expect(modules['cim-domain-orders']).toMatchObject({
      description: 'Orders, carts and checkout',
      category: 'commerce',
      dependencies: { 'cim-core': '=1.4.0' },
    })
  })

  it('lets a declared value win over a carried one', () => {
    expect(modules['cim-domain-ledger']).toMatchObject({
      description: 'Double-entry ledger',
      category: 'finance',
      owner: 'acme-finance',
      status: 'pilot',
      visibility: 'private',
      metadata: 'declared',
    })
    expect(status.modules['cim-domain-ledger']!.origins).toMatchObject({
      description: 'declared',
      owner: 'carried',
      status: 'carried',
    })
  })

  it('keeps unknown private domains, marked not verified, with their comments and the status definitions', () => {
    const text = read('private-domains.yaml')
    const domains = (parse(text) as PrivateDomainsFile).private_domains
    expect(domains.finance!.find((d) => d.name === 'cim-domain-banking')).toMatchObject({
      owner: 'bank-y',
      status: 'planning',
      verified: false,
    })
    expect(domains.healthcare!.find((d) => d.name === 'cim-domain-patient-care')).toMatchObject({
      modules_used: ['cim-core'],
      verified: false,
    })
    expect(domains.finance!.find((d) => d.name === 'cim-domain-ledger')).toMatchObject({
      description: 'Double-entry ledger',
      owner: 'acme-finance',
      modules_used: ['cim-core'],
    })
    expect(text).toContain('# The ledger is ours; owner set by hand')
    expect(text).toContain('owner: "bank-y" # an external customer')
    expect(text).toContain('# Status definitions:\n# - planning: Initial design phase')
    expect(text).toContain('# Private Domain Registry')
    expect(text).not.toContain('$(date')
  })

  it('replaces invalid status.json and literal shell text', () => {
    expect(status.schema_version).toBe(1)
    expect(status.totals.modules).toBe(4)
    for (const name of ['modules.yaml', 'status.json', 'private-domains.yaml', 'changelog.md', 'README.md'])
      expect(read(name)).not.toContain('$(date')
  })

  it('moves the changelog title to the top once, keeps the old entries below the adoption entry', () => {
    const changelog = read('changelog.md')
    expect(changelog.startsWith('# CIM Registry Changelog\n\n## 2026-01-01\n')).toBe(true)
    expect(changelog.match(/# CIM Registry Changelog/g)).toHaveLength(1)
    expect(changelog).toContain('Registry adopted by cim-registry-action')
    expect(changelog).toContain(
      'Carried category from the hand-kept files for 3: cim-core, cim-domain-orders, cim-tools',
    )
    expect(changelog).toContain('Carried owner from the hand-kept files for 1: cim-domain-ledger')
    expect(changelog).toContain(
      'Kept 2 private domains that no repository matches (verified: false): cim-domain-banking, cim-domain-patient-care',
    )
    expect(changelog).toContain('status.json is not valid JSON')
    expect(changelog).toContain('**cim-retired** removed')
    expect(changelog.indexOf('Registry adopted')).toBeLessThan(changelog.indexOf('## 2025-08-02'))
    expect(changelog.trimEnd().endsWith('- Registry updated at 2025-08-01T18:10:19+00:00')).toBe(true)
  })

  it('changes nothing on the second run', () => {
    const before = ['modules.yaml', 'status.json', 'private-domains.yaml', 'changelog.md', 'README.md'].map(read)
    const second = update()
    expect(JSON.parse(second.stdout)).toMatchObject({ changed: false, files: [] })
    expect(['modules.yaml', 'status.json', 'private-domains.yaml', 'changelog.md', 'README.md'].map(read)).toEqual(
      before,
    )
  })

  it('treats an unparsable modules.yaml as absent, with a warning, and carries what private-domains.yaml holds', () => {
    const other = tempDir('cim-adopt-bad-')
    cpSync(FIXTURE, other, { recursive: true })
    writeFileSync(join(other, 'registry/modules.yaml'), 'modules:\n  cim-core: [unclosed\n')
    const result = runCli(['update', '--source', join(other, 'org'), '--registry-dir', join(other, 'registry')])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('warning: modules.yaml could not be parsed and is treated as absent')
    const adopted = (parse(readFileSync(join(other, 'registry/modules.yaml'), 'utf8')) as ModulesFile).modules
    expect(adopted['cim-domain-ledger']).toMatchObject({ owner: 'acme-finance', status: 'pilot' })
    expect(readFileSync(join(other, 'registry/changelog.md'), 'utf8')).toContain('modules.yaml could not be parsed')
  })
})
