/**
 * Registries for the client to read, as the engine writes them, and a static HTTP server on 127.0.0.1 to serve them:
 * strong ETags, 304 to a matching If-None-Match, redirects, a log of every request, and misbehaviour on demand
 * (hang, answer 500, serve garbage, stall in the middle of the body). No jest APIs here: the benchmark uses it too.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { compileModulePattern } from '../../src/metadata/names.js'
import { planUpdate } from '../../src/registry/update.js'
import type { RepositorySnapshot } from '../../src/format/types.js'
import { readLocalSource } from '../../src/sources/local.js'

/** The registry files the engine writes for these snapshots, by file name. */
export function engineRegistry(snapshots: RepositorySnapshot[]): Record<string, string> {
  return planUpdate({ snapshots, existing: {}, modulePattern: compileModulePattern(), date: '2026-01-01' }).files
}

/** The registry files of a directory of module repositories (such as examples/org), by file name. */
export async function engineRegistryOf(source: string, org: string): Promise<Record<string, string>> {
  const modulePattern = compileModulePattern()
  const listing = await readLocalSource(source, { modulePattern, org })
  return planUpdate({
    snapshots: listing.snapshots,
    existing: {},
    modulePattern,
    sourceProblems: listing.problems,
    date: '2026-01-01',
  }).files
}

/** A plain-folder repository snapshot holding `files` (usually a cim.yaml). */
export function snapshot(name: string, files: Record<string, string>): RepositorySnapshot {
  return {
    name,
    url: `https://github.com/example-org/${name}`,
    description: null,
    topics: [],
    visibility: null,
    archived: false,
    headCommit: null,
    committedAt: null,
    tags: [],
    files,
  }
}

/**
 * - `hang`: read the request, never answer
 * - `error`: 500
 * - `deny`: 403, what GitHub answers a token that cannot read the repository
 * - `garbage`: 200 with an HTML login page, what a captive portal or a wrong URL gives
 * - `stall`: the headers and half of the body, then nothing
 */
export type Misbehaviour = 'none' | 'hang' | 'error' | 'deny' | 'garbage' | 'stall'

export interface RecordedRequest {
  method: string
  /** Path and query. */
  url: string
  headers: IncomingHttpHeaders
  status: number | 'no answer'
}

export interface RegistryServer {
  /** http://127.0.0.1:PORT */
  readonly origin: string
  misbehaviour: Misbehaviour
  readonly requests: RecordedRequest[]
  /** Serves `content` at `path` (e.g. `/org/cim/main/registry/modules.yaml`), with a fresh ETag. */
  serve(path: string, content: string | Uint8Array): void
  /** Serves each registry file under `prefix` (e.g. `/org/cim/main/registry`). */
  serveRegistry(prefix: string, files: Record<string, string>): void
  remove(path: string): void
  /** Answers `path` with a 302 to `location`. */
  redirect(path: string, location: string): void
  /** The requests made for one path (query ignored). */
  requestsFor(path: string): RecordedRequest[]
  close(): Promise<void>
}

const GARBAGE =
  '<!DOCTYPE html>\n<html><head><title>Sign in</title></head>\n<body><form action="/login">user: <input name="u"></form></body></html>\n'

export async function startRegistryServer(): Promise<RegistryServer> {
  const files = new Map<string, { body: Buffer; etag: string }>()
  const redirects = new Map<string, string>()
  const requests: RecordedRequest[] = []
  let misbehaviour: Misbehaviour = 'none'

  const server = createServer((request, response) => {
    const record: RecordedRequest = {
      method: request.method ?? '',
      url: request.url ?? '',
      headers: request.headers,
      status: 'no answer',
    }
    requests.push(record)
    const answer = (status: number, headers: Record<string, string | number> = {}, body?: string | Buffer) => {
      record.status = status
      response.writeHead(status, headers).end(body)
    }
    const path = new URL(record.url, 'http://127.0.0.1').pathname
    const file = files.get(path)
    if (misbehaviour === 'hang') return
    if (misbehaviour === 'error') return answer(500, { 'content-type': 'text/plain' }, 'internal error\n')
    if (misbehaviour === 'deny')
      return answer(403, { 'content-type': 'application/json' }, '{"message":"Resource not accessible"}\n')
    if (misbehaviour === 'garbage') return answer(200, { 'content-type': 'text/html' }, GARBAGE)
    if (request.method !== 'GET') return answer(405, { allow: 'GET' })
    const location = redirects.get(path)
    if (location !== undefined) return answer(302, { location })
    if (!file) return answer(404, { 'content-type': 'text/plain' }, 'not found\n')
    if (matches(request.headers['if-none-match'], file.etag)) return answer(304, { etag: file.etag })
    const headers = { etag: file.etag, 'content-type': contentType(path), 'content-length': file.body.length }
    if (misbehaviour === 'stall') return stall(response, record, headers, file.body)
    answer(200, headers, file.body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  const registry: RegistryServer = {
    origin: `http://127.0.0.1:${port}`,
    get misbehaviour() {
      return misbehaviour
    },
    set misbehaviour(value) {
      misbehaviour = value
    },
    requests,
    serve(path, content) {
      const body = Buffer.from(content)
      files.set(path, { body, etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 20)}"` })
    },
    serveRegistry(prefix, registryFiles) {
      for (const [name, text] of Object.entries(registryFiles)) registry.serve(`${prefix}/${name}`, text)
    },
    remove(path) {
      files.delete(path)
    },
    redirect(path, location) {
      redirects.set(path, location)
    },
    requestsFor(path) {
      return requests.filter((request) => new URL(request.url, 'http://127.0.0.1').pathname === path)
    },
    async close() {
      server.closeAllConnections() // hanging and stalled answers included
      await new Promise((resolve) => server.close(resolve))
    },
  }
  return registry
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): `W/` is ignored, `*` matches any. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false
  return header.split(',').some((tag) => {
    const trimmed = tag.trim()
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag
  })
}

function stall(
  response: ServerResponse,
  record: RecordedRequest,
  headers: Record<string, string | number>,
  body: Buffer,
): void {
  record.status = 200
  response.writeHead(200, headers)
  response.write(body.subarray(0, Math.floor(body.length / 2)))
}

function contentType(path: string): string {
  if (path.endsWith('.json')) return 'application/json'
  if (path.endsWith('.yaml')) return 'text/yaml; charset=utf-8'
  return 'text/plain; charset=utf-8'
}
