/**
 * Version history over GitHub's GraphQL API, inside the batched read plan (src/sources/github-read-plan.ts).
 *
 * The history core (src/versions/collect.ts) decides what to read: a tag already in the index at the same commit
 * is never read again, a new or moved tag once, the head's lock files only when the head moved, a pending CI state
 * again until it settles. Here it runs against a cache of what GitHub answered, and whatever it asks that the
 * cache lacks becomes the fields of the next read phase, many modules per request: tags (their commits and dates
 * in one connection), files at a commit (`object(expression: "<oid>:path")`), folders at a commit
 * (workspace member globs) and `statusCheckRollup`. When it asks nothing more, its answer is final.
 *
 * The first phase cannot see the index yet (the registry's history files come in that same request): it asks what
 * every history read needs, the first page of tags and, at the head, the CI state and the lock files (the head's
 * other files come with the module's own read): what a new tag at the head (a release just made) or a moved head
 * needs. A run after one new tag at the head so reads in one request.
 */
import { CIM_YAML } from '../metadata/cim-yaml.js'
import { CARGO_TOML, PACKAGE_JSON } from '../metadata/manifests.js'
import type { ModulePattern } from '../metadata/names.js'
import type { RepositorySnapshot } from '../format/types.js'
import {
  DeferredReadError,
  readModuleHistory,
  type Evidence,
  type HistoryReader,
  type TagRef,
} from '../versions/collect.js'
import { readHistoryIndex } from '../versions/index-file.js'
import { linesOf } from '../versions/summary.js'
import { LOCK_FILES } from '../versions/locks.js'
import { CI_STATES, type CiState, type HistoryIndex } from '../versions/types.js'
import type { FieldRead, ModuleRead } from './github-read-plan.js'

/** Tags per page of a module's tag listing (GitHub's maximum for a connection). */
const TAG_PAGE = 100

/**
 * Fields one module's history asks per phase, so that a heavy module (hundreds of tags, large manifests) fits a
 * request alone and never makes its module's own files fail with it: about 7 fields per tag commit (3 manifests,
 * 3 lock files, the check state), 3 to 16 tag commits by the size of the head's manifests (GitHub's execution time
 * grows with the bytes read). A history-only read has not read the head's manifests: it goes by the largest
 * manifest read at a tag so far, and by the fewest tag commits until one is read (sized as the head's, the heavy
 * organization's catch-up runs timed out on a third of their requests). What is left is read by the next phases,
 * then the next runs (DeferredReadError).
 */
function fieldsPerPhase(snapshot: RepositorySnapshot, cache: HistoryCache): number {
  const bytes = snapshot.historyOnly
    ? Math.max(0, ...cache.manifestBytes.values()) || Infinity
    : MODULE_FILES.reduce((sum, path) => sum + (snapshot.files[path]?.length ?? 0), 1)
  const tagCommits = Math.min(16, Math.max(3, Math.floor(400_000 / bytes)))
  return 8 + 7 * tagCommits
}

/** The head's files that the module's own read brings (src/sources/github-read-plan.ts): not asked twice. */
const MODULE_FILES = [CIM_YAML, CARGO_TOML, PACKAGE_JSON]

/** What GitHub answered about one module's history, by commit: commits never change, so it is kept across attempts. */
interface HistoryCache {
  tags: TagRef[]
  /** Null once every page of tags is read; else the cursor of the next page ('' for the first). */
  nextTags: string | null
  /** `commit:path` -> text, null (no such file), or why it cannot be read. */
  files: Map<string, string | null | Error>
  /** `commit:dir` -> the names of its subfolders. */
  folders: Map<string, string[]>
  ci: Map<string, CiState | null>
  /** Set when a read was left for a later run: the history is read again then. */
  incomplete: boolean
  /** What was found at each commit whose files were all read (parsed once). */
  evidence: Map<string, Evidence>
  /** The largest text of each manifest (MODULE_FILES) read at any commit so far, the head's included, in bytes. */
  manifestBytes: Map<string, number>
}

/**
 * Bytes of a file that cost a field: READ_FIELDS fields are about 5 s of GitHub's 10 (the fake's cost model: 1 ms a
 * KiB), so a manifest of 150 KB at a tag counts as 60 fields when the batch is made, and a batch of a heavy
 * organization's tags fits GitHub's time instead of being cut off and halved.
 */
const BYTES_PER_FIELD = 2_500

type Need =
  | { kind: 'tags' }
  | { kind: 'file'; commit: string; path: string }
  | { kind: 'folder'; commit: string; dir: string }
  | { kind: 'ci'; commit: string }

export class GitHubHistory {
  private readonly caches = new Map<string, HistoryCache>()
  private index: HistoryIndex | null = null

  constructor(private readonly modulePattern: ModulePattern) {}

  /** The registry's history files (history/*.jsonl, heads.json), once they are read; `notRead` as readHistoryIndex's. */
  setIndex(files: Readonly<Record<string, string | undefined>>, notRead?: ReadonlySet<string>): void {
    this.index = readHistoryIndex(files, notRead)
  }

  /** A new attempt starts from a new branch head: its index is read again. */
  clearIndex(): void {
    this.index = null
  }

  get hasIndex(): boolean {
    return this.index !== null
  }

  /** The read of the read plan: the fields this module's history still lacks (none when it is complete). */
  readonly read: ModuleRead = async (snapshot) => {
    if (!snapshot.headCommit) return []
    const cache = this.cacheOf(snapshot.name)
    // The tags answered so far, also on a rebuild that finds them cached (the tag pages' answers add to both).
    snapshot.tags = cache.tags.map((tag) => tag.name)
    const needs: Need[] = []
    if (this.index === null) {
      // The first phase cannot see the index: it asks what every history read needs, the first page of tags, and for
      // a module read whole (its head may have moved) the head's CI state and lock files, beside the module's files.
      if (cache.nextTags !== null) needs.push({ kind: 'tags' })
      if (!snapshot.historyOnly) needs.push(...headNeeds(cache, snapshot.headCommit))
    } else {
      // A history-only module's files were not read: what its history lacks of them is asked for in the next phase.
      if (!snapshot.historyOnly) seedHead(cache, snapshot)
      await readModuleHistory(
        snapshot.name,
        cacheReader(cache, snapshot, needs),
        linesOf(snapshot.name, this.index.get(snapshot.name)),
        this.modulePattern,
      )
      // A commit whose evidence is final needs its files no more: on a heavy organization they are most of the memory.
      for (const key of cache.files.keys())
        if (cache.evidence.has(key.slice(0, key.indexOf(':')))) cache.files.delete(key)
    }
    return unique(needs)
      .slice(0, fieldsPerPhase(snapshot, cache))
      .map((need) => fieldOf(need, cache))
  }

  /** Whether a module's history left reads for a later run. */
  incomplete(name: string): boolean {
    return this.caches.get(name)?.incomplete ?? false
  }

  /** Readers that answer from what was read, for readHistories; a read the phases did not make fails that module. */
  readers(snapshots: readonly RepositorySnapshot[]): Map<string, HistoryReader> {
    const readers = new Map<string, HistoryReader>()
    for (const snapshot of snapshots) {
      if (snapshot.readError !== undefined || !snapshot.headCommit || (snapshot.carried && !snapshot.historyOnly))
        continue
      readers.set(snapshot.name, cacheReader(this.cacheOf(snapshot.name), snapshot, null))
    }
    return readers
  }

  private cacheOf(name: string): HistoryCache {
    let cache = this.caches.get(name)
    if (!cache)
      this.caches.set(
        name,
        (cache = {
          tags: [],
          nextTags: '',
          files: new Map(),
          folders: new Map(),
          ci: new Map(),
          incomplete: false,
          evidence: new Map(),
          manifestBytes: new Map(),
        }),
      )
    return cache
  }
}

/** The head's CI state and lock files, unless already answered. */
function headNeeds(cache: HistoryCache, head: string): Need[] {
  const needs: Need[] = cache.ci.has(head) ? [] : [{ kind: 'ci', commit: head }]
  for (const path of LOCK_FILES)
    if (!cache.files.has(`${head}:${path}`)) needs.push({ kind: 'file', commit: head, path })
  return needs
}

/** The head's module files as the module's read found them (absent ones included), once it has run. */
function seedHead(cache: HistoryCache, snapshot: RepositorySnapshot): void {
  for (const path of MODULE_FILES) {
    const key = `${snapshot.headCommit}:${path}`
    if (cache.files.has(key)) continue
    const found = snapshot.files[path]
    cache.files.set(
      key,
      found === undefined ? null : typeof found === 'string' ? found : new Error('it is not UTF-8 text'),
    )
    if (typeof found === 'string') noteManifest(cache, path, found)
  }
}

/** Keeps the size of a manifest read, which the next reads of that file at other commits are weighed by. */
function noteManifest(cache: HistoryCache, path: string, text: string): void {
  if (MODULE_FILES.includes(path))
    cache.manifestBytes.set(path, Math.max(cache.manifestBytes.get(path) ?? 0, text.length))
}

/**
 * A HistoryReader over the cache. With `needs`, what the cache lacks is noted there and answered as absent (the
 * answer is thrown away: a later phase asks again with it read); without, what is missing is left for a later run.
 */
function cacheReader(cache: HistoryCache, snapshot: RepositorySnapshot, needs: Need[] | null): HistoryReader {
  const unanswered = new Set<string>()
  const missing = (need: Need): null => {
    if (!needs) {
      cache.incomplete = true
      throw new DeferredReadError('read on a later run')
    }
    needs.push(need)
    if (need.kind === 'file' || need.kind === 'folder') unanswered.add(need.commit)
    return null
  }
  return {
    memo: cache.evidence,
    final: (commit) => !unanswered.has(commit),
    async tags() {
      if (cache.nextTags === null) return cache.tags
      // The tags read so far; the others wait for a later run.
      if (needs) needs.push({ kind: 'tags' })
      else cache.incomplete = true
      return cache.tags
    },
    async head() {
      return { commit: snapshot.headCommit!, date: snapshot.committedAt }
    },
    async readFile(commit, path) {
      const key = `${commit}:${path}`
      if (!cache.files.has(key)) return missing({ kind: 'file', commit, path })
      const text = cache.files.get(key)!
      if (text instanceof Error) throw text
      return text
    },
    async listFolder(commit, dir) {
      return cache.folders.get(`${commit}:${dir}`) ?? missing({ kind: 'folder', commit, dir }) ?? []
    },
    async ciState(commit) {
      return cache.ci.has(commit) ? cache.ci.get(commit)! : missing({ kind: 'ci', commit })
    },
  }
}

function unique(needs: Need[]): Need[] {
  const seen = new Set<string>()
  return needs.filter((need) => {
    const key = JSON.stringify(need)
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** A tag's commit: no check state here, which GitHub computes per commit; it is asked only of tags being read. */
const PEELED_COMMIT = '__typename oid ... on Commit { committedDate }'

interface TagNode {
  name: string
  target: PeeledTarget & { target?: PeeledTarget | null }
}

interface PeeledTarget {
  __typename: string
  oid: string
  committedDate?: string
}

/** One need as a GraphQL field under `repository(...)` whose answer fills the cache. */
function fieldOf(need: Need, cache: HistoryCache): FieldRead {
  switch (need.kind) {
    case 'tags': {
      const after = cache.nextTags ? `, after: ${JSON.stringify(cache.nextTags)}` : ''
      return {
        // An annotated tag's target is a Tag object; its own target is the commit. Tags of trees or blobs are no versions.
        selection: `refs(refPrefix: "refs/tags/", first: ${TAG_PAGE}${after}) { pageInfo { hasNextPage endCursor } nodes { name target { ${PEELED_COMMIT} ... on Tag { target { ${PEELED_COMMIT} } } } } }`,
        apply(snapshot, value) {
          const page = value as {
            pageInfo: { hasNextPage: boolean; endCursor: string | null }
            nodes: (TagNode | null)[]
          } | null
          if (!page) {
            cache.nextTags = null
            return
          }
          for (const node of page.nodes) {
            const commit = node?.target.__typename === 'Tag' ? node.target.target : node?.target
            if (!node || commit?.__typename !== 'Commit') continue
            cache.tags.push({ name: node.name, commit: commit.oid, date: commit.committedDate ?? null })
            // The module's own tags (a version when no manifest has one) come from these pages too.
            snapshot.tags.push(node.name)
          }
          cache.nextTags = page.pageInfo.hasNextPage && page.pageInfo.endCursor ? page.pageInfo.endCursor : null
        },
      }
    }
    case 'file':
      return {
        selection: `object(expression: ${JSON.stringify(`${need.commit}:${need.path}`)}) { ... on Blob { text isBinary byteSize isTruncated } }`,
        weight: Math.max(1, Math.ceil((cache.manifestBytes.get(need.path) ?? 0) / BYTES_PER_FIELD)),
        apply(_snapshot, value) {
          const blob = value as { text?: string | null; isBinary?: boolean | null; isTruncated?: boolean } | null
          let answer: string | null | Error = null
          // A folder of that name answers an empty object: no file.
          if (blob && blob.isBinary) answer = new Error('it is not UTF-8 text')
          else if (blob && blob.isTruncated) answer = new Error("it is over GraphQL's 512,000-byte text limit")
          else if (blob && typeof blob.text === 'string') answer = blob.text
          cache.files.set(`${need.commit}:${need.path}`, answer)
          if (typeof answer === 'string') noteManifest(cache, need.path, answer)
        },
      }
    case 'folder':
      return {
        selection: `object(expression: ${JSON.stringify(`${need.commit}:${need.dir}`)}) { ... on Tree { entries { name type } } }`,
        apply(_snapshot, value) {
          const entries = (value as { entries?: { name: string; type: string }[] } | null)?.entries ?? []
          cache.folders.set(
            `${need.commit}:${need.dir}`,
            entries.filter((entry) => entry.type === 'tree').map((entry) => entry.name),
          )
        },
      }
    case 'ci':
      return {
        selection: `object(expression: ${JSON.stringify(need.commit)}) { ... on Commit { statusCheckRollup { state } } }`,
        apply(_snapshot, value) {
          cache.ci.set(
            need.commit,
            ciState((value as { statusCheckRollup?: { state: string } | null } | null)?.statusCheckRollup),
          )
        },
      }
  }
}

/**
 * GitHub's StatusState in the index's words. EXPECTED (a required status not reported yet) is pending; a commit
 * without checks or statuses has no rollup: null.
 */
function ciState(rollup: { state: string } | null | undefined): CiState | null {
  if (!rollup) return null
  const state = rollup.state.toLowerCase()
  if (state === 'expected') return 'pending'
  return (CI_STATES as readonly string[]).includes(state) ? (state as CiState) : null
}
