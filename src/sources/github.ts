/**
 * The GitHub source: every module repository of an organization, read with batched GraphQL.
 *
 * Phase 1 lists the whole organization (not GitHub search: no 1,000-result cap, no index lag), a page of
 * repositories per request, each with its topics, flags, head commit, tags and the text of cim.yaml, Cargo.toml and
 * package.json. Phase 2 reads, for the modules only and many repositories per request, what inference still needs:
 * workspace members' manifests and, when a module has no description anywhere, its README.
 * A listing that fails is an error (never a registry with modules silently missing); a repository whose phase-2
 * read fails is returned with `readError`, so that its previous entry is kept and marked stale.
 */
import { CIM_YAML } from '../metadata/cim-yaml.js'
import { CARGO_TOML, PACKAGE_JSON, cargoWorkspaceMembers, isIgnoredPath, matchesWorkspaceGlob } from '../metadata/manifests.js'
import type { ModulePattern } from '../metadata/names.js'
import { compareStrings } from '../lib/order.js'
import { toUtcSeconds } from '../lib/clock.js'
import type { Problem, RepositorySnapshot } from '../registry/types.js'
import type { GitHubClient } from '../github/octokit.js'
import { describeGraphqlError, graphqlWithAdaptivePages, isNotFound, isTooExpensive } from '../github/graphql.js'

export interface GitHubSourceOptions {
  client: GitHubClient
  org: string
  /** Repositories with this topic are modules (default `cim`). */
  topic: string
  modulePattern: ModulePattern
  /** The registry repository's name: never a module, never warned about. */
  registryRepo?: string
  /** Repositories per listing request; halved when GitHub answers with a resource limit or a timeout. */
  pageSize?: number
  /** Repositories per phase-2 request. */
  batchSize?: number
  log?: (message: string) => void
}

export interface GitHubListing {
  snapshots: RepositorySnapshot[]
  problems: Problem[]
  /** Repositories the listing returned, modules or not. */
  listed: number
}

const LISTING_QUERY = `query listRepositories($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    repositories(first: $first, after: $after, isFork: false, orderBy: {field: NAME, direction: ASC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        name
        description
        url
        isPrivate
        isArchived
        repositoryTopics(first: 25) { nodes { topic { name } } }
        defaultBranchRef { name target { ... on Commit { oid committedDate } } }
        cimYaml: object(expression: "HEAD:cim.yaml") { ...blob }
        cargoToml: object(expression: "HEAD:Cargo.toml") { ...blob }
        packageJson: object(expression: "HEAD:package.json") { ...blob }
        tags: refs(refPrefix: "refs/tags/", first: 50, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) { nodes { name } }
      }
    }
  }
}
fragment blob on Blob { text isBinary byteSize isTruncated }`

interface Blob {
  text: string | null
  isBinary: boolean | null
  byteSize: number
  /** GitHub cut `text` at 512,000 bytes. */
  isTruncated: boolean
}

interface ListedRepository {
  name: string
  description: string | null
  url: string
  isPrivate: boolean
  isArchived: boolean
  repositoryTopics: { nodes: { topic: { name: string } }[] }
  defaultBranchRef: { name: string; target: { oid?: string; committedDate?: string } | null } | null
  cimYaml: Blob | null
  cargoToml: Blob | null
  packageJson: Blob | null
  tags: { nodes: { name: string }[] }
}

interface ListingPage {
  organization: {
    repositories: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: (ListedRepository | null)[] }
  } | null
}

export async function readGitHubSource(options: GitHubSourceOptions): Promise<GitHubListing> {
  const log = options.log ?? (() => {})
  const repositories = await listOrganization(options)
  const problems: Problem[] = []
  const modules: ListedRepository[] = []
  for (const repository of repositories) {
    if (repository.name === options.registryRepo) continue
    const topics = repository.repositoryTopics.nodes.map((node) => node.topic.name)
    const hasTopic = topics.includes(options.topic)
    const named = options.modulePattern.matches(repository.name)
    if (hasTopic && named) modules.push(repository)
    else if (named) problems.push(registryProblem('missing-topic', `${repository.name} looks like a module but has no \`${options.topic}\` topic; add the topic to register it`))
    else if (hasTopic) problems.push(registryProblem('invalid-name', `${repository.name} has the \`${options.topic}\` topic but its name does not match the module pattern ${options.modulePattern.source}; not registered`))
  }
  log(`listed ${repositories.length} repositories of ${options.org}: ${modules.length} modules`)

  const snapshots = modules.map((repository) => toSnapshot(repository, options.org, log))
  await readDetails(snapshots, options)
  return {
    snapshots: snapshots.sort((a, b) => compareStrings(a.name, b.name)),
    problems,
    listed: repositories.length,
  }
}

/** Every page of the organization's repositories; any failure that survives the retries fails the listing. */
async function listOrganization(options: GitHubSourceOptions): Promise<ListedRepository[]> {
  const repositories: ListedRepository[] = []
  let after: string | null = null
  let expected: number | null = null
  let pageSize = options.pageSize ?? 100
  for (;;) {
    const page: { data: ListingPage; size: number } = await graphqlWithAdaptivePages<ListingPage>(
      options.client,
      LISTING_QUERY,
      { org: options.org, after },
      pageSize,
      options.log,
    )
    pageSize = page.size
    const connection = page.data.organization?.repositories
    if (!connection) throw new Error(`organization ${options.org} was not found, or the token cannot see it`)
    expected ??= connection.totalCount
    for (const node of connection.nodes) if (node) repositories.push(node)
    if (!connection.pageInfo.hasNextPage) break
    after = connection.pageInfo.endCursor
  }
  // A listing shorter than GitHub's own count means pages were lost: refuse rather than drop modules.
  if (expected !== null && repositories.length < expected) {
    throw new Error(`the listing of ${options.org} returned ${repositories.length} of ${expected} repositories; refusing to build a partial registry`)
  }
  return repositories
}

function toSnapshot(repository: ListedRepository, org: string, log: (message: string) => void): RepositorySnapshot {
  const files: RepositorySnapshot['files'] = {}
  const blobs: [string, Blob | null][] = [
    [CIM_YAML, repository.cimYaml],
    [CARGO_TOML, repository.cargoToml],
    [PACKAGE_JSON, repository.packageJson],
  ]
  for (const [path, blob] of blobs) {
    if (blob?.isTruncated) log(`${repository.name}: ${path} is ${blob.byteSize} bytes; GitHub's GraphQL gave only its first 512,000`)
    const text = blobText(blob)
    if (text !== undefined) files[path] = text
  }
  const head = repository.defaultBranchRef?.target
  return {
    name: repository.name,
    url: repository.url || `https://github.com/${org}/${repository.name}`,
    description: repository.description,
    topics: repository.repositoryTopics.nodes.map((node) => node.topic.name),
    visibility: repository.isPrivate ? 'private' : 'public',
    archived: repository.isArchived,
    headCommit: head?.oid ?? null,
    committedAt: head?.committedDate ? toUtcSeconds(head.committedDate) : null,
    tags: repository.tags.nodes.map((node) => node.name),
    files,
  }
}

/**
 * A blob's text. GitHub gives no text for a binary blob: a single 0xff byte (never valid UTF-8) then stands for the
 * file, so that the reader reports "not valid UTF-8" instead of "missing".
 *
 * A truncated blob (over 512,000 bytes) keeps its cut text and is not read whole: such a module file is refused
 * anyway. The cim.yaml reader refuses anything over 64 KiB by its size (the cut text is still far over), and a cut
 * Cargo.toml or package.json fails to parse and gives a warning.
 */
function blobText(blob: Blob | null): string | Uint8Array | undefined {
  if (!blob) return undefined
  if (blob.isBinary || blob.text === null) return new Uint8Array([0xff])
  return blob.text
}

/** What inference still needs, for the modules only: workspace members' manifests and missing descriptions. */
async function readDetails(snapshots: RepositorySnapshot[], options: GitHubSourceOptions): Promise<void> {
  const wanted = new Map<RepositorySnapshot, string[]>()
  for (const snapshot of snapshots) {
    const paths: string[] = []
    const cargo = snapshot.files[CARGO_TOML]
    const members = typeof cargo === 'string' ? cargoWorkspaceMembers(cargo).members : []
    for (const glob of members) paths.push(...memberManifestCandidates(glob))
    if (!snapshot.description && !declaresDescription(snapshot)) paths.push('README.md')
    if (paths.length > 0) wanted.set(snapshot, paths)
  }
  if (wanted.size === 0) return
  const batchSize = options.batchSize ?? 50
  const entries = [...wanted]
  for (let start = 0; start < entries.length; start += batchSize) {
    const batch = entries.slice(start, start + batchSize)
    await readDetailBatch(batch, options)
  }
}

/**
 * A member glob's manifest: a literal path directly; a glob through its directory's tree listing, which the batch
 * query reads as `HEAD:<dir>` (one level, the common `crates/*` form).
 */
function memberManifestCandidates(glob: string): string[] {
  const clean = glob.replace(/^\.\//, '').replace(/\/+$/, '')
  if (isIgnoredPath(clean)) return []
  if (!clean.includes('*')) return [`${clean}/${CARGO_TOML}`]
  const star = clean.indexOf('*')
  const dir = clean.slice(0, clean.lastIndexOf('/', star) + 1).replace(/\/$/, '')
  return [`${TREE_MARKER}${dir}|${clean}`]
}

const TREE_MARKER = 'tree:'

async function readDetailBatch(batch: [RepositorySnapshot, string[]][], options: GitHubSourceOptions, retried = false): Promise<void> {
  const fields: string[] = []
  const aliases: { snapshot: RepositorySnapshot; alias: string; path: string }[] = []
  batch.forEach(([snapshot, paths], r) => {
    const files = paths.map((path, f) => {
      const alias = `f${f}`
      aliases.push({ snapshot, alias: `r${r}.${alias}`, path })
      const expression = path.startsWith(TREE_MARKER) ? `HEAD:${path.slice(TREE_MARKER.length).split('|')[0]}` : `HEAD:${path}`
      return `${alias}: object(expression: ${JSON.stringify(expression)}) { ... on Blob { text isBinary } ... on Tree { entries { name type object { ... on Tree { entries { name object { ... on Blob { text isBinary } } } } } } } }`
    })
    fields.push(`r${r}: repository(owner: ${JSON.stringify(options.org)}, name: ${JSON.stringify(snapshot.name)}) { ${files.join(' ')} }`)
  })
  const query = `query readModuleFiles { ${fields.join('\n')} }`
  let data: Record<string, Record<string, DetailObject | null> | null>
  try {
    data = await options.client.graphql<typeof data>(query)
  } catch (error) {
    // Repositories that vanished between the two phases come back as NOT_FOUND with the rest of the data.
    const partial = (error as { data?: typeof data }).data
    if (!partial || !isNotFound(error)) {
      // One repository (a huge workspace, say) must not keep the others of its batch stale: halve and try again,
      // down to a batch of one, which alone is marked stale.
      if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2)
        await readDetailBatch(batch.slice(0, half), options)
        await readDetailBatch(batch.slice(half), options)
        return
      }
      // A lone repository gets one more try when GitHub only found the query too expensive this time.
      if (!retried && isTooExpensive(error)) return readDetailBatch(batch, options, true)
      for (const [snapshot] of batch) snapshot.readError = `reading its files failed: ${describeGraphqlError(error).message}`
      return
    }
    data = partial
  }
  for (const { snapshot, alias, path } of aliases) {
    const [repoAlias, fileAlias] = alias.split('.') as [string, string]
    const repo = data[repoAlias]
    if (repo === null || repo === undefined) {
      snapshot.readError = 'the repository could not be read (deleted or no longer visible)'
      continue
    }
    addDetail(snapshot, path, repo[fileAlias] ?? null)
  }
}

interface DetailObject {
  text?: string | null
  isBinary?: boolean | null
  entries?: { name: string; type: string; object?: { entries?: { name: string; object?: { text?: string | null; isBinary?: boolean | null } | null }[] } | null }[]
}

function addDetail(snapshot: RepositorySnapshot, path: string, object: DetailObject | null): void {
  if (!object) return
  if (!path.startsWith(TREE_MARKER)) {
    if (typeof object.text === 'string' && !object.isBinary) snapshot.files[path] = object.text
    return
  }
  const [dir, glob] = path.slice(TREE_MARKER.length).split('|') as [string, string]
  for (const entry of object.entries ?? []) {
    const memberDir = dir ? `${dir}/${entry.name}` : entry.name
    if (entry.type !== 'tree' || !matchesWorkspaceGlob(memberDir, glob)) continue
    const manifest = entry.object?.entries?.find((child) => child.name === CARGO_TOML)?.object
    if (typeof manifest?.text === 'string' && !manifest.isBinary) snapshot.files[`${memberDir}/${CARGO_TOML}`] = manifest.text
  }
}

function declaresDescription(snapshot: RepositorySnapshot): boolean {
  const cimYaml = snapshot.files[CIM_YAML]
  return typeof cimYaml === 'string' && /^\s+description:\s*\S/m.test(cimYaml)
}

function registryProblem(code: Problem['code'], message: string): Problem {
  return { level: 'warning', code, message }
}
