/**
 * The whole update as one pure function: repository snapshots and the registry files found -> the registry files
 * to write. Sources, file systems and commits stay outside; this is what every mode and every source shares.
 */
import { describeModule } from '../metadata/describe.js'
import type { ModulePattern } from '../metadata/names.js'
import { sortRecord } from '../util/order.js'
import { buildRegistry, recordedModule } from './build.js'
import { diffRegistry, isEmpty, type ChangeSet } from './diff.js'
import { readPreviousRegistry, type PreviousRegistry } from './previous.js'
import {
  appendToArchive,
  boundChangelog,
  isChangelogArchive,
  changelogEntry,
  prependEntry,
  type AdoptionReport,
} from './render/changelog.js'
import { registryHash, renderModulesYaml } from './render/modules.js'
import { renderPrivateDomains } from './render/private-domains.js'
import { renderReadme } from './render/readme.js'
import type { Problem, Registry, RepositorySnapshot } from '../format/types.js'
import { healthOf } from './build.js'
import { drift, historyWarnings, type DriftEntry, type NewestVersions } from '../versions/evidence.js'
import { versionCount } from '../versions/summary.js'
import type { HistoryPlan } from '../versions/plan.js'
import { compatibilitySection, historyChangelogLines, newestVersions } from '../versions/render.js'
import { REGISTRY_FILES, type RegistryFileTexts } from '../format/files.js'
import { statusFile, renderStatusJson, type SourceState } from './render/status.js'

export interface UpdateInput {
  snapshots: readonly RepositorySnapshot[]
  /** The registry files as they are now, by file name (see REGISTRY_FILES). */
  existing: RegistryFileTexts
  modulePattern: ModulePattern
  /** Problems the source found that belong to no module (a repository without the topic, a partial view...). */
  sourceProblems?: readonly Problem[]
  /** False when the source could not see every repository (status.json says so). */
  completeView?: boolean
  /** The day of the run (YYYY-MM-DD), for the changelog heading only. */
  date: string
  /** What started the run, named in the changelog entry. */
  trigger?: string
  /** The previous registry, when the caller has already read it from `existing`. */
  previous?: PreviousRegistry
  /** The version history after this run's reading (src/versions/plan.ts), when the source reads history. */
  history?: HistoryPlan
  /** What an incremental source records in status.json (rules version, listed facts). */
  sourceState?: SourceState
}

export interface UpdatePlan {
  registry: Registry
  changes: ChangeSet
  /** True on the first run over registry files that were kept by hand. */
  adopted: boolean
  /** The new text of every registry file, by file name (none in a plan that changes nothing: planUnchanged). */
  files: Record<string, string>
  /** The names of the files whose text differs from what was found, sorted. */
  changedFiles: string[]
  /** Problems with the files found (unparsable, not ours): said in the run's log and the adoption entry. */
  warnings: Problem[]
  /** What the version history holds after the run, when the source read one. */
  history?: { modules: number; versions: number; drift: DriftEntry[] }
  /** The registry hash of the modules.yaml found, null when there was none (the NATS mirror's short path needs it). */
  previousHash: string | null
  /** The registry hash of the modules.yaml this plan leaves (the files' or, unchanged, the one found). */
  registryHash: string
  /**
   * Changelog entries that move out of changelog.md (render/changelog.ts), by archive path, newest first: the
   * caller reads those archive files and hands them to `completeArchives`, which adds them to `files`.
   */
  archived: Map<string, string[]>
}

export function planUpdate(input: UpdateInput): UpdatePlan {
  const previous = input.previous ?? readPreviousRegistry(input.existing)
  const described = input.snapshots.map((snapshot) => describeModule(snapshot, { modulePattern: input.modulePattern }))
  const registry = buildRegistry(described, previous, input.sourceProblems)
  const newest = input.history ? newestVersions(registry, input.history.index) : null
  if (input.history && newest) addHistoryWarnings(registry, historyWarnings(input.history.index, newest))

  const privateDomains = renderPrivateDomains(registry, input.existing[REGISTRY_FILES.privateDomains])
  if (privateDomains.problem) registry.problems.push(privateDomains.problem)
  const modulesYaml = renderModulesYaml(registry)
  const foundFiles = Object.values(input.existing).some((text) => text !== undefined)
  const adopted = foundFiles && !previous.generated
  const changes = diffRegistry(previous, registry)
  if (adopted) changes.updated.clear() // a hand-kept file differs in every generated field: say what was carried instead

  const files: Record<string, string> = {
    [REGISTRY_FILES.modules]: modulesYaml,
    [REGISTRY_FILES.status]: renderStatusJson(
      statusFile(registry, modulesYaml, input.completeView ?? true, input.sourceState),
    ),
    [REGISTRY_FILES.privateDomains]: privateDomains.text,
    [REGISTRY_FILES.readme]: renderReadme(registry),
  }
  const historyLines = input.history && newest ? historyChangelogLines(input.history, newest) : []
  if (input.history && newest) {
    Object.assign(files, input.history.files)
    files[REGISTRY_FILES.readme] =
      `${files[REGISTRY_FILES.readme]!.trimEnd()}\n\n${compatibilitySection(registry, input.history.index, newest).join('\n')}\n`
  }
  const existingChangelog = input.existing[REGISTRY_FILES.changelog]
  let archived = new Map<string, string[]>()
  if (adopted || !isEmpty(changes) || historyLines.length > 0) {
    const adoption = adopted ? adoptionReport(registry, privateDomains.unverified, previous.problems) : undefined
    let entry = changelogEntry(changes, registry, { date: input.date, trigger: input.trigger, adoption })
    if (historyLines.length > 0) entry = `${entry}${historyLines.join('\n')}\n`
    const bounded = boundChangelog(prependEntry(existingChangelog, entry), input.date.slice(0, 4))
    files[REGISTRY_FILES.changelog] = bounded.text
    archived = bounded.archived
  } else {
    files[REGISTRY_FILES.changelog] = existingChangelog ?? prependEntry(undefined, '')
  }

  const changedFiles = Object.keys(files)
    .filter((name) => files[name] !== input.existing[name])
    .sort()
  const history = input.history && newest ? historyFigures(input.history, newest) : undefined
  const plan: UpdatePlan = {
    registry,
    changes,
    adopted,
    files: sortRecord(files),
    changedFiles,
    warnings: previous.problems,
    previousHash: foundHash(input.existing, previous),
    registryHash: registryHash(files[REGISTRY_FILES.modules]!),
    archived,
    ...(history ? { history } : {}),
  }
  completeArchives(plan, input.existing)
  return plan
}

/**
 * The registry hash of the modules.yaml found: of its text, or (when the source has let the text go after parsing
 * it) the one status.json recorded; null when there was none.
 */
function foundHash(existing: RegistryFileTexts, previous: PreviousRegistry): string | null {
  const found = existing[REGISTRY_FILES.modules]
  return found !== undefined ? registryHash(found) : previous.registryHash
}

/**
 * Adds to the plan's files each archive that entries move to, from its current text in `texts`; an archive that
 * `texts` lacks stays pending in `plan.archived` (the GitHub source reads those afterwards), unless `absentIsNew`
 * says that a missing text means the file does not exist yet.
 */
export function completeArchives(plan: UpdatePlan, texts: RegistryFileTexts, absentIsNew = false): void {
  for (const [path, entries] of plan.archived) {
    if (texts[path] === undefined && !absentIsNew) continue
    plan.files[path] = appendToArchive(texts[path], path, entries)
    plan.archived.delete(path)
  }
  plan.files = sortRecord(plan.files)
  plan.changedFiles = Object.keys(plan.files)
    .filter(
      (name) => plan.changedFiles.includes(name) || (isChangelogArchive(name) && plan.files[name] !== texts[name]),
    )
    .sort()
}

function historyFigures(history: HistoryPlan, newest: NewestVersions): NonNullable<UpdatePlan['history']> {
  const withVersions = [...history.index.values()].map(versionCount).filter((count) => count > 0)
  return {
    modules: withVersions.length,
    versions: withVersions.reduce((sum, count) => sum + count, 0),
    drift: drift(history.index, newest),
  }
}

/** The history's warnings join each module's problems; its health follows. */
function addHistoryWarnings(registry: Registry, warnings: ReadonlyMap<string, Problem[]>): void {
  for (const [name, problems] of warnings) {
    const module = registry.modules.get(name)
    if (!module) continue
    module.problems.push(...problems)
    module.health = healthOf(module.problems)
  }
}

/**
 * The plan of a run whose inputs all equal those that built the files found (the source read nothing new and
 * the files are the ones the previous run wrote): the registry as recorded (for the summary), the files left as
 * they are, not rendered again, and not in the plan. On 10,000 modules, describing, analysing and rendering cost most of a no-op
 * run's memory.
 */
export function planUnchanged(input: UpdateInput): UpdatePlan {
  const previous = input.previous ?? readPreviousRegistry(input.existing)
  const registry: Registry = {
    modules: new Map(
      input.snapshots.map((snapshot) => [
        snapshot.name,
        recordedModule(describeModule(snapshot, { modulePattern: input.modulePattern }), previous),
      ]),
    ),
    problems: [...(input.sourceProblems ?? [])],
  }
  const changes: ChangeSet = { added: [], removed: [], updated: new Map() }
  // No file texts: the files stay as they are, and on 10,000 modules their ~10 MB of text would outlive the run's
  // work for nothing (the job summary is written after it).
  const hash = foundHash(input.existing, previous)
  if (hash === null)
    throw new Error('planUnchanged: the registry found has no hash (it is not a registry this action wrote)')
  return {
    registry,
    changes,
    adopted: false,
    files: {},
    changedFiles: [],
    warnings: previous.problems,
    previousHash: hash,
    registryHash: hash,
    archived: new Map(),
  }
}

function adoptionReport(registry: Registry, unverified: string[], problems: readonly Problem[]): AdoptionReport {
  const carried: Record<string, string[]> = {}
  for (const module of registry.modules.values()) {
    for (const [field, origin] of Object.entries(module.origins)) {
      if (origin === 'carried') (carried[field] ??= []).push(module.name)
    }
  }
  return { carried: sortRecord(carried), unverified, replaced: problems.map((problem) => problem.message) }
}
