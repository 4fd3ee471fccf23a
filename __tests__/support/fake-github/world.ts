/**
 * The fake's organization in memory: repositories, their commits (each a full file tree) and branches, tags and
 * releases. REST handlers and GraphQL resolvers are two views of this one world.
 *
 * Repositories are indexed by lower-cased name (GitHub names are case-insensitive); commits by SHA. New commits get
 * deterministic SHAs (sha1 of parent, date, message and changes), so that runs repeat.
 */
import { createHash } from 'node:crypto'
import type {
  DispatchRecord,
  SnapshotTag,
  OrgSnapshot,
  PushOptions,
  RepositoryPatch,
  RepositoryView,
  SnapshotRelease,
  SnapshotRepository,
} from './types.js'

export interface Commit {
  sha: string
  parent: string | null
  message: string
  /** UTC, seconds precision, as GitHub writes it: 2025-01-30T10:00:00Z. */
  date: string
  files: ReadonlyMap<string, string>
}

export interface Tag {
  name: string
  /** The commit the tag points at (peeled). */
  sha: string
  /** An annotated tag is an object of its own (its own oid, a tagger date) whose target is the commit. */
  annotated?: { oid: string; date: string; message: string }
}

/** GitHub's `StatusState`: the combined state of a commit's checks and statuses. */
export type CheckState = 'SUCCESS' | 'FAILURE' | 'PENDING' | 'ERROR' | 'EXPECTED'

export interface Release {
  tagName: string
  name: string | null
  prerelease: boolean
  draft: boolean
  publishedAt: string
}

export interface Repo {
  id: number
  name: string
  fullName: string
  description: string | null
  topics: string[]
  private: boolean
  internal: boolean
  archived: boolean
  fork: boolean
  homepage: string | null
  defaultBranch: string
  createdAt: string
  updatedAt: string
  pushedAt: string
  /** Branch name -> head SHA. */
  branches: Map<string, string>
  /** Oldest first. */
  tags: Tag[]
  releases: Release[]
  commits: Map<string, Commit>
  /** Commit SHA -> the combined state of its checks (`statusCheckRollup`); absent: the commit has none. */
  checks: Map<string, CheckState>
}

export interface FileChanges {
  additions: { path: string; text: string }[]
  deletions: string[]
}

const DAY = 86_400_000
const BASE_CREATED = Date.parse('2023-01-01T00:00:00Z')

export class World {
  readonly org: string
  readonly orgId: number
  readonly dispatches: DispatchRecord[] = []
  /** Bumped on every change, so that views can cache sorted listings. */
  version = 0
  private readonly repos = new Map<string, Repo>()
  /** Per repository, its blobs by SHA and how many of its commits they cover (built on first use: most tests never ask). */
  private readonly blobIndex = new WeakMap<Repo, { commits: number; blobs: Map<string, string> }>()
  private nextId = 1_000

  constructor(snapshot: OrgSnapshot) {
    this.org = snapshot.org
    this.orgId = Number.parseInt(sha1(`org:${snapshot.org}`).slice(0, 7), 16)
    for (const repository of snapshot.repositories) this.addRepo(repository)
  }

  get(name: string): Repo | undefined {
    return this.repos.get(name.toLowerCase())
  }

  /** Every repository, in creation order. */
  all(): IterableIterator<Repo> {
    return this.repos.values()
  }

  get size(): number {
    return this.repos.size
  }

  isOrg(login: string): boolean {
    return login.toLowerCase() === this.org.toLowerCase()
  }

  addRepo(snapshot: SnapshotRepository): Repo {
    if (this.get(snapshot.name)) throw new Error(`fake GitHub: repository ${snapshot.name} exists already`)
    const index = this.nextId - 1_000
    const fullName = `${this.org}/${snapshot.name}`
    const createdAt = utc(snapshot.created_at ?? new Date(BASE_CREATED + index * 3_600_000).toISOString())
    const pushedAt = utc(snapshot.pushed_at ?? createdAt)
    const defaultBranch = snapshot.default_branch ?? 'main'
    const files = new Map(Object.entries(snapshot.files ?? {}))
    const repo: Repo = {
      id: this.nextId++,
      name: snapshot.name,
      fullName,
      description: snapshot.description ?? null,
      topics: [...(snapshot.topics ?? [])],
      private: (snapshot.private ?? false) || (snapshot.internal ?? false),
      internal: snapshot.internal ?? false,
      archived: snapshot.archived ?? false,
      fork: snapshot.fork ?? false,
      homepage: snapshot.homepage ?? null,
      defaultBranch,
      createdAt,
      updatedAt: pushedAt > createdAt ? pushedAt : createdAt,
      pushedAt,
      branches: new Map(),
      tags: [],
      releases: (snapshot.releases ?? []).map((release) => toRelease(release, pushedAt)),
      commits: new Map(),
      checks: new Map(),
    }
    // History: a commit per tag (oldest first, a day apart), then the head. A tag's commit carries the head's files
    // with the tag's own changes (`files`) over them.
    const tags: SnapshotTag[] = (snapshot.tags ?? []).map((tag) => (typeof tag === 'string' ? { name: tag } : tag))
    let parent: string | null = null
    tags.forEach((tag, i) => {
      const tagFiles = new Map(files)
      for (const [path, text] of Object.entries(tag.files ?? {})) {
        if (text === null) tagFiles.delete(path)
        else tagFiles.set(path, text)
      }
      const commit: Commit = {
        sha: sha1(`${fullName}:tag:${tag.name}`),
        parent,
        message: `Release ${tag.name}`,
        date: utc(new Date(Date.parse(pushedAt) - (tags.length - i) * DAY).toISOString()),
        files: tag.files ? tagFiles : files,
      }
      repo.commits.set(commit.sha, commit)
      repo.tags.push(tagObject(repo, tag.name, commit, tag.annotated ?? false))
      if (tag.ci) repo.checks.set(commit.sha, tag.ci)
      parent = commit.sha
    })
    const head: Commit = {
      sha: snapshot.head_commit ?? sha1(`${fullName}:head`),
      parent,
      message: 'Snapshot head',
      date: pushedAt,
      files,
    }
    if (!/^[0-9a-f]{40}$/.test(head.sha))
      throw new Error(`fake GitHub: head_commit of ${snapshot.name} is not a 40-hex SHA`)
    repo.commits.set(head.sha, head)
    if (snapshot.head_ci) repo.checks.set(head.sha, snapshot.head_ci)
    repo.branches.set(defaultBranch, head.sha)
    this.repos.set(snapshot.name.toLowerCase(), repo)
    this.version++
    return repo
  }

  updateRepo(name: string, patch: RepositoryPatch): void {
    const repo = this.require(name)
    if (patch.description !== undefined) repo.description = patch.description
    if (patch.topics !== undefined) repo.topics = [...patch.topics]
    if (patch.private !== undefined) repo.private = patch.private
    if (patch.archived !== undefined) repo.archived = patch.archived
    if (patch.homepage !== undefined) repo.homepage = patch.homepage
    repo.updatedAt = utc(new Date(Date.parse(repo.updatedAt) + 1_000).toISOString())
    this.version++
  }

  deleteRepo(name: string): void {
    if (!this.repos.delete(name.toLowerCase())) throw new Error(`fake GitHub: no repository ${name}`)
    this.version++
  }

  /** A push from outside: a new commit on the branch, whose parent is its head. Returns the new head SHA. */
  push(name: string, options: PushOptions): string {
    const repo = this.require(name)
    const branch = options.branch ?? repo.defaultBranch
    const head = this.branchHead(repo, branch)
    if (!head) throw new Error(`fake GitHub: ${name} has no branch ${branch}`)
    const changes: FileChanges = { additions: [], deletions: [] }
    for (const [path, text] of Object.entries(options.files ?? {})) {
      if (text === null) changes.deletions.push(path)
      else changes.additions.push({ path, text })
    }
    const date = options.date ?? new Date(Date.parse(head.date) + 60_000).toISOString()
    return this.commit(repo, branch, changes, options.message ?? 'Update files', date).sha
  }

  /** Appends a commit to a branch; deletions of absent files are ignored here (callers that must refuse check first). */
  commit(repo: Repo, branch: string, changes: FileChanges, message: string, date: string): Commit {
    const parent = this.branchHead(repo, branch)
    if (!parent) throw new Error(`fake GitHub: ${repo.name} has no branch ${branch}`)
    const files = new Map(parent.files)
    for (const path of changes.deletions) files.delete(path)
    for (const { path, text } of changes.additions) files.set(path, text)
    const when = utc(date)
    const sha = sha1(`${parent.sha}\0${when}\0${message}\0${JSON.stringify(changes)}`)
    const commit: Commit = { sha, parent: parent.sha, message, date: when, files }
    repo.commits.set(sha, commit)
    repo.branches.set(branch, sha)
    if (when > repo.pushedAt) repo.pushedAt = when
    if (when > repo.updatedAt) repo.updatedAt = when
    this.version++
    return commit
  }

  /**
   * Creates a tag, or moves it (a force-pushed tag: `git push --force origin v1.0.0`), to a commit of the repository
   * (default: the default branch's head). No new commit is made: a tag on an old commit changes no branch.
   */
  tag(name: string, tagName: string, options: { commit?: string; annotated?: boolean } = {}): string {
    const repo = this.require(name)
    const commit = options.commit ? repo.commits.get(options.commit) : this.branchHead(repo, repo.defaultBranch)
    if (!commit) throw new Error(`fake GitHub: ${name} has no commit ${options.commit}`)
    const tag = tagObject(repo, tagName, commit, options.annotated ?? false)
    const at = repo.tags.findIndex((existing) => existing.name === tagName)
    if (at >= 0) repo.tags[at] = tag
    else repo.tags.push(tag)
    this.version++
    return commit.sha
  }

  /** Sets (or, with null, clears) the combined check state of a commit, as CI reporting on it would. */
  setChecks(name: string, sha: string, state: CheckState | null): void {
    const repo = this.require(name)
    if (!repo.commits.has(sha)) throw new Error(`fake GitHub: ${name} has no commit ${sha}`)
    if (state) repo.checks.set(sha, state)
    else repo.checks.delete(sha)
    this.version++
  }

  branchHead(repo: Repo, branch: string): Commit | undefined {
    const sha = repo.branches.get(branch)
    return sha ? repo.commits.get(sha) : undefined
  }

  /**
   * A revision as git understands the common forms: HEAD (the default branch), a branch, a tag, refs/heads/x,
   * refs/tags/x, or a commit SHA (full, or abbreviated to 7 or more characters).
   */
  resolve(repo: Repo, revision: string): Commit | undefined {
    if (revision === 'HEAD') return this.branchHead(repo, repo.defaultBranch)
    const branch = revision.startsWith('refs/heads/') ? revision.slice('refs/heads/'.length) : revision
    if (repo.branches.has(branch)) return this.branchHead(repo, branch)
    const tagName = revision.startsWith('refs/tags/') ? revision.slice('refs/tags/'.length) : revision
    const tag = repo.tags.find((candidate) => candidate.name === tagName)
    if (tag) return repo.commits.get(tag.sha)
    if (/^[0-9a-f]{40}$/.test(revision)) return repo.commits.get(revision)
    if (/^[0-9a-f]{7,39}$/.test(revision)) {
      for (const commit of repo.commits.values()) if (commit.sha.startsWith(revision)) return commit
    }
    return undefined
  }

  /**
   * A blob of the repository by its SHA (blobSha, the `oid` GraphQL gives a Blob): any file of any of its commits,
   * as git's object store keeps them all.
   */
  blob(repo: Repo, sha: string): string | undefined {
    let index = this.blobIndex.get(repo)
    if (!index) this.blobIndex.set(repo, (index = { commits: 0, blobs: new Map() }))
    if (index.commits < repo.commits.size) {
      // Commits are appended after their parents, so only the new ones need hashing, and of those only the files
      // their parent does not already hold (the registry's multi-megabyte files rarely all change).
      for (const commit of [...repo.commits.values()].slice(index.commits)) {
        const parent = commit.parent ? repo.commits.get(commit.parent) : undefined
        for (const [path, text] of commit.files) {
          if (parent && parent.files.get(path) === text) continue
          index.blobs.set(blobSha(text), text)
        }
      }
      index.commits = repo.commits.size
    }
    return index.blobs.get(sha)
  }

  /** The commits reachable from `start`, newest first. */
  *history(repo: Repo, start: Commit): Generator<Commit> {
    let commit: Commit | undefined = start
    while (commit) {
      yield commit
      commit = commit.parent ? repo.commits.get(commit.parent) : undefined
    }
  }

  view(name: string): RepositoryView {
    const repo = this.require(name)
    const head = this.branchHead(repo, repo.defaultBranch)!
    return {
      name: repo.name,
      defaultBranch: repo.defaultBranch,
      head: head.sha,
      files: Object.fromEntries(head.files),
      commits: [...this.history(repo, head)].map(({ sha, message, date, parent }) => ({ sha, message, date, parent })),
      private: repo.private,
      archived: repo.archived,
      topics: [...repo.topics],
    }
  }

  private require(name: string): Repo {
    const repo = this.get(name)
    if (!repo) throw new Error(`fake GitHub: no repository ${name}`)
    return repo
  }
}

export function sha1(text: string): string {
  return createHash('sha1').update(text).digest('hex')
}

/** The id git gives a blob: sha1 of `blob <size>\0<content>`. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex')
}

/** A stand-in id for the tree of `files` under `dir` (not git's tree encoding, but stable and content-addressed). */
export function treeSha(files: ReadonlyMap<string, string>, dir = ''): string {
  const prefix = dir ? `${dir}/` : ''
  const hash = createHash('sha1').update(`tree ${dir}\0`)
  for (const path of [...files.keys()].filter((path) => path.startsWith(prefix)).sort())
    hash.update(`${path}\0${blobSha(files.get(path)!)}\n`)
  return hash.digest('hex')
}

/** ISO-8601 in UTC without milliseconds, the way GitHub writes times. */
export function utc(iso: string): string {
  const millis = Date.parse(iso)
  if (Number.isNaN(millis)) throw new Error(`fake GitHub: ${JSON.stringify(iso)} is not a date`)
  return new Date(millis).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

function tagObject(repo: Repo, name: string, commit: Commit, annotated: boolean): Tag {
  if (!annotated) return { name, sha: commit.sha }
  const date = utc(new Date(Date.parse(commit.date) + 60_000).toISOString())
  return {
    name,
    sha: commit.sha,
    annotated: { oid: sha1(`${repo.fullName}:annotated:${name}:${commit.sha}`), date, message: `Release ${name}` },
  }
}

function toRelease(release: SnapshotRelease, pushedAt: string): Release {
  return {
    tagName: release.tag_name,
    name: release.name ?? release.tag_name,
    prerelease: release.prerelease ?? false,
    draft: release.draft ?? false,
    publishedAt: utc(release.published_at ?? pushedAt),
  }
}
