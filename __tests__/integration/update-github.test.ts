/**
 * `update` on GitHub, end to end: the bundled action run as the runner runs it, against the contract-checked fake
 * GitHub serving a realistic organization. Discovery, the verified CAS commit, dispatch runs, no-op runs, races,
 * partial views, permission errors, registry files past GraphQL's 512,000-byte text limit, and the token never
 * showing anywhere.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { createGitHubClient } from '../../src/github/octokit.js'
import { readDeferredFiles, readRegistryBranch } from '../../src/github/registry-branch.js'
import type { ModulesFile, StatusFile } from '../../src/format/types.js'
import { FakeGitHub, syntheticOrg } from '../support/fake-github/index.js'
import type { FakeGitHubOptions, OrgSnapshot } from '../support/fake-github/types.js'
import { ORG, REGISTRY_REPO, realisticModules, realisticOrg } from '../support/realistic-org.js'
import { runActionAsync, type ActionResult } from '../support/run.js'

const TOKEN = 'ghs_TESTTOKEN0123456789abcdefSECRET'

let github: FakeGitHub

async function startGitHub(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  github = await FakeGitHub.start({ snapshot: realisticOrg(), ...options })
  return github
}

afterEach(async () => {
  expect(github.violations).toEqual([])
  await github.stop()
})

function runnerEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    GITHUB_API_URL: github.url,
    GITHUB_GRAPHQL_URL: `${github.url}/graphql`,
    GITHUB_REPOSITORY: `${ORG}/${REGISTRY_REPO}`,
    GITHUB_REPOSITORY_OWNER: ORG,
    ...extra,
  }
}

/** The bundled action against the fake; asynchronous, since the fake answers from this very process. */
function update(
  inputs: Record<string, string> = {},
  options: { event?: unknown; eventName?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ActionResult> {
  return runActionAsync(
    { mode: 'update', token: TOKEN, 'request-timeout': '5', ...inputs },
    { ...options, env: runnerEnv(options.env) },
  )
}

function registryFile(name: string): string {
  return github.repo(REGISTRY_REPO).files[`registry/${name}`] ?? ''
}

function modules(): ModulesFile['modules'] {
  return (parse(registryFile('modules.yaml')) as ModulesFile).modules
}

function status(): StatusFile {
  return JSON.parse(registryFile('status.json')) as StatusFile
}

/** The log as the runner shows it: it consumes `::add-mask::` commands (core.setSecret) and prints the rest. */
function shownLog(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

function expectNoToken(result: ActionResult): void {
  for (const text of [shownLog(result.stdout), result.stderr, result.summary, JSON.stringify(result.outputs)])
    expect(text).not.toContain(TOKEN)
  for (const text of Object.values(github.repo(REGISTRY_REPO).files)) expect(text).not.toContain(TOKEN)
}

describe('update on GitHub', () => {
  beforeEach(async () => {
    await startGitHub()
  })

  it('registers every module of a realistic organization in one verified commit, cheaply', async () => {
    const before = github.repo(REGISTRY_REPO).head
    const result = await update({}, { eventName: 'schedule' })
    expect(result.stderr).toBe('')
    expect(result.status).toBe(0)
    expect(result.outputs.changed).toBe('true')
    const head = github.repo(REGISTRY_REPO)
    expect(result.outputs['commit-sha']).toBe(head.head)
    expect(head.commits[0]!.parent).toBe(before)
    expect(Object.keys(modules())).toEqual(realisticModules())
    expect(result.outputs.modules).toBe(String(realisticModules().length))

    const entries = modules()
    expect(entries['cim-domain-identity']).toMatchObject({
      type: 'domain',
      version: moduleVersionOf('cim-domain-identity'),
      metadata: 'inferred',
      visibility: 'public',
    })
    expect(entries['cim-domain-identity']!.dependencies).toEqual({ 'cim-domain': '=0.8.1', 'cim-subject': '*' })
    expect(entries['cim-domain-identity']!.last_commit).toMatch(/^[0-9a-f]{40}$/)
    expect(entries['cim-graph']).toMatchObject({
      version: '0.5.0',
      description: 'Graph abstractions shared by the CIM graph modules.',
      dependencies: { 'cim-domain': '=0.8.1' },
    })
    expect(entries['cim-domain-mortgage']).toMatchObject({
      visibility: 'private',
      owner: 'lender-x',
      metadata: 'declared',
    })
    expect(entries['cim-legacy']).toMatchObject({ archived: true })
    expect(entries['cim-domain-fork']).toBeUndefined()
    expect(entries.alchemist).toBeUndefined()

    const s = status()
    expect(s.complete_view).toBe(true)
    expect(s.problems.map((p) => p.message).join('\n')).toContain(
      'cim-forgotten looks like a module but has no `cim` topic',
    )
    expect(s.modules['cim-ipld']!.problems.map((p) => p.code)).toContain('missing-cim-yaml')
    expect(registryFile('private-domains.yaml')).toContain('cim-domain-mortgage')
    // Cheap: a page of 100 repositories per listing request, then reads of many modules per request (READ_FIELDS).
    expect(Number(result.outputs['api-requests'])).toBeLessThanOrEqual(6)
    expect(result.summary).toContain('CIM registry update')
    expectNoToken(result)
  })

  it('shows a module push after a dispatch, then makes no commit when nothing changed', async () => {
    await update()
    const cargo = github.repo('cim-subject').files['Cargo.toml']!.replace(/version = "[^"]+"/, 'version = "0.9.0"')
    const pushed = github.push('cim-subject', { files: { 'Cargo.toml': cargo }, message: 'release 0.9.0' })
    const event = {
      action: 'module-updated',
      client_payload: {
        schema: 1,
        module: 'cim-subject',
        repository: `${ORG}/cim-subject`,
        commit: pushed,
        ref: 'refs/heads/main',
      },
    }

    const dispatched = await update({}, { eventName: 'repository_dispatch', event })
    expect(dispatched.status).toBe(0)
    expect(dispatched.outputs).toMatchObject({ changed: 'true', updated: JSON.stringify(['cim-subject']) })
    expect(modules()['cim-subject']).toMatchObject({ version: '0.9.0', last_commit: pushed })
    const changelog = registryFile('changelog.md')
    expect(changelog).toContain(`Triggered by repository\\_dispatch \\(cim-subject@${pushed.slice(0, 7)}\\).`)
    expect(changelog).toMatch(/cim-subject\]\([^)]*\)\*\*: version [^ ]+ -> 0\.9\.0; new commit/)
    expect(github.repo(REGISTRY_REPO).commits[0]!.message).toContain('registry: 1 updated')

    const head = github.repo(REGISTRY_REPO).head
    const quiet = await update({}, { eventName: 'schedule' })
    expect(quiet.status).toBe(0)
    expect(quiet.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' })
    expect(github.repo(REGISTRY_REPO).head).toBe(head)
  })

  it('reports and ignores a dispatch payload that fails validation', async () => {
    const result = await update(
      {},
      { eventName: 'repository_dispatch', event: { client_payload: { module: '../../etc', commit: 'nope' } } },
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      '::warning::repository_dispatch payload ignored: client_payload.module is not a module name',
    )
    expect(registryFile('changelog.md')).toContain('Triggered by repository\\_dispatch.')
  })

  it('removes a module only after a complete listing, and says so', async () => {
    await update()
    github.updateRepo('cim-compose', { topics: [] })
    const result = await update()
    expect(result.outputs.removed).toBe(JSON.stringify(['cim-compose']))
    expect(modules()['cim-compose']).toBeUndefined()
    expect(registryFile('changelog.md')).toContain('- **cim-compose** removed')
  })

  it('halves a batch of file reads that GitHub refuses, so that no module goes stale for another one', async () => {
    // Modules without a description need their README: a batch of four repositories to read.
    for (const name of ['cim-keys', 'cim-network', 'cim-bridge']) github.updateRepo(name, { description: null })
    github.injectFault({
      kind: 'graphql-resource-limit',
      times: 1,
      match: (request) => request.operation === 'graphql:readModuleFiles',
    })
    const result = await update()
    // The refused first batch of phase 1, its two halves, then phase 2 (workspace members, the version history's
    // files at the tags) and phase 3 (the workspace members at the tags).
    expect(github.requests.filter((request) => request.operation === 'graphql:readModuleFiles')).toHaveLength(5)
    expect(result.status).toBe(0)
    expect(Object.values(status().modules).filter((module) => module.stale !== undefined)).toEqual([])
    expect(modules()['cim-graph']!.version).toBe('0.5.0')
  })

  it('removes a private module whose repository lost the topic, when the token can see it', async () => {
    await update()
    github.updateRepo('cim-domain-mortgage', { topics: [] })
    const result = await update()
    expect(result.outputs.removed).toBe(JSON.stringify(['cim-domain-mortgage']))
    expect(status().complete_view).toBe(true)
  })

  it('fails without committing when the listing fails, and commits nothing partial', async () => {
    await update()
    const head = github.repo(REGISTRY_REPO).head
    github.updateRepo('cim-keys', { topics: ['cim'] }) // a change the failing run would otherwise commit
    github.injectFault({ kind: 'status-500', match: (request) => request.operation === 'graphql:listRepositories' })
    const result = await update()
    expect(result.status).toBe(1)
    // A 5xx on a listing page is taken as "too expensive": smaller pages, down to the floor, then a clear failure.
    expect(result.stdout).toContain('::error::GitHub could not serve a page of 5 repositories in 3 tries')
    expect(github.repo(REGISTRY_REPO).head).toBe(head)
  }, 90_000)

  it('rebuilds from the new head when the branch moves between its read and its commit', async () => {
    let moved = false
    github.injectFault({
      kind: 'status-500',
      // Not a fault at all: the first commit request moves the branch first, so that compare-and-swap must refuse it.
      match: (request) => {
        if (request.operation === 'graphql:commitRegistry' && !moved) {
          moved = true
          github.push(REGISTRY_REPO, { files: { 'README.md': '# cim\n\nEdited by a person meanwhile.\n' } })
        }
        return false
      },
    })
    const result = await update()
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(
      /moved while the registry was being built; rebuilding from [0-9a-f]{7} \(attempt 2 of 5\)/,
    )
    const head = github.repo(REGISTRY_REPO)
    expect(head.files['README.md']).toContain('Edited by a person meanwhile.')
    expect(head.commits[0]!.sha).toBe(result.outputs['commit-sha'])
    expect(Object.keys(modules())).toEqual(realisticModules())
  })

  it('runs 8 updates at once while modules change: each commits or finds nothing to do, nothing is lost or doubled', async () => {
    github.setLatency(15)
    await update()
    const changes = ['cim-keys', 'cim-network', 'cim-bridge', 'cim-compose']
    const runs = Array.from({ length: 8 }, () =>
      runActionAsync(
        { mode: 'update', token: TOKEN, 'request-timeout': '5' },
        { eventName: 'schedule', env: runnerEnv() },
      ),
    )
    for (const [i, name] of changes.entries()) {
      await new Promise((resolve) => setTimeout(resolve, 60 * i))
      const cargo = github.repo(name).files['Cargo.toml']!.replace(/version = "[^"]+"/, `version = "1.${i}.0"`)
      github.push(name, { files: { 'Cargo.toml': cargo } })
    }
    const results = await Promise.all(runs)
    for (const result of results) {
      expect(result.status).toBe(0)
      expect(['true', 'false']).toContain(result.outputs.changed)
    }
    // One more run sees anything the racing runs listed too early; then the registry holds every change.
    expect((await update()).status).toBe(0)
    for (const [i, name] of changes.entries()) expect(modules()[name]!.version).toBe(`1.${i}.0`)
    const transitions = registryFile('changelog.md').match(/\*\*: version [^;\n]+/g) ?? []
    expect(new Set(transitions).size).toBe(transitions.length)
    for (const [i, name] of changes.entries()) {
      const lines = registryFile('changelog.md')
        .split('\n')
        .filter((line) => line.includes(`/${name})**: version`))
      expect(lines).toHaveLength(1)
      expect(lines[0]).toContain(`-> 1.${i}.0`)
    }
  })
})

describe('update on GitHub with registry files over the GraphQL text limit', () => {
  // GraphQL cuts Blob.text at 512,000 bytes (the fake too): these files must be read whole, or the second run would
  // see a cut registry, report modules as added and lose changelog history.
  const LIMIT = 512_000

  /** About 1,750 modules, their descriptions padded to 300 characters (GitHub allows 350), for a README over the limit too. */
  function largeOrg(): OrgSnapshot {
    const org = syntheticOrg(2_000, { org: ORG })
    for (const repository of org.repositories) {
      if (repository.description)
        repository.description = `${repository.description}: ${'a long description. '.repeat(20)}`.slice(0, 300)
    }
    return org
  }

  it('reads the large registry files whole: a second run finds nothing to commit', async () => {
    await startGitHub({ snapshot: largeOrg() })
    const first = await update({}, { eventName: 'schedule' })
    expect(first.status).toBe(0)
    expect(first.outputs.changed).toBe('true')
    for (const name of ['modules.yaml', 'status.json', 'README.md'])
      expect(Buffer.byteLength(registryFile(name))).toBeGreaterThan(LIMIT)
    const listed = Object.keys(modules())
    expect(listed.length).toBe(Number(first.outputs.modules))
    expect(listed.length).toBeGreaterThan(1_700)

    const head = github.repo(REGISTRY_REPO).head
    github.resetCounters()
    const second = await update({}, { eventName: 'schedule' })
    expect(second.status).toBe(0)
    expect(second.outputs).toMatchObject({ changed: 'false', 'commit-sha': '' })
    expect(github.repo(REGISTRY_REPO).head).toBe(head)
    expect(Object.keys(modules())).toEqual(listed)
    // modules.yaml and status.json were read whole over REST, not taken cut from GraphQL; a no-op run needs
    // neither the changelog nor the README.
    expect(github.requests.filter((entry) => entry.operation === 'git/get-blob')).toHaveLength(2)

    // A run that writes never reads the README (compared by blob id); here the changelog fits in GraphQL's text.
    const history = registryFile('changelog.md')
    github.updateRepo(listed[100]!, { description: 'A changed description' })
    github.resetCounters()
    const third = await update({}, { eventName: 'schedule' })
    expect(third.outputs).toMatchObject({ changed: 'true', updated: JSON.stringify([listed[100]]) })
    expect(Buffer.byteLength(history)).toBeLessThan(LIMIT)
    expect(github.requests.filter((entry) => entry.operation === 'git/get-blob')).toHaveLength(2)
    expect(registryFile('changelog.md').endsWith(history.slice(history.indexOf('\n## ')))).toBe(true)
    expect(Object.keys(modules())).toEqual(listed)
  }, 90_000)

  it('fails the read with a clear error, never goes on with a cut file, when a large file cannot be read whole', async () => {
    await startGitHub()
    github.push(REGISTRY_REPO, {
      files: { 'registry/changelog.md': `# Changelog\n\n${'- an old entry\n'.repeat(40_000)}` },
    })
    github.injectFault({ kind: 'status-500', match: (request) => request.operation === 'git/get-blob' })
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, retries: 0 })
    const target = { owner: ORG, repo: REGISTRY_REPO, branch: '', dir: 'registry' }
    // The changelog is read whole only by a run that writes (readDeferredFiles).
    const state = await readRegistryBranch(client, target)
    await expect(readDeferredFiles(client, target, state)).rejects.toThrow(
      `${ORG}/${REGISTRY_REPO}:registry/changelog.md is over GraphQL's 512,000-byte text limit and reading it whole`,
    )
    expect(state.files['changelog.md']).toBeUndefined()
    github.clearFaults()
    const whole = await readRegistryBranch(client, target)
    await readDeferredFiles(client, target, whole)
    expect(whole.files['changelog.md']).toBe(github.repo(REGISTRY_REPO).files['registry/changelog.md'])
  })

  it('refuses a module cim.yaml over the text limit by its size', async () => {
    await startGitHub()
    github.push('cim-graph', {
      files: { 'cim.yaml': `module:\n  name: cim-graph\n  description: "${'x'.repeat(600_000)}"\n` },
    })
    const result = await update()
    expect(result.status).toBe(0)
    const messages = status().modules['cim-graph']!.problems.map((problem) => problem.message)
    // Refused by its size: the cut text (about 512,000 bytes) is still far over the 64 KiB a cim.yaml may have.
    expect(messages.join('\n')).toMatch(/^file is (5\d{5}|over 65536) bytes; a cim\.yaml may have at most 65536$/m)
    expect(result.stdout).toContain("cim-graph: cim.yaml is 600044 bytes; GitHub's GraphQL gave only its first 512,000")
  })
})

describe('update on GitHub with limited tokens', () => {
  it('keeps private modules and says the view is partial when the token cannot see private repositories', async () => {
    await startGitHub({
      tokens: { [TOKEN]: { canSeePrivate: true, canWrite: true }, limited: { canSeePrivate: false, canWrite: true } },
    })
    await update()
    const result = await runActionAsync({ mode: 'update', token: 'limited' }, { env: runnerEnv() })
    expect(result.status).toBe(0)
    expect(modules()['cim-domain-mortgage']).toMatchObject({ visibility: 'private', owner: 'lender-x' })
    expect(status().complete_view).toBe(false)
    expect(status().modules['cim-domain-mortgage']).toMatchObject({ stale: 'not visible to this token' })
    expect(status().problems.map((p) => p.code)).toContain('partial-view')
  })

  it('says what to do when the token cannot write', async () => {
    await startGitHub({ tokens: { [TOKEN]: { canSeePrivate: true, canWrite: false } } })
    const result = await update()
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('permissions: contents: write')
    expectNoToken(result)
  })

  it('says what to do when the branch is protected', async () => {
    await startGitHub({ protectedBranches: [`${REGISTRY_REPO}:main`] })
    const result = await update()
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(/::error::.*is protected and refused the commit.*bypass/)
  })

  it('says when the token is wrong', async () => {
    await startGitHub({ tokens: { other: {} } })
    const result = await update()
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('GitHub rejected the token (401 Bad credentials)')
    expectNoToken(result)
  })
})

describe('update on GitHub under faults', () => {
  it('never commits a registry with a module missing: each run succeeds or fails with a clear message', async () => {
    await startGitHub()
    const expected = realisticModules()
    const kinds = [
      'status-500',
      'status-502',
      'rate-limit',
      'secondary-rate-limit',
      'graphql-resource-limit',
      'graphql-timeout',
      'timeout',
    ] as const
    let failures = 0
    const runs = 8
    for (let run = 0; run < runs; run++) {
      github.clearFaults()
      const kind = kinds[run % kinds.length]!
      // Two faults per run at most, at random places: enough to hit listing, details, branch reads and the commit.
      github.injectFault({ kind, probability: 0.4, times: 2, seed: run, retryAfterSeconds: 0, hangMs: 300 })
      github.updateRepo('cim-keys', { description: `run ${run}` }) // something to commit every time
      const before = github.repo(REGISTRY_REPO).head
      const result = await update({ 'request-timeout': '1' })
      const after = github.repo(REGISTRY_REPO).head
      if (result.status === 0) {
        expect(Object.keys(modules())).toEqual(expected)
      } else {
        failures++
        expect(result.stdout).toMatch(/::error::\S.{10,}/)
        expect(after).toBe(before)
      }
      expectNoToken(result)
    }
    github.clearFaults()
    expect((await update()).status).toBe(0)
    expect(Object.keys(modules())).toEqual(expected)
    expect(failures).toBeLessThan(runs)
  }, 300_000)
})

function moduleVersionOf(name: string): string {
  return realisticOrg()
    .repositories.find((r) => r.name === name)!
    .files!['Cargo.toml']!.match(/version = "([^"]+)"/)![1]!
}
