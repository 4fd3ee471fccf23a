/**
 * Reads a module's cim.yaml: bounded parsing, JSON Schema validation with ajv, and every problem placed on a line
 * and column of the file so that it can become an annotation there.
 */
import { Ajv, type ErrorObject } from 'ajv'
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml'
import schema from '../../schemas/cim.schema.json' with { type: 'json' }
import type { LifecycleStatus, ModuleType, Problem, Visibility } from '../format/types.js'
import { isModuleName } from './names.js'
import { isRange, isVersion } from './semver.js'
import { sortRecord } from '../util/order.js'
import { decodeUtf8, firstLine } from '../util/text.js'
import { hasErrors } from '../format/problems.js'

export const CIM_YAML = 'cim.yaml'

/** Larger files are refused unread: no module's metadata needs more, and a parser should not be fed megabytes. */
export const MAX_CIM_YAML_BYTES = 64 * 1024

/** Aliases a cim.yaml may expand; a real file needs none, and a "billion laughs" file needs millions. */
const MAX_ALIAS_COUNT = 20

/** What a valid cim.yaml declares. Absent optional fields stay undefined. */
export interface DeclaredMetadata {
  name: string
  type?: ModuleType
  version?: string
  description?: string
  /** Dependency module name -> semver range, whichever of the two YAML forms was written; undefined when the
   *  file has no `dependencies` key (the manifests then say what the module depends on). */
  dependencies?: Record<string, string>
  visibility?: Visibility
  category?: string
  owner?: string
  status?: LifecycleStatus
  deployed?: boolean | string
}

export interface CimYamlResult {
  /** The declared metadata, or null when the file has errors (warnings alone leave it usable). */
  metadata: DeclaredMetadata | null
  problems: Problem[]
}

export interface CimYamlOptions {
  /** Path shown in problems; defaults to `cim.yaml`. */
  file?: string
  /** The repository's name: module.name must equal it. */
  expectedName?: string
}

const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true })
ajv.addFormat('module-name', { type: 'string', validate: isModuleName })
ajv.addFormat('semver', { type: 'string', validate: isVersion })
ajv.addFormat('semver-range', { type: 'string', validate: isRange })
const validateSchema = ajv.compile(schema)

export function parseCimYaml(input: string | Uint8Array, options: CimYamlOptions = {}): CimYamlResult {
  const file = options.file ?? CIM_YAML
  const fail = (message: string, line?: number, col?: number): CimYamlResult => ({
    metadata: null,
    problems: [problem('error', 'invalid-metadata', message, file, line, col)],
  })

  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength
  // A source may hand over only the file's first bytes (one past the limit is enough), so the size is not told.
  if (size > MAX_CIM_YAML_BYTES)
    return fail(`file is over ${MAX_CIM_YAML_BYTES} bytes; a cim.yaml may have at most ${MAX_CIM_YAML_BYTES}`)
  const text = typeof input === 'string' ? input : decodeUtf8(input)
  if (text === null) return fail('file is not valid UTF-8')

  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, version: '1.2' })
  if (doc.errors.length > 0) {
    return {
      metadata: null,
      problems: doc.errors.map((error) => {
        const at = lines.linePos(error.pos[0])
        return problem('error', 'invalid-metadata', `YAML: ${firstLine(error.message)}`, file, at.line, at.col)
      }),
    }
  }

  let data: unknown
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
  } catch (error) {
    return fail(`YAML: ${(error as Error).message} (aliases are capped at ${MAX_ALIAS_COUNT})`)
  }
  if (data === null || data === undefined) return fail('file is empty; it needs at least `module: {name: ...}`')
  if (typeof data !== 'object' || Array.isArray(data)) {
    return fail('the document must be a mapping with a `module:` key', 1, 1)
  }

  const locate = (path: readonly (string | number)[], key = false) => position(doc, lines, path, key)
  const problems: Problem[] = []
  if (!validateSchema(data)) {
    for (const error of relevantErrors(validateSchema.errors ?? [])) {
      const { path, key } = errorTarget(error)
      const at = locate(path, key)
      const unknownKey = error.keyword === 'additionalProperties'
      problems.push(
        problem(
          unknownKey ? 'warning' : 'error',
          unknownKey ? 'unknown-key' : 'invalid-metadata',
          describeError(error),
          file,
          at?.line,
          at?.col,
        ),
      )
    }
  }

  const module = (data as { module?: Record<string, unknown> }).module
  // A Map, not an object: a module may be named like an Object.prototype member (`constructor`).
  const dependencies = new Map<string, string>()
  if (module && typeof module === 'object') {
    collectDependencies(module.dependencies, dependencies, (name, index) => {
      const at = locate(['module', 'dependencies', index, name], true)
      problems.push(problem('error', 'invalid-metadata', `dependency ${name} is listed twice`, file, at?.line, at?.col))
    })
    if (typeof module.name === 'string' && dependencies.has(module.name)) {
      const at = locate(['module', 'name'])
      problems.push(problem('error', 'self-dependency', `${module.name} depends on itself`, file, at?.line, at?.col))
    }
    const name = typeof module.name === 'string' && isModuleName(module.name) ? module.name : undefined
    if (options.expectedName !== undefined && name !== undefined && name !== options.expectedName) {
      const at = locate(['module', 'name'])
      problems.push(
        problem(
          'error',
          'name-mismatch',
          `module.name is ${JSON.stringify(name)} but the repository is ${JSON.stringify(options.expectedName)}; they must be equal`,
          file,
          at?.line,
          at?.col,
        ),
      )
    }
  }

  if (hasErrors(problems)) return { metadata: null, problems }
  const declared = module as Omit<DeclaredMetadata, 'dependencies'>
  const declaresDependencies = module?.dependencies !== undefined && module.dependencies !== null
  return {
    metadata: {
      ...pickDeclared(declared),
      ...(declaresDependencies ? { dependencies: sortRecord(Object.fromEntries(dependencies)) } : {}),
    },
    problems,
  }
}

function pickDeclared(module: Omit<DeclaredMetadata, 'dependencies'>): Omit<DeclaredMetadata, 'dependencies'> {
  const { name, type, version, description, visibility, category, owner, status, deployed } = module
  return Object.fromEntries(
    Object.entries({ name, type, version, description, visibility, category, owner, status, deployed }).filter(
      ([, value]) => value !== undefined,
    ),
  ) as Omit<DeclaredMetadata, 'dependencies'>
}

/** Both dependency forms into one map; entries the schema already rejected are skipped here. */
function collectDependencies(
  value: unknown,
  into: Map<string, string>,
  onDuplicate: (name: string, index: number) => void,
): void {
  const entries: [string, unknown, number][] = Array.isArray(value)
    ? value.flatMap((item, index) =>
        item && typeof item === 'object'
          ? Object.entries(item).map(([k, v]) => [k, v, index] as [string, unknown, number])
          : [],
      )
    : value && typeof value === 'object'
      ? Object.entries(value).map(([k, v]) => [k, v, -1] as [string, unknown, number])
      : []
  for (const [name, range, index] of entries) {
    if (typeof range !== 'string') continue
    if (into.has(name)) onDuplicate(name, index)
    else into.set(name, range)
  }
}

/** `if` and `propertyNames` only report that a nested check failed; the nested errors themselves say why. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((error) => error.keyword !== 'if' && error.keyword !== 'propertyNames')
}

/** The YAML node an ajv error is about, as a path; `key` when the problem is the key itself. */
function errorTarget(error: ErrorObject): { path: (string | number)[]; key: boolean } {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment))
  if (error.keyword === 'additionalProperties') {
    return { path: [...path, (error.params as { additionalProperty: string }).additionalProperty], key: true }
  }
  if (error.propertyName !== undefined) return { path: [...path, error.propertyName], key: true }
  return { path, key: false }
}

/** Messages in the file's own terms: `module.version: "0.1" is not a semver version (e.g. 1.2.3)`. */
function describeError(error: ErrorObject): string {
  const where = fieldPath(error)
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return `${where ? `${where}: ` : ''}missing required key \`${String(params.missingProperty)}\``
    case 'additionalProperties':
      return `${where ? `${where}: ` : ''}unknown key \`${String(params.additionalProperty)}\` (ignored)`
    case 'enum':
      return `${where}: must be one of ${(params.allowedValues as unknown[]).join(', ')}`
    case 'type':
      return `${where}: must be ${String(params.type).replace(',', ' or ')}${params.type === 'string' ? ', in quotes' : ''}`
    case 'format':
      return `${where}: ${formatMessage(String(params.format), error)}`
    case 'minProperties':
    case 'maxProperties':
      return `${where}: each list item names exactly one module, as \`- cim-domain: "^0.2"\``
    case 'maxLength':
      return `${where}: is longer than ${String(params.limit)} characters`
    case 'pattern':
      return `${where}: must be lowercase letters, digits, - or _ (e.g. financial-services)`
    default:
      return `${where}: ${error.message ?? 'is invalid'}`
  }
}

function formatMessage(format: string, error: ErrorObject): string {
  const value = JSON.stringify(error.data)
  switch (format) {
    case 'semver':
      return `${value} is not a semver version (e.g. "1.2.3" or "0.10.0-alpha.1")`
    case 'semver-range':
      return `${value} is not a semver range (e.g. "^0.2", ">=1.0.0 <2.0.0")`
    default:
      return `${value} is not a module name (lowercase letters, digits and single hyphens, e.g. cim-domain)`
  }
}

function fieldPath(error: ErrorObject): string {
  const segments = error.instancePath.split('/').slice(1)
  if (error.propertyName !== undefined) segments.push(error.propertyName)
  return segments
    .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
    .join('')
    .replace(/^\./, '')
}

/** 1-based line and column of the node (or, with `key`, of the map key) at `path`. */
function position(
  doc: Document,
  lines: LineCounter,
  path: readonly (string | number)[],
  key: boolean,
): { line: number; col: number } | undefined {
  let node: unknown = doc.contents
  let keyNode: Node | undefined
  for (const segment of path) {
    keyNode = undefined
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment)
      if (!pair) break
      keyNode = pair.key as Node
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment]
    } else {
      break
    }
  }
  const target = (key ? keyNode : undefined) ?? (node as Node | undefined)
  const offset = target?.range?.[0]
  return offset === undefined ? undefined : lines.linePos(offset)
}

function problem(
  level: Problem['level'],
  code: Problem['code'],
  message: string,
  file: string,
  line?: number,
  col?: number,
): Problem {
  return { level, code, message, file, ...(line !== undefined ? { line } : {}), ...(col !== undefined ? { col } : {}) }
}
