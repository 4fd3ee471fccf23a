/**
 * The registry as NATS carries it, pure: one key-value record per module and a `meta` record in the bucket, and
 * the `cim.registry.updated` event that tells what changed between two states of a bucket. Nothing here talks to
 * a server; mirror.ts writes what this computes and the client reads it back.
 */
import { compareStrings } from '../util/order.js'
import type { Health, ModuleEntry, Registry } from '../format/types.js'
import { toModuleEntry } from '../format/entry.js'

export const RECORD_SCHEMA = 1
export const DEFAULT_BUCKET = 'CIM_REGISTRY'
export const UPDATED_SUBJECT = 'cim.registry.updated'
/** Private modules' changes, for readers allowed to see them (subject permissions tell the two apart). */
export const PRIVATE_UPDATED_SUBJECT = 'cim.registry.private.updated'
/** The stream that keeps the events, so that a restarted consumer can catch up and a re-sent event is deduplicated. */
export const EVENTS_STREAM = 'CIM_REGISTRY_EVENTS'
export const META_KEY = 'meta'
export const MODULE_KEY_PREFIX = 'module.'
/** Events stay under this many bytes of JSON whatever the change; lists are cut, counts stay whole. */
export const MAX_UPDATED_EVENT_BYTES = 8 * 1024
/**
 * A record stays well under the server's default max_payload (1 MiB): a module that half the organization depends
 * on keeps the first of its dependents in its record and their count in `dependents_total` (the service's
 * `dependents` query pages through all of them), so that no one module's record can fail the whole mirror.
 */
export const MAX_RECORD_BYTES = 256 * 1024

/** Where private modules go: a bucket of their own (`<bucket>_PRIVATE`), nowhere, or the same bucket. */
export const PRIVATE_POLICIES = ['bucket', 'omit', 'include'] as const
export type PrivatePolicy = (typeof PRIVATE_POLICIES)[number]

/** One module's key in the bucket: its modules.yaml entry, what the registry knows about it, and its newest versions. */
export interface BucketRecord {
  schema: number
  name: string
  entry: ModuleEntry
  health: Health
  dependents: string[]
  /** Set when `dependents` was cut to keep the record under MAX_RECORD_BYTES: how many there are. */
  dependents_total?: number
  stale?: string
  /** Newest first. Today the registry keeps one version per module: the list holds it, or nothing. */
  versions: string[]
}

/** The `meta` record: which registry the bucket holds. */
export interface MetaRecord {
  schema: number
  /** sha256 of modules.yaml (status.json's registry_hash). */
  registry_hash: string
  /** The registry commit, when the run made or knows one. */
  commit: string | null
  modules: number
}

/** A bucket's wanted content: key -> JSON text. Texts, not objects, so that "changed" is a string comparison. */
export type BucketContent = Map<string, string>

export function moduleKey(name: string): string {
  return `${MODULE_KEY_PREFIX}${name}`
}

export function moduleRecord(registry: Registry, name: string): BucketRecord {
  const module = registry.modules.get(name)!
  const entry = toModuleEntry(module)
  const record: BucketRecord = {
    schema: RECORD_SCHEMA,
    name,
    entry,
    health: module.health,
    dependents: module.dependents,
    ...(module.stale !== undefined ? { stale: module.stale } : {}),
    versions: entry.version !== null ? [entry.version] : [],
  }
  const size = Buffer.byteLength(JSON.stringify(record))
  if (size <= MAX_RECORD_BYTES) return record
  // Names are short and alike: keep the share of the list that fits, with room to spare.
  const keep = Math.floor((module.dependents.length * (MAX_RECORD_BYTES / size)) / 2)
  return { ...record, dependents: module.dependents.slice(0, keep), dependents_total: module.dependents.length }
}

/** The wanted content of the public bucket and, with the `bucket` policy, of the private one. */
export function bucketContents(
  registry: Registry,
  meta: Omit<MetaRecord, 'schema' | 'modules'>,
  policy: PrivatePolicy,
): { public: BucketContent; private: BucketContent | null } {
  const open: BucketContent = new Map()
  const hidden: BucketContent = new Map()
  for (const [name, module] of registry.modules) {
    const isPrivate = module.visibility === 'private' && policy !== 'include'
    if (isPrivate && policy === 'omit') continue
    ;(isPrivate ? hidden : open).set(moduleKey(name), JSON.stringify(moduleRecord(registry, name)))
  }
  const metaText = (modules: number) => JSON.stringify({ schema: RECORD_SCHEMA, ...meta, modules } satisfies MetaRecord)
  open.set(META_KEY, metaText(open.size))
  if (policy !== 'bucket') return { public: open, private: null }
  hidden.set(META_KEY, metaText(hidden.size))
  return { public: open, private: hidden }
}

/** The keys to put and to delete to turn `current` into `wanted`; only keys of ours are deleted. */
export function bucketWrites(
  current: ReadonlyMap<string, string>,
  wanted: BucketContent,
  keys?: Iterable<string>,
): { put: string[]; del: string[] } {
  const put: string[] = []
  const del: string[] = []
  for (const key of keys ?? new Set([...current.keys(), ...wanted.keys()])) {
    const want = wanted.get(key)
    const have = current.get(key)
    if (want === undefined) {
      if (have !== undefined && (key === META_KEY || key.startsWith(MODULE_KEY_PREFIX))) del.push(key)
    } else if (want !== have) put.push(key)
  }
  // The meta record last: a reader that sees the new hash sees every module of it.
  put.sort((a, b) => Number(a === META_KEY) - Number(b === META_KEY) || compareStrings(a, b))
  return { put, del: del.sort(compareStrings) }
}

export interface VersionChange {
  name: string
  from: string | null
  to: string | null
}

/** The `cim.registry.updated` event. */
export interface UpdatedEvent {
  schema: number
  commit: string | null
  registry_hash: string
  previous_hash: string | null
  added: { name: string; version: string | null }[]
  removed: { name: string; version: string | null }[]
  updated: VersionChange[]
  /** Whole counts, even when the lists above were cut. */
  counts: { added: number; removed: number; updated: number }
  /** True when a list was cut to keep the event under MAX_UPDATED_EVENT_BYTES. */
  truncated: boolean
}

/** The event for the module keys that went from `before` to `after` (absent: undefined); null when none did. */
export function updatedEvent(
  meta: { commit: string | null; registry_hash: string; previous_hash: string | null },
  changes: Iterable<[key: string, before: string | undefined, after: string | undefined]>,
  maxBytes = MAX_UPDATED_EVENT_BYTES,
): UpdatedEvent | null {
  const added: UpdatedEvent['added'] = []
  const removed: UpdatedEvent['removed'] = []
  const updated: VersionChange[] = []
  for (const [key, before, after] of changes) {
    if (!key.startsWith(MODULE_KEY_PREFIX) || before === after) continue
    const name = key.slice(MODULE_KEY_PREFIX.length)
    const from = before === undefined ? undefined : versionOf(before)
    const to = after === undefined ? undefined : versionOf(after)
    if (from === undefined) added.push({ name, version: to ?? null })
    else if (to === undefined) removed.push({ name, version: from })
    else updated.push({ name, from, to })
  }
  if (added.length + removed.length + updated.length === 0) return null
  const byName = (a: { name: string }, b: { name: string }) => compareStrings(a.name, b.name)
  const event: UpdatedEvent = {
    schema: RECORD_SCHEMA,
    ...meta,
    added: added.sort(byName),
    removed: removed.sort(byName),
    updated: updated.sort(byName),
    counts: { added: added.length, removed: removed.length, updated: updated.length },
    truncated: false,
  }
  return fitEvent(event, maxBytes)
}

/** Cuts the longest list until the event fits: a binary search over how many items each list keeps. */
function fitEvent(event: UpdatedEvent, maxBytes: number): UpdatedEvent {
  const size = (e: UpdatedEvent) => Buffer.byteLength(JSON.stringify(e))
  if (size(event) <= maxBytes) return event
  const full = { added: event.added, removed: event.removed, updated: event.updated }
  const cut = (keep: number): UpdatedEvent => ({
    ...event,
    added: full.added.slice(0, keep),
    removed: full.removed.slice(0, keep),
    updated: full.updated.slice(0, keep),
    truncated: true,
  })
  let low = 0
  let high = Math.max(full.added.length, full.removed.length, full.updated.length)
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    if (size(cut(mid)) <= maxBytes) low = mid
    else high = mid - 1
  }
  return cut(low)
}

function versionOf(recordText: string): string | null {
  try {
    const record = JSON.parse(recordText) as Partial<BucketRecord>
    return typeof record.entry?.version === 'string' ? record.entry.version : null
  } catch {
    return null // a record altered by hand into something unreadable: reported as updated, version unknown
  }
}

/** Reads a `meta` record's text; null when it is missing or not ours. */
export function parseMeta(text: string | undefined): MetaRecord | null {
  if (text === undefined) return null
  try {
    const meta = JSON.parse(text) as MetaRecord
    return typeof meta.registry_hash === 'string' ? meta : null
  } catch {
    return null
  }
}
