/** dist/index.js run the way the Actions runner runs it: INPUT_* env, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, event file. */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, runAction } from '../support/run.js'
import { tempDir, writeTree } from '../support/temp.js'

describe('action: validate', () => {
  it('turns each cim.yaml problem into an annotation on its line and fails the step', () => {
    const repo = writeTree(tempDir(), { 'cim.yaml': 'module:\n  name: cim-thing\n  version: 1.0\n  colour: red\n' })
    const result = runAction({ mode: 'validate' }, { cwd: repo, env: { GITHUB_REPOSITORY: 'example-org/cim-thing' } })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      '::error title=invalid-metadata,file=cim.yaml,line=3,col=12::module.version: must be string, in quotes',
    )
    expect(result.stdout).toContain(
      '::warning title=unknown-key,file=cim.yaml,line=4,col=3::module: unknown key `colour` (ignored)',
    )
    expect(result.stdout).toContain('::error::cim.yaml is not a valid cim.yaml')
    expect(result.outputs).toMatchObject({ valid: 'false', errors: '1' })
  })

  it('checks module.name against the repository and only warns when fail-on-invalid is false', () => {
    const repo = writeTree(tempDir(), { 'cim.yaml': 'module:\n  name: cim-thing\n' })
    const result = runAction(
      { mode: 'validate', 'fail-on-invalid': 'false' },
      { cwd: repo, env: { GITHUB_REPOSITORY: 'example-org/cim-other' } },
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      'title=name-mismatch,file=cim.yaml,line=2,col=9::module.name is "cim-thing" but the repository is "cim-other"',
    )
    expect(result.outputs.valid).toBe('false')
  })

  it('passes a valid file', () => {
    const repo = writeTree(tempDir(), {
      'cim.yaml': 'module:\n  name: cim-thing\n  type: utility\n  version: "2.0.0-rc.1"\n',
    })
    const result = runAction({ mode: 'validate' }, { cwd: repo, env: { GITHUB_REPOSITORY: 'example-org/cim-thing' } })
    expect(result.status).toBe(0)
    expect(result.outputs).toMatchObject({ valid: 'true', errors: '0' })
  })
})

describe('action: update over a local source', () => {
  it('writes the registry, sets the outputs and the job summary; a second run reports no change', () => {
    const registry = join(tempDir(), 'registry')
    const inputs = { mode: 'update', source: join(ROOT, 'examples/org'), 'registry-dir': registry }
    const first = runAction(inputs)
    expect(first.status).toBe(0)
    expect(first.outputs).toMatchObject({ changed: 'true', modules: '14', errors: '1', removed: '[]' })
    expect(JSON.parse(first.outputs.added!)).toHaveLength(14)
    expect(first.stdout).toContain('::error title=cim-bridge%3A invalid-metadata::cim.yaml:6:12: error: module.version')
    expect(first.summary).toContain('<h2>CIM registry update</h2>')
    expect(first.summary).toContain('cim-domain-workflow')
    expect(first.summary).not.toContain('<b>state machines</b>')
    expect(readFileSync(join(registry, 'modules.yaml'), 'utf8')).toContain(
      'repository: "https://github.com/example-org/cim-start"',
    )

    const second = runAction(inputs)
    expect(second.status).toBe(0)
    expect(second.outputs).toMatchObject({ changed: 'false', added: '[]', updated: '[]' })
    expect(second.summary).toContain('No change')
  })

  it('does nothing for a push that changed only the registry directory (its own commit), and runs for any other push', () => {
    const inputs = { mode: 'update', source: join(ROOT, 'examples/org'), 'registry-dir': 'registry' }
    const cwd = tempDir()
    const own = runAction(inputs, {
      cwd,
      eventName: 'push',
      event: { commits: [{ added: ['registry/status.json'], modified: ['registry/modules.yaml'], removed: [] }] },
    })
    expect(own.status).toBe(0)
    expect(own.stdout).toContain('the push changed only the registry directory: nothing to do')
    expect(own.outputs.changed).toBe('false')
    const other = runAction(inputs, {
      cwd,
      eventName: 'push',
      event: { commits: [{ added: ['src/x.ts'], modified: ['registry/README.md'], removed: [] }] },
    })
    expect(other.outputs.changed).toBe('true')
  })

  it('fails with a clear message for an unknown mode', () => {
    const result = runAction({ mode: 'frobnicate' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('::error::input mode is "frobnicate"; it must be one of update, publish, validate')
  })
})
