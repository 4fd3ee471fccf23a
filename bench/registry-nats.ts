/**
 * The registry on NATS, with a real nats-server on loopback and a registry of BENCH_MODULES (default 10,000)
 * modules built by the real engine:
 * - mirror: keys written and wall time of the first run, of a one-module change and of a no-op run;
 * - commit -> watch(): from the moment update starts its NATS step (the commit is made) to a watcher in another
 *   process holding the change, over repeated one-module changes, p50 and max (target under 1 s);
 * - service: p50 / p99 / max of requests sent at 1,000 per second for SERVICE_SECONDS to `serve` in another
 *   process, a mix of get, list, by-type, search, deps and the dependents of a module all others depend on
 *   (target p99 under 10 ms);
 * - client: RegistryClient's cold load from the bucket against its load of modules.yaml over HTTP.
 */
import { connect } from '@nats-io/transport-node'
import { spawn, type ChildProcess } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { RegistryClient } from '../src/client/client.js'
import { mirrorAfterUpdate, type MirrorOutcome } from '../src/nats-registry/after-update.js'
import type { UpdatePlan } from '../src/registry/update.js'
import { NatsServer } from '../__tests__/support/nats-server.js'
import { nextRun, syntheticModules, type FixtureModule } from '../__tests__/support/registry-fixture.js'
import { startRegistryServer } from '../__tests__/support/registry-server.js'

const MODULES = Number(process.env.BENCH_MODULES ?? 10_000)
const LATENCY_RUNS = 15
const RATE = 1000
const SERVICE_SECONDS = Number(process.env.BENCH_SERVICE_SECONDS ?? 10)
const LOADS = 5

export async function benchRegistryNats(): Promise<Record<string, number>> {
  const modules = syntheticModules(MODULES)
  const started = performance.now()
  const first = nextRun(modules)
  const buildSeconds = (performance.now() - started) / 1000
  const server = await NatsServer.start()
  const peers: ChildProcess[] = []
  const results: Record<string, number> = { modules: MODULES, build_s: round(buildSeconds) }
  try {
    const settings = { nats: { servers: [server.url] } }
    const mirror = async (plan: UpdatePlan) => mirrored(await mirrorAfterUpdate(settings, plan, null))
    const firstRun = await mirror(first)
    let plan = nextRun(bump(modules, 1), first)
    const change = await mirror(plan)
    const noop = await mirror(nextRun(bump(modules, 1), plan))
    Object.assign(results, {
      first_keys: firstRun.keys,
      first_ms: firstRun.ms,
      change_keys: change.keys,
      change_ms: change.ms,
      noop_keys: noop.keys,
      noop_ms: noop.ms,
    })

    // commit -> watch()
    const watcher = await peer('watch', server.url, peers)
    const latencies: number[] = []
    for (let run = 2; run < 2 + LATENCY_RUNS; run++) {
      const next = nextRun(bump(modules, run), plan)
      const version = next.registry.modules.get(modules[0]!.name)!.fields.version
      const seen = watcher.next((line) => line.name === modules[0]!.name && line.version === version)
      const committed = Date.now()
      await mirror(next)
      latencies.push((await seen).at - committed)
      plan = next
    }
    latencies.sort((a, b) => a - b)
    Object.assign(results, { watch_p50_ms: percentile(latencies, 0.5), watch_max_ms: latencies.at(-1)! })

    // the service at RATE requests per second
    await peer('serve', server.url, peers)
    Object.assign(results, await loadService(server.url, modules))

    // the client: KV against modules.yaml over HTTP
    const http = await startRegistryServer()
    http.serveRegistry('/bench/registry', plan.files)
    try {
      results.client_kv_load_ms = round(await median(LOADS, () => coldLoad({ nats: { servers: server.url } })))
      results.client_http_load_ms = round(
        await median(LOADS, () => coldLoad({ url: `${http.origin}/bench/registry/` })),
      )
      results.modules_yaml_mb = round(Buffer.byteLength(plan.files['modules.yaml']!) / 1e6)
    } finally {
      await http.close()
    }
  } finally {
    for (const child of peers) child.kill('SIGTERM')
    await server.stop()
  }
  printTable(results)
  return results
}

/** The modules with the first one's version moved `run` patches on. */
function bump(modules: FixtureModule[], run: number): FixtureModule[] {
  return [{ ...modules[0]!, version: `1.0.${run}` }, ...modules.slice(1)]
}

function mirrored(outcome: MirrorOutcome): { keys: number; ms: number } {
  if (outcome.status !== 'mirrored') throw new Error(`mirror failed: ${JSON.stringify(outcome)}`)
  return { keys: outcome.report.buckets.reduce((sum, b) => sum + b.put + b.deleted, 0), ms: outcome.ms }
}

interface PeerLine {
  name: string
  version: string | null
  at: number
}

/** Starts the peer process; next(match) resolves with the first line from now on that matches. */
async function peer(
  role: 'watch' | 'serve',
  url: string,
  peers: ChildProcess[],
): Promise<{ next(match: (line: PeerLine) => boolean): Promise<PeerLine> }> {
  const script = fileURLToPath(new URL('./registry-nats-peer.js', import.meta.url))
  const child = spawn(process.execPath, [script, role, url], { stdio: ['ignore', 'pipe', 'inherit'] })
  peers.push(child)
  const waiting: [(line: PeerLine) => boolean, (line: PeerLine) => void][] = []
  let ready!: () => void
  const isReady = new Promise<void>((resolve) => (ready = resolve))
  createInterface({ input: child.stdout! }).on('line', (text) => {
    if (text === 'ready') return ready()
    const line = JSON.parse(text) as PeerLine
    for (const [i, [match, resolve]] of waiting.entries()) {
      if (match(line)) {
        waiting.splice(i, 1)
        resolve(line)
        break
      }
    }
  })
  await isReady
  return { next: (match) => new Promise((resolve) => waiting.push([match, resolve])) }
}

/** Requests sent open-loop at RATE per second (a tick every 10 ms), each timed from send to reply. */
async function loadService(url: string, modules: FixtureModule[]): Promise<Record<string, number>> {
  const nc = await connect({ servers: url })
  const open = modules.filter((m) => m.visibility !== 'private')
  const request = (i: number): [string, string] => {
    const name = open[(i * 7919) % open.length]!.name
    switch (i % 10) {
      case 0:
        return ['dependents', JSON.stringify({ name: modules[0]!.name, offset: (i % 7) * 100 })]
      case 1:
        return ['search', `module ${i % 40}`]
      case 2:
        return ['list', JSON.stringify({ offset: (i % 50) * 100 })]
      case 3:
        return ['by-type', ['core', 'domain', 'integration', 'utility'][i % 4]!]
      case 4:
        return ['deps', name]
      default:
        return ['get', name]
    }
  }
  // Warm-up: the first answer to each distinct query computes it.
  for (let i = 0; i < 200; i++) await nc.request(`cim.registry.q.${request(i)[0]}`, request(i)[1], { timeout: 5000 })
  const latencies: number[] = []
  let errors = 0
  const total = RATE * SERVICE_SECONDS
  const perTick = RATE / 100
  const pending: Promise<void>[] = []
  const start = performance.now()
  for (let sent = 0; sent < total;) {
    for (let k = 0; k < perTick && sent < total; k++, sent++) {
      const [query, body] = request(sent)
      const t0 = performance.now()
      pending.push(
        nc.request(`cim.registry.q.${query}`, body, { timeout: 5000 }).then(
          (reply) => {
            latencies.push(performance.now() - t0)
            if (reply.headers?.get('Nats-Service-Error-Code')) errors++
          },
          () => void errors++,
        ),
      )
    }
    const due = start + (sent / RATE) * 1000
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())))
  }
  await Promise.all(pending)
  const seconds = (performance.now() - start) / 1000
  await nc.close()
  latencies.sort((a, b) => a - b)
  return {
    service_requests: total,
    service_rate: round(total / seconds),
    service_errors: errors,
    service_p50_ms: round(percentile(latencies, 0.5)),
    service_p99_ms: round(percentile(latencies, 0.99)),
    service_max_ms: round(latencies.at(-1)!),
  }
}

async function coldLoad(options: ConstructorParameters<typeof RegistryClient>[0]): Promise<number> {
  const client = new RegistryClient(options)
  const started = performance.now()
  await client.listModules()
  const ms = performance.now() - started
  await client.close()
  return ms
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!
}

async function median(runs: number, measure: () => Promise<number>): Promise<number> {
  const values: number[] = []
  for (let i = 0; i < runs; i++) values.push(await measure())
  return values.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function printTable(results: Record<string, number>): void {
  console.log('\nregistry on NATS')
  for (const [name, value] of Object.entries(results)) console.log(`  ${name.padEnd(22)}${value}`)
}
