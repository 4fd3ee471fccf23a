/**
 * The fake GitHub itself: real clients against it over 127.0.0.1, its contract checks, its faults and its world.
 *
 * Most calls go through `plain`, @actions/github's Octokit without the throttling plugin: plugin-throttling spaces
 * GraphQL requests a second apart and searches two seconds apart (process-wide), which would make this file slow.
 * The project's own client (createGitHubClient, with retry and throttling) is used where those plugins are the point.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { getOctokit } from '@actions/github'
import { createGitHubClient } from '../../src/github/octokit.js'
import { FakeGitHub, heavyOrg, syntheticOrg, type OrgSnapshot } from '../support/fake-github/index.js'
import { CONTRACT_FILE } from '../support/fake-github/rest-contract.js'
import { REST_HANDLERS } from '../support/fake-github/rest-handlers.js'

const ORG = 'acme'
const PINNED_OPENAPI = '23.0.2'

const snapshot: OrgSnapshot = {
  org: ORG,
  repositories: [
    {
      name: 'cim',
      description: 'The registry',
      topics: ['cim-registry'],
      pushed_at: '2025-01-10T10:00:00-02:00',
      files: { 'registry/modules.yaml': 'schema_version: 1\nmodules: {}\n', 'README.md': '# registry\n' },
    },
    {
      name: 'cim-domain',
      description: 'Domain patterns',
      topics: ['cim', 'core'],
      head_commit: 'a'.repeat(40),
      pushed_at: '2025-01-20T09:00:00Z',
      tags: ['v0.1.0', 'v0.2.0'],
      releases: [{ tag_name: 'v0.2.0', published_at: '2025-01-19T00:00:00Z' }],
      files: {
        'Cargo.toml': '[package]\nname = "cim-domain"\nversion = "0.2.0"\n',
        'cim.yaml': `module:\n  name: cim-domain\n  type: core\n  description: "${'x'.repeat(120)}"\n`,
        'crates/core/Cargo.toml': '[package]\nname = "cim-domain-core"\n',
      },
    },
    {
      name: 'cim-secret',
      description: 'A private domain',
      topics: ['cim'],
      private: true,
      files: { 'Cargo.toml': '[package]\nname = "cim-secret"\n' },
    },
    { name: 'cim-old', topics: ['cim'], archived: true, files: {} },
    { name: 'cim-forked', topics: ['cim'], fork: true, files: {} },
    { name: 'cim-locked', topics: ['cim'], files: { 'README.md': 'locked\n' } },
    { name: 'website', description: 'Not a module', homepage: '', files: { 'index.html': '<h1>hi</h1>\n' } },
  ],
}

const TOKEN = 'full-access-token'
const LIMITED = 'limited-token'
const SSO = 'sso-blocked-token'

let fake: FakeGitHub
let plain: ReturnType<typeof getOctokit>

beforeAll(async () => {
  fake = await FakeGitHub.start({
    snapshot,
    tokens: { [TOKEN]: {}, [LIMITED]: { canSeePrivate: false, canWrite: false }, [SSO]: { ssoBlocked: true } },
    protectedBranches: ['cim-locked:main'],
  })
  plain = getOctokit(TOKEN, { baseUrl: fake.url })
})

afterAll(async () => {
  await fake.stop()
})

afterEach(() => {
  fake.clearFaults()
  // Every test leaves no violation behind; tests that provoke one on purpose assert it and clear it.
  expect(fake.violations).toEqual([])
})

/** Takes the violations a test provoked on purpose. */
function takeViolations(): string[] {
  const seen = [...fake.violations]
  fake.clearViolations()
  return seen
}

/** What Octokit throws: a RequestError (status, response) or a GraphqlResponseError (errors, data, headers). */
interface Failure {
  status?: number
  message: string
  response?: { headers: Record<string, string>; data: unknown }
  errors?: { type?: string; message: string; path?: unknown[]; extensions?: Record<string, unknown> }[]
  data?: unknown
  headers?: Record<string, string>
}

async function failure(promise: Promise<unknown>): Promise<Failure> {
  try {
    await promise
  } catch (error) {
    return error as never
  }
  throw new Error('expected the request to fail')
}

describe('REST through the real client', () => {
  it('gets a repository as a full object that passes the strict contract, with GitHub rate-limit headers', async () => {
    const client = createGitHubClient({ token: TOKEN, baseUrl: fake.url })
    const { data, headers } = await client.rest.repos.get({ owner: ORG, repo: 'cim-domain' })
    expect(data).toMatchObject({
      full_name: 'acme/cim-domain',
      private: false,
      default_branch: 'main',
      topics: ['cim', 'core'],
      visibility: 'public',
    })
    expect(data.owner.login).toBe(ORG)
    expect(data.pushed_at).toBe('2025-01-20T09:00:00Z')
    expect(data.html_url).toBe('https://github.com/acme/cim-domain')
    expect(headers['x-ratelimit-limit']).toBe('5000')
    expect(headers['x-ratelimit-resource']).toBe('core')
    expect(Number(headers['x-ratelimit-used'])).toBeGreaterThan(0)
    expect(Number(headers['x-ratelimit-remaining'])).toBe(5000 - Number(headers['x-ratelimit-used']))
    expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000)
  })

  it('answers a missing repository with GitHub 404 body', async () => {
    const error = await failure(plain.rest.repos.get({ owner: ORG, repo: 'nope' }))
    expect(error.status).toBe(404)
    expect(error.response?.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository',
      status: '404',
    })
  })

  it('reads file contents as base64 wrapped at 60 columns, at a ref, nested and as a directory', async () => {
    const { data } = await plain.rest.repos.getContent({ owner: ORG, repo: 'cim-domain', path: 'cim.yaml' })
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file')
    const lines = data.content.split('\n')
    expect(lines.at(-1)).toBe('')
    expect(lines.slice(0, -2).every((line) => line.length === 60)).toBe(true)
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe(snapshot.repositories[1]!.files!['cim.yaml'])
    expect(data.encoding).toBe('base64')

    // Octokit sends the slash inside `path` as %2F; both forms must route.
    const nested = await plain.rest.repos.getContent({
      owner: ORG,
      repo: 'cim-domain',
      path: 'crates/core/Cargo.toml',
      ref: 'v0.1.0',
    })
    expect((nested.data as { path: string }).path).toBe('crates/core/Cargo.toml')
    const raw = await fetch(`${fake.url}/repos/${ORG}/cim-domain/contents/crates/core/Cargo.toml`, {
      headers: { authorization: `token ${TOKEN}` },
    })
    expect(raw.status).toBe(200)

    const root = await plain.rest.repos.getContent({ owner: ORG, repo: 'cim-domain', path: '' })
    expect((root.data as { name: string; type: string }[]).map((entry) => `${entry.type}:${entry.name}`)).toEqual([
      'file:Cargo.toml',
      'file:cim.yaml',
      'dir:crates',
    ])

    const missing = await failure(plain.rest.repos.getContent({ owner: ORG, repo: 'cim-domain', path: 'nope.yaml' }))
    expect(missing.status).toBe(404)
    expect(missing.response?.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      status: '404',
    })
  })

  it('lists commits newest first, following parents, with Link pagination', async () => {
    const commits = await plain.paginate(plain.rest.repos.listCommits, { owner: ORG, repo: 'cim-domain', per_page: 1 })
    expect(commits.map((commit) => commit.sha)[0]).toBe('a'.repeat(40))
    expect(commits.map((commit) => commit.commit.message)).toEqual([
      'Snapshot head',
      'Release v0.2.0',
      'Release v0.1.0',
    ])
    expect(commits[0]!.parents[0]!.sha).toBe(commits[1]!.sha)
    const page = await plain.rest.repos.listCommits({ owner: ORG, repo: 'cim-domain', per_page: 1, page: 2 })
    expect(page.headers.link).toContain('rel="prev"')
    expect(page.headers.link).toContain('rel="next"')
  })

  it('lists the organization with type filters and pagination', async () => {
    const all = await plain.paginate(plain.rest.repos.listForOrg, { org: ORG, per_page: 2, sort: 'full_name' })
    expect(all.map((repo) => repo.name)).toEqual([
      'cim',
      'cim-domain',
      'cim-forked',
      'cim-locked',
      'cim-old',
      'cim-secret',
      'website',
    ])
    const forks = await plain.rest.repos.listForOrg({ org: ORG, type: 'forks' })
    expect(forks.data.map((repo) => repo.name)).toEqual(['cim-forked'])
  })

  it('sends a repository_dispatch and refuses a client_payload of more than 10 keys as GitHub does', async () => {
    const client = createGitHubClient({ token: TOKEN, baseUrl: fake.url })
    const response = await client.rest.repos.createDispatchEvent({
      owner: ORG,
      repo: 'cim',
      event_type: 'module-updated',
      client_payload: { module: 'cim-domain' },
    })
    expect(response.status).toBe(204)
    expect(fake.dispatches.at(-1)).toEqual({
      repo: 'cim',
      event_type: 'module-updated',
      client_payload: { module: 'cim-domain' },
    })

    const eleven = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]))
    const error = await failure(
      plain.rest.repos.createDispatchEvent({
        owner: ORG,
        repo: 'cim',
        event_type: 'module-updated',
        client_payload: eleven,
      }),
    )
    expect(error.status).toBe(422)
    expect((error.response?.data as { message: string }).message).toBe(
      'Invalid request.\n\nNo more than 10 properties are allowed; 11 were supplied.',
    )
    expect(fake.dispatches).toHaveLength(1)
    expect(takeViolations()).toEqual([expect.stringContaining('/client_payload must NOT have more than 10 properties')])
  })
})

describe('search', () => {
  let big: FakeGitHub
  beforeAll(async () => {
    big = await FakeGitHub.start({
      snapshot: syntheticOrg(1_300, { nonModuleEvery: 1_000_000, forkEvery: 1_000_000, privateEvery: 1_000_000 }),
    })
  })
  afterAll(async () => {
    expect(big.violations).toEqual([])
    await big.stop()
  })

  it('applies GitHub qualifiers: org, topic, in:name, fork, archived and free text', async () => {
    const names = async (q: string) =>
      (await plain.rest.search.repos({ q, per_page: 100 })).data.items.map((item) => item.name).sort()
    expect(await names(`org:${ORG} topic:cim`)).toEqual(['cim-domain', 'cim-locked', 'cim-old', 'cim-secret'])
    expect(await names(`org:${ORG} topic:cim fork:true`)).toEqual([
      'cim-domain',
      'cim-forked',
      'cim-locked',
      'cim-old',
      'cim-secret',
    ])
    expect(await names(`org:${ORG} topic:cim archived:false`)).toEqual(['cim-domain', 'cim-locked', 'cim-secret'])
    expect(await names(`user:${ORG} secret in:name`)).toEqual(['cim-secret'])
    expect(await names(`org:${ORG} patterns`)).toEqual(['cim-domain'])
    expect(await names('org:someone-else')).toEqual([])
  })

  it('paginates past pages with Link headers and stops at the 1,000-result cap', async () => {
    const client = getOctokit(TOKEN, { baseUrl: big.url })
    const first = await client.rest.search.repos({ q: 'org:synthetic-org topic:cim', per_page: 100 })
    expect(first.data.total_count).toBe(1_299)
    expect(first.data.incomplete_results).toBe(false)
    expect(first.headers.link).toContain('page=10>; rel="last"')
    const items = await client.paginate(client.rest.search.repos, { q: 'org:synthetic-org topic:cim', per_page: 100 })
    expect(items).toHaveLength(1_000)
    expect(new Set(items.map((item) => item.name)).size).toBe(1_000)
    const beyond = await failure(
      client.rest.search.repos({ q: 'org:synthetic-org topic:cim', per_page: 100, page: 11 }),
    )
    expect(beyond.status).toBe(422)
    expect((beyond.response?.data as { message: string }).message).toBe(
      'Only the first 1000 search results are available',
    )
  })

  it('serves one page through the project client', async () => {
    const client = createGitHubClient({ token: TOKEN, baseUrl: big.url })
    const { data, headers } = await client.rest.search.repos({ q: 'org:synthetic-org topic:cim', per_page: 5 })
    expect(data.items).toHaveLength(5)
    expect(headers['x-ratelimit-resource']).toBe('search')
    expect(headers['x-ratelimit-limit']).toBe('30')
  })

  it('says incomplete_results when told to, with part of the hits', async () => {
    big.setSearchIncomplete(true)
    try {
      const client = getOctokit(TOKEN, { baseUrl: big.url })
      const { data } = await client.rest.search.repos({ q: 'org:synthetic-org topic:cim', per_page: 100 })
      expect(data.incomplete_results).toBe(true)
      expect(data.total_count).toBeLessThan(1_299)
    } finally {
      big.setSearchIncomplete(false)
    }
  })

  it('refuses a qualifier it does not implement instead of ignoring it', async () => {
    const error = await failure(plain.rest.search.repos({ q: `org:${ORG} stars:>10` }))
    expect(error.status).toBe(501)
    expect(takeViolations()).toEqual(['fake: search qualifier stars: is not implemented by the fake'])
  })
})

const LISTING = `query listRepositories($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    repositories(first: $first, after: $after, isFork: false, orderBy: {field: NAME, direction: ASC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name nameWithOwner description url isPrivate isArchived isFork visibility pushedAt updatedAt viewerPermission
        repositoryTopics(first: 10) { nodes { topic { name } } }
        defaultBranchRef { name prefix target { ... on Commit { oid committedDate } } }
        cimYaml: object(expression: "HEAD:cim.yaml") { ...blob }
        cargoToml: object(expression: "HEAD:Cargo.toml") { ...blob }
        tags: refs(refPrefix: "refs/tags/", first: 5, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) { nodes { name } }
      }
    }
  }
}
fragment blob on Blob { oid text byteSize isBinary isTruncated }`

interface ListingPage {
  organization: {
    repositories: {
      totalCount: number
      pageInfo: { hasNextPage: boolean; endCursor: string | null }
      nodes: {
        name: string
        isPrivate: boolean
        visibility: string
        defaultBranchRef: { name: string; prefix: string; target: { oid: string; committedDate: string } }
        cimYaml: { text: string; byteSize: number; isBinary: boolean } | null
        cargoToml: { text: string } | null
        tags: { nodes: { name: string }[] }
        repositoryTopics: { nodes: { topic: { name: string } }[] }
      }[]
    }
  }
}

describe('GraphQL', () => {
  it('lists the organization page by page with aliases and fragments', async () => {
    const names: string[] = []
    let after: string | null = null
    let pages = 0
    for (;;) {
      const page: ListingPage = await plain.graphql<ListingPage>(LISTING, { org: ORG, first: 2, after })
      pages++
      const connection = page.organization.repositories
      expect(connection.totalCount).toBe(6)
      names.push(...connection.nodes.map((node) => node.name))
      if (!connection.pageInfo.hasNextPage) break
      after = connection.pageInfo.endCursor
    }
    expect(pages).toBe(3)
    expect(names).toEqual(['cim', 'cim-domain', 'cim-locked', 'cim-old', 'cim-secret', 'website'])

    const page = await plain.graphql<ListingPage>(LISTING, { org: ORG, first: 2, after: null })
    const domain = page.organization.repositories.nodes[1]!
    expect(domain.defaultBranchRef).toEqual({
      name: 'main',
      prefix: 'refs/heads/',
      target: { oid: 'a'.repeat(40), committedDate: '2025-01-20T09:00:00Z' },
    })
    expect(domain.cimYaml?.text).toBe(snapshot.repositories[1]!.files!['cim.yaml'])
    expect(domain.cimYaml?.byteSize).toBe(Buffer.byteLength(snapshot.repositories[1]!.files!['cim.yaml']!))
    expect(domain.tags.nodes.map((tag) => tag.name)).toEqual(['v0.2.0', 'v0.1.0'])
    expect(domain.repositoryTopics.nodes.map((node) => node.topic.name)).toEqual(['cim', 'core'])
    expect(page.organization.repositories.nodes[0]!.cimYaml).toBeNull()
  })

  it('answers many aliased repositories, object forms, trees, refs and release in one query', async () => {
    const data = await plain.graphql<Record<string, Record<string, unknown>>>(`query readMany {
      a: repository(owner: "${ORG}", name: "cim-domain") {
        head: object(expression: "HEAD:Cargo.toml") { ... on Blob { text } }
        branch: object(expression: "main:Cargo.toml") { ... on Blob { text } }
        atOid: object(expression: "${'a'.repeat(40)}:cim.yaml") { ... on Blob { byteSize } }
        atTag: object(expression: "v0.1.0:Cargo.toml") { ... on Blob { oid } }
        crates: object(expression: "HEAD:crates") { ... on Tree { entries { name type path object { ... on Tree { entries { name object { ... on Blob { text isBinary } } } } } } } }
        commit: object(expression: "HEAD") { ... on Commit { oid messageHeadline parents(first: 1) { nodes { oid } } } }
        ref(qualifiedName: "refs/heads/main") { name target { oid } }
        short: ref(qualifiedName: "v0.2.0") { prefix }
        latestRelease { tagName isLatest }
      }
      b: repository(owner: "${ORG}", name: "cim") { nameWithOwner registry: object(expression: "HEAD:registry/modules.yaml") { ... on Blob { text } } }
      c: repository(owner: "${ORG}", name: "cim-secret") { isPrivate visibility }
    }`)
    expect(data.a!.head).toEqual({ text: '[package]\nname = "cim-domain"\nversion = "0.2.0"\n' })
    expect(data.a!.branch).toEqual(data.a!.head)
    expect(data.a!.atOid).toEqual({ byteSize: Buffer.byteLength(snapshot.repositories[1]!.files!['cim.yaml']!) })
    expect(data.a!.crates).toEqual({
      entries: [
        {
          name: 'core',
          type: 'tree',
          path: 'crates/core',
          object: {
            entries: [
              { name: 'Cargo.toml', object: { text: '[package]\nname = "cim-domain-core"\n', isBinary: false } },
            ],
          },
        },
      ],
    })
    expect(data.a!.commit).toMatchObject({ oid: 'a'.repeat(40), messageHeadline: 'Snapshot head' })
    expect(data.a!.ref).toEqual({ name: 'main', target: { oid: 'a'.repeat(40) } })
    expect(data.a!.short).toEqual({ prefix: 'refs/tags/' })
    expect(data.a!.latestRelease).toEqual({ tagName: 'v0.2.0', isLatest: true })
    expect(data.b).toEqual({ nameWithOwner: 'acme/cim', registry: { text: 'schema_version: 1\nmodules: {}\n' } })
    expect(data.c).toEqual({ isPrivate: true, visibility: 'PRIVATE' })
  })

  it('searches repositories with repositoryCount, page by page through edges', async () => {
    type Search = {
      search: {
        repositoryCount: number
        pageInfo: { hasNextPage: boolean }
        edges: { cursor: string; node: { name: string } }[]
      }
    }
    const query = `query find($q: String!, $after: String) {
      search(query: $q, type: REPOSITORY, first: 2, after: $after) {
        repositoryCount pageInfo { hasNextPage } edges { cursor node { ... on Repository { name } } }
      }
    }`
    const q = `org:${ORG} topic:cim archived:false`
    const first = await plain.graphql<Search>(query, { q })
    expect(first.search.repositoryCount).toBe(3)
    expect(first.search.pageInfo.hasNextPage).toBe(true)
    const second = await plain.graphql<Search>(query, { q, after: first.search.edges.at(-1)!.cursor })
    expect(second.search.pageInfo.hasNextPage).toBe(false)
    const names = [...first.search.edges, ...second.search.edges].map((edge) => edge.node.name)
    expect(names.sort()).toEqual(['cim-domain', 'cim-locked', 'cim-secret'])
  })

  it('reports rateLimit with the cost and node count GitHub would compute', async () => {
    const query = `query cost { rateLimit { limit cost remaining used resetAt nodeCount }
      organization(login: "${ORG}") { repositories(first: 10) { nodes { repositoryTopics(first: 5) { nodes { topic { name } } } } } } }`
    const first = await plain.graphql<{
      rateLimit: { limit: number; cost: number; used: number; remaining: number; nodeCount: number; resetAt: string }
    }>(query)
    expect(first.rateLimit).toMatchObject({ limit: 5000, cost: 1, nodeCount: 10 + 10 * 5 })
    expect(first.rateLimit.remaining).toBe(5000 - first.rateLimit.used)
    const second = await plain.graphql<{ rateLimit: { used: number } }>(query)
    expect(second.rateLimit.used).toBe(first.rateLimit.used + 1)
  })

  it('refuses a query with a field GitHub does not have, before running it', async () => {
    const error = await failure(plain.graphql(`query broken { repository(owner: "${ORG}", name: "cim") { cimYaml } }`))
    expect(error.errors?.[0]?.message).toBe('Cannot query field "cimYaml" on type "Repository".')
    expect(error.data).toBeUndefined()
    expect(takeViolations()).toEqual([
      `client: graphql:broken is not valid against GitHub's schema: Cannot query field "cimYaml" on type "Repository".`,
    ])
  })

  it('refuses first over 100 as GitHub does', async () => {
    const error = await failure(plain.graphql(LISTING, { org: ORG, first: 101 }))
    expect(error.errors?.[0]).toMatchObject({
      type: 'EXCESSIVE_PAGINATION',
      path: ['organization', 'repositories'],
      message: 'Requesting 101 records on the `repositories` connection exceeds the `first` limit of 100 records.',
    })
    expect(takeViolations()).toEqual([
      expect.stringContaining('client: graphql:listRepositories: EXCESSIVE_PAGINATION'),
    ])
  })

  it('refuses a query over the 500,000-node limit before running it', async () => {
    const error = await failure(
      plain.graphql(`query huge { organization(login: "${ORG}") { repositories(first: 100) { nodes {
        refs(refPrefix: "refs/tags/", first: 100) { nodes { target { ... on Commit { history(first: 100) { nodes { oid } } } } } } } } } }`),
    )
    expect(error.errors).toEqual([
      {
        type: 'MAX_NODE_LIMIT_EXCEEDED',
        message: 'This query requests up to 1,010,100 possible nodes which exceeds the maximum limit of 500,000.',
      },
    ])
    expect(takeViolations()).toEqual([
      "client: graphql:huge asks for up to 1010100 nodes, over GitHub's limit of 500000",
    ])
  })

  it('answers a missing repository with NOT_FOUND and null data', async () => {
    const error = await failure(plain.graphql(`query one { repository(owner: "${ORG}", name: "nope") { name } }`))
    expect(error.errors).toEqual([
      expect.objectContaining({
        type: 'NOT_FOUND',
        path: ['repository'],
        message: "Could not resolve to a Repository with the name 'acme/nope'.",
      }),
    ])
    expect(error.data).toEqual({ repository: null })
  })

  it('records a field the fake does not implement as a violation instead of a silent null', async () => {
    const data = await plain.graphql<{ repository: { homepageUrl: string | null; mirrorUrl: string | null } }>(
      `query gap { repository(owner: "${ORG}", name: "cim") { homepageUrl mirrorUrl } }`,
    )
    expect(data.repository.mirrorUrl).toBeNull()
    expect(takeViolations()).toEqual([
      'fake: graphql:gap reads Repository.mirrorUrl, which the fake does not implement',
    ])
  })
})

const COMMIT = `mutation commitRegistry($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url committedDate parents(first: 1) { nodes { oid } } } ref { name target { oid } } }
}`

function commitInput(repo: string, expectedHeadOid: string, files: Record<string, string>, deletions: string[] = []) {
  return {
    input: {
      branch: { repositoryNameWithOwner: `${ORG}/${repo}`, branchName: 'main' },
      expectedHeadOid,
      message: { headline: 'Update the registry', body: 'Trigger: test' },
      fileChanges: {
        additions: Object.entries(files).map(([path, text]) => ({
          path,
          contents: Buffer.from(text).toString('base64'),
        })),
        deletions: deletions.map((path) => ({ path })),
      },
    },
  }
}

describe('blobs over the GraphQL text limit', () => {
  // 'a' then 2-byte characters: byte 512,000 falls inside one, so the cut must step back to 511,999 bytes.
  const big = `a${'é'.repeat(300_000)}`
  const bigBytes = Buffer.byteLength(big)
  type BlobFields = { text: string | null; isTruncated: boolean; byteSize: number; oid: string }

  beforeAll(() => {
    fake.addRepo({ name: 'big-files', files: { 'big.txt': big, 'small.txt': 'small\n' } })
  })

  afterAll(() => {
    fake.deleteRepo('big-files')
  })

  async function blobs(): Promise<{ big: BlobFields; small: BlobFields }> {
    const data = await plain.graphql<{ repository: { big: BlobFields; small: BlobFields } }>(`query blobs {
      repository(owner: "${ORG}", name: "big-files") {
        big: object(expression: "HEAD:big.txt") { ... on Blob { text isTruncated byteSize oid } }
        small: object(expression: "HEAD:small.txt") { ... on Blob { text isTruncated byteSize oid } }
      }
    }`)
    return data.repository
  }

  it('cuts Blob.text at 512,000 bytes, at a character boundary, and says isTruncated', async () => {
    const { big: cut, small } = await blobs()
    expect(bigBytes).toBe(600_001)
    expect(cut.isTruncated).toBe(true)
    expect(cut.byteSize).toBe(bigBytes)
    expect(Buffer.byteLength(cut.text!)).toBe(511_999)
    expect(big.startsWith(cut.text!)).toBe(true)
    expect(small).toMatchObject({ text: 'small\n', isTruncated: false, byteSize: 6 })
  })

  it('serves the blob whole over git/get-blob by the oid GraphQL gives, within the strict contract', async () => {
    const { big: cut, small } = await blobs()
    const { data } = await plain.rest.git.getBlob({ owner: ORG, repo: 'big-files', file_sha: cut.oid })
    expect(data).toMatchObject({
      sha: cut.oid,
      size: bigBytes,
      encoding: 'base64',
      url: `${fake.url}/repos/${ORG}/big-files/git/blobs/${cut.oid}`,
    })
    expect(data.node_id).toEqual(expect.any(String))
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe(big)
    // The oid is git's own (`printf 'small\n' | git hash-object --stdin`), and git/get-blob takes it.
    expect(small.oid).toBe('ac790413e2d7a26c3767e78c57bb28716686eebc')
    expect((await plain.rest.git.getBlob({ owner: ORG, repo: 'big-files', file_sha: small.oid })).data.content).toBe(
      `${Buffer.from('small\n').toString('base64')}\n`,
    )
    expect(fake.violations).toEqual([])
  })

  it('keeps serving a blob the branch no longer holds, and answers 404 for an unknown sha or repository', async () => {
    const { small } = await blobs()
    fake.push('big-files', { files: { 'small.txt': 'changed\n' } })
    expect((await plain.rest.git.getBlob({ owner: ORG, repo: 'big-files', file_sha: small.oid })).data.size).toBe(6)
    const unknown = await failure(plain.rest.git.getBlob({ owner: ORG, repo: 'big-files', file_sha: '0'.repeat(40) }))
    expect(unknown.status).toBe(404)
    expect(unknown.response?.data).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/git/blobs#get-a-blob',
      status: '404',
    })
    const elsewhere = await failure(plain.rest.git.getBlob({ owner: ORG, repo: 'cim', file_sha: small.oid }))
    expect(elsewhere.status).toBe(404)
  })
})

describe('createCommitOnBranch', () => {
  it('commits on the head, then refuses a stale expectedHeadOid with STALE_DATA', async () => {
    const before = fake.repo('cim')
    const data = await plain.graphql<{
      createCommitOnBranch: {
        commit: { oid: string; url: string; committedDate: string; parents: { nodes: { oid: string }[] } }
        ref: { target: { oid: string } }
      }
    }>(
      COMMIT,
      commitInput('cim', before.head, { 'registry/modules.yaml': 'schema_version: 1\nmodules:\n  cim-domain: {}\n' }, [
        'README.md',
      ]),
    )
    const commit = data.createCommitOnBranch.commit
    expect(commit.oid).toMatch(/^[0-9a-f]{40}$/)
    expect(commit.parents.nodes[0]!.oid).toBe(before.head)
    expect(commit.url).toBe(`https://github.com/acme/cim/commit/${commit.oid}`)
    expect(data.createCommitOnBranch.ref.target.oid).toBe(commit.oid)
    const after = fake.repo('cim')
    expect(after.head).toBe(commit.oid)
    expect(after.files).toEqual({ 'registry/modules.yaml': 'schema_version: 1\nmodules:\n  cim-domain: {}\n' })
    expect(after.commits[0]).toMatchObject({
      sha: commit.oid,
      message: 'Update the registry\n\nTrigger: test',
      parent: before.head,
    })

    const stale = await failure(plain.graphql(COMMIT, commitInput('cim', before.head, { 'registry/x': 'y' })))
    expect(stale.errors).toEqual([
      expect.objectContaining({
        type: 'STALE_DATA',
        path: ['createCommitOnBranch'],
        message: `Expected branch to point to "${before.head}" but it did not. Pull and try again.`,
      }),
    ])
    expect(stale.data).toEqual({ createCommitOnBranch: null })
    expect(fake.repo('cim').head).toBe(commit.oid)
  })

  it('refuses a protected branch and a token without write access', async () => {
    const head = fake.repo('cim-locked').head
    const locked = await failure(plain.graphql(COMMIT, commitInput('cim-locked', head, { a: 'b' })))
    expect(locked.errors?.[0]?.message).toBe(
      "protected branch 'main' check failed:\n  Changes must be made through a pull request.",
    )

    const readOnly = getOctokit(LIMITED, { baseUrl: fake.url })
    const forbidden = await failure(readOnly.graphql(COMMIT, commitInput('cim', fake.repo('cim').head, { a: 'b' })))
    expect(forbidden.errors).toEqual([
      expect.objectContaining({
        type: 'FORBIDDEN',
        message: 'Resource not accessible by integration',
        extensions: { saml_failure: false },
      }),
    ])
    expect(fake.repo('cim-locked').head).toBe(head)
  })
})

describe('tokens', () => {
  it('hides private repositories from a token that cannot see them, everywhere', async () => {
    const limited = getOctokit(LIMITED, { baseUrl: fake.url })
    const hidden = await failure(limited.rest.repos.get({ owner: ORG, repo: 'cim-secret' }))
    expect(hidden.status).toBe(404)
    const listed = await limited.paginate(limited.rest.repos.listForOrg, { org: ORG })
    expect(listed.map((repo) => repo.name)).not.toContain('cim-secret')
    const found = await limited.rest.search.repos({ q: `org:${ORG} topic:cim` })
    expect(found.data.items.map((item) => item.name)).not.toContain('cim-secret')
    const page = await limited.graphql<ListingPage>(LISTING, { org: ORG, first: 100 })
    expect(page.organization.repositories.totalCount).toBe(5)
    expect(page.organization.repositories.nodes.every((node) => !node.isPrivate)).toBe(true)
    const missing = await failure(
      limited.graphql(`query one { repository(owner: "${ORG}", name: "cim-secret") { name } }`),
    )
    expect(missing.errors?.[0]?.type).toBe('NOT_FOUND')
  })

  it('answers 401 without a token or with an unknown one, on REST and GraphQL', async () => {
    const none = await fetch(`${fake.url}/repos/${ORG}/cim`)
    expect(none.status).toBe(401)
    expect(await none.json()).toEqual({
      message: 'Requires authentication',
      documentation_url: 'https://docs.github.com/rest/repos/repos#get-a-repository',
      status: '401',
    })
    const bad = await failure(
      getOctokit('unknown-token', { baseUrl: fake.url }).rest.repos.get({ owner: ORG, repo: 'cim' }),
    )
    expect(bad.status).toBe(401)
    expect((bad.response?.data as { message: string }).message).toBe('Bad credentials')
    const graphql = await fetch(`${fake.url}/graphql`, {
      method: 'POST',
      body: JSON.stringify({ query: '{ rateLimit { cost } }' }),
    })
    expect(graphql.status).toBe(401)
  })

  it('refuses an SSO-blocked token with 403 and X-GitHub-SSO on REST, FORBIDDEN saml_failure on GraphQL', async () => {
    const blocked = getOctokit(SSO, { baseUrl: fake.url })
    const rest = await failure(blocked.rest.repos.get({ owner: ORG, repo: 'cim' }))
    expect(rest.status).toBe(403)
    expect(rest.response?.headers['x-github-sso']).toMatch(
      /^required; url=https:\/\/github\.com\/orgs\/acme\/sso\?authorization_request=/,
    )
    const graphql = await failure(blocked.graphql(`query one { repository(owner: "${ORG}", name: "cim") { name } }`))
    expect(graphql.errors).toEqual([expect.objectContaining({ type: 'FORBIDDEN', extensions: { saml_failure: true } })])
    expect(graphql.headers?.['x-github-sso']).toMatch(/^partial-results; organizations=\d+$/)
    const search = await blocked.rest.search.repos({ q: `org:${ORG}` })
    expect(search.data.items).toEqual([])
    expect(search.headers['x-github-sso']).toMatch(/^partial-results; organizations=\d+$/)
  })
})

describe('faults', () => {
  const onRepo = (repo: string) => (request: { url: string }) => request.url === `/repos/${ORG}/${repo}`

  it('answers 500 and 502 with GitHub bodies; the retry layer retries them', async () => {
    const handle = fake.injectFault({ kind: 'status-500', times: 1, match: onRepo('cim') })
    const client = createGitHubClient({ token: TOKEN, baseUrl: fake.url })
    const { status } = await client.rest.repos.get({ owner: ORG, repo: 'cim' })
    expect(status).toBe(200)
    expect(handle.hits).toBe(1)
    expect(fake.requests.slice(-2).map((entry) => entry.status)).toEqual([500, 200])

    fake.injectFault({ kind: 'status-502', times: 1, match: onRepo('cim') })
    const bare = await fetch(`${fake.url}/repos/${ORG}/cim`, { headers: { authorization: `token ${TOKEN}` } })
    expect(bare.status).toBe(502)
    expect(await bare.json()).toMatchObject({ message: 'Server Error' })
  })

  it('answers a primary rate limit with remaining 0 and reset; the retry layer waits it out', async () => {
    const log: string[] = []
    fake.injectFault({ kind: 'rate-limit', times: 1, retryAfterSeconds: 0, match: onRepo('cim-domain') })
    const client = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log: (line) => log.push(line) })
    const { status } = await client.rest.repos.get({ owner: ORG, repo: 'cim-domain' })
    expect(status).toBe(200)
    expect(log).toEqual([
      expect.stringMatching(/^rate limit reached for GET \/repos\/\{owner\}\/\{repo\}; retrying in [12] s$/),
    ])

    fake.injectFault({ kind: 'rate-limit', times: 1, status: 429, match: onRepo('cim') })
    const bare = await fetch(`${fake.url}/repos/${ORG}/cim`, { headers: { authorization: `token ${TOKEN}` } })
    expect(bare.status).toBe(429)
    expect(bare.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(Number(bare.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 + 30)
  })

  it('answers a secondary rate limit with retry-after; the retry layer waits it out', async () => {
    const log: string[] = []
    fake.injectFault({ kind: 'secondary-rate-limit', times: 1, retryAfterSeconds: 1, match: onRepo('cim') })
    const client = createGitHubClient({ token: TOKEN, baseUrl: fake.url, log: (line) => log.push(line) })
    const { status } = await client.rest.repos.get({ owner: ORG, repo: 'cim' })
    expect(status).toBe(200)
    expect(log).toEqual(['secondary rate limit for GET /repos/{owner}/{repo}; retrying in 1 s'])
    expect(fake.requests.slice(-2).map((entry) => entry.status)).toEqual([403, 200])
  })

  it('hangs until the client gives up, or destroys the socket after hangMs', async () => {
    fake.injectFault({ kind: 'timeout', times: 1, match: onRepo('cim') })
    const gaveUp = await fetch(`${fake.url}/repos/${ORG}/cim`, {
      headers: { authorization: `token ${TOKEN}` },
      signal: AbortSignal.timeout(200),
    }).catch((error: Error) => error)
    expect((gaveUp as Error).name).toBe('TimeoutError')

    fake.injectFault({ kind: 'timeout', times: 1, hangMs: 50, match: onRepo('cim') })
    const dropped = await fetch(`${fake.url}/repos/${ORG}/cim`, { headers: { authorization: `token ${TOKEN}` } }).catch(
      (error: Error) => error,
    )
    expect((dropped as Error).message).toBe('fetch failed')
  })

  it('answers GraphQL resource limits, timeouts and rate limits as GitHub does', async () => {
    const query = `query one { repository(owner: "${ORG}", name: "cim") { name } }`
    fake.injectFault({ kind: 'graphql-resource-limit', times: 1 })
    const limited = await failure(plain.graphql(query))
    expect(limited.errors).toEqual([
      { type: 'RESOURCE_LIMITS_EXCEEDED', message: 'Resource limits for this query exceeded.' },
    ])

    fake.injectFault({ kind: 'graphql-timeout', times: 1, match: (request) => request.operation === 'graphql:one' })
    const timedOut = await failure(plain.graphql(query))
    expect(timedOut.errors?.[0]?.message).toMatch(
      /^Something went wrong while executing your query\. This may be the result of a timeout/,
    )

    fake.injectFault({ kind: 'rate-limit', times: 1 })
    const rated = await failure(plain.graphql(query))
    expect(rated.errors?.[0]?.type).toBe('RATE_LIMITED')
    expect(rated.headers?.['x-ratelimit-remaining']).toBe('0')
  })

  it('fires with a seeded probability, the same way on every run', async () => {
    const pattern = async () => {
      fake.clearFaults()
      fake.injectFault({ kind: 'status-500', probability: 0.5, seed: 42, match: onRepo('website') })
      const statuses: number[] = []
      for (let i = 0; i < 12; i++) {
        statuses.push(
          (await fetch(`${fake.url}/repos/${ORG}/website`, { headers: { authorization: `token ${TOKEN}` } })).status,
        )
      }
      return statuses
    }
    const first = await pattern()
    expect(first).toContain(500)
    expect(first).toContain(200)
    expect(await pattern()).toEqual(first)
  })

  it('adds latency to every answer', async () => {
    fake.setLatency(120)
    try {
      const started = performance.now()
      await plain.rest.repos.get({ owner: ORG, repo: 'cim' })
      expect(performance.now() - started).toBeGreaterThanOrEqual(110)
    } finally {
      fake.setLatency(0)
    }
  })

  it('enforces the primary rate limit once the budget is spent, when asked to', async () => {
    const strict = await FakeGitHub.start({ snapshot, rateLimits: { core: 2 }, enforceRateLimits: true })
    try {
      const get = () => fetch(`${strict.url}/repos/${ORG}/cim`, { headers: { authorization: `token ${TOKEN}` } })
      expect((await get()).headers.get('x-ratelimit-remaining')).toBe('1')
      expect((await get()).headers.get('x-ratelimit-remaining')).toBe('0')
      const refused = await get()
      expect(refused.status).toBe(403)
      expect(refused.headers.get('x-ratelimit-remaining')).toBe('0')
      expect(strict.violations).toEqual([])
    } finally {
      await strict.stop()
    }
  })
})

describe('contract', () => {
  it('records an unknown route, a wrong method and a real route the fake does not implement', async () => {
    const headers = { authorization: `token ${TOKEN}` }
    expect((await fetch(`${fake.url}/repos/${ORG}/cim/cim-yaml`, { headers })).status).toBe(404)
    expect((await fetch(`${fake.url}/search/repositories?q=x`, { method: 'DELETE', headers })).status).toBe(405)
    const tags = await failure(plain.rest.repos.listTags({ owner: ORG, repo: 'cim' }))
    expect(tags.status).toBe(501)
    expect(takeViolations()).toEqual([
      'client: GET /repos/acme/cim/cim-yaml: no GitHub route matches this path',
      "client: DELETE /search/repositories?q=x: GitHub's /search/repositories takes GET, not DELETE",
      'fake: GET /repos/{owner}/{repo}/tags is a GitHub route the fake does not implement',
    ])
  })

  it('records a query parameter GitHub does not take', async () => {
    const error = await failure(
      plain.request('GET /repos/{owner}/{repo}/commits', { owner: ORG, repo: 'cim', perpage: 5 }),
    )
    expect(error.status).toBe(422)
    expect(takeViolations()).toEqual([
      'client: GET /repos/acme/cim/commits?perpage=5: query parameter perpage is not one repos/list-commits takes',
    ])
  })

  it('catches a response that breaks the contract: a missing required property and invented ones, nested too', async () => {
    const untamper = fake.tamper('repos/get', (body) => {
      const { language, owner, ...rest } = body as Record<string, unknown>
      return { ...rest, owner: { ...(owner as object), is_org: true }, cim_config: { language } }
    })
    try {
      const error = await failure(plain.rest.repos.get({ owner: ORG, repo: 'cim' }))
      expect(error.status).toBe(500)
    } finally {
      untamper()
    }
    const [violation, ...rest] = takeViolations()
    expect(rest).toEqual([])
    expect(violation).toContain('fake: repos/get 200 response breaks the contract')
    expect(violation).toContain("(root) must have required property 'language'")
    expect(violation).toContain('(root) must NOT have unevaluated properties {"unevaluatedProperty":"cim_config"}')
    expect(violation).toContain('/owner must NOT have unevaluated properties {"unevaluatedProperty":"is_org"}')
  })

  it('lets a homepage of "" through, a documented inaccuracy of the description', async () => {
    const { data } = await plain.rest.repos.get({ owner: ORG, repo: 'website' })
    expect(data.homepage).toBe('')
  })

  it('is cut from the pinned @octokit/openapi and holds every operation the fake implements', () => {
    const subset = JSON.parse(readFileSync(CONTRACT_FILE, 'utf8')) as Record<string, unknown>
    expect(subset['x-openapi-version']).toBe(PINNED_OPENAPI)
    expect((subset.info as { version: string }).version).toBe(PINNED_OPENAPI)
    const inSubset = Object.values(subset.paths as Record<string, Record<string, { operationId?: string }>>).flatMap(
      (item) => Object.values(item).map((operation) => operation.operationId),
    )
    expect(inSubset.sort()).toEqual(Object.keys(REST_HANDLERS).sort())
    expect(Object.keys(subset['x-all-routes'] as object).length).toBeGreaterThan(800)
    // The client's own types come from the same description, within the same minor version.
    const require = createRequire(import.meta.url)
    const types = require('@octokit/openapi-types/package.json') as { octokit: { 'openapi-version': string } }
    expect(types.octokit['openapi-version'].split('.').slice(0, 2)).toEqual(PINNED_OPENAPI.split('.').slice(0, 2))
  })
})

describe('the world', () => {
  it('changes with pushes, settings, new and deleted repositories', async () => {
    const head = fake.push('cim-domain', {
      files: { 'cim.yaml': 'module:\n  name: cim-domain\n', 'Cargo.toml': null },
      message: 'Declare cim.yaml',
    })
    expect(fake.repo('cim-domain').head).toBe(head)
    const text = await plain.graphql<{ repository: { object: { text: string }; cargo: null } }>(
      `query r { repository(owner: "${ORG}", name: "cim-domain") { object(expression: "HEAD:cim.yaml") { ... on Blob { text } } cargo: object(expression: "HEAD:Cargo.toml") { ... on Blob { text } } } }`,
    )
    expect(text.repository).toEqual({ object: { text: 'module:\n  name: cim-domain\n' }, cargo: null })
    const old = await plain.rest.repos.getContent({
      owner: ORG,
      repo: 'cim-domain',
      path: 'Cargo.toml',
      ref: 'a'.repeat(40),
    })
    expect((old.data as { path: string }).path).toBe('Cargo.toml')

    fake.updateRepo('website', { topics: ['cim'], description: 'Now tagged' })
    expect(
      (await plain.rest.search.repos({ q: `org:${ORG} topic:cim Now tagged` })).data.items.map((item) => item.name),
    ).toEqual(['website'])

    fake.addRepo({ name: 'cim-new', topics: ['cim'], files: { 'Cargo.toml': '[package]\nname = "cim-new"\n' } })
    expect((await plain.rest.repos.get({ owner: ORG, repo: 'cim-new' })).data.name).toBe('cim-new')
    fake.deleteRepo('cim-new')
    expect((await failure(plain.rest.repos.get({ owner: ORG, repo: 'cim-new' }))).status).toBe(404)
  })

  it('reports the budgets on /rate_limit without spending them', async () => {
    const before = await plain.rest.rateLimit.get()
    const after = await plain.rest.rateLimit.get()
    expect(after.data.resources.core).toEqual(before.data.resources.core)
    expect(after.data.resources.search.limit).toBe(30)
    expect(after.data.resources.graphql?.limit).toBe(5000)
    expect(after.data.rate).toEqual(after.data.resources.core)
  })

  it('logs and counts requests', async () => {
    fake.resetCounters()
    await plain.rest.repos.get({ owner: ORG, repo: 'cim' })
    await plain.graphql(`query named { rateLimit { cost } }`)
    expect(fake.counters).toEqual({ rest: 1, graphql: 1, total: 2 })
    expect(fake.requests.map(({ method, url, operation, status }) => ({ method, url, operation, status }))).toEqual([
      { method: 'GET', url: '/repos/acme/cim', operation: 'repos/get', status: 200 },
      { method: 'POST', url: '/graphql', operation: 'graphql:named', status: 200 },
    ])
    expect(fake.requests.every((entry) => entry.ms >= 0)).toBe(true)
    fake.resetCounters()
    expect(fake.counters.total).toBe(0)
  })
})

describe('syntheticOrg', () => {
  it('is deterministic and has every kind of repository a listing meets', () => {
    const org = syntheticOrg(1_000)
    expect(JSON.stringify(syntheticOrg(1_000))).toBe(JSON.stringify(org))
    const repos = org.repositories
    expect(repos).toHaveLength(1_000)
    expect(new Set(repos.map((repo) => repo.name)).size).toBe(1_000)
    expect(repos[0]!.name).toBe('cim')
    expect(repos.filter((repo) => repo.private).length).toBeGreaterThan(50)
    expect(repos.some((repo) => repo.archived)).toBe(true)
    expect(repos.some((repo) => repo.fork)).toBe(true)
    expect(repos.some((repo) => !repo.name.startsWith('cim'))).toBe(true)
    expect(repos.some((repo) => repo.files?.['cim.yaml'])).toBe(true)
    expect(repos.some((repo) => repo.files?.['crates/core/Cargo.toml'])).toBe(true)
    const gitDependency = /^(cim-[a-z0-9-]+) = \{ git = "https:\/\/github\.com\/synthetic-org\/\1"/m
    expect(repos.filter((repo) => gitDependency.test(repo.files?.['Cargo.toml'] ?? '')).length).toBeGreaterThan(500)
  })

  it('serves a 10,000-repository organization a page of 100 at a time', async () => {
    const large = await FakeGitHub.start({ snapshot: syntheticOrg(10_000) })
    try {
      const client = getOctokit(TOKEN, { baseUrl: large.url })
      const first = await client.graphql<ListingPage>(LISTING, { org: 'synthetic-org', first: 100 })
      const connection = first.organization.repositories
      expect(connection.nodes).toHaveLength(100)
      expect(connection.totalCount).toBe(syntheticOrg(10_000).repositories.filter((repo) => !repo.fork).length)
      const next = await client.graphql<ListingPage>(LISTING, {
        org: 'synthetic-org',
        first: 100,
        after: connection.pageInfo.endCursor,
      })
      expect(next.organization.repositories.nodes[0]!.name > connection.nodes.at(-1)!.name).toBe(true)
      expect(large.violations).toEqual([])
    } finally {
      await large.stop()
    }
  })
})

describe("GitHub's execution-time limit", () => {
  const heavyQuery = (names: string[]) =>
    `query readModuleFiles { ${names
      .map(
        (name, i) =>
          `r${i}: repository(owner: "heavy-org", name: "${name}") { f0: object(expression: "HEAD:Cargo.toml") { ... on Blob { byteSize } } f1: refs(refPrefix: "refs/tags/", first: 50, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) { nodes { name } } }`,
      )
      .join(' ')} }`

  async function answers(seed: number): Promise<{ statuses: number[]; forms: Record<string, number> }> {
    const heavy = await FakeGitHub.start({
      snapshot: heavyOrg(80),
      tokens: { [TOKEN]: { canSeePrivate: true, canWrite: true } },
      executionLimit: { limitMs: 10_000, seed },
    })
    try {
      const names = heavyOrg(80)
        .repositories.filter((r) => r.name.startsWith('cim-') && !r.fork)
        .map((r) => r.name)
      const statuses: number[] = []
      for (let i = 0; i < 12; i++) {
        const response = await fetch(heavy.graphqlUrl, {
          method: 'POST',
          headers: { authorization: `token ${TOKEN}` },
          body: JSON.stringify({ query: heavyQuery(names.slice(0, 50)) }),
        })
        const body = (await response.json()) as { errors?: { message: string }[]; message?: string }
        statuses.push(response.status)
        if (response.status === 504) expect(body.message).toMatch(/^We couldn't respond to your request in time/)
        else
          expect(body.errors?.[0]?.message).toMatch(
            /^Something went wrong while executing your query\. This may be the result of a timeout/,
          )
      }
      // A small query of the same kind passes.
      const small = await fetch(heavy.graphqlUrl, {
        method: 'POST',
        headers: { authorization: `token ${TOKEN}` },
        body: JSON.stringify({ query: heavyQuery(names.slice(0, 5)) }),
      })
      expect(small.status).toBe(200)
      expect(((await small.json()) as { errors?: unknown }).errors).toBeUndefined()
      expect(heavy.violations).toEqual([])
      return { statuses, forms: heavy.timeouts }
    } finally {
      await heavy.stop()
    }
  }

  it("cuts off a query that touches too much, in each of GitHub's forms, the same way for the same seed", async () => {
    const first = await answers(5)
    expect(new Set(first.statuses)).toEqual(new Set([200, 502, 504]))
    expect((await answers(5)).statuses).toEqual(first.statuses)
    expect((await answers(6)).statuses).not.toEqual(first.statuses)
  })
})
