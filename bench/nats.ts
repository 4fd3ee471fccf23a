/**
 * The event path, measured with a real nats-server and the fake GitHub on loopback:
 * - publish: the bundled action's cold start in publish mode, from `node index.js` to its exit after the stream's
 *   ack, median of runs (target under 300 ms);
 * - bridge: sustained events per second through the bundled bridge, from a loopback publisher to acks after
 *   accepted dispatches (target at least 2,000 events/s);
 * - burst: dispatches sent for a burst of 1,000 events (target at most one per coalescing window);
 * - duplicate window: the server memory each remembered message id costs, from two servers that store the same
 *   events, one with message ids and one without (nats-server keeps every id of the window in memory).
 * The bundles are CIM_DIST's, or dist/ of the working directory.
 */
import { jetstream, jetstreamManager } from '@nats-io/jetstream'
import { connect } from '@nats-io/transport-node'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { encodeEvent } from '../src/events/event.js'
import { parseSeqRanges } from '../src/events/log.js'
import {
  DEFAULT_CONSUMER_SETTINGS,
  DEFAULT_DEAD_LETTER_SETTINGS,
  DEFAULT_STREAM_SETTINGS,
  ensureConsumer,
  ensureDeadLetterStream,
  ensureStream,
} from '../src/events/provision.js'
import { publishEvent } from '../src/events/jetstream-publish.js'
import { FakeGitHub, syntheticOrg } from '../__tests__/support/fake-github/index.js'
import { BridgeProcess, freePort, moduleEvent, NatsServer } from '../__tests__/support/nats-server.js'

const DIST = process.env.CIM_DIST ? resolve(process.env.CIM_DIST) : resolve('dist')
const PUBLISH_RUNS = 9
const SUSTAINED_EVENTS = 30_000
const BURST_EVENTS = 1_000
const WINDOW_MS = 1000
const CONCURRENCY = 500
const SUBJECT = 'cim.module.updated'

export async function benchNats(): Promise<Record<string, number>> {
  const nats = await NatsServer.start()
  const github = await FakeGitHub.start({ snapshot: syntheticOrg(2, { org: 'example-org' }) })
  const nc = await connect({ servers: nats.url })
  try {
    const jsm = await jetstreamManager(nc)
    await ensureStream(jsm, DEFAULT_STREAM_SETTINGS)
    await ensureDeadLetterStream(jsm, DEFAULT_DEAD_LETTER_SETTINGS)
    await ensureConsumer(jsm, DEFAULT_CONSUMER_SETTINGS)
    const publish = publishColdStart(nats.url)

    const bridge = BridgeProcess.start(
      join(DIST, 'cli.js'),
      ['--nats', nats.url, '--registry-repo', 'example-org/cim', '--window', `${WINDOW_MS}ms`],
      {
        GITHUB_TOKEN: 'bench-token',
        GITHUB_API_URL: github.url,
      },
    )
    try {
      await until(() => bridge.actions('started').length > 0, 15_000, 'the bridge to start')
      const js = jetstream(nc)
      const acked = () => bridge.actions('ack').reduce((sum, line) => sum + Number(line.events), 0)
      const publishAll = async (from: number, count: number) => {
        for (let start = from; start < from + count; start += CONCURRENCY) {
          const batch = Array.from({ length: Math.min(CONCURRENCY, from + count - start) }, (_, i) =>
            moduleEvent(start + i),
          )
          await Promise.all(batch.map((event) => publishEvent(js, event, { subject: SUBJECT, timeoutMs: 30_000 })))
        }
      }
      // The cold-start runs' events come first; the sustained run starts once they are acknowledged.
      await until(() => acked() >= PUBLISH_RUNS, 15_000, 'the publish runs to be acknowledged')

      const dispatchesBeforeSustained = github.dispatches.length
      let started = performance.now()
      await publishAll(1_000_000, SUSTAINED_EVENTS)
      const publishSeconds = (performance.now() - started) / 1000
      await until(() => acked() >= PUBLISH_RUNS + SUSTAINED_EVENTS, 120_000, 'the sustained events to be acknowledged')
      const sustainedSeconds = (performance.now() - started) / 1000
      const sustainedDispatches = github.dispatches.length - dispatchesBeforeSustained

      // A burst after a quiet moment: the dispatches it causes, counted once all of it is acknowledged.
      await new Promise((done) => setTimeout(done, 2 * WINDOW_MS))
      const dispatchesBefore = github.dispatches.length
      started = performance.now()
      await publishAll(2_000_000, BURST_EVENTS)
      const burstMs = performance.now() - started
      await until(
        () => acked() >= PUBLISH_RUNS + SUSTAINED_EVENTS + BURST_EVENTS,
        30_000,
        'the burst to be acknowledged',
      )
      const burstDispatches = github.dispatches.length - dispatchesBefore

      const lastAck = bridge.actions('ack').at(-1)
      if (!lastAck || parseSeqRanges(String(lastAck.seqs)).length === 0)
        throw new Error('the bridge logged no acknowledgement')
      if (github.violations.length > 0)
        throw new Error(`the fake GitHub saw contract violations: ${github.violations.join('; ')}`)
      const results = {
        publish_cold_start_ms: round(publish.median),
        publish_cold_start_min_ms: round(publish.min),
        node_startup_ms: round(nodeStartup()),
        bridge_events_per_s: Math.round(SUSTAINED_EVENTS / sustainedSeconds),
        loopback_publish_events_per_s: Math.round(SUSTAINED_EVENTS / publishSeconds),
        sustained_dispatches: sustainedDispatches,
        burst_events: BURST_EVENTS,
        burst_ms: round(burstMs),
        burst_dispatches: burstDispatches,
        window_ms: WINDOW_MS,
        duplicate_window_bytes_per_id: await duplicateWindowBytesPerId(),
      }
      printTable(results)
      return results
    } finally {
      bridge.signal('SIGTERM')
      await bridge.exited
    }
  } finally {
    await Promise.allSettled([nc.close(), github.stop()])
    await nats.stop()
  }
}

/** The bundled action in publish mode, run as the runner runs it; median and fastest of PUBLISH_RUNS runs. */
function publishColdStart(url: string): { median: number; min: number } {
  const dir = mkdtempSync(join(tmpdir(), 'cim-bench-publish-'))
  try {
    writeFileSync(join(dir, 'cim.yaml'), 'module:\n  name: cim-m0\n  version: "1.0.0"\n')
    writeFileSync(join(dir, 'event.json'), JSON.stringify({ head_commit: { timestamp: '2025-01-30T10:00:00Z' } }))
    const times: number[] = []
    for (let run = 0; run < PUBLISH_RUNS; run++) {
      writeFileSync(join(dir, 'output'), '')
      const env = {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_OUTPUT: join(dir, 'output'),
        GITHUB_EVENT_PATH: join(dir, 'event.json'),
        GITHUB_REPOSITORY: 'example-org/cim-m0',
        GITHUB_SHA: run.toString(16).padStart(40, 'a'),
        GITHUB_REF: 'refs/heads/main',
        INPUT_MODE: 'publish',
        'INPUT_NATS-SERVERS': url,
      }
      const started = performance.now()
      const result = spawnSync(process.execPath, [join(DIST, 'index.js')], { cwd: dir, env, encoding: 'utf8' })
      times.push(performance.now() - started)
      if (result.status !== 0) throw new Error(`publish failed: ${result.stdout}${result.stderr}`)
    }
    times.sort((a, b) => a - b)
    return { median: times[Math.floor(times.length / 2)]!, min: times[0]! }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const DEDUP_EVENTS = 50_000

/**
 * Bytes of server memory per message id within the duplicate window: the resident memory (/varz `mem`) of a server
 * that stored DEDUP_EVENTS events with `Nats-Msg-Id` (repo@ref@sha#run), less that of one that stored the same
 * events without, divided by the count.
 */
export async function duplicateWindowBytesPerId(): Promise<number> {
  const residentAfter = async (withIds: boolean) => {
    const monitor = await freePort()
    const server = await NatsServer.start({ args: ['-m', String(monitor)] })
    const client = await connect({ servers: server.url })
    try {
      await ensureStream(await jetstreamManager(client), DEFAULT_STREAM_SETTINGS)
      const js = jetstream(client)
      for (let start = 0; start < DEDUP_EVENTS; start += CONCURRENCY) {
        const batch = Array.from({ length: CONCURRENCY }, (_, i) => moduleEvent(3_000_000 + start + i))
        await Promise.all(
          batch.map((event) =>
            withIds
              ? publishEvent(js, event, { subject: SUBJECT, timeoutMs: 30_000, runId: '12345678901' })
              : js.publish(SUBJECT, encodeEvent(event)),
          ),
        )
      }
      // Let the file store's block cache expire, so that what stays resident is the index and the ids.
      await new Promise((done) => setTimeout(done, 12_000))
      const varz = (await (await fetch(`http://127.0.0.1:${monitor}/varz`)).json()) as { mem: number }
      return varz.mem
    } finally {
      await client.close()
      await server.stop()
    }
  }
  const without = await residentAfter(false)
  const withIds = await residentAfter(true)
  return Math.round((withIds - without) / DEDUP_EVENTS)
}

/** `node -e ''`: the floor under any cold start on this machine. */
function nodeStartup(): number {
  const times = Array.from({ length: 5 }, () => {
    const started = performance.now()
    spawnSync(process.execPath, ['-e', ''])
    return performance.now() - started
  }).sort((a, b) => a - b)
  return times[2]!
}

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((done) => setTimeout(done, 20))
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

function printTable(results: Record<string, number>): void {
  const rows: [string, string][] = [
    [
      'publish: cold start to ack, bundled action (median)',
      `${results.publish_cold_start_ms} ms (min ${results.publish_cold_start_min_ms}; target < 300 ms)`,
    ],
    ['node startup alone (node -e "")', `${results.node_startup_ms} ms`],
    [
      `bridge: sustained, ${SUSTAINED_EVENTS} events, publish to ack`,
      `${results.bridge_events_per_s} events/s (target >= 2000)`,
    ],
    ['loopback publisher alone', `${results.loopback_publish_events_per_s} events/s`],
    ['dispatches for the sustained run', `${results.sustained_dispatches}`],
    [
      `burst: ${results.burst_events} events in ${results.burst_ms} ms`,
      `${results.burst_dispatches} dispatch(es), window ${results.window_ms} ms (target <= 1 per window)`,
    ],
    [
      `duplicate window: server memory per message id (${DEDUP_EVENTS} ids)`,
      `${results.duplicate_window_bytes_per_id} B`,
    ],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log('NATS event path')
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchNats()
