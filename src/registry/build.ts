/**
 * Module records -> the registry: one entry per module, with facts carried forward from the previous registry,
 * stale entries kept for repositories that could not be read, topic checks, dependency analysis and a health per
 * module.
 */
import type { DescribedModule } from '../metadata/describe.js'
import { ghRepository, topicProblems } from '../metadata/topics.js'
import { compareStrings } from '../util/order.js'
import { analyzeDependencies } from './dependencies.js'
import type { PreviousRegistry } from './previous.js'
import {
  FIELD_NAMES,
  type FieldName,
  type FieldOrigin,
  type Health,
  type ModuleFields,
  type ModuleRecord,
  type Problem,
  type Registry,
  type RegistryModule,
} from '../format/types.js'
import { hasErrors } from '../format/problems.js'

/** Fields a hand-kept registry may know better than inference: they are carried when nothing declares them. */
const CARRIED_FIELDS = ['type', 'description', 'category', 'status', 'owner', 'deployed'] as const

/** Origins of values a run derived itself, from the module's files or topics: derived again, never carried. */
const GENERATED_ORIGINS: readonly FieldOrigin[] = ['declared', 'inferred', 'topic']

export function buildRegistry(
  described: readonly DescribedModule[],
  previous: PreviousRegistry,
  sourceProblems: readonly Problem[] = [],
): Registry {
  const problems: Problem[] = [...sourceProblems]
  const records = new Map<string, ModuleRecord>()
  for (const module of [...described].sort((a, b) => compareStrings(a.name, b.name))) {
    const earlier = records.get(module.name)
    if (earlier) {
      // Only a source that is not GitHub (where names are unique) can list a name twice; the first one stays.
      earlier.problems.push({
        level: 'error',
        code: 'duplicate-name',
        message: `two repositories are named ${module.name}: ${earlier.repository ?? 'one'} and ${module.repository ?? 'another'}; only the first is registered`,
      })
      continue
    }
    records.set(
      module.name,
      module.carried
        ? carriedRecord(module, previous)
        : module.stale !== undefined
          ? staleRecord(module, previous)
          : checkTopics(carryForward(module, previous), module.topicsKnown),
    )
  }

  const analysis = analyzeDependencies(records)
  const modules = new Map<string, RegistryModule>()
  for (const [name, record] of records) {
    const moduleProblems = [...record.problems, ...analysis.problems.get(name)!]
    modules.set(name, {
      ...record,
      problems: moduleProblems,
      health: healthOf(moduleProblems),
      dependents: analysis.dependents.get(name)!,
    })
  }
  return { modules, problems }
}

/**
 * Fields that nothing declares (or that hold only a convention's guess) take the value people wrote by hand, in
 * modules.yaml or private-domains.yaml. A value the previous run itself generated (its status.json says it was
 * declared, inferred or said by a topic) is not hand-written and is never carried: the module's own sources decide
 * it again.
 */
function carryForward(module: DescribedModule, previous: PreviousRegistry): ModuleRecord {
  const { defaults, topicsKnown: _, ...record } = module
  const entry = previous.modules.get(module.name)
  const privateDomain = previous.privateDomains.get(module.name)
  const previousOrigins = previous.origins.get(module.name) ?? {}
  const fields: ModuleFields = { ...record.fields }
  const origins = { ...record.origins }
  for (const field of CARRIED_FIELDS) {
    const generated = GENERATED_ORIGINS.includes(previousOrigins[field]!)
    const value = generated ? undefined : (entry?.[field] ?? privateDomain?.[field as keyof typeof privateDomain])
    const replaceable = origins[field] === undefined || defaults.includes(field)
    if (value === undefined || value === null || !replaceable) continue
    ;(fields as Record<FieldName, unknown>)[field] = value
    origins[field] = 'carried'
  }
  return { ...record, fields, origins }
}

/**
 * The topic checks, against the type and visibility the record ended with (a carried type included). None for an
 * archived repository: it is read-only, topics included, so the fix could not run
 * (https://docs.github.com/en/repositories/archiving-a-github-repository/archiving-repositories).
 */
function checkTopics(record: ModuleRecord, topicsKnown: boolean): ModuleRecord {
  if (!topicsKnown || record.archived) return record
  const subject = {
    repository: ghRepository(record.repository),
    topics: record.topics,
    type: record.fields.type,
    visibility: record.visibility,
  }
  return { ...record, problems: [...record.problems, ...topicProblems(subject)] }
}

/** A repository listed but unreadable this run keeps its previous entry; without one it is listed bare. */
function staleRecord(module: DescribedModule, previous: PreviousRegistry): ModuleRecord {
  const reason = module.stale!
  const entry = previous.modules.get(module.name)
  const previousOrigins = previous.origins.get(module.name) ?? {}
  const problem: Problem = {
    level: entry ? 'warning' : 'error',
    code: 'stale',
    message: entry
      ? `could not be read this run (${reason}); its previous entry is kept`
      : `could not be read this run (${reason}) and has no previous entry`,
  }
  if (!entry) return { ...carryForward(module, previous), problems: [problem] }
  return {
    ...module,
    repository: entry.repository ?? module.repository,
    visibility: entry.visibility ?? module.visibility,
    archived: entry.archived ?? module.archived,
    topics: entry.topics ?? module.topics,
    lastCommit: entry.last_commit ?? null,
    lastUpdated: entry.last_updated ?? null,
    metadata: entry.metadata ?? 'inferred',
    fields: {
      type: entry.type ?? module.fields.type,
      version: entry.version ?? null,
      description: entry.description ?? null,
      category: entry.category ?? null,
      status: entry.status ?? null,
      owner: entry.owner ?? null,
      deployed: entry.deployed ?? null,
    },
    // Each kept value keeps the origin the previous run gave it, so that a later readable run re-derives what was
    // declared or inferred instead of mistaking it for a hand-written value.
    origins: {
      ...Object.fromEntries(
        FIELD_NAMES.filter((field) => entry[field] !== undefined).map((field) => [
          field,
          previousOrigins[field] ?? 'carried',
        ]),
      ),
      // A visibility a topic decided stays so (and private-domains.yaml keeps the module) until the repository is read.
      ...(previousOrigins.visibility === 'topic' && entry.visibility !== undefined
        ? { visibility: 'topic' as const }
        : {}),
    },
    dependencies: entry.dependencies ?? {},
    problems: [problem],
  }
}

/**
 * Problems the registry-wide analysis, or the version history (src/versions/evidence.ts, from the whole index),
 * finds again on every run: not carried with an unchanged module.
 */
const ANALYSIS_CODES = new Set<Problem['code']>([
  'unknown-dependency',
  'unsatisfied-range',
  'dependency-cycle',
  'self-dependency',
  'stale',
  'tag-version-mismatch',
  'tag-moved',
  'locked-behind',
  'unreproducible-dependency',
  'unknown-locked-version',
  'ci-failing',
  'invalid-lock',
])

/**
 * A module the source did not read because nothing it is built from changed: its previous entry kept as a stale
 * one is (same fields, same origins), but not stale, and with the problems its files had (the dependency analysis
 * runs again). Without a previous entry (the source should then have read it) it is listed bare.
 */
function carriedRecord(module: DescribedModule, previous: PreviousRegistry): ModuleRecord {
  if (!previous.modules.has(module.name)) return carryForward(module, previous)
  const { stale: _stale, carried: _carried, ...kept } = staleRecord({ ...module, stale: 'carried' }, previous)
  const problems = (previous.moduleProblems.get(module.name) ?? []).filter(
    (problem) => !ANALYSIS_CODES.has(problem.code),
  )
  return { ...kept, problems }
}

/**
 * A module of the previous registry exactly as it was recorded, problems and health included: for a run in which
 * nothing the registry is built from changed, so that no analysis needs to run again.
 */
export function recordedModule(module: DescribedModule, previous: PreviousRegistry): RegistryModule {
  const problems = previous.moduleProblems.get(module.name) ?? []
  const { stale: _stale, carried: _carried, ...record } = staleRecord({ ...module, stale: 'recorded' }, previous)
  return { ...record, problems, health: previous.health.get(module.name) ?? healthOf(problems), dependents: [] }
}

export function healthOf(problems: readonly Problem[]): Health {
  if (hasErrors(problems)) return 'error'
  if (problems.some((problem) => problem.level === 'warning')) return 'warning'
  return 'ok'
}
