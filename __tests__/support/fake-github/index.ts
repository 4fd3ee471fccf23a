/**
 * A fake GitHub for integration tests and benchmarks: a real HTTP server on 127.0.0.1 (a free port) that serves an
 * organization from a snapshot over REST and GraphQL, held to GitHub's own contracts.
 *
 * - REST: every request is placed against all of GitHub's routes (unknown route 404, wrong method 405, a real route
 *   the fake does not implement 501), its query and body are checked against GitHub's OpenAPI description (422), and
 *   every answer is validated in strict mode before it leaves (500 when the fake breaks the contract).
 * - GraphQL: graphql-js over GitHub's published schema; a query GitHub would refuse is refused.
 * Each such event is appended to `violations`; a test asserts the list is empty.
 *
 *   const fake = await FakeGitHub.start({ snapshot: syntheticOrg(100) })
 *   const client = createGitHubClient({ token: 'test-token', baseUrl: fake.url })
 *   ...
 *   expect(fake.violations).toEqual([])
 *   await fake.stop()
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FakeParts, IncomingRequest, Reply } from './endpoint.js'
import { Faults } from './faults.js'
import { serveGraphQL } from './graphql-endpoint.js'
import { ExecutionClock } from './graphql-execution.js'
import { GraphQLExecutor } from './graphql-executor.js'
import { githubSchema } from './graphql-schema.js'
import { Listings } from './listings.js'
import { RateLimits } from './rate-limits.js'
import { restContract } from './rest-contract.js'
import { serveRest } from './rest-endpoint.js'
import type {
  DispatchRecord,
  FakeGitHubOptions,
  FaultHandle,
  FaultSpec,
  PushOptions,
  RepositoryPatch,
  RepositoryView,
  RequestLogEntry,
  SnapshotRepository,
} from './types.js'
import { World, type CheckState } from './world.js'

export { syntheticOrg, type SyntheticOrgOptions } from './synthetic.js'
export { heavyOrg, type HeavyOrgOptions } from './heavy.js'
export type * from './types.js'

/**
 * The largest request body the fake takes. GitHub documents none for GraphQL; a createCommitOnBranch of about 40 MiB
 * is refused while smaller ones pass (grafana/github-api-commit-action#66: "This limit seems to be at 40MB (40MiB will
 * already fail)"), so the fake refuses from 40 MB.
 */
const MAX_BODY = 40 * 1000 * 1000

export interface FakeCounters {
  rest: number
  graphql: number
  total: number
}

type Tamper = (body: unknown) => unknown

export class FakeGitHub {
  /** REST base URL; GraphQL is at `${url}/graphql`. */
  readonly url: string
  readonly graphqlUrl: string
  private readonly violationList: string[] = []
  private readonly log: RequestLogEntry[] = []
  private readonly counts: FakeCounters = { rest: 0, graphql: 0, total: 0 }
  private readonly faults = new Faults()
  private readonly tampers = new Map<string, Tamper>()
  private readonly parts: FakeParts
  private latencyMs: number
  private searchIncomplete = false
  private requestSeq = 0
  private readonly before = new Map<string, () => Promise<void>>()

  private constructor(
    private readonly server: Server,
    private readonly world: World,
    options: FakeGitHubOptions,
  ) {
    const { port } = server.address() as AddressInfo
    this.url = `http://127.0.0.1:${port}`
    this.graphqlUrl = `${this.url}/graphql`
    this.latencyMs = options.latencyMs ?? 0
    this.parts = {
      world,
      listings: new Listings(world),
      rateLimits: new RateLimits(options.rateLimits),
      faults: this.faults,
      contract: restContract(),
      graphql: new GraphQLExecutor(githubSchema()),
      options,
      protectedBranches: new Set(options.protectedBranches ?? []),
      urls: { api: this.url },
      violations: this.violationList,
      searchIncomplete: () => this.searchIncomplete,
      tamper: (operationId) => this.tampers.get(operationId),
      ...(options.executionLimit ? { execution: new ExecutionClock(options.executionLimit) } : {}),
    }
  }

  static async start(options: FakeGitHubOptions): Promise<FakeGitHub> {
    const world = new World(options.snapshot)
    // Load both contracts before listening, so that the first request does not pay for them.
    githubSchema()
    restContract()
    let fake: FakeGitHub | undefined
    const server = createServer((request, response) => {
      void fake!.handle(request, response)
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => resolve())
    })
    fake = new FakeGitHub(server, world, options)
    return fake
  }

  async stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    // Hanging requests (the timeout fault) and idle keep-alive sockets would hold close() open.
    this.server.closeAllConnections()
    await closed
  }

  /** Environment for a child process (the bundled action or CLI) to talk to this fake. */
  env(): Record<string, string> {
    return { GITHUB_API_URL: this.url, GITHUB_GRAPHQL_URL: this.graphqlUrl, GITHUB_SERVER_URL: 'https://github.com' }
  }

  /** Contract violations and fake gaps seen so far; a test asserts this is empty. */
  get violations(): readonly string[] {
    return this.violationList
  }

  clearViolations(): void {
    this.violationList.length = 0
  }

  /** Queries cut off by the execution-time limit, by the form they were answered in. */
  get timeouts(): Readonly<Record<string, number>> {
    return { ...(this.parts.execution?.cutOff ?? {}) }
  }

  get requests(): readonly RequestLogEntry[] {
    return this.log
  }

  get counters(): Readonly<FakeCounters> {
    return { ...this.counts }
  }

  /** Zeroes the counters and empties the request log. */
  resetCounters(): void {
    this.counts.rest = this.counts.graphql = this.counts.total = 0
    this.log.length = 0
  }

  // World changes, as pushes and settings changes by people would make them.

  push(repo: string, options: PushOptions = {}): string {
    return this.world.push(repo, options)
  }

  addRepo(repository: SnapshotRepository): void {
    this.world.addRepo(repository)
  }

  updateRepo(name: string, patch: RepositoryPatch): void {
    this.world.updateRepo(name, patch)
  }

  deleteRepo(name: string): void {
    this.world.deleteRepo(name)
  }

  /** Creates or moves (force-pushes) a tag, by default at the head; returns the tagged commit. */
  tag(repo: string, tagName: string, options: { commit?: string; annotated?: boolean } = {}): string {
    return this.world.tag(repo, tagName, options)
  }

  /** Sets a commit's combined check state (`statusCheckRollup.state`), or clears it with null. */
  setChecks(repo: string, sha: string, state: CheckState | null): void {
    this.world.setChecks(repo, sha, state)
  }

  repo(name: string): RepositoryView {
    return this.world.view(name)
  }

  get dispatches(): readonly DispatchRecord[] {
    return this.world.dispatches
  }

  // Failures and slowness.

  /**
   * Runs `action` (say, another whole run) when the next GraphQL request of `operation` arrives, and serves that
   * request only after it: two runs whose steps interleave exactly so.
   */
  onceBefore(operation: string, action: () => Promise<void>): void {
    this.before.set(operation, action)
  }

  injectFault(spec: FaultSpec): FaultHandle {
    return this.faults.add(spec)
  }

  clearFaults(): void {
    this.faults.clear()
  }

  setLatency(ms: number): void {
    this.latencyMs = ms
  }

  /** Search answers `incomplete_results: true` with part of the hits, as when GitHub's search times out. */
  setSearchIncomplete(incomplete: boolean): void {
    this.searchIncomplete = incomplete
  }

  /**
   * Test hook: passes every body the operation answers through `mutate` before the contract check, to show that a
   * response breaking the contract is caught. Returns a function that removes the hook.
   */
  tamper(operationId: string, mutate: Tamper): () => void {
    this.tampers.set(operationId, mutate)
    return () => this.tampers.delete(operationId)
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = performance.now()
    const url = request.url ?? '/'
    const method = request.method ?? 'GET'
    const [path = '/', search = ''] = url.split('?', 2) as [string, string?]
    const isGraphQL = path === '/graphql'
    this.counts.total++
    if (isGraphQL) this.counts.graphql++
    else this.counts.rest++
    let reply: Reply
    try {
      const incoming: IncomingRequest = {
        method,
        url,
        path,
        query: new URLSearchParams(search),
        body: await readBody(request),
        authorization: request.headers.authorization,
        accept: String(request.headers.accept ?? ''),
      }
      if (this.latencyMs > 0) await sleep(this.latencyMs)
      if (isGraphQL && this.before.size > 0) {
        let operation = ''
        try {
          operation = this.parts.graphql.operationName(JSON.parse(incoming.body) as { query?: unknown })
        } catch {
          // not JSON: served (and refused) as usual
        }
        const action = this.before.get(operation)
        this.before.delete(operation)
        if (action) await action()
      }
      reply = isGraphQL ? await serveGraphQL(this.parts, incoming) : serveRest(this.parts, incoming)
    } catch (failure) {
      this.violationList.push(`fake: ${method} ${url} failed: ${(failure as Error).stack ?? String(failure)}`)
      reply = {
        status: 500,
        body: { message: 'fake GitHub failed', documentation_url: 'https://docs.github.com/rest' },
        operation: null,
      }
    }
    this.log.push({
      method,
      url,
      operation: reply.operation,
      status: reply.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
    if (reply.hang) {
      // The timeout fault: no answer; the client gives up, or the socket is destroyed after `ms`.
      if (reply.hang.ms !== undefined) setTimeout(() => response.socket?.destroy(), reply.hang.ms).unref()
      return
    }
    this.send(response, reply)
  }

  private send(response: ServerResponse, reply: Reply): void {
    if (response.headersSent || response.destroyed) return
    const payload = reply.raw ?? (reply.status === 204 || reply.body === undefined ? '' : JSON.stringify(reply.body))
    response.writeHead(reply.status, {
      ...(payload
        ? { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) }
        : {}),
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-github-request-id': `FAKE:${(++this.requestSeq).toString(16).toUpperCase().padStart(6, '0')}`,
      ...reply.headers,
    })
    response.end(payload)
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY) throw new Error('fake GitHub: request body over 40 MB')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
