/**
 * A watch on a bucket that outlives its server: every change after a revision, in order, across reconnects, server
 * restarts and a cluster node's death. The client's KV watch is an ordered consumer that lives on the server; a
 * restarted server has forgotten it, and watchers of every NATS client have been seen to fall silent or fail after one
 * (https://github.com/nats-io/nats.deno/issues/688, https://github.com/nats-io/nats.go/issues/1094,
 * https://github.com/nats-io/nats.node/issues/570 for a cluster node's restart). So on every
 * reconnect the watch is opened again from the revision after the last one delivered: nothing is missed, and the
 * few values delivered twice are dropped by revision. A watch can also fall silent without any reconnect (the
 * stream's leader, which held the watch's consumer, died on another node); a watchdog asks the bucket's last
 * revision now and then, and opens the watch again when the bucket is ahead of it twice in a row.
 */
import type { KV } from '@nats-io/kv'
import type { NatsConnection } from '@nats-io/transport-node'
import { openBucket } from './bucket.js'

export interface BucketChange {
  key: string
  /** The new value; null when the key was deleted or purged. */
  value: string | null
  revision: number
}

const RETRY_MS = 500
const STALL_CHECK_MS = 2000

/** Changes of `bucket` from revision `from` on; ends when `signal` aborts or the connection closes. */
export async function* watchBucket(
  nc: NatsConnection,
  bucket: string,
  from: number,
  signal?: AbortSignal,
): AsyncGenerator<BucketChange> {
  let next = Math.max(1, from)
  let kv: KV | null = null
  while (!signal?.aborted && !nc.isClosed()) {
    let watcher: Awaited<ReturnType<KV['watch']>> | null = null
    const stop = () => watcher?.stop()
    signal?.addEventListener('abort', stop)
    const reconnects = watchReconnects(nc, stop)
    let watchdog: NodeJS.Timeout | undefined
    try {
      kv ??= await openBucket(nc, bucket, {}, false)
      watcher = await kv.watch({ resumeFromRevision: next })
      watchdog = stallWatchdog(kv, () => next, stop)
      for await (const entry of watcher) {
        if (entry.revision < next) continue
        next = entry.revision + 1
        yield { key: entry.key, value: entry.operation === 'PUT' ? entry.string() : null, revision: entry.revision }
      }
    } catch {
      // The server is away or the bucket's stream has no leader yet (a cluster electing one): try again shortly.
      kv = null
      await sleep(RETRY_MS, signal)
    } finally {
      clearInterval(watchdog)
      reconnects.stop()
      signal?.removeEventListener('abort', stop)
      watcher?.stop()
    }
  }
}

/** Calls `onStall` when the bucket holds revisions at or past `next()` at two checks in a row without progress. */
function stallWatchdog(kv: KV, next: () => number, onStall: () => void): NodeJS.Timeout {
  let behindAt: number | null = null
  const timer = setInterval(() => {
    kv.status().then(
      (status) => {
        const expected = next()
        if (status.streamInfo.state.last_seq < expected) behindAt = null
        else if (behindAt === expected) onStall()
        else behindAt = expected
      },
      () => {},
    )
  }, STALL_CHECK_MS)
  timer.unref()
  return timer
}

/** Calls `onReconnect` each time the connection comes back. */
function watchReconnects(nc: NatsConnection, onReconnect: () => void): { stop(): void } {
  const statuses = nc.status()[Symbol.asyncIterator]()
  ;(async () => {
    for (let next = await statuses.next(); !next.done; next = await statuses.next())
      if (next.value.type === 'reconnect') onReconnect()
  })().catch(() => {})
  return { stop: () => void statuses.return?.() }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
  })
}
