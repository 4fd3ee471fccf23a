/**
 * The resolver's view of the registry: each module's versions (its tags, plus the head's version when no tag has
 * it) with the ranges declared at each, and the dependency versions each was built with and passed CI with.
 */
import { currentVersions } from './index-file.js'
import type { CatalogVersion } from './resolve.js'
import type { HeadEntry, LockEvidence, ModuleHistory } from './types.js'

export interface RegisteredModule {
  version: string | null
  /** The ranges declared at the head. */
  dependencies: Record<string, string>
}

export function catalogVersions(module: RegisteredModule, history: ModuleHistory | undefined): CatalogVersion[] {
  const versions: CatalogVersion[] = currentVersions(history?.versions ?? []).map((entry) => ({
    version: entry.version,
    dependencies: entry.dependencies,
    ...verifiedOf(entry.ci === 'success' ? entry.locked : null),
  }))
  if (module.version !== null && !versions.some((entry) => entry.version === module.version)) {
    const head: HeadEntry | null = history?.head ?? null
    versions.push({
      version: module.version,
      dependencies: module.dependencies,
      ...verifiedOf(head?.ci === 'success' ? head.locked : null),
    })
  }
  return versions
}

/** Every dependency name any version of the module declares: where a lazy reader looks next. */
export function dependencyNames(versions: readonly CatalogVersion[]): Set<string> {
  return new Set(versions.flatMap((version) => Object.keys(version.dependencies)))
}

function verifiedOf(locked: LockEvidence | null): { verified?: Record<string, string> } {
  if (!locked) return {}
  const verified = Object.fromEntries(
    Object.entries(locked).flatMap(([name, lock]) => (lock.version ? [[name, lock.version]] : [])),
  )
  return Object.keys(verified).length ? { verified } : {}
}
