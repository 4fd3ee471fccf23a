/**
 * status.json: each module's health, origins, dependents and problems, the totals, and what an incremental source
 * needs to know next run; byte-stable for the same registry.
 */
import { sortRecord } from '../../util/order.js'
import {
  HEALTHS,
  MODULE_TYPES,
  REGISTRY_SCHEMA_VERSION,
  VISIBILITIES,
  type Registry,
  type RegistryModule,
  type StatusFile,
} from '../../format/types.js'
import { registryHash } from './modules.js'

/** What a source that reads incrementally records in status.json: see src/sources/github-read-plan.ts. */
export interface SourceState {
  rulesVersion: string
  /** Digest of each module's listed facts. */
  listed: ReadonlyMap<string, string>
  /** Each module's tag state when its history was last read. */
  history?: ReadonlyMap<string, string>
}

export function statusFile(
  registry: Registry,
  modulesYaml: string,
  completeView: boolean,
  source?: SourceState,
): StatusFile {
  const modules = [...registry.modules.values()]
  const count = <K extends string>(keys: readonly K[], key: (module: RegistryModule) => K) =>
    Object.fromEntries(keys.map((k) => [k, modules.filter((module) => key(module) === k).length])) as Record<K, number>
  return {
    schema_version: REGISTRY_SCHEMA_VERSION,
    registry_hash: registryHash(modulesYaml),
    ...(source ? { rules_version: source.rulesVersion } : {}),
    totals: {
      modules: modules.length,
      by_type: count(MODULE_TYPES, (module) => module.fields.type),
      by_visibility: count(VISIBILITIES, (module) => module.visibility),
      by_health: count(HEALTHS, (module) => module.health),
    },
    complete_view: completeView,
    problems: registry.problems,
    modules: Object.fromEntries(
      modules.map((module) => [
        module.name,
        {
          health: module.health,
          metadata: module.metadata,
          origins: sortRecord(module.origins),
          dependents: module.dependents,
          ...(module.stale !== undefined ? { stale: module.stale } : {}),
          ...(source?.listed.has(module.name) ? { listed: source.listed.get(module.name) } : {}),
          ...(source?.history?.has(module.name) ? { history: source.history.get(module.name) } : {}),
          problems: module.problems,
        },
      ]),
    ),
  }
}

/**
 * Pretty at the top, one line per module and per problem below: a diff shows which modules changed, and a
 * registry of 10,000 modules stays a few megabytes (a fully indented file is twice as large, and the whole commit
 * goes through one GraphQL request).
 */
export function renderStatusJson(status: StatusFile): string {
  const { problems, modules, ...top } = status
  const head = JSON.stringify(top, null, 2).slice(0, -2)
  const list = problems.map((problem) => `    ${JSON.stringify(problem)}`).join(',\n')
  const entries = Object.entries(modules).map(
    ([name, module]) => `    ${JSON.stringify(name)}: ${JSON.stringify(module)}`,
  )
  return [
    `${head},`,
    problems.length ? `  "problems": [\n${list}\n  ],` : '  "problems": [],',
    entries.length ? `  "modules": {\n${entries.join(',\n')}\n  }` : '  "modules": {}',
    '}',
    '',
  ].join('\n')
}
