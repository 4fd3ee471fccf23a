/**
 * The registry files as the client reads them: parsed, checked against the structure the engine writes, and frozen
 * (here, or modules.yaml's entries by the index), because the client hands the same objects to every query. The
 * schema_version is checked first, since a file of another version may have another structure; the structure check
 * then lets the results keep the types they promise.
 *
 * YAML is read with js-yaml: on a 10,000-module modules.yaml (5 MB) it is about 30 times faster than the `yaml`
 * package, which the engine keeps for writing (and for editing private-domains.yaml in place).
 */
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml'
import {
  FIELD_ORIGINS,
  HEALTHS,
  MODULE_TYPES,
  REGISTRY_SCHEMA_VERSION,
  VISIBILITIES,
  type ModuleEntry,
  type ModulesFile,
  type ModuleStatus,
  type PrivateDomainEntry,
  type PrivateDomainsFile,
  type StatusFile,
} from '../format/types.js'
import { isModuleName } from '../metadata/names.js'
import { RegistryParseError, SchemaVersionError } from './errors.js'

type Mapping = Record<string, unknown>

/** Checks one value at `path`, throwing a Mismatch; the file's parser adds where the file is. */
type Check = (value: unknown, path: string) => void

class Mismatch {
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly value: unknown,
  ) {}
}

const isText = (value: unknown): value is string => typeof value === 'string'
const isMapping = (value: unknown): value is Mapping =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const is =
  (test: (value: unknown) => boolean, expected: string): Check =>
  (value, path) => {
    if (!test(value)) throw new Mismatch(path, expected, value)
  }
const optional =
  (check: Check): Check =>
  (value, path) => {
    if (value !== undefined) check(value, path)
  }
const listOf =
  (check: Check, expected: string): Check =>
  (value, path) => {
    if (!Array.isArray(value)) throw new Mismatch(path, expected, value)
    value.forEach((item, i) => check(item, `${path}[${i}]`))
  }
/** A mapping whose values pass `check`, and whose keys pass `key` when given. */
const mapOf =
  (check: Check, expected: string, key?: [test: (key: string) => boolean, expected: string]): Check =>
  (value, path) => {
    if (!isMapping(value)) throw new Mismatch(path, expected, value)
    for (const [name, item] of Object.entries(value)) {
      if (key && !key[0](name)) throw new Mismatch(path, key[1], name)
      check(item, `${path}.${name}`)
    }
  }
const fields =
  (checks: Record<string, Check>): Check =>
  (value, path) => {
    if (!isMapping(value)) throw new Mismatch(path, 'a mapping', value)
    for (const [name, check] of Object.entries(checks)) check(value[name], path ? `${path}.${name}` : name)
  }

const text = is(isText, 'text')
const textOrNull = is((value) => value === null || isText(value), 'text or null')
const flag = is((value) => typeof value === 'boolean', 'true or false')
const oneOf = (values: readonly string[]) =>
  is((value) => values.includes(value as string), `one of ${values.join(', ')}`)
const deployed = optional(is((value) => typeof value === 'boolean' || isText(value), 'true, false or text'))
const metadata = oneOf(['declared', 'inferred'])
const moduleName = is((value) => isText(value) && isModuleName(value), 'a module name')
const moduleNames: [(key: string) => boolean, string] = [isModuleName, 'keyed by module names']
const problems = listOf(fields({ level: oneOf(['error', 'warning']), code: text, message: text }), 'a list of problems')

/** Keyed by the shared types' fields, so that a field added to the engine's files cannot be forgotten here. */
const MODULE_ENTRY: Record<keyof ModuleEntry, Check> = {
  type: oneOf(MODULE_TYPES),
  description: textOrNull,
  repository: textOrNull,
  version: textOrNull,
  last_commit: textOrNull,
  last_updated: textOrNull,
  topics: listOf(text, 'a list of text'),
  visibility: oneOf(VISIBILITIES),
  category: textOrNull,
  status: optional(text),
  owner: optional(text),
  deployed,
  archived: optional(flag),
  dependencies: mapOf(is(isText, 'a range'), 'a mapping of module name to range', moduleNames),
  metadata,
}

const MODULES_FILE = fields({ modules: mapOf(fields(MODULE_ENTRY), 'a mapping of module name to entry', moduleNames) })

const MODULE_STATUS: Record<keyof ModuleStatus, Check> = {
  health: oneOf(HEALTHS),
  metadata,
  origins: mapOf(oneOf(FIELD_ORIGINS), 'a mapping of field to origin'),
  dependents: listOf(moduleName, 'a list of module names'),
  stale: optional(text),
  listed: optional(text),
  history: optional(text),
  problems,
}

const STATUS_FILE = fields({
  registry_hash: text,
  rules_version: optional(text),
  totals: is((value) => isMapping(value) && typeof value.modules === 'number', 'a mapping with the number of modules'),
  complete_view: flag,
  problems,
  modules: mapOf(fields(MODULE_STATUS), 'a mapping of module name to status', moduleNames),
} satisfies Record<Exclude<keyof StatusFile, 'schema_version'>, Check>)

/** Hand-edited values are checked too: the message then says which one to fix. */
const PRIVATE_DOMAIN: Record<keyof PrivateDomainEntry, Check> = {
  name: moduleName,
  description: optional(text),
  owner: optional(text),
  status: optional(text),
  deployed,
  modules_used: optional(listOf(moduleName, 'a list of module names')),
  verified: optional(flag),
}

const PRIVATE_DOMAINS_FILE = fields({
  private_domains: optional(
    mapOf(listOf(fields(PRIVATE_DOMAIN), 'a list of domains'), 'a mapping of category to list of domains'),
  ),
})

/** Checked, not frozen: the client indexes the entries into objects of its own, and freezes those. */
export function parseModulesFile(text: string, location: string): ModulesFile {
  return checked(parseYamlMapping(text, location), location, true, MODULES_FILE) as unknown as ModulesFile
}

/** One module entry on its own (a record of the NATS bucket), checked like an entry of modules.yaml. */
export function checkModuleEntry(value: unknown, location: string): ModuleEntry {
  try {
    fields(MODULE_ENTRY)(value, '')
  } catch (error) {
    if (!(error instanceof Mismatch)) throw error
    throw new RegistryParseError(
      `${location}: ${error.path || 'the entry'} must be ${error.expected}, not ${describe(error.value)}`,
    )
  }
  return value as ModuleEntry
}

export function parseStatusFile(text: string, location: string): StatusFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new RegistryParseError(`${location}: not valid JSON (${(error as Error).message})`)
  }
  return deepFreeze(checked(expectMapping(data, location), location, true, STATUS_FILE)) as unknown as StatusFile
}

/** private-domains.yaml may lack a schema_version (kept by hand before the first run); a wrong one is refused. */
export function parsePrivateDomainsFile(text: string, location: string): PrivateDomainsFile {
  const data = checked(parseYamlMapping(text, location), location, false, PRIVATE_DOMAINS_FILE)
  return deepFreeze({ ...data, private_domains: data.private_domains ?? {} }) as unknown as PrivateDomainsFile
}

/** The schema_version first (another version may have another structure), then the structure. */
function checked(data: Mapping, location: string, versionRequired: boolean, check: Check): Mapping {
  checkSchemaVersion(data, location, versionRequired)
  try {
    check(data, '')
  } catch (error) {
    if (!(error instanceof Mismatch)) throw error
    throw new RegistryParseError(`${location}: ${error.path} must be ${error.expected}, not ${describe(error.value)}`)
  }
  return data
}

function parseYamlMapping(text: string, location: string): Mapping {
  let data: unknown
  try {
    // The core schema (YAML 1.2): no timestamps or other implicit types beyond null, booleans and numbers.
    data = load(text, { schema: CORE_SCHEMA })
  } catch (error) {
    if (!(error instanceof YAMLException))
      throw new RegistryParseError(`${location}: not valid YAML (${(error as Error).message})`)
    const { line, column } = error.mark
    throw new RegistryParseError(`${location}:${line + 1}:${column + 1}: not valid YAML (${error.reason})`)
  }
  return expectMapping(data, location)
}

function expectMapping(data: unknown, location: string): Mapping {
  if (isMapping(data)) return data
  throw new RegistryParseError(
    `${location}: not a registry file (expected a mapping with schema_version, found ${describe(data)})`,
  )
}

function checkSchemaVersion(data: Mapping, location: string, required: boolean): void {
  const found = data.schema_version
  if (found === REGISTRY_SCHEMA_VERSION || (found === undefined && !required)) return
  const message =
    found === undefined
      ? `${location} has no schema_version: it was not generated by cim-registry-action (run \`cim-registry update\`)`
      : typeof found === 'number' && found > REGISTRY_SCHEMA_VERSION
        ? `${location} has schema_version ${found}, newer than this client reads (${REGISTRY_SCHEMA_VERSION}): upgrade cim-registry-action`
        : `${location} has schema_version ${JSON.stringify(found)}; this client reads schema_version ${REGISTRY_SCHEMA_VERSION}`
  throw new SchemaVersionError(message, found, REGISTRY_SCHEMA_VERSION)
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  const shown = JSON.stringify(value)
  return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown
}

/** Objects seen once only: YAML aliases can make one object appear many times. */
function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value
  seen.add(value)
  for (const child of Object.values(value)) deepFreeze(child, seen)
  return Object.freeze(value)
}
