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
import { createServer } from 'node:http';
import { Faults } from './faults.js';
import { serveGraphQL } from './graphql-endpoint.js';
import { GraphQLExecutor } from './graphql-executor.js';
import { githubSchema } from './graphql-schema.js';
import { Listings } from './listings.js';
import { RateLimits } from './rate-limits.js';
import { restContract } from './rest-contract.js';
import { serveRest } from './rest-endpoint.js';
import { World } from './world.js';
export { syntheticOrg } from './synthetic.js';
const MAX_BODY = 16 * 1024 * 1024;
export class FakeGitHub {
    server;
    world;
    /** REST base URL; GraphQL is at `${url}/graphql`. */
    url;
    graphqlUrl;
    violationList = [];
    log = [];
    counts = { rest: 0, graphql: 0, total: 0 };
    faults = new Faults();
    tampers = new Map();
    parts;
    latencyMs;
    searchIncomplete = false;
    requestSeq = 0;
    constructor(server, world, options) {
        this.server = server;
        this.world = world;
        const { port } = server.address();
        this.url = `http://127.0.0.1:${port}`;
        this.graphqlUrl = `${this.url}/graphql`;
        this.latencyMs = options.latencyMs ?? 0;
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
        };
    }
    static async start(options) {
        const world = new World(options.snapshot);
        // Load both contracts before listening, so that the first request does not pay for them.
        githubSchema();
        restContract();
        let fake;
        const server = createServer((request, response) => {
            void fake.handle(request, response);
        });
        await new Promise((resolve, reject) => {
            server.once('error', reject);
            server.listen(0, '127.0.0.1', () => resolve());
        });
        fake = new FakeGitHub(server, world, options);
        return fake;
    }
    async stop() {
        const closed = new Promise((resolve) => this.server.close(() => resolve()));
        // Hanging requests (the timeout fault) and idle keep-alive sockets would hold close() open.
        this.server.closeAllConnections();
        await closed;
    }
    /** Environment for a child process (the bundled action or CLI) to talk to this fake. */
    env() {
        return { GITHUB_API_URL: this.url, GITHUB_GRAPHQL_URL: this.graphqlUrl, GITHUB_SERVER_URL: 'https://github.com' };
    }
    /** Contract violations and fake gaps seen so far; a test asserts this is empty. */
    get violations() {
        return this.violationList;
    }
    clearViolations() {
        this.violationList.length = 0;
    }
    get requests() {
        return this.log;
    }
    get counters() {
        return { ...this.counts };
    }
    /** Zeroes the counters and empties the request log. */
    resetCounters() {
        this.counts.rest = this.counts.graphql = this.counts.total = 0;
        this.log.length = 0;
    }
    // World changes, as pushes and settings changes by people would make them.
    push(repo, options = {}) {
        return this.world.push(repo, options);
    }
    addRepo(repository) {
        this.world.addRepo(repository);
    }
    updateRepo(name, patch) {
        this.world.updateRepo(name, patch);
    }
    deleteRepo(name) {
        this.world.deleteRepo(name);
    }
    repo(name) {
        return this.world.view(name);
    }
    get dispatches() {
        return this.world.dispatches;
    }
    // Failures and slowness.
    injectFault(spec) {
        return this.faults.add(spec);
    }
    clearFaults() {
        this.faults.clear();
    }
    setLatency(ms) {
        this.latencyMs = ms;
    }
    /** Search answers `incomplete_results: true` with part of the hits, as when GitHub's search times out. */
    setSearchIncomplete(incomplete) {
        this.searchIncomplete = incomplete;
    }
    /**
     * Test hook: passes every body the operation answers through `mutate` before the contract check, to show that a
     * response breaking the contract is caught. Returns a function that removes the hook.
     */
    tamper(operationId, mutate) {
        this.tampers.set(operationId, mutate);
        return () => this.tampers.delete(operationId);
    }
    async handle(request, response) {
        const started = performance.now();
        const url = request.url ?? '/';
        const method = request.method ?? 'GET';
        const [path = '/', search = ''] = url.split('?', 2);
        const isGraphQL = path === '/graphql';
        this.counts.total++;
        if (isGraphQL)
            this.counts.graphql++;
        else
            this.counts.rest++;
        let reply;
        try {
            const incoming = {
                method,
                url,
                path,
                query: new URLSearchParams(search),
                body: await readBody(request),
                authorization: request.headers.authorization,
                accept: String(request.headers.accept ?? ''),
            };
            if (this.latencyMs > 0)
                await sleep(this.latencyMs);
            reply = isGraphQL ? await serveGraphQL(this.parts, incoming) : serveRest(this.parts, incoming);
        }
        catch (failure) {
            this.violationList.push(`fake: ${method} ${url} failed: ${failure.stack ?? String(failure)}`);
            reply = { status: 500, body: { message: 'fake GitHub failed', documentation_url: 'https://docs.github.com/rest' }, operation: null };
        }
        this.log.push({ method, url, operation: reply.operation, status: reply.status, ms: Math.round((performance.now() - started) * 10) / 10 });
        if (reply.hang) {
            // The timeout fault: no answer; the client gives up, or the socket is destroyed after `ms`.
            if (reply.hang.ms !== undefined)
                setTimeout(() => response.socket?.destroy(), reply.hang.ms).unref();
            return;
        }
        this.send(response, reply);
    }
    send(response, reply) {
        if (response.headersSent || response.destroyed)
            return;
        const payload = reply.status === 204 || reply.body === undefined ? '' : JSON.stringify(reply.body);
        response.writeHead(reply.status, {
            ...(payload ? { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) } : {}),
            'x-github-media-type': 'github.v3; format=json',
            'x-github-api-version-selected': '2022-11-28',
            'x-github-request-id': `FAKE:${(++this.requestSeq).toString(16).toUpperCase().padStart(6, '0')}`,
            ...reply.headers,
        });
        response.end(payload);
    }
}
async function readBody(request) {
    const chunks = [];
    let size = 0;
    for await (const chunk of request) {
        size += chunk.length;
        if (size > MAX_BODY)
            throw new Error('fake GitHub: request body over 16 MB');
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
