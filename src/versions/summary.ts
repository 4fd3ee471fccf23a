/**
 * A module's version lines, or their summary when they were not read (HistorySummary in types.ts): the questions
 * the engine asks of every module's history (how many versions, which versions it ever named, the tag at a commit,
 * the ranges at its newest tag, the notes that give warnings), answered the same from either. A run on a large
 * registry reads the history files of the modules it reads only; planHistory writes every other module's summary
 * back unchanged, and computes the summary of each module whose lines it holds.
 */
import semver from 'semver'
import { sortedUnique } from '../util/order.js'
import { currentVersions } from './index-file.js'
import type { HistorySummary, IndexedHistory, ModuleHistory, TagNote, VersionEntry } from './types.js'

/** The highest version a module's tags name (a head's `newest_tag`), when it has any. */
export function newestTagOf(versions: readonly VersionEntry[]): string | undefined {
  return currentVersions(versions)
    .map((entry) => entry.version)
    .sort(semver.rcompare)[0]
}

export function summarizeVersions(versions: readonly VersionEntry[]): HistorySummary {
  const current = currentVersions(versions)
  const tags = new Map<string, string>()
  for (const entry of versions) if (!tags.has(entry.commit)) tags.set(entry.commit, entry.tag)
  const newestTag = newestTagOf(versions)
  const notes = current.filter(isNoted).map(({ version, tag, commit, manifest_version, moved_from }) => ({
    version,
    tag,
    commit,
    manifest_version,
    ...(moved_from ? { moved_from } : {}),
  }))
  return {
    versions: current.length,
    // In string order: a damaged line's manifest_version need not be semver.
    known: sortedUnique(versions.flatMap(namedVersions)),
    tags: Object.fromEntries(tags),
    ...(newestTag ? { newest_dependencies: current.find((entry) => entry.version === newestTag)!.dependencies } : {}),
    ...(notes.length ? { notes } : {}),
  }
}

/** How many versions (tags) a module has. */
export function versionCount(history: IndexedHistory | undefined): number {
  return history?.versions ? currentVersions(history.versions).length : (history?.head?.summary?.versions ?? 0)
}

/** Every version a module's lines name: their tags' and their manifests'. */
export function namedVersionsOf(history: IndexedHistory | undefined): string[] {
  return history?.versions ? history.versions.flatMap(namedVersions) : (history?.head?.summary?.known ?? [])
}

/** The first tag read at `commit`, if any. */
export function tagAt(history: IndexedHistory | undefined, commit: string): string | undefined {
  if (history?.versions) return history.versions.find((entry) => entry.commit === commit)?.tag
  return Object.hasOwn(history?.head?.summary?.tags ?? {}, commit) ? history!.head!.summary!.tags[commit] : undefined
}

/** The ranges a module declares at `version` when a tag has it; undefined when none does. */
export function dependenciesAtTag(
  history: IndexedHistory | undefined,
  version: string,
): Record<string, string> | undefined {
  if (history?.versions)
    return currentVersions(history.versions).find((entry) => entry.version === version)?.dependencies
  const head = history?.head
  return head?.newest_tag === version ? head.summary?.newest_dependencies : undefined
}

/** The current versions of a module that give a warning: a tag naming another version than its manifest, or moved. */
export function tagNotes(history: IndexedHistory | undefined): TagNote[] {
  if (history?.versions) return currentVersions(history.versions).filter(isNoted)
  return history?.head?.summary?.notes ?? []
}

/** The lines of a module this run reads: an index that lacks them is a defect of the reader, not of the registry. */
export function linesOf(name: string, history: IndexedHistory | undefined): ModuleHistory | undefined {
  if (history && history.versions === null)
    throw new Error(`the history of ${name} was not read, but this run reads ${name}: its history file must be read`)
  return history as ModuleHistory | undefined
}

function namedVersions(entry: VersionEntry): string[] {
  return entry.manifest_version ? [entry.version, entry.manifest_version] : [entry.version]
}

function isNoted(entry: VersionEntry | TagNote): boolean {
  return (entry.manifest_version !== null && entry.manifest_version !== entry.version) || Boolean(entry.moved_from)
}
