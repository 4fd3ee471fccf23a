/**
 * Small registries built by the real engine, for the NATS tests and the benchmark: `fixtureRegistry(modules)` runs
 * planUpdate over plain-folder snapshots, and `nextRun` runs it again over the files of the previous one.
 */
import { compileModulePattern } from '../../src/metadata/names.js'
import type { RepositorySnapshot } from '../../src/format/types.js'
import { planUpdate, type UpdatePlan } from '../../src/registry/update.js'
import { snapshot } from './registry-server.js'

export interface FixtureModule {
  name: string
  version: string
  type?: string
  visibility?: 'public' | 'private'
  dependencies?: Record<string, string>
  description?: string
}

export function fixtureSnapshots(modules: FixtureModule[]): RepositorySnapshot[] {
  return modules.map((module) => {
    const deps = Object.entries(module.dependencies ?? {}).map(([name, range]) => `    - ${name}: "${range}"`)
    const cimYaml = [
      'module:',
      `  name: ${module.name}`,
      `  type: ${module.type ?? 'domain'}`,
      `  version: "${module.version}"`,
      `  description: "${module.description ?? `the ${module.name} module`}"`,
      ...(deps.length > 0 ? ['  dependencies:', ...deps] : []),
    ].join('\n')
    // Plain folders, as the local source reads them: no topics to check (src/metadata/topics.ts).
    return {
      ...snapshot(module.name, { 'cim.yaml': `${cimYaml}\n` }),
      visibility: module.visibility ?? 'public',
      topicsUnknown: true,
    }
  })
}

/** The plan of a run over `modules`, after the run that wrote `previous` (none: the first run). */
export function nextRun(modules: FixtureModule[], previous?: UpdatePlan): UpdatePlan {
  return planUpdate({
    snapshots: fixtureSnapshots(modules),
    existing: previous?.files ?? {},
    modulePattern: compileModulePattern(),
    date: '2026-01-01',
  })
}

/**
 * `count` modules, each depending on up to three before it and on the first one (a hub with `count - 1`
 * dependents, the heaviest reverse-dependency query there can be); every 50th is private.
 */
export function syntheticModules(count: number): FixtureModule[] {
  const name = (i: number) => `cim-m-${String(i).padStart(5, '0')}`
  return Array.from({ length: count }, (_, i) => ({
    name: name(i),
    version: `0.${i % 20}.${i % 7}`,
    type: ['core', 'domain', 'integration', 'utility'][i % 4],
    visibility: i % 50 === 49 ? 'private' : 'public',
    description: `synthetic module ${i} of the NATS benchmark, in category ${i % 40}`,
    dependencies: Object.fromEntries(
      [1, 17, 331, i]
        .filter((step) => step > 0 && i - step >= 0)
        .map((step) => [name(i - step), step === i ? '>=0.0.0' : '^0']),
    ),
  }))
}
