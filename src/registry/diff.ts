/**
 * What changed between the previous registry and the new one, module by module: the content of a changelog entry
 * and of the action's added / removed / updated outputs.
 */
import { compareStrings } from '../util/order.js'
import { satisfiesRange } from '../metadata/semver.js'
import type { PreviousRegistry } from './previous.js'
import type { ModuleEntry, Registry, RegistryModule } from '../format/types.js'
import { toModuleEntry } from '../format/entry.js'

export type ModuleChange =
  | { kind: 'version'; from: string | null; to: string | null; breaks: { dependent: string; range: string }[] }
  | { kind: 'commit'; from: string | null; to: string | null }
  | { kind: 'visibility'; from: string; to: string }
  | { kind: 'health'; from: string; to: string }
  | { kind: 'archived'; to: boolean }
  | { kind: 'metadata'; fields: string[] }

export interface ChangeSet {
  added: string[]
  removed: string[]
  /** Modules present before and after whose entry or health changed, with what changed. */
  updated: Map<string, ModuleChange[]>
}

/** Entry fields whose change is reported as "metadata changed" (version, commit, visibility have their own line). */
const METADATA_FIELDS = [
  'type',
  'description',
  'repository',
  'topics',
  'category',
  'status',
  'owner',
  'deployed',
  'dependencies',
  'metadata',
] as const

export function diffRegistry(previous: PreviousRegistry, next: Registry): ChangeSet {
  const added = [...next.modules.keys()].filter((name) => !previous.modules.has(name))
  const removed = [...previous.modules.keys()].filter((name) => !next.modules.has(name)).sort(compareStrings)
  const updated = new Map<string, ModuleChange[]>()
  for (const [name, module] of next.modules) {
    const before = previous.modules.get(name)
    if (!before) continue
    const changes = moduleChanges(before, previous.health.get(name), module, next)
    if (changes.length > 0) updated.set(name, changes)
  }
  return { added, removed, updated }
}

export function isEmpty(changes: ChangeSet): boolean {
  return changes.added.length === 0 && changes.removed.length === 0 && changes.updated.size === 0
}

function moduleChanges(
  before: Partial<ModuleEntry>,
  healthBefore: string | undefined,
  module: RegistryModule,
  registry: Registry,
): ModuleChange[] {
  const after = toModuleEntry(module)
  const changes: ModuleChange[] = []
  if ((before.version ?? null) !== after.version) {
    changes.push({
      kind: 'version',
      from: before.version ?? null,
      to: after.version,
      breaks: brokenDependents(module, before.version ?? null, registry),
    })
  }
  if ((before.last_commit ?? null) !== after.last_commit) {
    changes.push({ kind: 'commit', from: before.last_commit ?? null, to: after.last_commit })
  }
  if (before.visibility !== undefined && before.visibility !== after.visibility) {
    changes.push({ kind: 'visibility', from: before.visibility, to: after.visibility })
  }
  if ((before.archived ?? false) !== (after.archived ?? false))
    changes.push({ kind: 'archived', to: after.archived ?? false })
  const fields = METADATA_FIELDS.filter(
    (field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null),
  )
  if (fields.length > 0) changes.push({ kind: 'metadata', fields: [...fields] })
  if (healthBefore !== undefined && healthBefore !== module.health)
    changes.push({ kind: 'health', from: healthBefore, to: module.health })
  return changes
}

/** Dependents whose range the old version satisfied and the new one does not. */
function brokenDependents(
  module: RegistryModule,
  oldVersion: string | null,
  registry: Registry,
): { dependent: string; range: string }[] {
  const version = module.fields.version
  if (version === null) return []
  return module.dependents.flatMap((dependent) => {
    const range = registry.modules.get(dependent)?.dependencies[module.name]
    if (range === undefined || satisfiesRange(version, range)) return []
    if (oldVersion !== null && !satisfiesRange(oldVersion, range)) return []
    return [{ dependent, range }]
  })
}
