/**
 * The registry's key-value buckets on a connection: open (or create) one, read it whole in one pass, apply a
 * batch of writes with a bounded number of puts in flight.
 */
import { jetstream } from '@nats-io/jetstream'
import { Kvm, type KV, type KvEntry } from '@nats-io/kv'
import type { NatsConnection } from '@nats-io/transport-node'

/** Puts in flight at once: enough to fill the loopback's pipe, few enough to keep JetStream's acks on time. */
const WRITE_WINDOW = 256

export interface BucketSettings {
  /** 1 on one server, 3 on a three-node JetStream cluster; used only when the bucket is created. */
  replicas?: number
}

/** Opens `name`; creates it when it does not exist yet (the updater's first run). */
export async function openBucket(
  nc: NatsConnection,
  name: string,
  settings: BucketSettings = {},
  create = true,
): Promise<KV> {
  const kvm = new Kvm(jetstream(nc))
  try {
    // open() binds without asking the server; status() is the round trip that finds out whether the bucket exists.
    const kv = await kvm.open(name)
    await kv.status()
    return kv
  } catch (error) {
    if (!create || !isNotFound(error)) throw error
    // One revision per key: watchers resume from a revision and need each key's newest value, not its history.
    return kvm.create(name, {
      history: 1,
      replicas: settings.replicas ?? 1,
      description: 'CIM module registry (cim-registry-action)',
    })
  }
}

function isNotFound(error: unknown): boolean {
  return /not found/i.test((error as Error).message)
}

/** Every key's newest value as text; deleted keys are absent. One ordered consumer over the newest of each key. */
export async function readBucket(kv: KV): Promise<{ values: Map<string, string>; revision: number }> {
  const values = new Map<string, string>()
  const status = await kv.status()
  const revision = status.streamInfo.state.last_seq
  if (status.values === 0) return { values, revision }
  const watch = await kv.watch()
  for await (const entry of watch) {
    record(values, entry)
    if (entry.delta === 0) break
  }
  watch.stop()
  return { values, revision }
}

/** The newest values of some keys (absent: not in the map), read in parallel. */
export async function readKeys(kv: KV, keys: Iterable<string>): Promise<Map<string, string>> {
  const values = new Map<string, string>()
  await Promise.all([...keys].map(async (key) => record(values, await kv.get(key))))
  return values
}

function record(values: Map<string, string>, entry: KvEntry | null): void {
  if (!entry) return
  if (entry.operation === 'PUT') values.set(entry.key, entry.string())
  else values.delete(entry.key)
}

/** Puts and deletes, WRITE_WINDOW at a time; the first failure stops the batch and is thrown. */
export async function applyWrites(
  kv: KV,
  wanted: ReadonlyMap<string, string>,
  writes: { put: string[]; del: string[] },
): Promise<void> {
  const jobs = [
    ...writes.put.map((key) => () => kv.put(key, wanted.get(key)!)),
    ...writes.del.map((key) => () => kv.delete(key)),
  ]
  let next = 0
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]!()
  }
  await Promise.all(Array.from({ length: Math.min(WRITE_WINDOW, jobs.length) }, worker))
}
