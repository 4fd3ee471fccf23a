/**
 * `update` on GitHub in process, against the contract-checked fake acting as harshly as github.com: incremental
 * reads (a no-op run reads no module file), GitHub's three timeout forms, the retry layer's per-request state and
 * wait budget, the commit sent once and verified, registry files without text, INTERNAL repositories, SAML SSO on
 * GraphQL, two runs whose listings were taken at different moments, and the heavy organization.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import semver from 'semver'
import { parse } from 'yaml'
import { createGitHubClient, countRequests, type GitHubClientOptions } from '../../src/github/octokit.js'
import { compileModulePattern } from '../../src/metadata/names.js'
import { commitRegistryBranch, readHistoryFiles, readRegistryBranch } from '../../src/github/registry-branch.js'
import { updateFromGitHub, type GitHubUpdateResult } from '../../src/modes/update-github.js'
import { READ_FIELDS } from '../../src/sources/github.js'
import { LARGE_REGISTRY } from '../../src/github/registry-branch.js'
import { historyFileModule, readHeads } from '../../src/versions/index-file.js'
import { compareStrings } from '../../src/util/order.js'
import type { ModulesFile, StatusFile } from '../../src/format/types.js'
import { FakeGitHub, heavyOrg, syntheticOrg } from '../support/fake-github/index.js'
import { RecordingProxy } from '../support/recording-proxy.js'
import type { FakeGitHubOptions } from '../support/fake-github/types.js'

const TOKEN = 'ghs_INCREMENTAL0123456789abcdefSECRET'
const ORG = 'synthetic-org'
let github: FakeGitHub

afterEach(async () => {
  expect(github.violations).toEqual([])
  await github.stop()
})

async function start(options: Partial<FakeGitHubOptions> = {}): Promise<FakeGitHub> {
  github = await FakeGitHub.start({ snapshot: syntheticOrg(60), ...options })
  return github
}

interface Run {
  result: GitHubUpdateResult
  requests: number
  log: string[]
  waits: number[]
  /** The text of every GraphQL query sent, in order. */
  queries: string[]
}

async function run(client: Partial<GitHubClientOptions> = {}, org = ORG): Promise<Run> {
  const log: string[] = []
  const waits: number[] = []
  const octokit = createGitHubClient({
    token: TOKEN,
    baseUrl: github.url,
    timeoutMs: 5_000,
    log: (line) => log.push(line),
    sleep: async (ms) => {
      waits.push(ms)
    },
    ...client,
  })
  const requests = countRequests(octokit)
  const queries: string[] = []
  octokit.hook.before('request', (options) => {
    if (typeof options.query === 'string') queries.push(options.query)
  })
  const result = await updateFromGitHub({
    client: octokit,
    org,
    topic: 'cim',
    modulePattern: compileModulePattern(),
    registry: { owner: org, repo: 'cim', branch: '', dir: 'registry' },
    date: '2026-12-06',
    log: (line) => log.push(line),
    sleep: async () => {},
  })
  return { result, requests: requests(), log, waits, queries }
}

const readRequests = () => github.requests.filter((entry) => entry.operation === 'graphql:readModuleFiles')
const registryFile = (name: string) => github.repo('cim').files[`registry/${name}`] ?? ''
const modules = () => (parse(registryFile('modules.yaml')) as ModulesFile).modules
/** Every module's head in the registry's history (heads.json and its shards). */
const registryHeads = () =>
  readHeads(
    Object.fromEntries(
      Object.entries(github.repo('cim').files)
        .filter(([path]) => path.startsWith('registry/history/heads'))
        .map(([path, text]) => [path.slice('registry/'.length), text]),
    ),
  )
const status = () => JSON.parse(registryFile('status.json')) as StatusFile
/** The modules that have a history file in the registry, by name. */
const withLines = () =>
  Object.keys(github.repo('cim').files)
    .flatMap((path) => historyFileModule(path.slice('registry/'.length)) ?? [])
    .sort(compareStrings)
/** The modules whose history file a run's queries asked for by name. */
const linesRead = (queries: readonly string[]) =>
  [
    ...new Set(
      queries
        .flatMap((query) => [...query.matchAll(/:registry\/(history\/[^"]+)"/g)].map((match) => match[1]!))
        .flatMap((file) => historyFileModule(file) ?? []),
    ),
  ].sort(compareStrings)
/** The registry's heads files as a release before summaries wrote them. */
const withoutSummaries = () =>
  Object.fromEntries(
    Object.entries(github.repo('cim').files)
      .filter(([path]) => path.startsWith('registry/history/heads'))
      .map(([path, text]) => {
        const value = JSON.parse(text) as { modules?: Record<string, { summary?: unknown }> }
        for (const head of Object.values(value.modules ?? {})) delete head.summary
        return [path, `${JSON.stringify(value, null, 1)}\n`]
      }),
  )
const modulesRead = (result: GitHubUpdateResult) =>
  Object.values(result.reads.read).reduce((sum, count) => sum + count, 0)

describe('incremental reads', () => {
  it('reads every module once, then nothing on a no-op run, then only the module that moved', async () => {
    await start()
    const first = await run()
    expect(first.result.commitSha).not.toBeNull()
    const count = first.result.plan.registry.modules.size
    expect(first.result.reads.read.new).toBe(count)
    expect(status().rules_version).toBe('1')
    expect(Object.values(status().modules).every((module) => typeof module.listed === 'string')).toBe(true)

    github.resetCounters()
    const noop = await run()
    expect(noop.result.commitSha).toBeNull()
    expect(modulesRead(noop.result)).toBe(0)
    expect(noop.result.reads.carried).toBe(count)
    expect(readRequests()).toHaveLength(0)
    // The registry branch (head and files in one request) and one listing page: nothing else.
    expect(noop.requests).toBe(2)
    expect(noop.result.summary.modules).toBe(count)

    const name = Object.keys(modules()).find((module) =>
      /^version = /m.test(github.repo(module).files['Cargo.toml'] ?? ''),
    )!
    const cargo = github.repo(name).files['Cargo.toml']!.replace(/^version = "[^"]+"/m, 'version = "9.9.9"')
    const pushed = github.push(name, { files: { 'Cargo.toml': cargo } })
    github.resetCounters()
    const push = await run()
    expect(push.result.reads.read.moved).toBe(1)
    expect(modulesRead(push.result)).toBe(1)
    expect(push.requests).toBe(noop.requests + 2) // the read (the history folder rides along) and the commit
    expect(modules()[name]).toMatchObject({ version: '9.9.9', last_commit: pushed })
    // Every read named the listed commit, never HEAD.
    const reads = push.queries.filter((query) => query.startsWith('query readModuleFiles'))
    expect(reads).toHaveLength(1)
    expect(reads[0]).toContain(`"${pushed}:Cargo.toml"`)
    expect(reads[0]).not.toMatch(/HEAD:/)
  })

  it('reads a first run of 1,000 repositories in at most 25 requests, each read within READ_FIELDS fields', async () => {
    const snapshot = syntheticOrg(1_000)
    await start({ snapshot })
    // A module whose manifest names no version: its version is its highest tag's.
    const tagged = 'cim-orders-1'
    const tags = (snapshot.repositories.find((repository) => repository.name === tagged)!.tags ?? []).map((tag) =>
      typeof tag === 'string' ? tag : tag.name,
    )
    expect(tags.length).toBeGreaterThan(1)
    github.push(tagged, { files: { 'Cargo.toml': `[package]\nname = "${tagged}"\n` } })
    const first = await run()
    expect(first.result.plan.registry.modules.size).toBe(940)
    expect(first.result.plan.history!.versions).toBeGreaterThan(1_000)
    expect(first.requests).toBeLessThanOrEqual(25)
    const fields = first.queries
      .filter((query) => query.startsWith('query readModuleFiles'))
      .map((query) => query.match(/ f\d+: /g)?.length ?? 0)
    expect(Math.max(...fields)).toBeLessThanOrEqual(READ_FIELDS)
    // Batches are filled: the first of the first phase holds most of the budget.
    expect(fields[0]).toBeGreaterThan(READ_FIELDS * 0.9)
    // The tags come once per module, with the version history's first page (no second tag query ordered by date).
    expect(first.queries.some((query) => query.includes('TAG_COMMIT_DATE'))).toBe(false)
    expect(modules()[tagged]!.version).toBe(tags.map((tag) => tag.slice(1)).sort(semver.rcompare)[0])
  }, 60_000)

  it("moves changelog entries to their year's archive, so that a push never fetches changelog.md whole", async () => {
    // A changelog.md over GraphQL's 512,000-byte text limit, as a registry of 10,000 modules wrote before.
    const old = Array.from(
      { length: 700 },
      (_, i) =>
        `## 2025-${String(1 + (i % 12)).padStart(2, '0')}-01\n\n- **cim-old-${i}** added (core 0.1.0)\n${'  - detail\n'.repeat(80)}`,
    )
    await start({
      snapshot: syntheticOrg(60, {
        registryFiles: { 'registry/changelog.md': `# CIM Registry Changelog\n\n${old.join('\n')}` },
      }),
    })
    await run()
    const changelog = registryFile('changelog.md')
    expect(Buffer.byteLength(changelog)).toBeLessThan(512_000 / 2)
    const archive = registryFile('changelog/2025.md')
    // Nothing lost: every old entry is in changelog.md or in the archive, once.
    for (let i = 0; i < old.length; i++)
      expect([changelog, archive].filter((text) => text.includes(`**cim-old-${i}**`))).toHaveLength(1)

    const name = Object.keys(modules())[3]!
    github.push(name, { files: { 'CHANGELOG.md': '# pushed\n' } })
    github.resetCounters()
    const push = await run()
    expect(push.result.commitSha).not.toBeNull()
    // The branch with its files, one listing page, the read, the commit: no blob read of changelog.md.
    expect(github.requests.map((entry) => entry.operation)).toEqual([
      'graphql:registryBranch',
      'graphql:listRepositories',
      'graphql:readModuleFiles',
      'graphql:commitRegistry',
    ])
    expect(registryFile('changelog.md')).toContain(`[${name}]`)
    expect(registryFile('changelog/2025.md')).toBe(archive)
  })

  it('re-reads every module once when the rules that built the registry changed', async () => {
    await start()
    await run()
    const text = registryFile('status.json').replace('"rules_version": "1"', '"rules_version": "0"')
    github.push('cim', { files: { 'registry/status.json': text } })
    const again = await run()
    expect(again.result.reads.read.rules).toBe(again.result.plan.registry.modules.size)
    expect(status().rules_version).toBe('1')
    const after = await run()
    expect(modulesRead(after.result)).toBe(0)
  })

  it('re-reads a module whose listed facts changed, and carries the problems of the others', async () => {
    await start()
    await run()
    const before = status()
    const name = Object.keys(before.modules)[3]!
    github.updateRepo(name, { description: 'A new description' })
    const result = await run()
    expect(result.result.reads.read.listed).toBe(1)
    expect(modules()[name]!.description).toBe('A new description')
    for (const [module, entry] of Object.entries(status().modules)) {
      if (module !== name) expect(entry.problems).toEqual(before.modules[module]!.problems)
    }
  })

  it('keeps a comment added by hand to private-domains.yaml byte for byte: no noise commit, now or with a real change', async () => {
    await start()
    await run()
    const edited = `${registryFile('private-domains.yaml')}# kept by hand: ask the lender before listing more\n`
    github.push('cim', { files: { 'registry/private-domains.yaml': edited } })
    const head = github.repo('cim').head
    expect((await run()).result.commitSha).toBeNull()
    expect(github.repo('cim').head).toBe(head)
    const name = Object.keys(modules()).find((module) => modules()[module]!.visibility === 'public')!
    github.updateRepo(name, { description: 'A real change elsewhere' })
    const changed = await run()
    expect(changed.result.plan.changedFiles).not.toContain('private-domains.yaml')
    expect(registryFile('private-domains.yaml')).toBe(edited)
  })

  it('records an INTERNAL repository as private, never as public', async () => {
    const snapshot = syntheticOrg(30)
    const internal = snapshot.repositories.find(
      (repository) =>
        repository.name.startsWith('cim-') && !repository.private && !repository.fork && !repository.archived,
    )!
    internal.internal = true
    await start({ snapshot })
    const result = await run()
    expect(modules()[internal.name]!.visibility).toBe('private')
    expect(result.log.join('\n')).toContain(
      '1 modules are internal repositories (GitHub Enterprise): recorded as private',
    )
  })
})

describe("GitHub's failure modes", () => {
  it.each(['graphql-timeout', 'graphql-502-timeout', 'status-504'] as const)(
    'shrinks a listing page at once on %s, without a same-size retry, and grows back',
    async (kind) => {
      await start({ snapshot: syntheticOrg(400) })
      github.injectFault({ kind, times: 1, match: (request) => request.operation === 'graphql:listRepositories' })
      const { log, waits } = await run({}, ORG)
      const listing = github.requests.filter((entry) => entry.operation === 'graphql:listRepositories')
      // 400 repositories: a refused page of 100, then 50, 50, 100, 100, 100.
      expect(listing).toHaveLength(6)
      expect(waits).toEqual([])
      expect(log.join('\n')).toContain('asking 50 per page')
    },
  )

  it('fails clearly, committing nothing, when a page keeps timing out at the floor', async () => {
    await start()
    const head = github.repo('cim').head
    github.injectFault({
      kind: 'graphql-timeout',
      match: (request) => request.operation === 'graphql:listRepositories',
    })
    await expect(run()).rejects.toThrow('GitHub could not serve a page of 5 repositories in 3 tries')
    // 100, 50, 25, 12, 6, 5, 5, 5: each size once, the floor three times.
    expect(github.requests.filter((entry) => entry.operation === 'graphql:listRepositories')).toHaveLength(8)
    expect(github.repo('cim').head).toBe(head)
  })

  it('starts every request with its own retry count: four single 502s on four requests wait 1 s each', async () => {
    await start()
    const waits: number[] = []
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url, sleep: async (ms) => void waits.push(ms) })
    const requests = countRequests(client)
    const names = syntheticOrg(60)
      .repositories.slice(1, 5)
      .map((repository) => repository.name)
    for (const name of names)
      github.injectFault({ kind: 'status-502', times: 1, match: (request) => request.url === `/repos/${ORG}/${name}` })
    for (const name of names) await client.rest.repos.get({ owner: ORG, repo: name })
    expect(waits).toEqual([1000, 1000, 1000, 1000])
    // One request that needs three retries does not make a later single 502 (here on the commit's branch read) wait longer.
    waits.length = 0
    github.injectFault({ kind: 'status-502', times: 3, match: (request) => request.url === `/repos/${ORG}/cim` })
    await client.rest.repos.get({ owner: ORG, repo: 'cim' })
    github.injectFault({
      kind: 'status-502',
      times: 1,
      match: (request) => request.operation === 'graphql:registryBranch',
    })
    await client.graphql(`query registryBranch { repository(owner: "${ORG}", name: "cim") { name } }`)
    expect(waits).toEqual([1000, 2000, 4000, 1000])
    // Every HTTP request is counted, retries included.
    expect(requests()).toBe(4 * 2 + 4 + 2)
  })

  it('bounds the time a persistent 429 can hold the job by the wait budget', async () => {
    await start()
    github.injectFault({
      kind: 'secondary-rate-limit',
      status: 429,
      retryAfterSeconds: 60,
      match: (request) => request.operation === 'graphql:registryBranch',
    })
    const failed = run({ maxWaitMs: 90_000 })
    await expect(failed).rejects.toThrow(
      /secondary rate limit for POST \/graphql: waiting 60 s more would pass the run's wait budget \(max-wait 90 s, 30 s left\)/,
    )
    expect(github.requests.filter((entry) => entry.operation === 'graphql:registryBranch')).toHaveLength(2)
  })

  it('reports a spent rate limit on the reads as what it is, and marks no module stale for it', async () => {
    await start()
    const head = github.repo('cim').head
    github.injectFault({
      kind: 'rate-limit',
      retryAfterSeconds: 3600,
      match: (request) => request.operation === 'graphql:readModuleFiles',
    })
    await expect(run({ maxWaitMs: 60_000 })).rejects.toThrow(
      /rate limit reached for POST \/graphql: waiting \d+ s more would pass the run's wait budget/,
    )
    // Not split into ever smaller batches: a rate limit is not "too expensive".
    expect(readRequests()).toHaveLength(1)
    expect(github.repo('cim').head).toBe(head)
  })

  it('splits a batch that GitHub answers with a 5xx, and keeps every module', async () => {
    await start()
    github.injectFault({
      kind: 'status-500',
      times: 1,
      match: (request) => request.operation === 'graphql:readModuleFiles',
    })
    const { result } = await run()
    expect(result.reads.failed).toBe(0)
    expect(readRequests().length).toBeGreaterThanOrEqual(3)
    expect(Object.values(status().modules).filter((module) => module.stale !== undefined)).toEqual([])
  })

  it('sends the commit once; after a timeout that committed, finds the commit on the branch', async () => {
    await start()
    github.injectFault({
      kind: 'graphql-502-timeout',
      times: 1,
      afterExecution: true,
      match: (request) => request.operation === 'graphql:commitRegistry',
    })
    const { result, log } = await run()
    expect(github.requests.filter((entry) => entry.operation === 'graphql:commitRegistry')).toHaveLength(1)
    expect(result.commitSha).toBe(github.repo('cim').head)
    expect(log.join('\n')).toContain('the branch now holds the planned files, so the commit landed')
    expect(github.repo('cim').commits.filter((commit) => commit.message.startsWith('registry:'))).toHaveLength(1)
  })

  it('finds the commit on the branch when the connection broke after it was sent', async () => {
    await start()
    github.injectFault({
      kind: 'timeout',
      hangMs: 20,
      times: 1,
      afterExecution: true,
      match: (request) => request.operation === 'graphql:commitRegistry',
    })
    const { result } = await run()
    expect(github.requests.filter((entry) => entry.operation === 'graphql:commitRegistry')).toHaveLength(1)
    expect(result.commitSha).toBe(github.repo('cim').head)
  })

  it('sends the commit again through compare-and-swap when a timeout lost it', async () => {
    await start()
    github.injectFault({
      kind: 'status-504',
      times: 1,
      match: (request) => request.operation === 'graphql:commitRegistry',
    })
    const { result } = await run()
    expect(github.requests.filter((entry) => entry.operation === 'graphql:commitRegistry')).toHaveLength(2)
    expect(result.commitSha).toBe(github.repo('cim').head)
  })

  it('reads a registry file that GraphQL gives without text whole, or fails, but never takes it for missing', async () => {
    await start()
    await run()
    const history = registryFile('changelog.md')
    // A NUL makes GitHub call the blob binary: GraphQL answers `text: null`, not truncated.
    github.push('cim', { files: { 'registry/changelog.md': `${history}\0 a pasted binary tail\n` } })
    // A no-op run does not need the changelog at all; a run that writes reads it whole, or fails.
    expect((await run()).result.commitSha).toBeNull()
    const name = Object.keys(modules())[2]!
    github.updateRepo(name, { description: 'Changed so that the changelog gets an entry' })
    github.injectFault({ kind: 'status-500', match: (request) => request.operation === 'git/get-blob' })
    await expect(run()).rejects.toThrow('cim:registry/changelog.md came without text from GraphQL and reading it whole')
    github.clearFaults()
    await run()
    expect(github.requests.some((entry) => entry.operation === 'git/get-blob')).toBe(true)
    expect(registryFile('changelog.md')).toContain(history.split('\n').slice(2).join('\n'))
    expect(registryFile('changelog.md')).toContain('a pasted binary tail')
  })

  it('names SAML SSO when GraphQL refuses the token for it, on reads and on the commit (never "contents: write")', async () => {
    await start({ tokens: { [TOKEN]: { canSeePrivate: true, canWrite: true, ssoBlocked: true } } })
    await expect(run()).rejects.toThrow(/organization enforces SAML SSO: authorize the token/)
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url })
    const commit = commitRegistryBranch(
      client,
      { owner: ORG, repo: 'cim', branch: '', dir: 'registry' },
      {
        branch: 'main',
        expectedHeadOid: github.repo('cim').head,
        files: { 'modules.yaml': 'modules: {}\n' },
        headline: 'registry: test',
      },
    )
    await expect(commit).rejects.toThrow(/SAML SSO/)
    await expect(commit).rejects.not.toThrow(/contents: write/)
  })
})

describe('the history folder read on its own', () => {
  it('is listed again without texts when GitHub finds it too expensive with them, and read by name', async () => {
    await start()
    await run()
    const target = { owner: ORG, repo: 'cim', branch: '', dir: 'registry' }
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url })
    const state = await readRegistryBranch(client, target)
    expect(state.large).toBe(false)
    github.injectFault({
      kind: 'graphql-timeout',
      times: 1,
      match: (request) => request.operation === 'graphql:registryHistory',
    })
    const name = withLines()[3]!
    github.resetCounters()
    await readHistoryFiles(client, target, state, new Set([name]))
    const queries = github.requests.map((entry) => entry.operation)
    expect(queries.slice(0, 2)).toEqual(['graphql:registryHistory', 'graphql:registryHistory'])
    expect(state.large).toBe(true)
    // The heads and the wanted module's lines are read; every other module's stand in its head's summary.
    expect(state.files[`history/${name}.jsonl`]).toBe(registryFile(`history/${name}.jsonl`))
    expect(state.files['history/heads.json']).toBe(registryFile('history/heads.json'))
    expect([...state.historyNotRead!].sort(compareStrings)).toEqual(withLines().filter((module) => module !== name))
  })
})

describe("a commit over GitHub's request size", () => {
  it("goes in parts, each on the one before, with the registry's own files and the message in the last", async () => {
    await start()
    const client = createGitHubClient({ token: TOKEN, baseUrl: github.url })
    const before = github.repo('cim').head
    // 45 history files of 0.9 MB: 54 MB of base64, more than the 40 MB the fake refuses in one request, as GitHub does.
    const files: Record<string, string> = {
      'modules.yaml': 'modules: {}\n',
      'status.json': '{}\n',
      ...Object.fromEntries(
        Array.from({ length: 45 }, (_, i) => [`history/part-${i}.jsonl`, `${'x'.repeat(900_000)}${i}\n`]),
      ),
    }
    files['history/heads.json'] = '{"schema_version":1,"modules":{}}\n'
    // What the branch holds when the second part is sent: the first part landed, and only history lines.
    let between: Record<string, string> = {}
    github.onceBefore('graphql:commitRegistry', async () => {
      github.onceBefore('graphql:commitRegistry', async () => {
        between = { ...github.repo('cim').files }
      })
    })
    const logged: string[] = []
    const sha = await commitRegistryBranch(
      client,
      { owner: ORG, repo: 'cim', branch: '', dir: 'registry' },
      { branch: 'main', expectedHeadOid: before, files, headline: 'registry: a large commit', body: 'why' },
      (line) => logged.push(line),
    )
    const cim = github.repo('cim')
    expect(sha).toBe(cim.head)
    expect(Object.entries(files).filter(([name, text]) => cim.files[`registry/${name}`] !== text)).toEqual([])
    const made = cim.commits
      .slice(
        0,
        cim.commits.findIndex((commit) => commit.sha === before),
      )
      .reverse()
    expect(made.map((commit) => commit.message)).toEqual([
      'registry: a large commit (part 1 of 2)',
      'registry: a large commit\n\nwhy',
    ])
    expect(made[1]!.parent).toBe(made[0]!.sha)
    // The files that name what the registry holds (its own files and the heads) land last, together.
    const landedFirst = Object.keys(files).filter((name) => between[`registry/${name}`] === files[name])
    expect(landedFirst.length).toBeGreaterThan(0)
    expect(landedFirst.every((name) => /^history\/part-\d+\.jsonl$/.test(name))).toBe(true)
    expect(logged).toEqual([expect.stringContaining(`committed part 1 of 2 (`)])
  }, 60_000)
})

describe('the runner', () => {
  it('sends every request through the proxy that HTTP_PROXY names, and counts each one', async () => {
    await start()
    const proxy = await RecordingProxy.start()
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY }
    process.env.HTTP_PROXY = proxy.url
    delete process.env.NO_PROXY
    try {
      // A host name the proxy resolves (to 127.0.0.1): @actions/http-client never proxies a loopback address.
      const port = new URL(github.url).port
      const { result, requests } = await run({ baseUrl: `http://api.github.test:${port}` })
      expect(result.commitSha).toBe(github.repo('cim').head)
      expect(proxy.passed.length).toBeGreaterThan(0)
      expect(proxy.passed.every((line) => line.includes(`api.github.test:${port}`))).toBe(true)
      expect(github.counters.total).toBe(requests)
    } finally {
      process.env.HTTP_PROXY = saved.HTTP_PROXY
      if (saved.HTTP_PROXY === undefined) delete process.env.HTTP_PROXY
      if (saved.NO_PROXY !== undefined) process.env.NO_PROXY = saved.NO_PROXY
      await proxy.stop()
    }
  })
})

describe('races', () => {
  it('never moves a module back when a run loses the compare-and-swap to a run that listed later', async () => {
    await start()
    await run()
    const name = Object.keys(modules()).find((module) =>
      /^version = /m.test(github.repo(module).files['Cargo.toml'] ?? ''),
    )!
    const bump = (version: string) =>
      github.repo(name).files['Cargo.toml']!.replace(/^version = "[^"]+"/m, `version = "${version}"`)
    const older = github.push(name, { files: { 'Cargo.toml': bump('5.0.0') } })
    let newer = ''
    // Run A lists (5.0.0). Before its commit lands, the module moves to 5.0.1 and run B lists and commits it.
    github.onceBefore('graphql:commitRegistry', async () => {
      newer = github.push(name, { files: { 'Cargo.toml': bump('5.0.1') } })
      await run()
    })
    const a = await run()
    expect(older).not.toBe(newer)
    expect(a.log.join('\n')).toContain('listing them again')
    expect(modules()[name]).toMatchObject({ version: '5.0.1', last_commit: newer })
    const changelog = registryFile('changelog.md')
    expect(changelog).not.toContain('5.0.1 -> 5.0.0')
    expect(changelog.match(/-> 5\.0\.1/g)).toHaveLength(1)
  })
})

describe('a large registry', () => {
  it('is read without asking GraphQL for its large texts, and only the history files of the modules it reads', async () => {
    await start({ snapshot: syntheticOrg(1_100) })
    const first = await run()
    expect(first.result.plan.registry.modules.size).toBeGreaterThan(LARGE_REGISTRY)
    const name = withLines()[250]!
    const headsBefore = registryHeads()
    expect(headsBefore.size).toBeGreaterThan(LARGE_REGISTRY / 2)
    const pushed = github.push(name, { files: { 'CHANGELOG.md': '# pushed\n' } })
    // The first read of the branch takes too long (one of GitHub's timeout forms): read again as a large registry.
    github.injectFault({
      kind: 'graphql-timeout',
      times: 1,
      match: (request) => request.operation === 'graphql:registryBranch',
    })
    github.resetCounters()
    const push = await run()
    expect(push.result.commitSha).not.toBeNull()
    expect(modules()[name]!.last_commit).toBe(pushed)
    const operations = github.requests.map((entry) => entry.operation)
    expect(operations.filter((operation) => operation === 'graphql:registryBranch')).toHaveLength(2)
    const branchReads = push.queries.filter((query) => query.startsWith('query registryBranch'))
    expect(branchReads[1]).not.toMatch(/modules\.yaml"\) \{ oid size object/)
    // modules.yaml and status.json whole through the blobs API; the history folder listed without texts, and the
    // heads and the pushed module's lines asked by name in the module's read: no request of their own.
    expect(operations.filter((operation) => operation === 'git/get-blob').length).toBeGreaterThanOrEqual(2)
    expect(operations).not.toContain('graphql:registryFiles')
    expect(linesRead(push.queries)).toEqual([name])
    expect(Object.values(status().modules).filter((module) => module.stale !== undefined)).toEqual([])
    // The history came through whole: nothing was lost from the other modules' heads, which answered for their lines.
    expect(registryHeads().size).toBe(headsBefore.size)
    expect(registryHeads().get(name)!.commit).toBe(pushed)

    // A registry written before summaries (its heads have none): the next writing run reads every module's lines
    // once, in batches (the first too expensive: halved, never sent again whole), and writes their summaries.
    github.push('cim', { files: withoutSummaries(), message: 'heads of an older release' })
    expect([...registryHeads().values()].some((head) => head.summary)).toBe(false)
    github.push(withLines()[10]!, { files: { 'CHANGELOG.md': '# pushed\n' } })
    github.injectFault({
      kind: 'graphql-timeout',
      times: 1,
      match: (request) => request.operation === 'graphql:registryFiles',
    })
    const upgrade = await run()
    expect(linesRead(upgrade.queries)).toEqual(withLines())
    const sizes = upgrade.queries
      .filter((query) => query.startsWith('query registryFiles'))
      .map((query) => query.match(/ f\d+: /g)!.length)
    expect(sizes[0]).toBeLessThanOrEqual(1_000)
    expect(sizes.length).toBeGreaterThanOrEqual(3)
    expect(Math.max(...sizes.slice(1))).toBe(Math.ceil(sizes[0]! / 2))
    expect([...registryHeads()].filter(([module, head]) => withLines().includes(module) && !head.summary)).toEqual([])
    // The run after that reads the lines of the module it reads only.
    github.push(withLines()[20]!, { files: { 'CHANGELOG.md': '# pushed\n' } })
    const after = await run()
    expect(linesRead(after.queries)).toEqual([withLines()[20]])

    // A lost compare-and-swap: the branch read again is still a large registry's; no query asks every history text.
    github.push(withLines()[30]!, { files: { 'CHANGELOG.md': '# pushed\n' } })
    github.onceBefore('graphql:commitRegistry', async () => {
      github.push(withLines()[40]!, { files: { 'CHANGELOG.md': '# pushed\n' } })
      await run()
    })
    const lost = await run()
    expect(lost.result.attempts).toBe(2)
    // The other run listed both pushes and committed them: the rebuild finds nothing left to commit.
    expect(lost.result.commitSha).toBeNull()
    expect(modules()[withLines()[30]!]!.last_commit).toBe(github.repo(withLines()[30]!).head)
    const withTexts = lost.queries.filter((query) =>
      /registry\/history"\) \{ \.\.\. on Tree \{ entries \{ name type oid size object/.test(query),
    )
    expect(withTexts).toEqual([])
    expect(lost.queries.some((query) => query.startsWith('query registryHistory'))).toBe(true)
  }, 120_000)
})

describe('the heavy organization', () => {
  it('adapts its batches to the execution-time limit, and only the unreadable module is left without an entry', async () => {
    github = await FakeGitHub.start({ snapshot: heavyOrg(120), executionLimit: { limitMs: 10_000, seed: 3 } })
    const { result, requests } = await run({}, 'heavy-org')
    const timeouts = github.timeouts
    expect(timeouts['200']! + timeouts['502']! + timeouts['504']!).toBeGreaterThan(0)
    const stale = Object.entries(status().modules)
      .filter(([, module]) => module.stale !== undefined)
      .map(([name]) => name)
    expect(stale.length).toBeGreaterThan(0)
    expect(stale.every((name) => github.repo(name).files['README.md']!.length > 1_000_000)).toBe(true)
    expect(result.plan.registry.modules.size).toBe(Object.keys(modules()).length)
    // The module reads alone took under 80 requests. The first run also reads the version history of 200 tags with
    // a 150 KB manifest each, at most 4 tag commits per module and phase (src/sources/github-history.ts): 127
    // requests measured; what is left is read by the next runs.
    expect(requests).toBeLessThan(140)
  }, 120_000)
})
