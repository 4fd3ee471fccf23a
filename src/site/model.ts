/**
 * What the site shows, decided once before any page is drawn: the registry's modules with their status, less the
 * private ones unless they were asked for. Every page reads this view, so a private module can leak through none
 * of them (a dependency on it is counted, not named; a registry problem or changelog line naming it is left out).
 * Pure: registry data in, a view out.
 */
import type { DependencyLink, ModuleInfo } from '../client/model.js'
import { ModuleIndex } from '../client/model.js'
import { compareStrings } from '../util/order.js'
import {
  HEALTHS,
  MODULE_TYPES,
  VISIBILITIES,
  type Health,
  type ModulesFile,
  type ModuleStatus,
  type ModuleType,
  type Problem,
  type ProblemCode,
  type StatusFile,
  type Visibility,
} from '../format/types.js'

/**
 * One line of `history/NAME.jsonl`, the version index that the registry gains with version tracking: only the
 * fields the site shows are named, and each may be missing (the index is read as it is, never required).
 */
export interface VersionHistoryEntry {
  version?: string
  tag?: string
  commit?: string
  date?: string
  ci?: string | null
  dependencies?: Record<string, string>
  /** What the version was built with: each cim dependency's locked version (from its lock file), or null without one. */
  locked?: Record<string, LockedDependency> | null
}

export interface LockedDependency {
  version?: string
  /** path, git-branch, git-tag, git-rev or registry */
  source?: string
  commit?: string
}

/** Everything the site is built from: the registry files, as parsed by the client. */
export interface SiteInput {
  modules: ModulesFile
  status: StatusFile
  /** changelog.md as it is; empty when the registry has none. */
  changelog: string
  /** Version history by module name, when the registry records it (`history/NAME.jsonl`); absent: no section. */
  history?: ReadonlyMap<string, readonly VersionHistoryEntry[]>
  /** Show private modules too (default: left out, since a Pages site may be public). */
  includePrivate?: boolean
  /** The site's title (default: "CIM registry"). */
  title?: string
}

export interface SiteModule extends ModuleInfo {
  health: Health
  /** Its part of status.json, less the problems that name a hidden module. */
  moduleStatus: ModuleStatus | undefined
  /** Dependencies on modules the site shows or that are not registered; dependencies on hidden modules are counted. */
  dependencyLinks: DependencyLink[]
  hiddenDependencies: number
  dependentLinks: DependencyLink[]
  hiddenDependents: number
  /** Problems of this module left out because they name a hidden module (counted on its page, never shown). */
  hiddenProblems: number
  history: readonly VersionHistoryEntry[] | undefined
}

export interface SiteView {
  title: string
  includePrivate: boolean
  /** The shown modules, in name order. */
  modules: SiteModule[]
  byName: ReadonlyMap<string, SiteModule>
  /** Registry-wide problems that name no hidden module nor an unregistered repository (see UNREGISTERED_REPOSITORY_PROBLEMS). */
  problems: Problem[]
  hiddenProblems: number
  completeView: boolean
  registryHash: string
  totals: {
    modules: number
    byType: Record<ModuleType, number>
    byVisibility: Record<Visibility, number>
    byHealth: Record<Health, number>
  }
  /** The changelog's Markdown, without the lines that name a hidden module. */
  changelog: string
  /** The values the catalog's filters offer, sorted. */
  categories: string[]
  statuses: string[]
}

export function siteView(input: SiteInput): SiteView {
  const includePrivate = input.includePrivate === true
  const index = new ModuleIndex(input.modules)
  const all = index.list()
  const hidden = new Set(
    all.filter((module) => !includePrivate && module.visibility === 'private').map((module) => module.name),
  )
  const shownLink = (name: string) => !hidden.has(name)
  const mentionsHidden = (text: string) => hidden.size > 0 && namesIn(text).some((name) => hidden.has(name))
  const modules: SiteModule[] = all
    .filter((module) => !hidden.has(module.name))
    .map((module) => {
      const status = input.status.modules[module.name]
      const dependencies = index.dependenciesOf(module.name)
      const dependents = index.dependentsOf(module.name)
      const problems = status?.problems.filter((problem) => !mentionsHidden(problem.message))
      return {
        ...module,
        health: status?.health ?? 'ok',
        // A problem that names a private module (a dependency on it that does not hold) is left out with it.
        moduleStatus: status && { ...status, problems: problems! },
        hiddenProblems: (status?.problems.length ?? 0) - (problems?.length ?? 0),
        dependencyLinks: dependencies.filter((link) => shownLink(link.to)),
        hiddenDependencies: dependencies.filter((link) => !shownLink(link.to)).length,
        dependentLinks: dependents.filter((link) => shownLink(link.from)),
        hiddenDependents: dependents.filter((link) => !shownLink(link.from)).length,
        history: withoutHiddenDependencies(latestPerTag(input.history?.get(module.name)), hidden),
      }
    })
  const count = <K extends string>(keys: readonly K[], key: (module: SiteModule) => K) => {
    const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>
    for (const module of modules) counts[key(module)] += 1
    return counts
  }
  const problems = input.status.problems.filter(
    (problem) =>
      includePrivate || (!UNREGISTERED_REPOSITORY_PROBLEMS.has(problem.code) && !mentionsHidden(problem.message)),
  )
  // The changelog also names modules that are no longer registered (removed, renamed), and the registry no longer
  // says whether they were private: without --include-private their lines go too.
  const unregisteredInChangelog = new Set(
    changelogModuleNames(input.changelog).filter((name) => !Object.hasOwn(input.modules.modules, name)),
  )
  const mentionsHiddenOrUnregistered = (text: string) =>
    includePrivate ? false : namesIn(text).some((name) => hidden.has(name) || unregisteredInChangelog.has(name))
  return {
    title: input.title ?? 'CIM registry',
    includePrivate,
    modules,
    byName: new Map(modules.map((module) => [module.name, module])),
    problems,
    hiddenProblems: input.status.problems.length - problems.length,
    completeView: input.status.complete_view,
    registryHash: input.status.registry_hash,
    totals: {
      modules: modules.length,
      byType: count(MODULE_TYPES, (module) => module.type),
      byVisibility: count(VISIBILITIES, (module) => module.visibility),
      byHealth: count(HEALTHS, (module) => module.health),
    },
    changelog: withoutHiddenLines(input.changelog, mentionsHiddenOrUnregistered),
    categories: distinct(modules.map((module) => module.category)),
    statuses: distinct(modules.map((module) => module.status)),
  }
}

/**
 * Registry problems about a repository that is not registered, so that the registry records nothing of it, not
 * even whether it is private: one that looks like a module but lacks the topic (`missing-topic`), one with the
 * topic but a name that is not a module name (`invalid-name`) (src/sources/github.ts, src/sources/local.ts). A
 * private repository's name would reach a public site through them: without --include-private they are counted,
 * never shown.
 */
const UNREGISTERED_REPOSITORY_PROBLEMS: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'missing-topic',
  'invalid-name',
])

/**
 * The names the changelog marks as modules, as render/changelog.ts writes them: a list item that starts with
 * `**name**` or `**[name](url)**`, and `**breaks name**`.
 */
function changelogModuleNames(markdown: string): string[] {
  const name = '([a-z0-9]+(?:-[a-z0-9]+)*)'
  const marked = new RegExp(`^\\s*- \\*\\*\\[?${name}(?:\\]\\([^)\\s]*\\))?\\*\\*|\\*\\*breaks ${name}\\*\\*`, 'gm')
  return [...markdown.matchAll(marked)].map((match) => (match[1] ?? match[2])!)
}

/**
 * One entry a tag. The history is append-only: a tag whose CI state settled, or that moved to another commit, gets
 * a new line, and the last line of a tag is the one that holds (issue 11's history/NAME.jsonl, after the crates.io
 * index: doc.rust-lang.org/cargo/reference/registry-index.html). The tag keeps the place of its first line, so the
 * order stays the order in which the versions were read; lines without a tag are kept as they are.
 */
function latestPerTag(history: readonly VersionHistoryEntry[] | undefined): readonly VersionHistoryEntry[] | undefined {
  if (!history) return history
  const last = new Map<string, VersionHistoryEntry>()
  for (const entry of history) if (entry.tag !== undefined) last.set(entry.tag, entry)
  const seen = new Set<string>()
  return history.flatMap((entry) => {
    if (entry.tag === undefined) return [entry]
    if (seen.has(entry.tag)) return []
    seen.add(entry.tag)
    return [last.get(entry.tag)!]
  })
}

/** Version history whose dependency and lock lists name no hidden module. */
function withoutHiddenDependencies(history: readonly VersionHistoryEntry[] | undefined, hidden: ReadonlySet<string>) {
  if (!history || hidden.size === 0) return history
  const shown = <T, R extends Record<string, T> | null | undefined>(record: R): R =>
    record ? (Object.fromEntries(Object.entries(record).filter(([name]) => !hidden.has(name))) as R) : record
  return history.map((entry): VersionHistoryEntry => ({
    ...entry,
    dependencies: shown(entry.dependencies),
    locked: shown(entry.locked),
  }))
}

/** Module-like names in free text (module names are [a-z0-9-]). */
function namesIn(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9][a-z0-9-]*/g) ?? []
}

/** Drops each Markdown line that names a hidden module, with the lines indented under a dropped list item. */
function withoutHiddenLines(markdown: string, mentionsHidden: (text: string) => boolean): string {
  const kept: string[] = []
  let droppedIndent = -1
  for (const line of markdown.split('\n')) {
    const indent = line.length - line.trimStart().length
    if (droppedIndent >= 0 && line.trim() !== '' && indent > droppedIndent) continue
    droppedIndent = -1
    if (mentionsHidden(line)) {
      droppedIndent = indent
      continue
    }
    kept.push(line)
  }
  return kept.join('\n')
}

function distinct(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((value): value is string => typeof value === 'string' && value !== ''))].sort(
    compareStrings,
  )
}
