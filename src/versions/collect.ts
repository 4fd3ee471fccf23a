/**
 * Reading a module's history through a HistoryReader, incrementally: a tag already in the index at the same commit
 * is never read again (its files at that commit cannot change); a new tag, or one that moved, is read once; the
 * head's files only when the head moved. What comes back is the lines to append and the new head.
 */
import { parse as parseToml } from 'smol-toml'
import { describeModule } from '../metadata/describe.js'
import { CIM_YAML } from '../metadata/cim-yaml.js'
import { CARGO_TOML, PACKAGE_JSON, workspaceMemberManifests } from '../metadata/manifests.js'
import type { ModulePattern } from '../metadata/names.js'
import { compareStrings } from '../util/order.js'
import { LOCK_FILES, readLocks } from './locks.js'
import { tagVersion } from './tags.js'
import type { CiState, HeadEntry, LockEvidence, ModuleHistory, VersionEntry } from './types.js'

/** A tag as the repository has it now: the commit it points at (peeled) and that commit's committer date. */
export interface TagRef {
  name: string
  commit: string
  date: string | null
}

/**
 * What the registry needs to read a repository's history. The local source implements it over real git (a
 * checkout or a `git bundle`); the GitHub source can implement it over the API (refs/tags, contents at a commit,
 * `statusCheckRollup`).
 */
export interface HistoryReader {
  /** Every tag that points at a commit, with that commit and its date; version tags are picked out by the caller. */
  tags(): Promise<TagRef[]>
  /** The default branch's head, or null when there is none (an empty repository). */
  head(): Promise<{ commit: string; date: string | null } | null>
  /** The text of a file at a commit, or null when the commit has no such file. */
  readFile(commit: string, path: string): Promise<string | null>
  /** The names of the subfolders of a folder at a commit ('' is the root); for workspace member globs. */
  listFolder(commit: string, path: string): Promise<string[]>
  /** The combined CI state of a commit, or null when the source has none (the local source). */
  ciState(commit: string): Promise<CiState | null>
  /** False when a read at this commit had no answer yet (a reader that notes what it lacks): what was found there
   *  is not final, and not kept in `readModuleHistory`'s memo. */
  final?(commit: string): boolean
  /** What was found at each commit, kept by a reader that is asked several times (see readModuleHistory). */
  memo?: Map<string, Evidence>
}

/**
 * Thrown by a reader for what it will read on a later run (the GitHub source reads a bounded number of files per
 * module and run): the tag stays unread, so that the next run reads it; the head keeps what the index had.
 */
export class DeferredReadError extends Error {}

export interface HistoryUpdate {
  /** Lines to append to the module's index, in tag order. */
  append: VersionEntry[]
  head: HeadEntry | null
  /** File reads asked of the reader this run (at tags and the head, found or not): the incremental cost. */
  reads: number
}

/**
 * `memo`: what was found at each commit, kept across calls by a caller that asks several times with more answered
 * each time (the GitHub source's read phases), so that a commit's files are parsed once.
 */
export async function readModuleHistory(
  name: string,
  reader: HistoryReader,
  known: ModuleHistory | undefined,
  modulePattern: ModulePattern,
  memo: Map<string, Evidence> | undefined = reader.memo,
): Promise<HistoryUpdate> {
  const latest = new Map<string, VersionEntry>()
  for (const entry of known?.versions ?? []) latest.set(entry.tag, entry)
  let reads = 0
  // A head that is also a tag (a release just made) is read once.
  const seen = new Map<string, Promise<Evidence>>()
  const snapshotAt = (commit: string) => {
    let evidence = seen.get(commit)
    const found = memo?.get(commit)
    if (!evidence && found) seen.set(commit, (evidence = Promise.resolve(found)))
    if (!evidence) {
      // What cannot be read at a commit is recorded with it in the index, so that the warning it gives (at the head)
      // stands as long as that commit does, not only in the run that read it.
      const unreadable: string[] = []
      const refused = (path: string, error: Error) => unreadable.push(`${path}: ${error.message}`)
      evidence = filesAt(reader, commit, LOCK_FILES, { read: () => reads++, refused }).then((files) => {
        const result = evidenceAt(name, files, modulePattern, unreadable)
        if (memo && reader.final?.(commit) !== false) memo.set(commit, result)
        return result
      })
      seen.set(commit, evidence)
    }
    return evidence
  }

  const append: VersionEntry[] = []
  const tags = (await reader.tags()).sort((a, b) => compareStrings(a.name, b.name))
  for (const tag of tags) {
    const version = tagVersion(tag.name, name)
    if (version === null) continue
    const before = latest.get(tag.name)
    if (before?.commit === tag.commit) {
      // A CI state still pending when the tag was read is asked again; a settled one is final.
      if (before.ci !== 'pending') continue
      const ci = await unlessDeferred(reader.ciState(tag.commit))
      if (ci !== DEFERRED && ci !== 'pending') append.push({ ...before, ci })
      continue
    }
    const found = await unlessDeferred(snapshotAt(tag.commit))
    const ci = found === DEFERRED ? DEFERRED : await unlessDeferred(reader.ciState(tag.commit))
    if (found === DEFERRED || ci === DEFERRED) continue
    append.push({
      version,
      tag: tag.name,
      commit: tag.commit,
      date: tag.date,
      manifest_version: found.version,
      dependencies: found.dependencies,
      locked: found.locked,
      ci,
      ...(before ? { moved_from: before.commit } : {}),
      ...(found.unreadable.length ? { unreadable: found.unreadable } : {}),
    })
  }

  const now = await reader.head()
  let head: HeadEntry | null = null
  if (now && known?.head?.commit === now.commit) {
    head = known.head
    // As with tags: a pending CI state is asked again until it settles.
    if (head.ci === 'pending') {
      const ci = await unlessDeferred(reader.ciState(now.commit))
      if (ci !== DEFERRED && ci !== 'pending') head = { ...head, ci }
    }
  } else if (now) {
    const found = await unlessDeferred(snapshotAt(now.commit))
    const ci = found === DEFERRED ? DEFERRED : await unlessDeferred(reader.ciState(now.commit))
    // Not read this run: the head keeps what the index had.
    if (found === DEFERRED || ci === DEFERRED) return { append, head: known?.head ?? null, reads }
    head = {
      commit: now.commit,
      date: now.date,
      version: found.version,
      locked: found.locked,
      ci,
      ...(found.unreadable.length ? { unreadable: found.unreadable } : {}),
    }
  }
  return { append, head, reads }
}

const DEFERRED = Symbol('deferred')

/** The answer, or DEFERRED when the reader left it for a later run. */
async function unlessDeferred<T>(answer: Promise<T>): Promise<T | typeof DEFERRED> {
  try {
    return await answer
  } catch (error) {
    if (error instanceof DeferredReadError) return DEFERRED
    throw error
  }
}

export interface FileReadObserver {
  /** Called before each file is asked for. */
  read?: () => void
  /** Called for a file that exists but cannot be read; without it, the error is thrown. */
  refused?: (path: string, error: Error) => void
}

/**
 * The files of a commit that describe the module: cim.yaml, the manifests (the root's and those of the workspace
 * members it lists) and the lock files, or `paths` instead of the lock files.
 */
export async function filesAt(
  reader: HistoryReader,
  commit: string,
  paths: readonly string[] = LOCK_FILES,
  observe: FileReadObserver = {},
): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  const read = async (path: string) => {
    observe.read?.()
    let text: string | null
    try {
      text = await reader.readFile(commit, path)
    } catch (error) {
      // One file that cannot be read (too large, not UTF-8) leaves the others readable, when the caller says how;
      // one left for a later run leaves the whole commit for then.
      if (!observe.refused || error instanceof DeferredReadError) throw error
      observe.refused(path, error as Error)
      return
    }
    if (text !== null) files[path] = text
  }
  for (const path of [CIM_YAML, CARGO_TOML, PACKAGE_JSON, ...paths]) await read(path)
  if (files[CARGO_TOML] !== undefined) {
    for (const member of await workspaceMemberManifests(files[CARGO_TOML], (dir) => reader.listFolder(commit, dir)))
      await read(member)
  }
  return files
}

export interface Evidence {
  version: string | null
  dependencies: Record<string, string>
  locked: LockEvidence | null
  unreadable: string[]
}

/** Version and ranges with the head's inference rules (describeModule), and the locks' evidence. */
function evidenceAt(
  name: string,
  files: Record<string, string>,
  modulePattern: ModulePattern,
  unreadable: string[],
): Evidence {
  const described = describeModule(
    {
      name,
      url: null,
      description: null,
      topics: [],
      visibility: null,
      archived: false,
      headCommit: null,
      committedAt: null,
      tags: [],
      files,
    },
    { modulePattern },
  )
  const locks = readLocks(files, (crate) => modulePattern.matches(crate), crateNames(name, files))
  unreadable.push(
    ...locks.problems.map((problem) => `${problem.file}: ${problem.message.replace(`${problem.file} `, '')}`),
  )
  return { version: described.fields.version, dependencies: described.dependencies, locked: locks.locked, unreadable }
}

/** The module's own crates: its name and the package names of every Cargo.toml read (root and members). */
function crateNames(name: string, files: Record<string, string>): Set<string> {
  const names = new Set([name])
  for (const [path, text] of Object.entries(files)) {
    if (path !== CARGO_TOML && !path.endsWith(`/${CARGO_TOML}`)) continue
    try {
      const pkg = (parseToml(text) as { package?: { name?: unknown } }).package
      if (typeof pkg?.name === 'string') names.add(pkg.name.replace(/_/g, '-'))
    } catch {
      // An unparsable manifest is reported by describeModule.
    }
  }
  return names
}
