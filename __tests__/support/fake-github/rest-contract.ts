/**
 * GitHub's REST contract, from the committed subset of its OpenAPI description (scripts/github-rest-subset.mjs):
 * a router over every GitHub route, and validators for what a client sends and what the fake answers.
 *
 * Responses are checked in strict mode: besides types, formats and required properties, a property the description
 * does not declare is an error, so the fake cannot invent fields a client might come to rely on. Validators are
 * compiled once per operation and status and cached; the contract itself is loaded once per process.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js'
import formatsModule from 'ajv-formats'
import { isAllowedInaccuracy } from './spec-inaccuracies.js'

export const CONTRACT_FILE = join(import.meta.dirname, 'contract', 'github-rest-subset.json')

// ajv-formats is CommonJS: Node hands its module.exports (the plugin) to a default import, typings say otherwise.
const addFormats = formatsModule as unknown as typeof formatsModule.default

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

/**
 * Statuses any GitHub operation can answer whether its description lists them or not: authentication, SSO and rate
 * limits, a missing owner (list-for-org documents only 200), outages. Their bodies are checked as basic-error.
 */
const GENERIC_STATUSES = new Set([401, 403, 404, 429, 500, 502, 503, 504])

type Json = Record<string, unknown>

interface Parameter {
  name: string
  in: string
  required?: boolean
  schema?: { type?: string; enum?: unknown[] }
}

interface Operation {
  operationId: string
  parameters?: (Parameter | { $ref: string })[]
  requestBody?: { content: Record<string, unknown> }
  responses: Record<string, { $ref?: string; content?: Record<string, { schema?: Json }> }>
  externalDocs?: { url: string }
}

interface Route {
  template: string
  regex: RegExp
  params: string[]
  methods: string[]
  segments: number
  greedy: boolean
  score: number
}

export type RouteMatch =
  | { kind: 'operation'; operationId: string; template: string; params: Record<string, string> }
  /** A real GitHub route the fake does not implement. */
  | { kind: 'not-implemented'; template: string; method: string }
  | { kind: 'wrong-method'; template: string; methods: string[] }
  | { kind: 'unknown' }

export interface ContractCheck {
  ok: boolean
  errors: string[]
  /** The errors in the words GitHub uses for a request it refuses (422 "Invalid request."). */
  githubMessages?: string[]
}

export class RestContract {
  readonly version: string
  readonly operations: readonly string[]
  private readonly spec: {
    paths: Record<string, Record<string, unknown>>
    components: Record<string, Record<string, unknown>>
  }
  private readonly operationsById = new Map<string, { template: string; method: string; operation: Operation }>()
  private readonly buckets = new Map<string, Route[]>()
  private readonly routeCache = new Map<string, RouteMatch>()
  private readonly validators = new Map<string, ValidateFunction>()
  private readonly ajv: Ajv2019

  constructor(file = CONTRACT_FILE) {
    const document = JSON.parse(readFileSync(file, 'utf8')) as Json
    this.version = String(document['x-openapi-version'])
    this.spec = { paths: document.paths as never, components: document.components as never }
    for (const [template, item] of Object.entries(this.spec.paths)) {
      for (const method of METHODS) {
        const operation = item[method] as Operation | undefined
        if (operation) this.operationsById.set(operation.operationId, { template, method, operation })
      }
    }
    this.operations = [...this.operationsById.keys()]
    this.buildRoutes(
      document['x-all-routes'] as Record<string, string[]>,
      document['x-multi-segment'] as Record<string, string[]>,
    )

    fixNullable(this.spec.components)
    fixNullable(this.spec.paths)
    closeAll(this.spec)
    this.ajv = new Ajv2019({ strict: false, allErrors: true, validateSchema: false })
    addFormats(this.ajv)
    this.ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/)
    this.ajv.addSchema({ components: this.spec.components, paths: this.spec.paths }, 'gh')
  }

  /** Places a request; matching runs on the raw path, since Octokit sends `%2F` inside `contents/{path}`. */
  route(method: string, rawPath: string): RouteMatch {
    const key = `${method} ${rawPath}`
    const cached = this.routeCache.get(key)
    if (cached) return cached
    const match = this.matchRoute(method.toLowerCase(), rawPath)
    if (this.routeCache.size > 10_000) this.routeCache.clear()
    this.routeCache.set(key, match)
    return match
  }

  /** `documentation_url` of error bodies, as GitHub gives it: the operation's page in the REST docs. */
  documentationUrl(operationId: string): string {
    return this.operationsById.get(operationId)?.operation.externalDocs?.url ?? 'https://docs.github.com/rest'
  }

  validateResponse(
    operationId: string,
    status: number,
    body: unknown,
    contentType = 'application/json',
  ): ContractCheck {
    const entry = this.operationsById.get(operationId)
    if (!entry) return fail(`${operationId} is not in the contract`)
    let pointer = `/paths/${escapePointer(entry.template)}/${entry.method}/responses/${status}`
    let response = entry.operation.responses[String(status)]
    if (!response) {
      if (GENERIC_STATUSES.has(status)) return this.check('/components/schemas/basic-error', body, operationId)
      return fail(
        `status ${status} is not documented for ${operationId} (documented: ${Object.keys(entry.operation.responses).join(', ')})`,
      )
    }
    if (response.$ref) {
      pointer = response.$ref.slice(1)
      response = this.spec.components.responses![response.$ref.split('/').pop()!] as typeof response
    }
    const media = response.content?.[contentType]
    if (!media) {
      if (!response.content && (body === undefined || body === '')) return { ok: true, errors: [] }
      return fail(`${contentType} is not documented for ${operationId} ${status}`)
    }
    const result = this.check(`${pointer}/content/${escapePointer(contentType)}/schema`, body, operationId)
    if (result.ok) return result
    // Contents answer oneOf [directory, file, symlink, submodule]: report only the branch the body claims to be.
    const schema = media.schema as {
      oneOf?: unknown
      discriminator?: { propertyName: string; mapping?: Record<string, string> }
    }
    const claimed = Array.isArray(body) ? 'array' : (body as Json | null)?.[schema?.discriminator?.propertyName ?? '']
    const target = schema?.oneOf ? schema.discriminator?.mapping?.[String(claimed)] : undefined
    if (target) {
      const branch = this.check(target.slice(1), body, operationId)
      return branch.ok ? branch : { ok: false, errors: [`(oneOf branch ${target.split('/').pop()})`, ...branch.errors] }
    }
    return result
  }

  validateRequestBody(operationId: string, body: unknown): ContractCheck {
    const entry = this.operationsById.get(operationId)
    if (!entry) return fail(`${operationId} is not in the contract`)
    if (!entry.operation.requestBody)
      return body === undefined ? { ok: true, errors: [] } : fail('the operation takes no request body')
    if (body === undefined) return fail('the operation needs a JSON request body')
    const pointer = `/paths/${escapePointer(entry.template)}/${entry.method}/requestBody/content/application~1json/schema`
    const result = this.check(pointer, body, operationId)
    return result.ok
      ? result
      : { ...result, githubMessages: result.raw.map((error) => githubRequestMessage(error, body)) }
  }

  /** Required parameters, types and enums after the coercion GitHub applies; a parameter GitHub does not know is an error. */
  validateQuery(operationId: string, query: URLSearchParams): ContractCheck {
    const entry = this.operationsById.get(operationId)
    if (!entry) return fail(`${operationId} is not in the contract`)
    const item = this.spec.paths[entry.template] as { parameters?: Operation['parameters'] }
    const declared = [...(item.parameters ?? []), ...(entry.operation.parameters ?? [])]
      .map((parameter) =>
        '$ref' in parameter
          ? (this.spec.components.parameters![parameter.$ref.split('/').pop()!] as Parameter)
          : parameter,
      )
      .filter((parameter) => parameter.in === 'query')
    const errors: string[] = []
    for (const parameter of declared) {
      const value = query.get(parameter.name)
      if (value === null) {
        if (parameter.required) errors.push(`query parameter ${parameter.name} is required`)
        continue
      }
      const type = parameter.schema?.type
      const shown = JSON.stringify(value)
      if (type === 'integer' && !/^-?\d+$/.test(value))
        errors.push(`query parameter ${parameter.name} must be an integer, got ${shown}`)
      if (type === 'boolean' && value !== 'true' && value !== 'false')
        errors.push(`query parameter ${parameter.name} must be true or false`)
      const allowed = parameter.schema?.enum
      if (allowed && !allowed.includes(value))
        errors.push(`query parameter ${parameter.name} must be one of ${allowed.join(', ')}, got ${shown}`)
    }
    const known = new Set(declared.map((parameter) => parameter.name))
    for (const name of new Set(query.keys()))
      if (!known.has(name)) errors.push(`query parameter ${name} is not one ${operationId} takes`)
    return { ok: errors.length === 0, errors }
  }

  private check(pointer: string, body: unknown, operationId: string): ContractCheck & { raw: ErrorObject[] } {
    let validate = this.validators.get(pointer)
    if (!validate) {
      validate = this.ajv.compile({ $ref: `gh#${pointer}`, unevaluatedProperties: false })
      this.validators.set(pointer, validate)
    }
    if (validate(body)) return { ok: true, errors: [], raw: [] }
    const errors = (validate.errors ?? []).filter((error) => !isAllowedInaccuracy(operationId, error))
    // Errors of composite keywords (anyOf, oneOf) only echo their branches' errors: with those gone, the body passes.
    const real = errors.filter((error) => !['anyOf', 'oneOf', 'if'].includes(error.keyword))
    return real.length === 0
      ? { ok: true, errors: [], raw: [] }
      : { ok: false, errors: errors.map(formatError), raw: real }
  }

  private buildRoutes(allRoutes: Record<string, string[]>, multiSegment: Record<string, string[]>): void {
    for (const [template, methods] of Object.entries(allRoutes)) {
      const greedyNames = new Set(multiSegment[template] ?? [])
      const params: string[] = []
      // A parameter that may hold slashes may also be empty: Octokit sends contents/{path} with path "" as .../contents.
      const pattern = template
        .split('/')
        .slice(1)
        .map((segment) => {
          const whole = /^\{([^}]+)\}$/.exec(segment)
          if (whole && greedyNames.has(whole[1]!)) {
            params.push(whole[1]!)
            return '(?:/(.*))?'
          }
          const body = segment.replace(/\{([^}]+)\}|[^{}]+/g, (text, name?: string) => {
            if (!name) return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            params.push(name)
            return greedyNames.has(name) ? '(.*)' : '([^/]+)'
          })
          return `/${body}`
        })
        .join('')
      const segments = template.split('/')
      const literal = segments.filter((segment) => segment && !segment.includes('{')).length
      const route: Route = {
        template,
        regex: new RegExp(`^${pattern}$`),
        params,
        methods,
        segments: segments.length,
        greedy: greedyNames.size > 0,
        score: literal * 100 - params.length,
      }
      const bucket = this.buckets.get(segments[1] ?? '') ?? []
      bucket.push(route)
      this.buckets.set(segments[1] ?? '', bucket)
    }
    // Literal segments win over parameters: /releases/latest before /releases/{release_id}.
    for (const bucket of this.buckets.values()) bucket.sort((a, b) => b.score - a.score)
  }

  private matchRoute(method: string, rawPath: string): RouteMatch {
    const segments = rawPath.split('/')
    let wrongMethod: Route | undefined
    for (const route of this.buckets.get(segments[1] ?? '') ?? []) {
      if (!route.greedy && route.segments !== segments.length) continue
      const match = route.regex.exec(rawPath)
      if (!match) continue
      if (!route.methods.includes(method)) {
        wrongMethod ??= route
        continue
      }
      const operation = this.spec.paths[route.template]?.[method] as Operation | undefined
      if (!operation) return { kind: 'not-implemented', template: route.template, method }
      const params: Record<string, string> = {}
      route.params.forEach((name, i) => (params[name] = safeDecode(match[i + 1] ?? '')))
      return { kind: 'operation', operationId: operation.operationId, template: route.template, params }
    }
    return wrongMethod
      ? { kind: 'wrong-method', template: wrongMethod.template, methods: wrongMethod.methods }
      : { kind: 'unknown' }
  }
}

let shared: RestContract | undefined

/** The contract, loaded once per process (every fake in a test file shares it). */
export function restContract(): RestContract {
  shared ??= new RestContract()
  return shared
}

function fail(message: string): ContractCheck {
  return { ok: false, errors: [message] }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function escapePointer(text: string): string {
  return text.replace(/~/g, '~0').replace(/\//g, '~1')
}

/**
 * GitHub's words for a refused request body, e.g. "No more than 10 properties are allowed; 14 were supplied." for a
 * repository_dispatch client_payload with 14 keys (quoted in peter-evans/repository-dispatch's README).
 */
function githubRequestMessage(error: ErrorObject, body: unknown): string {
  const at = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
  const value = at.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Json)[key] : undefined),
    body,
  )
  const field = at.join('.') || 'the body'
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'maxProperties':
      return `No more than ${params.limit} properties are allowed; ${Object.keys((value as Json | undefined) ?? {}).length} were supplied.`
    case 'required':
      return `"${params.missingProperty}" wasn't supplied.`
    case 'type':
      return `For '${field}', ${JSON.stringify(value)} is not ${params.type === 'object' ? 'an' : 'a'} ${params.type}.`
    case 'maxLength':
      return `For '${field}', ${JSON.stringify(value)} is too long (maximum is ${params.limit} characters).`
    case 'minLength':
      return `For '${field}', ${JSON.stringify(value)} is too short (minimum is ${params.limit} characters).`
    default:
      return formatError(error)
  }
}

function formatError(error: ErrorObject): string {
  const params = Object.keys(error.params ?? {}).length > 0 ? ` ${JSON.stringify(error.params)}` : ''
  return `${error.instancePath || '(root)'} ${error.message ?? error.keyword}${params}`
}

/**
 * OpenAPI 3.0 `nullable` as JSON Schema: Ajv accepts `nullable` only next to `type`, and the description also puts
 * it beside `allOf: [{$ref}]`, which becomes `anyOf: [null, rest]`; a nullable enum gets `null` among its values.
 */
function fixNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(fixNullable)
  if (!node || typeof node !== 'object') return
  const schema = node as Json
  for (const value of Object.values(schema)) fixNullable(value)
  if (schema.nullable !== true) return
  if (schema.type === undefined) {
    const rest = { ...schema }
    delete rest.nullable
    for (const key of Object.keys(schema)) delete schema[key]
    schema.anyOf = [{ type: 'null' }, rest]
  } else if (Array.isArray(schema.enum) && !schema.enum.includes(null)) {
    schema.enum = [...schema.enum, null]
  }
}

/**
 * Strict mode: `unevaluatedProperties: false` on every object schema that is not a direct `allOf` member (those are
 * evaluated together by their parent). The keyword sees through `$ref`, `allOf` and the chosen `oneOf` branch, so
 * composition still works while an undeclared property anywhere fails. Component roots are closed where they are used.
 */
function closeAll(spec: {
  paths: Record<string, Record<string, unknown>>
  components: Record<string, Record<string, unknown>>
}): void {
  for (const schema of Object.values(spec.components.schemas ?? {})) closeObjects(schema, true)
  const closeResponse = (response: unknown) => {
    const content = (response as { content?: Record<string, { schema?: unknown }> } | undefined)?.content ?? {}
    for (const media of Object.values(content)) if (media.schema) closeObjects(media.schema, false)
  }
  for (const item of Object.values(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method] as Operation | undefined
      if (operation) Object.values(operation.responses).forEach(closeResponse)
    }
  }
  Object.values(spec.components.responses ?? {}).forEach(closeResponse)
}

function closeObjects(node: unknown, inAllOf: boolean): void {
  if (Array.isArray(node)) return node.forEach((child) => closeObjects(child, inAllOf))
  if (!node || typeof node !== 'object') return
  const schema = node as Json
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'allOf') closeObjects(value, true)
    else if (key === 'properties' || key === 'patternProperties')
      Object.values(value as Json).forEach((child) => closeObjects(child, false))
    else if (['items', 'additionalProperties', 'not', 'anyOf', 'oneOf'].includes(key)) closeObjects(value, false)
  }
  const objectLike =
    schema.$ref !== undefined ||
    schema.properties !== undefined ||
    schema.allOf !== undefined ||
    schema.type === 'object'
  if (!inAllOf && objectLike && !('additionalProperties' in schema) && !('unevaluatedProperties' in schema))
    schema.unevaluatedProperties = false
}
