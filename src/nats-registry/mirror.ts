/**
 * Mirrors a registry into its key-value bucket(s) and announces the change with `cim.registry.updated`.
 *
 * The commit-to-watcher path is kept short: when the bucket's `meta` holds the registry this run started from, the
 * keys of the modules this run changed are read, written and announced first (a handful of round trips); only then
 * is the whole bucket read back, to repair what drifted (a key deleted or altered by hand). When `meta` holds
 * anything else (a first run, a run whose mirror failed), the whole bucket is read first and the event tells the
 * difference between what the bucket held and the new registry, so a missed run's changes are announced late, never
 * lost. `meta` is written after the modules and after the event: a bucket whose `meta` names a registry holds all of
 * it, and a failure anywhere leaves the old `meta`, which the next run sees and repairs.
 */
import { jetstream, jetstreamManager, JetStreamApiError } from '@nats-io/jetstream'
import type { KV } from '@nats-io/kv'
import type { NatsConnection } from '@nats-io/transport-node'
import { createHash } from 'node:crypto'
import { nanos } from '@nats-io/nats-core'
import type { Registry } from '../format/types.js'
import { applyWrites, openBucket, readBucket, readKeys } from './bucket.js'
import {
  bucketContents,
  bucketWrites,
  DEFAULT_BUCKET,
  EVENTS_STREAM,
  META_KEY,
  moduleKey,
  parseMeta,
  PRIVATE_UPDATED_SUBJECT,
  UPDATED_SUBJECT,
  updatedEvent,
  type BucketContent,
  type MetaRecord,
  type PrivatePolicy,
  type UpdatedEvent,
} from './records.js'

export interface MirrorOptions {
  bucket?: string
  privatePolicy?: PrivatePolicy
  /** Replicas of buckets and of the event stream this run creates. */
  replicas?: number
  /** The registry hash before this run, and the modules it changed: the short path when `meta` holds that hash. */
  previousHash?: string | null
  changed?: Iterable<string>
}

export interface BucketReport {
  bucket: string
  /** Keys written (changed or repaired) and deleted. */
  put: number
  deleted: number
  /** True when the short path announced the change before the whole bucket was read. */
  shortPath: boolean
  /** The event published for this bucket's audience, if the registry changed for it. */
  event: UpdatedEvent | null
}

export interface MirrorReport {
  buckets: BucketReport[]
}

export function privateBucketName(bucket: string): string {
  return `${bucket}_PRIVATE`
}

export async function mirrorRegistry(
  nc: NatsConnection,
  registry: Registry,
  meta: { registry_hash: string; commit: string | null },
  options: MirrorOptions = {},
): Promise<MirrorReport> {
  const bucket = options.bucket ?? DEFAULT_BUCKET
  const contents = bucketContents(registry, meta, options.privatePolicy ?? 'bucket')
  const changedKeys = options.changed ? shortPathKeys(registry, options.changed) : null
  const targets: [string, BucketContent, string][] = [[bucket, contents.public, UPDATED_SUBJECT]]
  if (contents.private) targets.push([privateBucketName(bucket), contents.private, PRIVATE_UPDATED_SUBJECT])
  const publisher = new EventPublisher(nc, options.replicas ?? 1)
  const buckets: BucketReport[] = []
  for (const [name, wanted, subject] of targets) {
    const kv = await openBucket(nc, name, { replicas: options.replicas })
    buckets.push(
      await mirrorBucket(kv, name, wanted, { ...options, changedKeys }, (event) => publisher.publish(subject, event)),
    )
  }
  return { buckets }
}

/** The modules this run changed and the modules they depend on (whose dependents lists changed with them). */
function shortPathKeys(registry: Registry, changed: Iterable<string>): Set<string> {
  const keys = new Set<string>()
  for (const name of changed) {
    keys.add(moduleKey(name))
    for (const target of Object.keys(registry.modules.get(name)?.dependencies ?? {})) keys.add(moduleKey(target))
  }
  return keys
}

async function mirrorBucket(
  kv: KV,
  name: string,
  wanted: BucketContent,
  options: MirrorOptions & { changedKeys: Set<string> | null },
  publish: (event: UpdatedEvent) => Promise<void>,
): Promise<BucketReport> {
  const report: BucketReport = { bucket: name, put: 0, deleted: 0, shortPath: false, event: null }
  const currentMeta = (await kv.get(META_KEY))?.string()
  keepKnownCommit(wanted, parseMeta(currentMeta))
  const wantedMeta = wanted.get(META_KEY)!
  const newHash = parseMeta(wantedMeta)!.registry_hash
  const announce = async (before: ReadonlyMap<string, string>, keys: Iterable<string>) => {
    const previousHash = parseMeta(currentMeta)?.registry_hash ?? null
    const meta = { commit: parseMeta(wantedMeta)!.commit, registry_hash: newHash, previous_hash: previousHash }
    report.event = updatedEvent(
      meta,
      [...keys].map(
        (key) => [key, before.get(key), wanted.get(key)] as [string, string | undefined, string | undefined],
      ),
    )
    if (report.event) await publish(report.event)
  }
  const write = async (current: ReadonlyMap<string, string>, keys?: Iterable<string>) => {
    const writes = bucketWrites(current, wanted, keys)
    await applyWrites(kv, wanted, writes)
    report.put += writes.put.length
    report.deleted += writes.del.length
  }

  // The event goes out before the keys are written, meta last. A run that fails after announcing leaves the old meta:
  // the next run recomputes the same change and its event is deduplicated by the commit's message id, so the first,
  // complete event stands. Writing first would let the next run diff against half-written keys and announce
  // `from` = `to` (seen on a 3-node cluster losing a node mid-run).
  let announced = currentMeta === wantedMeta
  const previousHash = options.previousHash ?? null
  if (
    !announced &&
    options.changedKeys &&
    previousHash !== null &&
    parseMeta(currentMeta)?.registry_hash === previousHash
  ) {
    const keys = [...options.changedKeys].filter((key) => key !== META_KEY)
    const before = await readKeys(kv, keys)
    await announce(before, keys)
    await write(before, keys)
    await write(new Map([[META_KEY, currentMeta!]]), [META_KEY])
    announced = report.shortPath = true
  }

  const { values: current } = await readBucket(kv)
  if (announced) {
    await write(current)
  } else {
    const moduleKeys = new Set([...current.keys(), ...wanted.keys()].filter((key) => key !== META_KEY))
    await announce(current, moduleKeys)
    await write(current, moduleKeys)
    await write(current, [META_KEY])
  }
  return report
}

/**
 * A run that made no commit (nothing to commit, or a local run without --commit) does not know the registry's
 * commit; when the bucket holds the same registry, the commit it names still holds and is kept.
 */
function keepKnownCommit(wanted: BucketContent, current: MetaRecord | null): void {
  const meta = parseMeta(wanted.get(META_KEY))!
  if (meta.commit === null && current?.commit && current.registry_hash === meta.registry_hash) {
    wanted.set(META_KEY, JSON.stringify({ ...meta, commit: current.commit }))
  }
}

/**
 * Publishes events into the events stream, which deduplicates by `Nats-Msg-Id` (the registry commit, or the event's
 * digest when the run made no commit): a run repeated after a failure announces nothing twice. Creates the stream when a
 * publish finds none (JetStream answers "no responders" then: https://docs.nats.io/nats-concepts/jetstream/streams).
 */
class EventPublisher {
  private readonly js
  constructor(
    private readonly nc: NatsConnection,
    private readonly replicas: number,
  ) {
    this.js = jetstream(nc)
  }

  async publish(subject: string, event: UpdatedEvent): Promise<void> {
    // Without a commit, the event's own digest: two different changes never share an id, a repeat does.
    const id = event.commit ?? `sha256:${createHash('sha256').update(JSON.stringify(event)).digest('hex')}`
    const msgID = subject === UPDATED_SUBJECT ? id : `private:${id}`
    const send = () => this.js.publish(subject, JSON.stringify(event), { msgID, timeout: 5000 })
    try {
      await send()
    } catch (error) {
      if (!isNoStream(error as Error)) throw error
      await this.createStream()
      await send()
    }
  }

  private async createStream(): Promise<void> {
    const jsm = await jetstreamManager(this.nc)
    await jsm.streams.add({
      name: EVENTS_STREAM,
      description: 'cim.registry.updated events (cim-registry-action)',
      subjects: [UPDATED_SUBJECT, PRIVATE_UPDATED_SUBJECT],
      num_replicas: this.replicas,
      max_age: nanos(30 * 24 * 3600 * 1000),
      duplicate_window: nanos(24 * 3600 * 1000),
    })
  }
}

function isNoStream(error: Error): boolean {
  if (error instanceof JetStreamApiError && error.status === 503) return true
  return /no responders|jetstream is not enabled/i.test(
    `${error.message} ${(error.cause as Error | undefined)?.message ?? ''}`,
  )
}
