/**
 * The whole update as one pure function: repository snapshots and the registry files found -> the registry files
 * to write. Sources, file systems and commits stay outside; this is what every mode and every source shares.
 */
import { describeModule } from '../metadata/describe.js'
import type { ModulePattern } from '../metadata/names.js'
import { sortRecord } from '../lib/order.js'
import { buildRegistry } from './build.js'
import { diffRegistry, isEmpty, type ChangeSet } from './diff.js'
import { readPreviousRegistry, REGISTRY_FILES, type PreviousRegistry, type RegistryFileTexts } from './previous.js'
import { changelogEntry, prependEntry, type AdoptionReport } from './render/changelog.js'
import { registryHash, renderModulesYaml, renderStatusJson, statusFile } from './render/modules.js'
import { renderPrivateDomains } from './render/private-domains.js'
import { renderReadme } from './render/readme.js'
import type { Problem, Registry, RepositorySnapshot } from './types.js'

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
}

export interface UpdatePlan {
  registry: Registry
  changes: ChangeSet
  /** True on the first run over registry files that were kept by hand. */
  adopted: boolean
  /** The new text of every registry file, by file name. */
  files: Record<string, string>
  /** The names of the files whose text differs from what was found, sorted. */
  changedFiles: string[]
  /** Problems with the files found (unparsable, not ours): said in the run's log and the adoption entry. */
  warnings: Problem[]
  /** The registry hash of the modules.yaml found, null when there was none (the NATS mirror's short path needs it). */
  previousHash: string | null
}

export function planUpdate(input: UpdateInput): UpdatePlan {
  const previous = input.previous ?? readPreviousRegistry(input.existing)
  const described = input.snapshots.map((snapshot) => describeModule(snapshot, { modulePattern: input.modulePattern }))
  const registry = buildRegistry(described, previous, input.sourceProblems)

  const privateDomains = renderPrivateDomains(registry, input.existing[REGISTRY_FILES.privateDomains])
  if (privateDomains.problem) registry.problems.push(privateDomains.problem)
  const modulesYaml = renderModulesYaml(registry)
  const foundFiles = Object.values(input.existing).some((text) => text !== undefined)
  const adopted = foundFiles && !previous.generated
  const changes = diffRegistry(previous, registry)
  if (adopted) changes.updated.clear() // a hand-kept file differs in every generated field: say what was carried instead

  const files: Record<string, string> = {
    [REGISTRY_FILES.modules]: modulesYaml,
    [REGISTRY_FILES.status]: renderStatusJson(statusFile(registry, modulesYaml, input.completeView ?? true)),
    [REGISTRY_FILES.privateDomains]: privateDomains.text,
    [REGISTRY_FILES.readme]: renderReadme(registry),
  }
  const existingChangelog = input.existing[REGISTRY_FILES.changelog]
  if (adopted || !isEmpty(changes)) {
    const adoption = adopted ? adoptionReport(registry, privateDomains.unverified, previous.problems) : undefined
    const entry = changelogEntry(changes, registry, { date: input.date, trigger: input.trigger, adoption })
    files[REGISTRY_FILES.changelog] = prependEntry(existingChangelog, entry)
  } else {
    files[REGISTRY_FILES.changelog] = existingChangelog ?? prependEntry(undefined, '')
  }

  const changedFiles = Object.keys(files)
    .filter((name) => files[name] !== input.existing[name])
    .sort()
  const found = input.existing[REGISTRY_FILES.modules]
  const previousHash = found !== undefined ? registryHash(found) : null
  return { registry, changes, adopted, files: sortRecord(files), changedFiles, warnings: previous.problems, previousHash }
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
