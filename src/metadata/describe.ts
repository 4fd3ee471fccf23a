/**
 * One repository snapshot -> one module record: its cim.yaml when it has a valid one, inference from its
 * manifests, README, topics and naming convention for every field the cim.yaml does not declare.
 */
import {
  FIELD_NAMES,
  type FieldName,
  type FieldOrigin,
  type ModuleFields,
  type ModuleRecord,
  type ModuleType,
  type OriginName,
  type Problem,
  type RepositorySnapshot,
} from '../format/types.js'
import { sortRecord } from '../util/order.js'
import { CIM_YAML, parseCimYaml, type DeclaredMetadata } from './cim-yaml.js'
import { readManifests } from './manifests.js'
import { typeByName, type ModulePattern } from './names.js'
import { readmeSummary } from './readme.js'
import { decideVisibility, PRIVATE_TOPIC, typeByTopics } from './topics.js'
import { highestTagVersion } from './semver.js'

export interface DescribeOptions {
  modulePattern: ModulePattern
}

/**
 * A record whose `defaults` lists the fields that hold only a convention's guess (type by name, description from
 * the README): the registry builder lets a value carried from the previous registry replace those.
 */
export interface DescribedModule extends ModuleRecord {
  defaults: FieldName[]
  /** False when the source cannot see topics: the registry builder then checks none. */
  topicsKnown: boolean
}

export function describeModule(snapshot: RepositorySnapshot, options: DescribeOptions): DescribedModule {
  // Not read because unchanged: the registry builder keeps its previous entry (see src/sources/github-read-plan.ts).
  if (snapshot.carried) return { ...unreadModule(snapshot), stale: undefined, carried: true }
  if (snapshot.readError !== undefined) return unreadModule(snapshot)
  const problems: Problem[] = []
  let declared: DeclaredMetadata | null = null
  const cimYaml = snapshot.files[CIM_YAML]
  if (cimYaml === undefined) {
    problems.push({
      level: 'warning',
      code: 'missing-cim-yaml',
      message: 'no cim.yaml: metadata inferred from the repository (add a cim.yaml to declare it)',
    })
  } else {
    const parsed = parseCimYaml(cimYaml, { expectedName: snapshot.name })
    problems.push(...parsed.problems)
    declared = parsed.metadata
  }

  const manifests = readManifests(snapshot.name, textFiles(snapshot.files), options.modulePattern)
  problems.push(...manifests.problems)

  const fields = emptyFields('core')
  const origins: Partial<Record<OriginName, FieldOrigin>> = {}
  const defaults: FieldName[] = []
  const set = <K extends FieldName>(
    field: K,
    value: ModuleFields[K] | null | undefined,
    origin: FieldOrigin,
    isDefault = false,
  ) => {
    if (value === undefined || value === null || origins[field] !== undefined) return
    fields[field] = value as ModuleFields[K]
    origins[field] = origin
    if (isDefault) defaults.push(field)
  }

  // Declared values first; `set` never overwrites, so what comes later only fills gaps. A topic's or a name's type
  // is a default: a value kept by hand replaces it (see the registry builder).
  if (declared) {
    for (const field of FIELD_NAMES) set(field, declared[field], 'declared')
  }
  set('version', manifests.version ?? highestTagVersion(snapshot.tags), 'inferred')
  set('description', snapshot.description?.trim() || null, 'inferred')
  set('description', readmeSummary(textFiles(snapshot.files)['README.md']), 'inferred', true)
  const topics = knownTopics(snapshot)
  set('type', typeByTopics(topics), 'topic', true)
  set('type', typeByName(snapshot.name), 'inferred', true)

  const decided = decideVisibility(snapshot.visibility, declared?.visibility, topics)
  if (decided.byTopic) origins.visibility = 'topic'
  if (declared?.visibility && snapshot.visibility && declared.visibility !== decided.visibility) {
    problems.push({
      level: 'warning',
      code: 'invalid-metadata',
      message: `cim.yaml says visibility ${declared.visibility} but the repository is ${snapshot.visibility}; the repository wins${
        declared.visibility === 'private' ? ` (a \`${PRIVATE_TOPIC}\` topic lists a public repository as private)` : ''
      }`,
      file: CIM_YAML,
    })
  }
  if (snapshot.archived) {
    problems.push({ level: 'warning', code: 'archived', message: 'the repository is archived' })
  }

  return {
    name: snapshot.name,
    repository: snapshot.url,
    visibility: decided.visibility,
    archived: snapshot.archived,
    topics: [...snapshot.topics].sort(),
    lastCommit: snapshot.headCommit,
    lastUpdated: snapshot.committedAt,
    metadata: declared ? 'declared' : 'inferred',
    fields,
    origins,
    defaults,
    topicsKnown: !snapshot.topicsUnknown,
    dependencies: sortRecord(declared?.dependencies ?? manifests.dependencies),
    problems,
  }
}

/** The files that are text; a manifest that is not UTF-8 is treated as absent. */
function textFiles(files: RepositorySnapshot['files']): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  )
}

/** A repository that was listed but could not be read: the registry builder keeps its previous entry. */
function unreadModule(snapshot: RepositorySnapshot): DescribedModule {
  const topicType = typeByTopics(knownTopics(snapshot))
  return {
    name: snapshot.name,
    repository: snapshot.url,
    visibility: snapshot.visibility ?? 'public',
    archived: snapshot.archived,
    topics: [...snapshot.topics].sort(),
    lastCommit: snapshot.headCommit,
    lastUpdated: snapshot.committedAt,
    metadata: 'inferred',
    fields: emptyFields(topicType ?? typeByName(snapshot.name)),
    origins: { type: topicType ? 'topic' : 'inferred' },
    defaults: ['type'],
    topicsKnown: !snapshot.topicsUnknown,
    dependencies: {},
    problems: [],
    stale: snapshot.readError,
  }
}

/** The type the conventions say when nothing declares one: the topics' (see topics.ts), else the name's. */
export function typeByConvention(snapshot: Pick<RepositorySnapshot, 'name' | 'topics' | 'topicsUnknown'>): ModuleType {
  return typeByTopics(knownTopics(snapshot)) ?? typeByName(snapshot.name)
}

/** The topics, or none when the source cannot see them. */
function knownTopics(snapshot: Pick<RepositorySnapshot, 'topics' | 'topicsUnknown'>): readonly string[] {
  return snapshot.topicsUnknown ? [] : snapshot.topics
}

/** A module's fields before any evidence: only the type, which every module has. */
function emptyFields(type: ModuleType): ModuleFields {
  return { type, version: null, description: null, category: null, status: null, owner: null, deployed: null }
}
