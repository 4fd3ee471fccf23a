/**
 * A Registry from the registry files (modules.yaml and status.json), for `cim-registry mirror`, which mirrors a
 * registry it did not build. The files are read strictly (the client's checks): a broken registry is refused, never
 * mirrored half.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseModulesFile, parseStatusFile } from '../client/parse.js'
import { registryHash } from '../registry/render/modules.js'
import type { Registry, RegistryModule } from '../format/types.js'
import { REGISTRY_FILES } from '../format/files.js'

export async function registryFromDir(dir: string): Promise<{ registry: Registry; registryHash: string }> {
  const read = (file: string) => readFile(join(dir, file), 'utf8')
  const modulesText = await read(REGISTRY_FILES.modules)
  const modules = parseModulesFile(modulesText, join(dir, REGISTRY_FILES.modules))
  const status = parseStatusFile(await read(REGISTRY_FILES.status), join(dir, REGISTRY_FILES.status))
  const registry: Registry = { modules: new Map(), problems: [...status.problems] }
  for (const [name, entry] of Object.entries(modules.modules)) {
    const known = status.modules[name]
    const module: RegistryModule = {
      name,
      repository: entry.repository,
      visibility: entry.visibility,
      archived: entry.archived ?? false,
      topics: entry.topics,
      lastCommit: entry.last_commit,
      lastUpdated: entry.last_updated,
      metadata: entry.metadata,
      fields: {
        type: entry.type,
        version: entry.version,
        description: entry.description,
        category: entry.category,
        status: entry.status ?? null,
        owner: entry.owner ?? null,
        deployed: entry.deployed ?? null,
      },
      origins: known?.origins ?? {},
      dependencies: entry.dependencies,
      problems: known ? [...known.problems] : [],
      ...(known?.stale !== undefined ? { stale: known.stale } : {}),
      health: known?.health ?? 'ok',
      dependents: known ? [...known.dependents] : [],
    }
    registry.modules.set(name, module)
  }
  return { registry, registryHash: registryHash(modulesText) }
}
