/**
 * No event lost across faults: 10,000 events published while nats-server is killed and restarted (twice), the
 * bundled bridge is killed in the middle of a dispatch and replaced, and GitHub answers 500 and 429 to a share of the
 * dispatches; then 1,000 of them published again, as workflow re-runs do. At the end every event is stored once and
 * acknowledged, and every acknowledgement in the bridges' logs follows an accepted dispatch of the same batch.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { jetstream, jetstreamManager } from '@nats-io/jetstream'
import { connect, type NatsConnection } from '@nats-io/transport-node'
import { messageId } from '../../src/events/event.js'
import { parseSeqRanges } from '../../src/events/log.js'
import {
  DEFAULT_CONSUMER_SETTINGS,
  DEFAULT_DEAD_LETTER_SETTINGS,
  DEFAULT_STREAM_SETTINGS,
  ensureConsumer,
  ensureDeadLetterStream,
  ensureStream,
} from '../../src/events/provision.js'
import { publishEvent, type PublishResult } from '../../src/events/jetstream-publish.js'
import { FakeGitHub, syntheticOrg } from '../support/fake-github/index.js'
import {
  BridgeProcess,
  consumerState,
  moduleEvent,
  NatsServer,
  waitUntil,
  type BridgeLine,
} from '../support/nats-server.js'
import { CLI } from '../support/run.js'

const EVENTS = 10_000
const RERUNS = 1_000
/** Publishes in flight at once: enough to keep the server busy, few enough for 2 shared cores. */
const CONCURRENCY = 250
const SUBJECT = 'cim.module.updated'

const stops: (() => Promise<unknown>)[] = []
afterAll(async () => {
  for (const stop of stops.reverse()) await stop()
})

describe('bridge under faults', () => {
  it('loses no event across NATS crashes, a bridge crash and GitHub 500/429, and deduplicates re-runs', async () => {
    const nats = await NatsServer.start()
    stops.push(() => nats.stop())
    const github = await FakeGitHub.start({ snapshot: syntheticOrg(2, { org: 'example-org' }), latencyMs: 20 })
    stops.push(() => github.stop())
    const nc: NatsConnection = await connect({ servers: nats.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 })
    stops.push(() => nc.close())
    const jsm = await jetstreamManager(nc)
    await ensureStream(jsm, DEFAULT_STREAM_SETTINGS)
    await ensureDeadLetterStream(jsm, DEFAULT_DEAD_LETTER_SETTINGS)
    // A short ack wait, so that what the killed bridge held comes back within the test; still longer than the
    // bridge's budget (window 250 ms + dispatch timeout 2 s + backoff capped at half the ack wait).
    await ensureConsumer(jsm, { ...DEFAULT_CONSUMER_SETTINGS, ackWaitMs: 5000 })
    const js = jetstream(nc)

    const bridges: BridgeProcess[] = []
    const startBridge = async () => {
      const bridge = BridgeProcess.start(
        CLI,
        ['--nats', nats.url, '--registry-repo', 'example-org/cim', '--window', '250ms', '--dispatch-timeout', '2s'],
        { GITHUB_TOKEN: 'bridge-token', GITHUB_API_URL: github.url },
      )
      bridges.push(bridge)
      stops.push(async () => {
        bridge.signal('SIGKILL')
        await bridge.exited
      })
      // Publishing starts once the bridge reads, so that the NATS crashes hit it at work.
      await waitUntil(
        'the bridge to start',
        () => bridge.actions('started').length > 0,
        15_000,
        () => bridge.output + bridge.stderr,
      )
      return bridge
    }

    const acks = new Map<string, PublishResult>()
    const publishRange = async (from: number, to: number, during?: (index: number) => Promise<void>) => {
      for (let start = from; start < to; start += CONCURRENCY) {
        await during?.(start)
        const batch = Array.from({ length: Math.min(CONCURRENCY, to - start) }, (_, i) => moduleEvent(start + i))
        const results = await Promise.all(
          batch.map((event) => publishEvent(js, event, { subject: SUBJECT, timeoutMs: 60_000, ackTimeoutMs: 2000 })),
        )
        batch.forEach((event, i) => acks.set(messageId(event), results[i]!))
        // Paced like a busy organization rather than a flood, so that dispatches go out while events still come.
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    }
    const crashNats = async () => {
      await nats.kill()
      setTimeout(() => void nats.restart(), 500)
    }

    // GitHub refuses a dispatch now and then: the next one or two answer 500, 502 or 429.
    const githubFails = (kinds: ('status-500' | 'status-502' | 'rate-limit')[]) => {
      for (const kind of kinds)
        github.injectFault({ kind, times: 1, ...(kind === 'rate-limit' ? { status: 429, retryAfterSeconds: 1 } : {}) })
    }

    // Phase 1: NATS crashes in the middle of the publishing.
    githubFails(['status-500', 'rate-limit'])
    const first = await startBridge()
    await publishRange(0, 4000, async (index) => {
      if (index === 2000) await crashNats()
    })

    // Phase 2: the bridge dies holding a dispatch in flight (GitHub is slow now), and a new one takes over.
    github.setLatency(400)
    const before = first.actions('dispatch-start').length
    await publishRange(4000, 4500)
    await waitUntil(
      'a dispatch in flight',
      () => first.actions('dispatch-start').length > before,
      20_000,
      () => first.output.slice(-2000),
    )
    first.signal('SIGKILL')
    await first.exited
    github.setLatency(20)
    const second = await startBridge()

    // Phase 3: the rest, with another NATS crash; then the re-runs.
    githubFails(['status-502'])
    await publishRange(4500, EVENTS, async (index) => {
      if (index === 7000) await crashNats()
      if (index === 8500) githubFails(['status-500', 'rate-limit'])
    })
    const reruns = await Promise.all(
      Array.from({ length: RERUNS }, (_, i) => moduleEvent(i * 10)).map((event) =>
        publishEvent(js, event, { subject: SUBJECT, timeoutMs: 30_000 }),
      ),
    )

    await waitUntil(
      'every event acknowledged',
      async () => {
        const state = await consumerState(nats.url)
        return state.pending === 0 && state.ackPending === 0
      },
      60_000,
      () => consumerState(nats.url),
    )
    second.signal('SIGTERM')
    expect(await second.exited).toBe(0)

    // Stored once each: 10,000 distinct sequences, and each re-run answered `duplicate` with the original's.
    const seqs = new Set([...acks.values()].map((ack) => ack.seq))
    expect(acks.size).toBe(EVENTS)
    expect(seqs.size).toBe(EVENTS)
    expect(reruns.every((ack) => ack.duplicate)).toBe(true)
    expect(reruns.map((ack) => ack.seq)).toEqual(
      Array.from({ length: RERUNS }, (_, i) => acks.get(messageId(moduleEvent(i * 10)))!.seq),
    )
    const info = await jsm.streams.info('CIM_MODULES', { subjects_filter: '>' })
    expect(info.state.subjects).toEqual({ [SUBJECT]: EVENTS })

    // Every ack follows the accepted dispatch of its batch, in the same bridge; together they cover every event.
    const acked = new Set<number>()
    for (const bridge of bridges) {
      const lines = bridge.lines
      const accepted = new Map<unknown, BridgeLine>()
      for (const line of lines) {
        if (line.action === 'dispatch' && line.outcome === 'accepted') accepted.set(line.batch, line)
        if (line.action !== 'ack') continue
        expect(accepted.get(line.batch)).toMatchObject({ seqs: line.seqs, events: line.events })
        for (const seq of parseSeqRanges(String(line.seqs))) acked.add(seq)
      }
    }
    expect([...seqs].filter((seq) => !acked.has(seq))).toEqual([])
    // The first bridge died holding a dispatch in flight: it never acknowledged that batch; the second one did.
    const killed = first.actions('dispatch-start').at(-1)!
    expect(first.lines.filter((line) => line.batch === killed.batch && line.action !== 'dispatch-start')).toEqual([])
    expect(parseSeqRanges(String(killed.seqs)).every((seq) => acked.has(seq))).toBe(true)

    // The faults happened, and were survived the way they should be.
    const all = bridges.flatMap((bridge) => bridge.lines)
    const failed = all.filter((line) => line.action === 'dispatch' && line.outcome === 'failed')
    expect(failed.map((line) => line.status)).toEqual(expect.arrayContaining([500, 502, 429]))
    expect(all.filter((line) => line.action === 'nak').length).toBeGreaterThanOrEqual(failed.length)
    expect(bridges.map((bridge) => bridge.actions('disconnected').length > 0)).toEqual([true, true])
    expect(all.filter((line) => line.action === 'term')).toEqual([])
    const accepted = all.filter((line) => line.action === 'dispatch' && line.outcome === 'accepted').length
    expect(github.dispatches.length).toBeGreaterThanOrEqual(accepted)
    expect(github.dispatches.length).toBeLessThanOrEqual(all.filter((line) => line.action === 'dispatch-start').length)
    expect(github.dispatches.length).toBeLessThan(EVENTS / 20)
    expect(github.violations).toEqual([])
    expect(second.stderr).toBe('')
  }, 180_000)
})
