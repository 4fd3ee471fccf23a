/**
 * The registry's query interface as a NATS micro service (`cim-registry`, https://github.com/nats-io/nats-architecture-and-design/blob/main/adr/ADR-32.md):
 * list, get, by-type, deps, dependents, search, satisfies on `cim.registry.q.<query>`, discoverable through
 * `$SRV.PING`, `$SRV.INFO` and `$SRV.STATS`, errors as service errors with codes (400 bad request, 404 no such
 * module, 413 reply too large, 503 registry not loaded yet, 500 anything else).
 *
 * Answers come from memory: the client's module index over the bucket, rebuilt after the changes its watch sees. Replies are encoded once
 * per registry state and query (a cache emptied on every change), so a busy module's dependents list or a popular
 * search costs one lookup after the first; lists are paged (`offset`, `limit` up to MAX_LIMIT) so that no reply
 * outgrows the server's max_payload.
 */
import { ServiceError, Svcm, type Service, type ServiceMsg } from '@nats-io/services'
import type { NatsConnection } from '@nats-io/transport-node'
import { ModuleNotFoundError } from '../client/errors.js'
import { ModuleIndex } from '../client/model.js'
import { NatsRegistrySource, type NatsRegistryOptions } from '../client/nats.js'
import type { Logger } from '../events/log.js'
import { MODULE_TYPES, type ModuleType, type Visibility } from '../format/types.js'

export const SERVICE_NAME = 'cim-registry'
export const SERVICE_VERSION = '1.0.0'
export const QUERY_SUBJECT_PREFIX = 'cim.registry.q'
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
/** Cached replies before the cache starts over (each is at most a page). */
const MAX_CACHED_REPLIES = 20_000

export const QUERIES = ['list', 'get', 'by-type', 'deps', 'dependents', 'search', 'satisfies'] as const
export type Query = (typeof QUERIES)[number]

/** A failure with its service error code. */
class QueryError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message)
  }
}

interface Request {
  name?: string
  text?: string
  type?: string
  range?: string
  visibility?: string
  category?: string
  status?: string
  offset?: number
  limit?: number
}

export interface RegistryServiceOptions {
  /** The bucket to serve, and the connection to read it with. */
  source: NatsRegistryOptions
  /** Queue group: several `serve` processes share the requests (default `cim-registry`). */
  queue?: string
  log?: Logger
}

export interface RegistryService {
  service: Service
  /** Resolves once the registry is in memory (the service answers 503 before). */
  ready: Promise<void>
  stop(): Promise<void>
}

/** Changes closer together than this are taken in one rebuild of the index (a first mirror writes thousands). */
const REBUILD_DELAY_MS = 50

export async function startRegistryService(
  nc: NatsConnection,
  options: RegistryServiceOptions,
): Promise<RegistryService> {
  const log = options.log ?? (() => {})
  const source = new NatsRegistrySource(
    { ...options.source, onInvalidRecord: (key, reason) => log('warn', 'invalid-record', { key, reason }) },
    10_000,
  )
  const answers = new Answers(nc.info?.max_payload ?? 1024 * 1024)
  const controller = new AbortController()
  const service = await new Svcm(nc as never).add({
    name: SERVICE_NAME,
    version: SERVICE_VERSION,
    description: 'CIM module registry queries (cim-registry-action)',
    queue: options.queue ?? SERVICE_NAME,
    metadata: { bucket: source.bucket },
  })
  const group = service.addGroup(QUERY_SUBJECT_PREFIX)
  for (const query of QUERIES) {
    // Synchronous, and throwing ServiceError: the service library then answers with the code and counts the error
    // in $SRV.STATS (it counts only what the handler throws).
    group.addEndpoint(query, {
      handler: (error, msg) =>
        error ? log('error', 'endpoint', { query, error: error.message }) : answers.answer(query, msg),
    })
  }

  const rebuild = async () => {
    answers.use(new ModuleIndex(await source.modulesFile()))
  }
  const ready = (async () => {
    for (let attempt = 0; !controller.signal.aborted; attempt++) {
      try {
        await rebuild()
        log('info', 'loaded', { modules: answers.size })
        break
      } catch (error) {
        if (attempt === 0) log('warn', 'not-loaded', { error: (error as Error).message })
        source.refresh()
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** attempt)))
      }
    }
    void (async () => {
      let timer: NodeJS.Timeout | undefined
      for await (const change of source.watch(controller.signal)) {
        log('info', 'change', { type: change.type, module: change.name, version: change.module?.version ?? null })
        clearTimeout(timer)
        timer = setTimeout(
          () => void rebuild().catch((error: Error) => log('error', 'rebuild', { error: error.message })),
          REBUILD_DELAY_MS,
        )
      }
      clearTimeout(timer)
    })().catch((error: Error) => log('error', 'watch', { error: error.message }))
  })()

  return {
    service,
    ready,
    async stop() {
      controller.abort()
      await service.stop()
      await source.close()
    },
  }
}

/** The queries over the current index, with the encoded replies cached per index. */
class Answers {
  private index: ModuleIndex | null = null
  private readonly cache = new Map<string, Uint8Array>()
  private readonly encoder = new TextEncoder()

  constructor(private readonly maxPayload: number) {}

  get size(): number {
    return this.index?.size ?? 0
  }

  use(index: ModuleIndex): void {
    this.index = index
    this.cache.clear()
  }

  answer(query: Query, msg: ServiceMsg): void {
    const body = msg.string()
    const key = `${query}\n${body}`
    let reply = this.cache.get(key)
    if (!reply) {
      if (!this.index)
        throw new ServiceError(
          503,
          'the registry is not loaded yet (no bucket, or NATS cannot read it); try again shortly',
        )
      try {
        reply = this.encoder.encode(JSON.stringify(compute(this.index, query, parseRequest(query, body))))
      } catch (error) {
        const [code, message] = codeOf(error as Error)
        throw new ServiceError(code, message)
      }
      if (reply.length > this.maxPayload) {
        throw new ServiceError(
          413,
          `the reply (${reply.length} bytes) exceeds the server's max_payload; ask for a smaller limit`,
        )
      }
      if (this.cache.size >= MAX_CACHED_REPLIES) this.cache.clear()
      this.cache.set(key, reply)
    }
    msg.respond(reply)
  }
}

function compute(index: ModuleIndex, query: Query, request: Request): unknown {
  switch (query) {
    case 'get':
      return index.get(need(request, 'name'))
    case 'list':
      return page(
        index.list({
          type: request.type as ModuleType,
          visibility: request.visibility as Visibility,
          category: request.category,
          status: request.status,
        }),
        request,
      )
    case 'by-type':
      return page(index.ofType(need(request, 'type') as ModuleType), request)
    case 'search':
      return page(index.search(need(request, 'text')), request)
    case 'deps':
      return index.dependenciesOf(need(request, 'name'))
    case 'dependents':
      return page(index.dependentsOf(need(request, 'name')), request)
    case 'satisfies':
      return {
        name: request.name,
        range: request.range,
        satisfied: index.satisfies(need(request, 'name'), need(request, 'range')),
      }
  }
}

/** What the first word of a plain-text request means, per query: `nats req cim.registry.q.get cim-domain` works. */
const PLAIN_FIELD: Record<Query, keyof Request | null> = {
  list: null,
  get: 'name',
  'by-type': 'type',
  deps: 'name',
  dependents: 'name',
  search: 'text',
  satisfies: 'name',
}

function parseRequest(query: Query, body: string): Request {
  const text = body.trim()
  if (text.startsWith('[') || text.startsWith('"'))
    throw new QueryError(400, 'the request must be a JSON object or plain text')
  if (text.startsWith('{')) {
    let request: unknown
    try {
      request = JSON.parse(text)
    } catch (error) {
      throw new QueryError(400, `the request is not valid JSON: ${(error as Error).message}`)
    }
    if (typeof request !== 'object' || request === null || Array.isArray(request))
      throw new QueryError(400, 'the request must be a JSON object')
    for (const [field, value] of Object.entries(request)) {
      const numeric = field === 'offset' || field === 'limit'
      if (numeric ? !Number.isInteger(value) || (value as number) < 0 : typeof value !== 'string') {
        throw new QueryError(400, `${field} must be ${numeric ? 'a whole number, 0 or more' : 'text'}`)
      }
    }
    return request as Request
  }
  const field = PLAIN_FIELD[query]
  if (text === '') return {}
  if (field === null)
    throw new QueryError(400, `${query} takes a JSON object (or nothing), not ${JSON.stringify(text.slice(0, 40))}`)
  if (query === 'satisfies') {
    const [name, ...range] = text.split(/\s+/)
    return { name, range: range.join(' ') }
  }
  return { [field]: text }
}

function need(request: Request, field: 'name' | 'text' | 'type' | 'range'): string {
  const value = request[field]
  if (typeof value !== 'string' || value.trim() === '') throw new QueryError(400, `the request needs ${field}`)
  if (field === 'type' && !(MODULE_TYPES as readonly string[]).includes(value)) {
    throw new QueryError(400, `unknown module type ${JSON.stringify(value)}; one of ${MODULE_TYPES.join(', ')}`)
  }
  return value
}

function page<T>(items: T[], request: Request): { items: T[]; total: number; offset: number; limit: number } {
  const offset = request.offset ?? 0
  const limit = request.limit ?? DEFAULT_LIMIT
  if (limit < 1 || limit > MAX_LIMIT) throw new QueryError(400, `limit must be from 1 to ${MAX_LIMIT}`)
  return { items: items.slice(offset, offset + limit), total: items.length, offset, limit }
}

function codeOf(error: Error): [number, string] {
  if (error instanceof QueryError) return [error.code, error.message]
  if (error instanceof ModuleNotFoundError) return [404, error.message]
  if (error instanceof RangeError) return [400, error.message]
  return [500, error.message]
}
