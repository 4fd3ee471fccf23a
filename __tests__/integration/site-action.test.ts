/**
 * The site through the bundles, as users run it: `mode: site` in the action (by default reading the registry that
 * update committed, through the contents API) and `cim-registry site` from dist/cli.js. Both find the site's static
 * files that scripts/bundle.mjs copies beside the bundles. The example registry workflow deploys what they write.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { engineRegistryOf, startRegistryServer, type RegistryServer } from '../support/registry-server.js'
import { ROOT, runActionAsync, runCli } from '../support/run.js'
import { listFiles, tempDir, writeTree } from '../support/temp.js'

const TOKEN = 'ghs_site-action-token-0123456789'
const PRIVATE = ['cim-domain-mortgage', 'cim-domain-patient-care']

let example: Record<string, string>
let server: RegistryServer

beforeAll(async () => {
  example = await engineRegistryOf(join(ROOT, 'examples/org'), 'example-org')
  server = await startRegistryServer()
})
afterAll(() => server.close())

describe('mode: site', () => {
  it('builds the site of the registry update committed, read through the contents API with the token', async () => {
    server.serveRegistry('/repos/example-org/cim/contents/registry', example)
    const workspace = tempDir('cim-site-ws-')
    const result = await runActionAsync(
      { mode: 'site', token: TOKEN, branch: 'main' },
      { cwd: workspace, env: { GITHUB_API_URL: server.origin } },
    )
    expect(result.status).toBe(0)
    expect(result.outputs).toEqual({ 'site-dir': 'site', modules: '12' })
    expect(result.stdout).toContain('12 modules, 2 private left out')
    // The runner's mask command names the token once, so that it hides it everywhere else.
    expect(result.stdout.replace(`::add-mask::${TOKEN}\n`, '')).not.toContain(TOKEN)
    const files = listFiles(join(workspace, 'site'))
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        'graph.html',
        'assets/site.js',
        'assets/minisearch.js',
        'modules/cim-domain.html',
      ]),
    )
    for (const file of files)
      for (const name of PRIVATE) expect(readFileSync(join(workspace, 'site', file), 'utf8')).not.toContain(name)
    const read = server.requests.filter((request) =>
      request.url.startsWith('/repos/example-org/cim/contents/registry/'),
    )
    expect(read.map((request) => request.url).sort()).toEqual(
      [
        '/repos/example-org/cim/contents/registry/changelog.md?ref=main',
        // No version history: the listing of the history folder answers 404, and no module's file is asked for.
        '/repos/example-org/cim/contents/registry/history?ref=main',
        '/repos/example-org/cim/contents/registry/modules.yaml?ref=main',
        '/repos/example-org/cim/contents/registry/status.json?ref=main',
      ].sort(),
    )
    for (const request of read) expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`)
  }, 60_000)

  it('reads a registry folder named by site-registry, shows private modules when asked, and fails clearly', async () => {
    const workspace = writeTree(
      tempDir('cim-site-ws-'),
      Object.fromEntries(Object.entries(example).map(([name, text]) => [`registry/${name}`, text])),
    )
    const all = await runActionAsync(
      { mode: 'site', 'site-registry': 'registry', 'include-private': 'true', 'site-dir': 'public' },
      { cwd: workspace },
    )
    expect(all.status).toBe(0)
    expect(all.outputs).toEqual({ 'site-dir': 'public', modules: '14' })
    expect(listFiles(join(workspace, 'public'))).toContain('modules/cim-domain-mortgage.html')
    const missing = await runActionAsync({ mode: 'site', 'site-registry': 'nowhere' }, { cwd: workspace })
    expect(missing.status).toBe(1)
    expect(missing.stdout).toMatch(/::error::.*nowhere: no such directory/)
  }, 60_000)
})

describe('cim-registry site (dist/cli.js)', () => {
  it('writes the same site as the action, byte for byte', async () => {
    const registry = writeTree(tempDir('cim-site-reg-'), example)
    const out = join(tempDir('cim-site-cli-'), 'site')
    const run = runCli(['site', '--registry', registry, '--out', out])
    expect(run).toMatchObject({ status: 0, stderr: '' })
    expect(run.stdout).toMatch(/^wrote \d+ files \(\d+ kB\) to .*: 12 modules \(2 private left out\)\n$/)
    const workspace = writeTree(
      tempDir('cim-site-ws-'),
      Object.fromEntries(Object.entries(example).map(([name, text]) => [`registry/${name}`, text])),
    )
    expect((await runActionAsync({ mode: 'site', 'site-registry': 'registry' }, { cwd: workspace })).status).toBe(0)
    const files = listFiles(out)
    expect(listFiles(join(workspace, 'site'))).toEqual(files)
    for (const file of files)
      expect(readFileSync(join(workspace, 'site', file), 'utf8')).toBe(readFileSync(join(out, file), 'utf8'))
  }, 60_000)
})

describe('the example registry workflow', () => {
  it('builds the site after update and deploys it with upload-pages-artifact and deploy-pages', () => {
    type Step = { uses?: string; with?: Record<string, string>; id?: string }
    const workflow = parse(readFileSync(join(ROOT, 'examples/workflows/registry-repo.yml'), 'utf8')) as {
      jobs: Record<
        string,
        { steps: Step[]; needs?: string; permissions?: Record<string, string>; environment?: { name: string } }
      >
    }
    const steps = workflow.jobs.update!.steps
    const modes = steps.map((step) => step.with?.mode ?? step.uses?.replace(/@.*/, ''))
    expect(modes).toEqual(['update', 'site', 'actions/upload-pages-artifact'])
    expect(steps[2]!.with!.path).toBe(steps[1]!.with!['site-dir'])
    expect(workflow.jobs.pages).toMatchObject({
      needs: 'update',
      permissions: { pages: 'write', 'id-token': 'write' },
      environment: { name: 'github-pages' },
    })
    expect(workflow.jobs.pages!.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4'])
  })
})
