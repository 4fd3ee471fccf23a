/**
 * The package as consumers get it: the library export (dist/lib with its declarations) and the query commands
 * of the bundled CLI, run as processes.
 */
import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runCli } from '../support/run.js'
import { tempDir } from '../support/temp.js'

const registry = join(tempDir('cim-package-'), 'registry')
beforeAll(() => {
  expect(
    runCli(['update', '--source', join(ROOT, 'examples/org'), '--registry-dir', registry, '--org', 'example-org'])
      .status,
  ).toBe(0)
})

describe('the library export', () => {
  it('resolves by package name to the bundled ESM library and its type declarations', () => {
    const project = tempDir('cim-consumer-')
    mkdirSync(join(project, 'node_modules'))
    symlinkSync(ROOT, join(project, 'node_modules/cim-registry-action'))
    writeFileSync(
      join(project, 'query.mjs'),
      `import { RegistryClient, ModuleNotFoundError } from 'cim-registry-action'
const client = new RegistryClient({ directory: ${JSON.stringify(registry)} })
const domains = (await client.listByType('domain')).map((m) => m.name)
let missing = ''
try { await client.getModule('cim-nope') } catch (error) { missing = error instanceof ModuleNotFoundError ? 'not found' : String(error) }
console.log(JSON.stringify({ domains, version: (await client.getModule('cim-domain')).version, missing }))`,
    )
    const out = JSON.parse(execFileSync(process.execPath, ['query.mjs'], { cwd: project, encoding: 'utf8' }))
    expect(out).toEqual({
      domains: [
        'cim-domain-identity',
        'cim-domain-location',
        'cim-domain-mortgage',
        'cim-domain-patient-care',
        'cim-domain-person',
        'cim-domain-workflow',
      ],
      version: '0.3.0',
      missing: 'not found',
    })
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
    expect(existsSync(join(ROOT, pkg.exports['.'].types))).toBe(true)
    expect(readFileSync(join(ROOT, pkg.exports['.'].types), 'utf8')).toContain('RegistryClient')
  })
})

describe('cim-registry query commands', () => {
  it('lists modules as JSON', () => {
    const result = runCli(['list', '--registry', registry, '--json'])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toHaveLength(14)
  })

  it('exits 1 with suggestions for an unknown module', () => {
    const result = runCli(['get', 'cim-domian', '--registry', registry])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('cim-domain')
  })

  it('exits 2 when no registry is named', () => {
    const result = runCli(['list'], { env: { CIM_REGISTRY: '' } })
    expect(result.status).toBe(2)
  })

  it('shows dependents with the ranges they need', () => {
    const result = runCli(['dependents', 'cim-domain', '--registry', registry])
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('cim-domain-workflow')
    expect(result.stdout).toContain('^0.2')
  })
})
