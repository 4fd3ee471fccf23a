/**
 * GraphQL views of the world: plain objects whose properties are the schema's fields, and functions for fields that
 * take arguments or cost work (graphql-js calls them with the arguments). A field a view does not define is a field
 * the fake does not implement: the executor records it as a violation instead of answering a silent null.
 */
import type { Access } from './access.js'
import { connection, type ConnectionArgs } from './graphql-connection.js'
import type { QueryCost } from './graphql-cost.js'
import type { QueryWork } from './graphql-execution.js'
import type { Listings } from './listings.js'
import { legacyNodeId, WEB } from './rest-objects.js'
import type { RateWindow } from './rate-limits.js'
import { blobSha, treeSha, type Commit, type Repo, type Tag, type World } from './world.js'

export interface ResolverContext {
  world: World
  access: Access
  listings: Listings
  protectedBranches: ReadonlySet<string>
  cost: QueryCost
  /** The GraphQL budget after this query (or without spending it, for a dry run). */
  rateLimit(dryRun: boolean): RateWindow
  /** Set when an SSO-protected resource was refused, for the `x-github-sso` header. */
  ssoRefused: boolean
  /** What the query touched, for the execution-time limit (graphql-execution.ts). */
  work: QueryWork
}

type View = Record<string, unknown>

export function organizationView(ctx: ResolverContext): View {
  const { world } = ctx
  return {
    __typename: 'Organization',
    id: legacyNodeId('Organization', world.orgId),
    databaseId: world.orgId,
    login: world.org,
    name: world.org,
    url: `${WEB}/${world.org}`,
    avatarUrl: `https://avatars.githubusercontent.com/u/${world.orgId}?v=4`,
    description: null,
    repositories: (args: RepositoriesArgs) => {
      const filter = {
        private: args.privacy ? args.privacy === 'PRIVATE' : args.visibility ? args.visibility !== 'PUBLIC' : null,
        fork: args.isFork ?? null,
        archived: args.isArchived ?? null,
        sort: ORDER_FIELDS[args.orderBy?.field ?? 'CREATED_AT'],
        direction: args.orderBy?.direction === 'DESC' ? ('desc' as const) : ('asc' as const),
      }
      // Every repository of an organization is owned by it, and none is locked.
      const none = args.isLocked === true || (args.ownerAffiliations && !args.ownerAffiliations.includes('OWNER'))
      const repos = none ? [] : ctx.listings.repositories(ctx.access, filter)
      return { ...connection(repos, args, 'repositories', (repo) => repositoryView(repo, ctx)), totalDiskUsage: 0 }
    },
    repository: ({ name }: { name: string }) => {
      const repo = world.get(name)
      return repo && (!repo.private || ctx.access.canSeePrivate) ? repositoryView(repo, ctx) : null
    },
  }
}

interface RepositoriesArgs extends ConnectionArgs {
  privacy?: 'PUBLIC' | 'PRIVATE' | null
  visibility?: 'PUBLIC' | 'PRIVATE' | 'INTERNAL' | null
  isFork?: boolean | null
  isArchived?: boolean | null
  isLocked?: boolean | null
  ownerAffiliations?: string[] | null
  orderBy?: { field: keyof typeof ORDER_FIELDS; direction: 'ASC' | 'DESC' } | null
}

const ORDER_FIELDS = {
  CREATED_AT: 'created',
  UPDATED_AT: 'updated',
  PUSHED_AT: 'pushed',
  NAME: 'name',
  STARGAZERS: 'stars',
} as const

export function repositoryView(repo: Repo, ctx: ResolverContext): View {
  const { world } = ctx
  ctx.work.repositories++
  const head = () => world.branchHead(repo, repo.defaultBranch)!
  return {
    __typename: 'Repository',
    id: legacyNodeId('Repository', repo.id),
    databaseId: repo.id,
    name: repo.name,
    nameWithOwner: repo.fullName,
    owner: () => organizationView(ctx),
    description: repo.description,
    url: `${WEB}/${repo.fullName}`,
    sshUrl: `git@github.com:${repo.fullName}.git`,
    // URI: a homepage typed without a scheme is not one, and GitHub cannot send it as such.
    homepageUrl: repo.homepage && URL.canParse(repo.homepage) ? repo.homepage : null,
    isPrivate: repo.private,
    isArchived: repo.archived,
    isFork: repo.fork,
    isTemplate: false,
    isDisabled: false,
    isLocked: false,
    isMirror: false,
    isEmpty: false,
    isInOrganization: true,
    visibility: repo.internal ? 'INTERNAL' : repo.private ? 'PRIVATE' : 'PUBLIC',
    createdAt: repo.createdAt,
    updatedAt: repo.updatedAt,
    pushedAt: repo.pushedAt,
    archivedAt: repo.archived ? repo.updatedAt : null,
    stargazerCount: 0,
    forkCount: 0,
    diskUsage: () =>
      Math.ceil([...head().files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024),
    viewerPermission: ctx.access.canWrite ? 'WRITE' : 'READ',
    repositoryTopics: (args: ConnectionArgs) =>
      connection(repo.topics, args, 'repositoryTopics', (name) => ({
        __typename: 'RepositoryTopic',
        id: legacyNodeId('RepositoryTopic', `${repo.id}:${name}`),
        url: `${WEB}/topics/${name}`,
        topic: { __typename: 'Topic', id: legacyNodeId('Topic', name), name },
      })),
    defaultBranchRef: () => refView(repo, ctx, 'refs/heads/', repo.defaultBranch),
    ref: ({ qualifiedName }: { qualifiedName: string }) => findRef(repo, ctx, qualifiedName),
    refs: (args: RefsArgs) => refs(repo, ctx, args),
    object: ({ expression, oid }: { expression?: string | null; oid?: string | null }) =>
      gitObject(repo, ctx, expression ?? null, oid ?? null),
    latestRelease: () => {
      const latest = published(repo)[0]
      return latest ? releaseView(repo, latest, true) : null
    },
    releases: (args: ConnectionArgs) => {
      const latest = published(repo)[0]
      return connection(published(repo, true), args, 'releases', (release) =>
        releaseView(repo, release, release === latest),
      )
    },
  }
}

interface RefsArgs extends ConnectionArgs {
  refPrefix: string
  query?: string | null
  direction?: 'ASC' | 'DESC' | null
  orderBy?: { field: 'TAG_COMMIT_DATE' | 'ALPHABETICAL'; direction: 'ASC' | 'DESC' } | null
}

function refs(repo: Repo, ctx: ResolverContext, args: RefsArgs) {
  let entries: { name: string; sha: string }[]
  if (args.refPrefix === 'refs/heads/') entries = [...repo.branches].map(([name, sha]) => ({ name, sha }))
  else if (args.refPrefix === 'refs/tags/') entries = [...repo.tags]
  else entries = []
  if (args.query) entries = entries.filter((entry) => entry.name.includes(args.query!))
  const field = args.orderBy?.field ?? 'ALPHABETICAL'
  const sign = (args.orderBy?.direction ?? args.direction) === 'DESC' ? -1 : 1
  const date = (sha: string) => repo.commits.get(sha)?.date ?? ''
  if (field === 'TAG_COMMIT_DATE') ctx.work.orderedTags += entries.length
  entries.sort((a, b) => {
    const byDate = field === 'TAG_COMMIT_DATE' ? compare(date(a.sha), date(b.sha)) : 0
    return sign * (byDate !== 0 ? byDate : compare(a.name, b.name))
  })
  return connection(entries, args, 'refs', (entry) => refView(repo, ctx, args.refPrefix, entry.name))
}

/** `qualifiedName`: full names first (refs/heads/main), then short names, branches before tags, as GitHub documents. */
function findRef(repo: Repo, ctx: ResolverContext, qualifiedName: string): View | null {
  for (const prefix of ['refs/heads/', 'refs/tags/']) {
    if (qualifiedName.startsWith(prefix)) return refView(repo, ctx, prefix, qualifiedName.slice(prefix.length))
  }
  if (repo.branches.has(qualifiedName)) return refView(repo, ctx, 'refs/heads/', qualifiedName)
  if (repo.tags.some((tag) => tag.name === qualifiedName)) return refView(repo, ctx, 'refs/tags/', qualifiedName)
  return null
}

export function refView(repo: Repo, ctx: ResolverContext, prefix: string, name: string): View | null {
  const tag = prefix === 'refs/tags/' ? repo.tags.find((candidate) => candidate.name === name) : undefined
  const sha = prefix === 'refs/heads/' ? repo.branches.get(name) : tag?.sha
  const commit = sha ? repo.commits.get(sha) : undefined
  if (!commit) return null
  return {
    __typename: 'Ref',
    id: legacyNodeId('Ref', `${repo.id}:${prefix}${name}`),
    name,
    prefix,
    // A lightweight tag's target is the commit; an annotated tag's is a Tag object, whose own target is the commit
    // (https://docs.github.com/en/graphql/reference/objects#tag): a client must peel it.
    target: () =>
      tag?.annotated ? tagView(repo, commit, tag.name, tag.annotated, ctx) : commitView(repo, commit, ctx),
    repository: () => repositoryView(repo, ctx),
  }
}

/** `object(expression:)`: "<rev>:<path>" is a blob or tree at a revision (HEAD, a branch, a tag, a SHA); "<rev>" a commit. */
function gitObject(repo: Repo, ctx: ResolverContext, expression: string | null, oid: string | null): View | null {
  if (oid) {
    const commit = repo.commits.get(oid)
    return commit ? commitView(repo, commit, ctx) : null
  }
  if (expression === null) return null
  const colon = expression.indexOf(':')
  const revision = colon < 0 ? expression : expression.slice(0, colon) || 'HEAD'
  const commit = ctx.world.resolve(repo, revision)
  if (!commit) return null
  if (colon < 0) return commitView(repo, commit, ctx)
  const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '')
  return pathObject(repo, commit, path, ctx)
}

function pathObject(repo: Repo, commit: Commit, path: string, ctx: ResolverContext): View | null {
  const text = path ? commit.files.get(path) : undefined
  if (text !== undefined) return blobView(repo, commit, text, ctx)
  if (path === '' || hasDirectory(commit, path)) return treeView(repo, commit, path, ctx)
  return null
}

function hasDirectory(commit: Commit, dir: string): boolean {
  const prefix = `${dir}/`
  for (const path of commit.files.keys()) if (path.startsWith(prefix)) return true
  return false
}

function tagView(
  repo: Repo,
  commit: Commit,
  name: string,
  annotated: NonNullable<Tag['annotated']>,
  ctx: ResolverContext,
): View {
  return {
    __typename: 'Tag',
    id: legacyNodeId('Tag', `${repo.id}:${annotated.oid}`),
    oid: annotated.oid,
    abbreviatedOid: annotated.oid.slice(0, 7),
    name,
    message: annotated.message,
    commitUrl: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
    commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
    tagger: {
      __typename: 'GitActor',
      name: 'CIM Fake',
      email: 'fake@example.invalid',
      date: annotated.date,
      avatarUrl: 'https://avatars.githubusercontent.com/u/0?v=4',
      user: null,
    },
    target: () => commitView(repo, commit, ctx),
    repository: () => repositoryView(repo, ctx),
  }
}

export function commitView(repo: Repo, commit: Commit, ctx: ResolverContext): View {
  const url = `${WEB}/${repo.fullName}/commit/${commit.sha}`
  const [headline, ...rest] = commit.message.split('\n')
  const actor = {
    __typename: 'GitActor',
    name: 'CIM Fake',
    email: 'fake@example.invalid',
    date: commit.date,
    avatarUrl: 'https://avatars.githubusercontent.com/u/0?v=4',
    user: null,
  }
  return {
    __typename: 'Commit',
    id: `C_${Buffer.from(commit.sha, 'hex').toString('base64url')}`,
    oid: commit.sha,
    abbreviatedOid: commit.sha.slice(0, 7),
    committedDate: commit.date,
    authoredDate: commit.date,
    pushedDate: commit.date,
    message: commit.message,
    messageHeadline: headline ?? '',
    messageBody: rest.join('\n').replace(/^\n+/, ''),
    url,
    commitUrl: url,
    resourcePath: `/${repo.fullName}/commit/${commit.sha}`,
    commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
    treeUrl: `${WEB}/${repo.fullName}/tree/${commit.sha}`,
    author: actor,
    committer: actor,
    tree: () => treeView(repo, commit, '', ctx),
    file: ({ path }: { path: string }) => {
      const dir = path.split('/').slice(0, -1).join('/')
      return treeEntries(repo, commit, dir, ctx).find((entry) => entry.path === path) ?? null
    },
    parents: (args: ConnectionArgs) =>
      connection(commit.parent ? [commit.parent] : [], args, 'parents', (sha) =>
        commitView(repo, repo.commits.get(sha)!, ctx),
      ),
    history: (args: ConnectionArgs) =>
      connection([...ctx.world.history(repo, commit)], args, 'history', (entry) => commitView(repo, entry, ctx)),
    repository: () => repositoryView(repo, ctx),
    // The combined state of the commit's check runs and commit statuses; null when it has none
    // (https://docs.github.com/en/graphql/reference/objects#statuscheckrollup). Reading it makes GitHub load the
    // commit's checks: it counts as work for the execution-time limit, like a blob.
    statusCheckRollup: () => {
      const state = repo.checks.get(commit.sha)
      ctx.work.blobs++
      if (!state) return null
      return {
        __typename: 'StatusCheckRollup',
        id: legacyNodeId('StatusCheckRollup', `${repo.id}:${commit.sha}`),
        state,
        commit: () => commitView(repo, commit, ctx),
      }
    },
  }
}

/**
 * `Blob.text` holds at most the first 512,000 bytes, and `isTruncated` says when it was cut. GitHub's reference
 * (https://docs.github.com/en/graphql/reference/objects#blob) documents `isTruncated` ("Indicates whether the
 * contents is truncated") but not the limit; 512,000 bytes is what GitHub answers (reported to the byte in
 * https://github.com/sveltia/sveltia-cms/issues/950). Clients read such a blob whole with REST git/get-blob.
 */
export const BLOB_TEXT_LIMIT = 512_000

function blobView(repo: Repo, commit: Commit, text: string, ctx: ResolverContext): View {
  const oid = blobSha(text)
  const binary = text.includes('\0')
  const byteSize = Buffer.byteLength(text, 'utf8')
  ctx.work.blobs++
  ctx.work.bytes += byteSize
  // Binary blobs have no text; whether GitHub flags their contents as truncated is not documented, so by size too.
  const truncated = byteSize > BLOB_TEXT_LIMIT
  return {
    __typename: 'Blob',
    id: legacyNodeId('Blob', `${repo.id}:${oid}`),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    byteSize,
    isBinary: binary,
    isTruncated: truncated,
    text: binary ? null : truncated ? utf8Prefix(text, BLOB_TEXT_LIMIT) : text,
    commitUrl: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
    commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
    repository: () => repositoryView(repo, ctx),
  }
}

/** The longest prefix of `text` that fits in `limit` bytes of UTF-8, cut before a character, never inside one. */
function utf8Prefix(text: string, limit: number): string {
  const bytes = Buffer.from(text, 'utf8')
  let end = limit
  // A continuation byte (10xxxxxx) at the cut means a character straddles it: step back to where it starts.
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  return bytes.subarray(0, end).toString('utf8')
}

function treeView(repo: Repo, commit: Commit, dir: string, ctx: ResolverContext): View {
  const oid = treeSha(commit.files, dir)
  return {
    __typename: 'Tree',
    id: legacyNodeId('Tree', `${repo.id}:${oid}`),
    oid,
    abbreviatedOid: oid.slice(0, 7),
    commitUrl: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
    commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
    entries: () => treeEntries(repo, commit, dir, ctx),
    repository: () => repositoryView(repo, ctx),
  }
}

/** A directory's entries in git's order (by name, a tree's name compared as if it ended in "/"). */
function treeEntries(repo: Repo, commit: Commit, dir: string, ctx: ResolverContext): (View & { path: string })[] {
  const prefix = dir ? `${dir}/` : ''
  const children = new Map<string, 'blob' | 'tree'>()
  for (const path of commit.files.keys()) {
    if (!path.startsWith(prefix)) continue
    const rest = path.slice(prefix.length)
    const slash = rest.indexOf('/')
    children.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'blob' : 'tree')
  }
  const sortKey = (name: string) => (children.get(name) === 'tree' ? `${name}/` : name)
  return [...children.keys()]
    .sort((a, b) => compare(sortKey(a), sortKey(b)))
    .map((name) => {
      const path = `${prefix}${name}`
      const type = children.get(name)!
      const text = type === 'blob' ? commit.files.get(path)! : undefined
      const dot = name.lastIndexOf('.')
      return {
        __typename: 'TreeEntry',
        name,
        nameRaw: Buffer.from(name).toString('base64'),
        path,
        pathRaw: Buffer.from(path).toString('base64'),
        type,
        mode: type === 'blob' ? 0o100644 : 0o40000,
        oid: text !== undefined ? blobSha(text) : treeSha(commit.files, path),
        size: text !== undefined ? Buffer.byteLength(text, 'utf8') : 0,
        extension: type === 'blob' && dot > 0 ? name.slice(dot) : null,
        lineCount: text !== undefined ? text.split('\n').length - (text.endsWith('\n') ? 1 : 0) : null,
        isGenerated: false,
        language: null,
        submodule: null,
        object: () => (text !== undefined ? blobView(repo, commit, text, ctx) : treeView(repo, commit, path, ctx)),
        repository: () => repositoryView(repo, ctx),
      }
    })
}

/** Published releases, newest first (drafts are invisible; `latest` skips prereleases, as GitHub's latest release does). */
function published(repo: Repo, withPrereleases = false) {
  return repo.releases
    .filter((release) => !release.draft && (withPrereleases || !release.prerelease))
    .sort((a, b) => compare(b.publishedAt, a.publishedAt))
}

function releaseView(repo: Repo, release: Repo['releases'][number], isLatest: boolean): View {
  return {
    __typename: 'Release',
    id: legacyNodeId('Release', `${repo.id}:${release.tagName}`),
    name: release.name,
    tagName: release.tagName,
    publishedAt: release.publishedAt,
    createdAt: release.publishedAt,
    isDraft: release.draft,
    isPrerelease: release.prerelease,
    isLatest,
    url: `${WEB}/${repo.fullName}/releases/tag/${encodeURIComponent(release.tagName)}`,
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
