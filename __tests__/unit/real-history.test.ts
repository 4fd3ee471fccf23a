/**
 * Four real TheCowboyAI repositories (their tags, manifests and the cim part of their lock files, trimmed from the
 * history research data into __tests__/fixtures/real-history) made into real git repositories by
 * scripts/history-from-json.mjs, read by the local source as checkouts and as bundles: what the registry says.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { RegistryClient } from '../../src/client/client.js'
import { compileModulePattern } from '../../src/metadata/names.js'
import { updateFromLocalSource } from '../../src/modes/update-local.js'
import type { StatusFile } from '../../src/format/types.js'
import { ROOT } from '../support/run.js'
import { expectSummariesAnswerAsLines } from '../support/history-summaries.js'
import { tempDir } from '../support/temp.js'

const FIXTURE = join(ROOT, '__tests__/fixtures/real-history')

async function registryOf(bundle: boolean) {
  const root = tempDir('cim-real-history-')
  execFileSync(process.execPath, [
    join(ROOT, 'scripts/history-from-json.mjs'),
    FIXTURE,
    join(root, 'org'),
    ...(bundle ? ['--bundle'] : []),
  ])
  const registryDir = join(root, 'registry')
  await updateFromLocalSource({
    source: join(root, 'org'),
    registryDir,
    modulePattern: compileModulePattern(),
    org: 'TheCowboyAI',
    date: '2026-12-06',
  })
  return { root, registryDir, client: new RegistryClient({ directory: registryDir }) }
}

describe.each([
  ['checkouts', false],
  ['bundles', true],
])('the real history as %s', (_, bundle) => {
  it('finds the tags that disagree with their manifest, and the locks behind their manifests', async () => {
    const { registryDir, client } = await registryOf(bundle)
    const status = JSON.parse(readFileSync(join(registryDir, 'status.json'), 'utf8')) as StatusFile
    const mismatched = Object.entries(status.modules).flatMap(([name, module]) =>
      module.problems
        .filter((p) => p.code === 'tag-version-mismatch')
        .map((p) => `${name} ${/tag (\S+)/.exec(p.message)![1]}`),
    )
    expect(mismatched.sort()).toEqual([
      'cim-domain v0.3.0',
      'cim-domain-organization v0.3.0',
      'cim-domain-organization v0.8.1',
      'cim-domain-person v0.3.0',
      'cim-domain-person v0.8.1',
    ])
    // The manifest asks for cim-domain tag v0.8.1; the committed lock still pins 0.7.8 from the main branch.
    const organization = await client.compat('cim-domain-organization')
    expect(organization['cim-domain']).toMatchObject({
      declared: '=0.8.1',
      locked: '0.7.8',
      newest: '0.8.1',
      satisfied: true,
    })
    const drift = await client.drift()
    expect(drift.map((d) => [d.module, d.dependency, d.locked, d.source, d.reproducible])).toEqual([
      ['cim-domain-organization', 'cim-domain', '0.7.8', 'git-branch', false],
      ['cim-domain-person', 'cim-domain', '0.7.8', 'path', false],
    ])
    expect((await client.versions('cim-graph')).map((v) => v.version)).toEqual([
      '0.5.0',
      '0.8.0',
      '0.8.1',
      '0.9.0',
      '0.9.1',
      '0.9.2',
      '0.9.3',
    ])
  })

  it('resolves, and explains why cim-graph holds the newest domains back', async () => {
    const { registryDir, client } = await registryOf(bundle)
    expect(await client.resolve(['cim-domain-person', 'cim-domain-organization'])).toEqual({
      ok: true,
      versions: { 'cim-domain': '0.8.1', 'cim-domain-organization': '0.8.1', 'cim-domain-person': '0.8.1' },
    })
    const clash = await client.resolve(['cim-domain-organization@0.8.1', 'cim-graph'])
    expect(clash).toEqual({
      ok: false,
      explanation: expect.stringContaining('every version of cim-graph depends on cim-domain =0.7.8'),
    })
    const readme = readFileSync(join(registryDir, 'README.md'), 'utf8')
    expect(readme).toContain('held back by')
    expect(readme).toContain('cim-graph 0.9.3 (requires cim-domain =0.7.8, newest 0.8.1)')
  })

  it("renders the same registry from the heads' summaries as from every module's lines", async () => {
    const { root, registryDir } = await registryOf(bundle)
    await expectSummariesAnswerAsLines(join(root, 'org'), registryDir, compileModulePattern())
  })
})
