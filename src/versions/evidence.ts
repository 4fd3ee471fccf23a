/**
 * What the history tells, as pure functions of the index and the newest registered versions: the warnings of each
 * module, the drift of the heads' locks, a module's compatibility with its dependencies. The engine writes the
 * warnings into status.json; the client answers `drift` and `compat` with the same functions.
 */
import semver from 'semver'
import { compareStrings, sortRecord, sortedUnique } from '../util/order.js'
import type { Problem } from '../format/types.js'
import { currentVersions } from './index-file.js'
import { namedVersionsOf, tagAt, tagNotes } from './summary.js'
import type {
  HeadEntry,
  HistoryIndex,
  IndexedHistory,
  LockedDependency,
  LockEvidence,
  LockSource,
  ModuleHistory,
} from './types.js'

/** Module name -> its newest registered version (null: the registry knows none). */
export type NewestVersions = ReadonlyMap<string, string | null>

/**
 * A module's newest version: the higher of the version modules.yaml registers (the head's manifest) and the
 * highest version its tags name (a tag `v0.8.1` over a manifest that still says 0.8.0 is a release of 0.8.1).
 */
export function newestOf(registered: string | null, head: HeadEntry | null | undefined): string | null {
  const candidates = [registered, head?.newest_tag].filter(
    (v): v is string => typeof v === 'string' && semver.valid(v) !== null,
  )
  return candidates.sort(semver.rcompare)[0] ?? null
}

export interface DriftEntry {
  module: string
  dependency: string
  /** The version the module's head lock pins; null when the lock names only a commit. */
  locked: string | null
  newest: string | null
  source: LockSource
  commit: string | null
  reproducible: boolean
}

export interface CompatEntry {
  declared: string | null
  locked: string | null
  newest: string | null
  /** Does the newest version satisfy the declared range? Null when either is unknown. */
  satisfied: boolean | null
  /** The dependency's versions this module was built with and passed CI with, oldest first. */
  verified: string[]
  /** Every version of the dependency this module was built with (by its locks), oldest first. */
  built_with: string[]
}

export function isReproducible(source: LockSource): boolean {
  return source !== 'path' && source !== 'git-branch'
}

/** Every version a module is known to have had: its tags' versions, their manifests' and the head's. */
export function knownVersions(history: IndexedHistory | undefined, newest: string | null | undefined): Set<string> {
  const known = new Set(namedVersionsOf(history))
  if (history?.head?.version) known.add(history.head.version)
  if (newest) known.add(newest)
  return known
}

/**
 * Every cim package of every head lock whose locked version differs from the newest registered one, or that
 * cannot be reproduced; by module, then dependency. A dependency the registry does not know has no newest.
 */
export function drift(index: HistoryIndex, newest: NewestVersions): DriftEntry[] {
  const entries: DriftEntry[] = []
  for (const module of [...index.keys()].sort(compareStrings)) {
    const locked = index.get(module)!.head?.locked
    for (const [dependency, lock] of Object.entries(locked ?? {})) {
      const newestVersion = newest.get(dependency) ?? null
      const reproducible = isReproducible(lock.source)
      const behind = lock.version !== null && newestVersion !== null && lock.version !== newestVersion
      if (!behind && reproducible) continue
      entries.push({
        module,
        dependency,
        locked: lock.version,
        newest: newestVersion,
        source: lock.source,
        commit: lock.commit,
        reproducible,
      })
    }
  }
  return entries
}

/**
 * The warnings the history gives each module (status.json problems, never errors): tag-version-mismatch,
 * tag-moved, locked-behind, unreproducible-dependency, unknown-locked-version and ci-failing.
 */
export function historyWarnings(index: HistoryIndex, newest: NewestVersions): Map<string, Problem[]> {
  const warnings = new Map<string, Problem[]>()
  const warn = (module: string, code: Problem['code'], message: string, file?: string) =>
    (warnings.get(module) ?? warnings.set(module, []).get(module)!).push({
      level: 'warning',
      code,
      message,
      ...(file ? { file } : {}),
    })
  for (const [module, history] of [...index].sort(([a], [b]) => compareStrings(a, b))) {
    for (const entry of tagNotes(history)) {
      if (entry.manifest_version !== null && entry.manifest_version !== entry.version) {
        warn(
          module,
          'tag-version-mismatch',
          `tag ${entry.tag} (commit ${short(entry.commit)}) names ${entry.version} but the manifest at that commit says ${entry.manifest_version}`,
        )
      }
      if (entry.moved_from) {
        warn(
          module,
          'tag-moved',
          `tag ${entry.tag} moved from commit ${short(entry.moved_from)} to ${short(entry.commit)}; both readings are kept in history/${module}.jsonl`,
        )
      }
    }
    const head = history.head
    if (!head) continue
    for (const [dependency, lock] of Object.entries(head.locked ?? {})) {
      const newestVersion = newest.get(dependency) ?? null
      if (lock.version !== null && newestVersion !== null && semver.lt(lock.version, newestVersion)) {
        warn(
          module,
          'locked-behind',
          `built with ${describeLock(dependency, lock, index.get(dependency))} ${describeSource(lock)}, but the newest registered version is ${newestVersion}`,
        )
      }
      if (!isReproducible(lock.source)) {
        warn(
          module,
          'unreproducible-dependency',
          `${dependency} is locked by ${lock.source === 'path' ? 'a path (a sibling checkout)' : 'a git branch'}: the build cannot be reproduced from the manifest alone`,
        )
      }
      if (
        lock.version !== null &&
        newest.has(dependency) &&
        !knownVersions(index.get(dependency), newest.get(dependency)).has(lock.version)
      ) {
        warn(
          module,
          'unknown-locked-version',
          `the lock pins ${dependency} ${lock.version}, which no known version of ${dependency} has (no tag, no manifest)`,
        )
      }
    }
    for (const reason of head.unreadable ?? []) {
      const at = reason.indexOf(': ')
      const file = reason.slice(0, at)
      warn(
        module,
        'invalid-lock',
        `${file} at the head commit ${short(head.commit)} is not read: ${reason.slice(at + 2)}`,
        file,
      )
    }
    if (head.ci === 'failure' || head.ci === 'error')
      warn(module, 'ci-failing', `CI of the head commit ${short(head.commit)} is ${head.ci}`)
  }
  return warnings
}

/** How a module's version (or its head) stands to each dependency. `declared` is the range at that version. */
export function compat(
  name: string,
  history: ModuleHistory | undefined,
  declaredAtHead: Record<string, string>,
  newest: NewestVersions,
  version?: string,
): Record<string, CompatEntry> {
  const versions = currentVersions(history?.versions ?? [])
  const chosen = version === undefined ? null : versions.filter((entry) => entry.version === version)
  if (chosen !== null && chosen.length === 0)
    throw new RangeError(
      `${name} has no version ${version} in its history (known: ${versions.map((v) => v.version).join(', ') || 'none'})`,
    )
  const declared = chosen ? chosen[chosen.length - 1]!.dependencies : declaredAtHead
  const locked = chosen ? chosen[chosen.length - 1]!.locked : (history?.head?.locked ?? null)
  const builds: { locked: LockEvidence | null; passed: boolean }[] = (
    chosen ?? [...versions, ...(history?.head ? [history.head] : [])]
  ).map((b) => ({
    locked: b.locked,
    passed: b.ci === 'success',
  }))
  const names = sortedUnique([...Object.keys(declared), ...Object.keys(locked ?? {})])
  const result: Record<string, CompatEntry> = {}
  for (const dependency of names) {
    const range = declared[dependency] ?? null
    const newestVersion = newest.get(dependency) ?? null
    const builtWith = builds.map((b) => b.locked?.[dependency]?.version).filter(isString)
    const verified = builds
      .filter((b) => b.passed)
      .map((b) => b.locked?.[dependency]?.version)
      .filter(isString)
    result[dependency] = {
      declared: range,
      locked: locked?.[dependency]?.version ?? null,
      newest: newestVersion,
      satisfied: range !== null && newestVersion !== null ? semver.satisfies(newestVersion, range) : null,
      verified: sortVersions(verified),
      built_with: sortVersions(builtWith),
    }
  }
  return sortRecord(result)
}

/** "cim-domain 0.8.1 (commit 33414f1, tag v0.8.1)": what a lock says, in words. */
export function describeLock(name: string, lock: LockedDependency, history?: IndexedHistory): string {
  const tag = lock.commit ? tagAt(history, lock.commit) : undefined
  const parts = [lock.commit ? `commit ${short(lock.commit)}` : null, tag ? `tag ${tag}` : null].filter(isString)
  return `${name} ${lock.version ?? 'at an untagged commit'}${parts.length ? ` (${parts.join(', ')})` : ''}`
}

function describeSource(lock: LockedDependency): string {
  return lock.source === 'registry'
    ? 'from a registry'
    : lock.source === 'path'
      ? 'by path'
      : `by ${lock.source.replace('-', ' ')}`
}

export function short(commit: string): string {
  return commit.slice(0, 7)
}

function sortVersions(versions: string[]): string[] {
  return sortedUnique(versions).sort(semver.compare)
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}
