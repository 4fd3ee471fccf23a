/**
 * The GitHub source: every module repository of an organization, listed cheaply and read only where needed.
 *
 * The listing pages through the whole organization (not GitHub search: no 1,000-result cap, no index lag) asking
 * only each repository's cheap facts: name, topics, flags, visibility, description and the head commit of its
 * default branch. A listing that fails is an error: never a registry with modules silently missing.
 *
 * The reads (src/sources/github-read-plan.ts says which modules and what) go many repositories per GraphQL
 * request, all at the commit the listing returned. A batch that GitHub finds too expensive, answers with a 5xx or
 * only in part is split, down to one repository; a repository that still fails is returned with `readError`, so
 * that its previous entry is kept, marked stale, and every other module lands. A refused token, a spent rate
 * limit or a network failure is none of those: it fails the read as what it is.
 */
import type { ModulePattern } from '../metadata/names.js'
import { compareStrings } from '../util/order.js'
import { toUtcSeconds } from '../util/clock.js'
import type { Problem, RepositorySnapshot } from '../format/types.js'
import type { GitHubClient } from '../github/octokit.js'
import {
  AdaptivePageSize,
  describeGraphqlError,
  graphqlWithAdaptivePages,
  isNotFound,
  isTooExpensive,
  ssoHeader,
} from '../github/graphql.js'
import { withPolicy } from '../github/retry.js'
import { moduleReadPhases, type FieldRead, type ModuleRead } from './github-read-plan.js'

export interface GitHubSourceOptions {
  client: GitHubClient
  org: string
  /** Repositories with this topic are modules (default `cim`). */
  topic: string
  modulePattern: ModulePattern
  /** The registry repository's name: never a module, never warned about. */
  registryRepo?: string
  /** Repositories per listing request; halved when GitHub answers that a page was too expensive. */
  pageSize?: number
  /** Repositories per relisting request (default 50). */
  batchSize?: number
  log?: (message: string) => void
}

export interface GitHubListing {
  /** The modules with their listed facts only (no files yet), sorted by name. */
  modules: RepositorySnapshot[]
  problems: Problem[]
  /** Repositories the listing returned, modules or not. */
  listed: number
  /** Requests the listing took. */
  requests: number
}

const REPOSITORY_FIELDS = `name description url isPrivate visibility isArchived
  repositoryTopics(first: 25) { nodes { topic { name } } }
  defaultBranchRef { name target { ... on Commit { oid committedDate } } }
  tagState: refs(refPrefix: "refs/tags/", first: 1, orderBy: {field: ALPHABETICAL, direction: DESC}) { totalCount nodes { name target { oid ... on Tag { target { oid } } } } }`

const LISTING_QUERY = `query listRepositories($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    repositories(first: $first, after: $after, isFork: false, orderBy: {field: NAME, direction: ASC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${REPOSITORY_FIELDS} }
    }
  }
}`

interface ListedRepository {
  name: string
  description: string | null
  url: string
  isPrivate: boolean
  /** PUBLIC, PRIVATE, or INTERNAL (GitHub Enterprise: visible to the enterprise's members only). */
  visibility: 'PUBLIC' | 'PRIVATE' | 'INTERNAL'
  isArchived: boolean
  repositoryTopics: { nodes: { topic: { name: string } }[] }
  defaultBranchRef: { name: string; target: { oid?: string; committedDate?: string } | null } | null
  /** The tag count and the last tag by name with its commit: cheap (no tag is ordered by date), and enough to see
   *  that a tag was added or deleted, or that the last one moved, without a push to the default branch. */
  tagState: { totalCount: number; nodes: { name: string; target: { oid: string; target?: { oid: string } } }[] } | null
}

interface ListingPage {
  organization: {
    repositories: {
      totalCount: number
      pageInfo: { hasNextPage: boolean; endCursor: string | null }
      nodes: (ListedRepository | null)[]
    }
  } | null
}

/** The organization's modules with their listed facts, and the repositories that look like modules but are not. */
export async function listGitHubModules(options: GitHubSourceOptions): Promise<GitHubListing> {
  const log = options.log ?? (() => {})
  const problems: Problem[] = []
  const modules: RepositorySnapshot[] = []
  let internal = 0
  // Each page is sorted out as it comes: on 10,000 repositories the raw nodes of every page held at once cost
  // several MB of a no-op run's peak memory.
  const { listed, requests } = await listOrganization(options, (repository) => {
    if (repository.name === options.registryRepo) return
    const topics = repository.repositoryTopics.nodes.map((node) => node.topic.name)
    const hasTopic = topics.includes(options.topic)
    const named = options.modulePattern.matches(repository.name)
    if (hasTopic && named) {
      modules.push(toSnapshot(repository, options.org))
      if (repository.visibility === 'INTERNAL') internal++
    } else if (named)
      problems.push(
        registryProblem(
          'missing-topic',
          `${repository.name} looks like a module but has no \`${options.topic}\` topic; add the topic to register it`,
        ),
      )
    else if (hasTopic)
      problems.push(
        registryProblem(
          'invalid-name',
          `${repository.name} has the \`${options.topic}\` topic but its name does not match the module pattern ${options.modulePattern.source}; not registered`,
        ),
      )
  })
  log(`listed ${listed} repositories of ${options.org} in ${requests} requests: ${modules.length} modules`)
  if (internal > 0) log(`${internal} modules are internal repositories (GitHub Enterprise): recorded as private`)
  return { modules: modules.sort((a, b) => compareStrings(a.name, b.name)), problems, listed, requests }
}

/** Every page of the organization's repositories, each repository handed to `take`; any failure that survives the retries fails the listing. */
async function listOrganization(
  options: GitHubSourceOptions,
  take: (repository: ListedRepository) => void,
): Promise<{ listed: number; requests: number }> {
  let listed = 0
  let after: string | null = null
  let expected: number | null = null
  let requests = 0
  const pages = new AdaptivePageSize(options.pageSize ?? 100)
  const log = options.log ?? (() => {})
  for (;;) {
    const data: ListingPage = await graphqlWithAdaptivePages<ListingPage>(
      options.client,
      LISTING_QUERY,
      { org: options.org, after },
      pages,
      (line) => {
        requests++
        log(line)
      },
    )
    requests++
    const connection = data.organization?.repositories
    if (!connection) throw new Error(`organization ${options.org} was not found, or the token cannot see it`)
    expected ??= connection.totalCount
    for (const node of connection.nodes) {
      if (!node) continue
      listed++
      take(node)
    }
    if (!connection.pageInfo.hasNextPage) break
    after = connection.pageInfo.endCursor
  }
  // A listing shorter than GitHub's own count means pages were lost: refuse rather than drop modules.
  if (expected !== null && listed < expected) {
    throw new Error(
      `the listing of ${options.org} returned ${listed} of ${expected} repositories; refusing to build a partial registry`,
    )
  }
  return { listed, requests }
}

/**
 * The listed facts of some repositories again, many per request: after a lost compare-and-swap, the modules that
 * the other run recorded at another commit. Null for a repository that is gone or no longer visible.
 */
export async function relistRepositories(
  options: GitHubSourceOptions,
  names: readonly string[],
): Promise<Map<string, RepositorySnapshot | null>> {
  const found = new Map<string, RepositorySnapshot | null>()
  const batchSize = options.batchSize ?? 50
  for (let start = 0; start < names.length; start += batchSize) {
    const batch = names.slice(start, start + batchSize)
    const fields = batch.map(
      (name, i) =>
        `r${i}: repository(owner: ${JSON.stringify(options.org)}, name: ${JSON.stringify(name)}) { ${REPOSITORY_FIELDS} }`,
    )
    let data: Record<string, ListedRepository | null>
    try {
      data = await options.client.graphql<typeof data>(`query relistRepositories { ${fields.join('\n')} }`)
    } catch (error) {
      const partial = (error as { data?: typeof data }).data
      if (!partial || !isNotFound(error)) throw describeGraphqlError(error)
      data = partial
    }
    batch.forEach((name, i) => {
      const repository = data[`r${i}`]
      found.set(name, repository ? toSnapshot(repository, options.org) : null)
    })
  }
  return found
}

/**
 * A repository's listed facts as a snapshot without files. Internal repositories (GitHub Enterprise) are recorded
 * as private: only the enterprise's members can see them, so a registry must not present them as public.
 */
function toSnapshot(repository: ListedRepository, org: string): RepositorySnapshot {
  const head = repository.defaultBranchRef?.target
  return {
    name: repository.name,
    url: repository.url || `https://github.com/${org}/${repository.name}`,
    description: repository.description,
    topics: repository.repositoryTopics.nodes.map((node) => node.topic.name),
    visibility: repository.isPrivate || repository.visibility !== 'PUBLIC' ? 'private' : 'public',
    archived: repository.isArchived,
    headCommit: head?.oid ?? null,
    committedAt: head?.committedDate ? toUtcSeconds(head.committedDate) : null,
    tags: [],
    files: {},
    tagState: tagState(repository.tagState),
  }
}

function tagState(refs: ListedRepository['tagState']): string {
  const last = refs?.nodes[0]
  if (!refs || !last) return '0'
  return `${refs.totalCount} ${last.name}@${(last.target.target ?? last.target).oid.slice(0, 12)}`
}

/** A field of the query itself (not of a module's repository), sent with the first batch that reads anything. */
export interface QueryRead {
  selection: string
  apply(value: unknown): void
  /** Set once answered. */
  done?: boolean
  /** Set when a batch carrying it was too expensive: it is left to a request of its own, after the reads. */
  dropped?: boolean
  /** What it costs, in fields of a request (READ_FIELDS), as FieldRead.weight: the batch that carries it holds less. */
  weight?: number
}

export interface ModuleReadExtras {
  /** The history's read, joined to each phase (see src/sources/github-history.ts). */
  history?: ModuleRead
  /** Sent along with the first request (the registry's history files); `done` tells whether it was answered. */
  query?: QueryRead
  /** After each phase: what the next phase's reads may depend on (the registry's history files, if not read yet). */
  afterPhase?: () => Promise<void>
}

/**
 * Fields per read request at first (a file, a folder, a page of tags or a check state each; GitHub's execution time
 * grows with the objects a query touches, not with the repositories it names): about 250 modules' head files, or
 * 150 modules' files at their new tags. One measure for every phase, halved for the rest of the run after an answer
 * too expensive, grown back after two that pass.
 */
export const READ_FIELDS = 2_000

/**
 * Reads the files of these modules (listed snapshots, filled in place) at their listed commits, phase by phase.
 * Returns the number of requests it took.
 */
export async function readModuleFiles(
  snapshots: readonly RepositorySnapshot[],
  options: GitHubSourceOptions,
  extras: ModuleReadExtras = {},
): Promise<number> {
  const log = options.log ?? (() => {})
  let requests = 0
  // Batches shrink after one that was too expensive, and grow back after those that pass.
  const pace = new AdaptivePageSize(READ_FIELDS, READ_FIELDS)
  for (const phase of moduleReadPhases(log, extras.history)) {
    const wanted: ModuleFields[] = []
    for (const snapshot of snapshots) {
      if (snapshot.readError !== undefined || !snapshot.headCommit) continue
      // A module whose entry is carried has only its version history read.
      const kinds = snapshot.historyOnly ? phase.filter((read) => read === extras.history) : phase
      const reads = (await Promise.all(kinds.map((read) => read(snapshot, snapshot.headCommit!)))).flat()
      if (reads.length > 0) wanted.push({ snapshot, reads })
    }
    for (let start = 0; start < wanted.length;) {
      const query = extras.query
      const carried = query && !query.done && !query.dropped ? (query.weight ?? 0) : 0
      const batch = nextBatch(wanted, start, pace.size - carried)
      requests += await readBatch(batch, options, pace, false, extras.query)
      start += batch.length
    }
    await extras.afterPhase?.()
  }
  return requests
}

interface ModuleFields {
  snapshot: RepositorySnapshot
  reads: FieldRead[]
}

/** The modules from `start` whose fields add up to at most `fields`; at least one. */
function nextBatch(wanted: readonly ModuleFields[], start: number, fields: number): ModuleFields[] {
  let end = start + 1
  let total = weightOf(wanted[start]!.reads)
  while (end < wanted.length && total + weightOf(wanted[end]!.reads) <= fields) total += weightOf(wanted[end++]!.reads)
  return wanted.slice(start, end)
}

function fieldCount(batch: readonly ModuleFields[]): number {
  return batch.reduce((sum, { reads }) => sum + weightOf(reads), 0)
}

/** What a module's fields cost, in fields: a large file counts as many. */
function weightOf(reads: readonly FieldRead[]): number {
  return reads.reduce((sum, read) => sum + (read.weight ?? 1), 0)
}

/** One request for a batch of modules; split in two on too-expensive, 5xx or partial answers. */
async function readBatch(
  batch: ModuleFields[],
  options: GitHubSourceOptions,
  pace: AdaptivePageSize,
  retried = false,
  query?: QueryRead,
): Promise<number> {
  const fields = batch.map(
    ({ snapshot, reads }, r) =>
      `r${r}: repository(owner: ${JSON.stringify(options.org)}, name: ${JSON.stringify(snapshot.name)}) { ${reads.map((read, f) => `f${f}: ${read.selection}`).join(' ')} }`,
  )
  // The query's own field rides along until it is answered; a batch that fails leaves it to the next one.
  const extra = query && !query.done && !query.dropped ? query : undefined
  if (extra) fields.push(`q: ${extra.selection}`)
  let data: Record<string, Record<string, unknown> | null>
  try {
    data = await options.client.graphql<typeof data>(
      `query readModuleFiles { ${fields.join('\n')} }`,
      withPolicy('shrink'),
    )
  } catch (error) {
    const partial = (error as { data?: typeof data | null }).data
    // Repositories that vanished since the listing come back as null with NOT_FOUND next to the others' data.
    if (partial && isNotFound(error)) {
      apply(batch, partial, extra)
      pace.grow()
      return 1
    }
    if (isRefusal(error) || (!isTooExpensive(error) && !partial)) throw describeGraphqlError(error)
    // The query's own field may be what made it too expensive: the modules are not held back by it.
    if (extra) extra.dropped = true
    // Too expensive, a 5xx or a partial answer: one heavy repository must not keep the others of its batch stale.
    if (batch.length > 1) {
      const half = Math.ceil(batch.length / 2)
      pace.shrinkTo(fieldCount(batch.slice(0, half)))
      return (
        1 +
        (await readBatch(batch.slice(0, half), options, pace, false, query)) +
        (await readBatch(batch.slice(half), options, pace, false, query))
      )
    }
    // Alone, it gets one more try; then it is stale with the reason, and every other module lands.
    if (!retried) return 1 + (await readBatch(batch, options, pace, true, query))
    batch[0]!.snapshot.readError = `reading its files failed: ${describeGraphqlError(error).message}`
    return 1
  }
  apply(batch, data, extra)
  pace.grow()
  return 1
}

function apply(batch: ModuleFields[], data: Record<string, Record<string, unknown> | null>, extra?: QueryRead): void {
  if (extra && 'q' in data) {
    extra.apply(data.q)
    extra.done = true
  }
  batch.forEach(({ snapshot, reads }, r) => {
    const repository = data[`r${r}`]
    if (repository === null || repository === undefined) {
      snapshot.readError = 'the repository could not be read (deleted or no longer visible)'
      return
    }
    reads.forEach((read, f) => read.apply(snapshot, repository[`f${f}`] ?? null))
  })
}

/** A refusal of the token (SAML SSO, forbidden, rate limited): no smaller batch would pass, and no module is to blame. */
function isRefusal(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string }[] }).errors ?? []
  return ssoHeader(error) !== undefined || errors.some((e) => e.type === 'FORBIDDEN' || e.type === 'RATE_LIMITED')
}

function registryProblem(code: Problem['code'], message: string): Problem {
  return { level: 'warning', code, message }
}
