/** A module's entry in modules.yaml, as the engine writes it and compares it with the entry found. */
import type { ModuleEntry, RegistryModule } from './types.js'

/** Optional fields are left out when empty, so that an entry reads as the hand-kept files did. */
export function toModuleEntry(module: RegistryModule): ModuleEntry {
  const { fields } = module
  return {
    type: fields.type,
    description: fields.description,
    repository: module.repository,
    version: fields.version,
    last_commit: module.lastCommit,
    last_updated: module.lastUpdated,
    topics: module.topics,
    visibility: module.visibility,
    category: fields.category,
    ...(fields.status !== null ? { status: fields.status } : {}),
    ...(fields.owner !== null ? { owner: fields.owner } : {}),
    ...(fields.deployed !== null ? { deployed: fields.deployed } : {}),
    ...(module.archived ? { archived: true } : {}),
    dependencies: module.dependencies,
    metadata: module.metadata,
  }
}
