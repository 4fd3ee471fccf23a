/**
 * The history index in the registry: `history/NAME.jsonl`, one JSON object per line, one line per version tag as
 * it was read (after the crates.io index: a line is appended, never rewritten; a tag that moved gets a second line
 * that says so), and `history/heads.json`, each module's head (rewritten when a head moves).
 * https://doc.rust-lang.org/cargo/reference/registry-index.html#json-schema
 *
 * heads.json holds the heads, one module a line, while it stays under HEADS_SHARDING_BYTES (about 1,000 modules,
 * with their summaries: types.ts). Past that, the heads go to HEADS_SHARDS files `history/heads-X.json` (X: the first
 * hex digit of the SHA-256 of the module's name) and heads.json lists them (`schema_version: 2`, `shards`): a run that
 * moves one head rewrites one shard, and every file stays under GraphQL's 512,000-byte text limit up to about 20,000
 * modules, so the heads read in one request with nothing fetched whole. A registry once sharded stays sharded: no
 * file is ever deleted.
 */
import { createHash } from 'node:crypto'
import semver from 'semver'
import { compareStrings, sortRecord } from '../util/order.js'
import { isModuleName } from '../metadata/names.js'
import {
  CI_STATES,
  LOCK_SOURCES,
  type HeadEntry,
  type HistoryIndex,
  type HistorySummary,
  type ModuleHistory,
  type TagNote,
  type LockEvidence,
  type VersionEntry,
} from './types.js'

export const HISTORY_DIR = 'history'
export const HEADS_FILE = `${HISTORY_DIR}/heads.json`
/** The size up to which heads.json holds the heads itself; GraphQL cuts a text at 512,000 bytes. */
export const HEADS_SHARDING_BYTES = 400_000
const HEADS_SHARDS = 16
const HEADS_SHARD = /^heads-[0-9a-f]\.json$/

/** Every name a heads file can have: heads.json and the shards. */
export const HEADS_FILES: readonly string[] = [
  HEADS_FILE,
  ...Array.from({ length: HEADS_SHARDS }, (_, digit) => `${HISTORY_DIR}/heads-${digit.toString(16)}.json`),
]

/** The shard file of a module's head, in a sharded registry. */
export function headsShardFile(name: string): string {
  return `${HISTORY_DIR}/heads-${createHash('sha256').update(name).digest('hex')[0]}.json`
}

export function historyFile(name: string): string {
  return `${HISTORY_DIR}/${name}.jsonl`
}

/** The module a history file belongs to, or null for a name that is not one of ours. */
export function historyFileModule(file: string): string | null {
  const match = /^history\/(.+)\.jsonl$/.exec(file)
  return match && isModuleName(match[1]!) ? match[1]! : null
}

export function isHistoryFile(file: string): boolean {
  return file === HEADS_FILE || isHeadsShard(file) || historyFileModule(file) !== null
}

function isHeadsShard(file: string): boolean {
  return file.startsWith(`${HISTORY_DIR}/`) && HEADS_SHARD.test(file.slice(HISTORY_DIR.length + 1))
}

/** The lines of an index file that are well-formed entries, in file order; others are skipped (and kept). */
export function parseVersionLines(text: string): VersionEntry[] {
  const entries: VersionEntry[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      const entry = versionEntry(JSON.parse(line))
      if (entry) entries.push(entry)
    } catch {
      // A damaged line stays in the file (append-only) and is not read.
    }
  }
  return entries
}

/** The index text after appending `entries` to `existing`, which is kept byte for byte. */
export function appendVersionLines(existing: string | undefined, entries: readonly VersionEntry[]): string {
  const start =
    existing === undefined || existing === '' || existing.endsWith('\n') ? (existing ?? '') : `${existing}\n`
  return start + entries.map((entry) => `${JSON.stringify(entry)}\n`).join('')
}

export function parseHeads(text: string | undefined): Map<string, HeadEntry> {
  const heads = new Map<string, HeadEntry>()
  if (text === undefined) return heads
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return heads
  }
  const modules = (value as { modules?: unknown })?.modules
  if (!isObject(modules)) return heads
  for (const [name, head] of Object.entries(modules)) {
    const entry = headEntry(head)
    if (entry && isModuleName(name)) heads.set(name, entry)
  }
  return heads
}

/** The shard files a sharded heads.json lists (none for heads.json that holds the heads itself). */
export function headsShards(text: string | undefined): string[] {
  if (text === undefined) return []
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return []
  }
  const shards = (value as { shards?: unknown })?.shards
  if (!Array.isArray(shards)) return []
  // Only names of our shards: a reader over HTTP never follows a path it was handed.
  return shards
    .filter((shard): shard is string => typeof shard === 'string' && HEADS_SHARD.test(shard))
    .map((shard) => `${HISTORY_DIR}/${shard}`)
}

/** Every module's head: heads.json's own, and those of the shards it lists. */
export function readHeads(files: Readonly<Record<string, string | undefined>>): Map<string, HeadEntry> {
  const heads = parseHeads(files[HEADS_FILE])
  for (const shard of headsShards(files[HEADS_FILE]))
    for (const [name, head] of parseHeads(files[shard])) heads.set(name, head)
  return heads
}

/**
 * The heads files' texts: heads.json alone while it fits HEADS_SHARDING_BYTES and `sharded` is false, else
 * heads.json listing every shard and each shard with its modules.
 */
export function renderHeads(heads: ReadonlyMap<string, HeadEntry>, sharded = false): Record<string, string> {
  const whole = headsText(heads)
  if (!sharded && whole.length <= HEADS_SHARDING_BYTES) return { [HEADS_FILE]: whole }
  const shards = new Map(HEADS_FILES.slice(1).map((file) => [file, new Map<string, HeadEntry>()]))
  for (const [name, head] of heads) shards.get(headsShardFile(name))!.set(name, head)
  const names = [...shards.keys()].map((file) => file.slice(HISTORY_DIR.length + 1))
  return {
    [HEADS_FILE]: `${JSON.stringify({ schema_version: 2, shards: names }, null, 1)}\n`,
    ...Object.fromEntries([...shards].map(([file, modules]) => [file, headsText(modules)])),
  }
}

/** One module a line, in name order: a moved head is a one-line diff, and the file is half an indented one's size. */
function headsText(heads: ReadonlyMap<string, HeadEntry>): string {
  const lines = Object.entries(sortRecord(Object.fromEntries(heads))).map(
    ([name, head]) => `${JSON.stringify(name)}:${JSON.stringify(head)}`,
  )
  return `{"schema_version":1,"modules":{${lines.length ? `\n${lines.join(',\n')}\n` : ''}}}\n`
}

/**
 * The versions of a module, one per tag (the last line of a tag wins), oldest first: by version, then date.
 */
export function currentVersions(entries: readonly VersionEntry[]): VersionEntry[] {
  const byTag = new Map<string, VersionEntry>()
  for (const entry of entries) byTag.set(entry.tag, entry)
  return [...byTag.values()].sort(
    (a, b) =>
      semver.compare(a.version, b.version) ||
      compareStrings(a.date ?? '', b.date ?? '') ||
      compareStrings(a.tag, b.tag),
  )
}

/**
 * Every module's history from the files of a registry: `history/NAME.jsonl` texts and heads.json. `notRead`: the
 * modules whose history file exists but was not read (their heads' summaries stand for their lines).
 */
export function readHistoryIndex(files: Readonly<Record<string, string | undefined>>): Map<string, ModuleHistory>
export function readHistoryIndex(
  files: Readonly<Record<string, string | undefined>>,
  notRead: ReadonlySet<string> | undefined,
): HistoryIndex
export function readHistoryIndex(
  files: Readonly<Record<string, string | undefined>>,
  notRead: ReadonlySet<string> = new Set(),
): HistoryIndex {
  const index: HistoryIndex = new Map()
  const heads = readHeads(files)
  for (const [file, text] of Object.entries(files)) {
    const name = historyFileModule(file)
    if (name !== null && text !== undefined) index.set(name, { versions: parseVersionLines(text), head: null })
  }
  for (const name of notRead) if (!index.has(name)) index.set(name, { versions: null, head: null })
  for (const [name, head] of heads) {
    const history = index.get(name) ?? { versions: [], head: null }
    history.head = head
    index.set(name, history)
  }
  return index
}

function versionEntry(value: unknown): VersionEntry | null {
  if (!isObject(value)) return null
  const { version, tag, commit, date, manifest_version, dependencies, locked, ci, moved_from } = value
  if (
    typeof version !== 'string' ||
    semver.valid(version) !== version ||
    typeof tag !== 'string' ||
    typeof commit !== 'string'
  )
    return null
  return {
    version,
    tag,
    commit,
    date: typeof date === 'string' ? date : null,
    manifest_version: typeof manifest_version === 'string' ? manifest_version : null,
    dependencies: stringRecord(dependencies),
    locked: lockEvidence(locked),
    ci: ciState(ci),
    ...(typeof moved_from === 'string' ? { moved_from } : {}),
    ...unreadableOf(value.unreadable),
  }
}

function headEntry(value: unknown): HeadEntry | null {
  if (!isObject(value) || typeof value.commit !== 'string') return null
  const newestTag =
    typeof value.newest_tag === 'string' && semver.valid(value.newest_tag) === value.newest_tag
      ? value.newest_tag
      : undefined
  const summary = summaryOf(value.summary)
  return {
    commit: value.commit,
    date: typeof value.date === 'string' ? value.date : null,
    version: typeof value.version === 'string' ? value.version : null,
    locked: lockEvidence(value.locked),
    ci: ciState(value.ci),
    ...unreadableOf(value.unreadable),
    ...(newestTag ? { newest_tag: newestTag } : {}),
    // A summary stands for the lines only when it agrees with the head: tags give a newest tag and its ranges.
    ...(summary && agrees(summary, newestTag) ? { summary } : {}),
  }
}

/** Whether a summary fits its head: a module with tags has a newest tag, and the ranges declared at it. */
function agrees(summary: HistorySummary, newestTag: string | undefined): boolean {
  const tagged = summary.versions > 0
  return tagged === (newestTag !== undefined) && tagged === (summary.newest_dependencies !== undefined)
}

/**
 * A head's summary of its lines, when every field is well-formed; a damaged one is left out whole, and the run then
 * reads the lines (a summary in part would answer wrongly for them).
 */
function summaryOf(value: unknown): HistorySummary | null {
  if (!isObject(value)) return null
  const { versions, known, tags, newest_dependencies, notes } = value
  const parsedNotes = notes === undefined ? [] : Array.isArray(notes) ? notes.map(versionNote) : [null]
  const valid =
    Number.isInteger(versions) &&
    (versions as number) >= 0 &&
    Array.isArray(known) &&
    known.every((version) => typeof version === 'string') &&
    isStringRecord(tags) &&
    (newest_dependencies === undefined || isStringRecord(newest_dependencies)) &&
    !parsedNotes.includes(null)
  if (!valid) return null
  return {
    versions: versions as number,
    known: known as string[],
    tags: { ...tags },
    ...(newest_dependencies !== undefined ? { newest_dependencies: { ...newest_dependencies } } : {}),
    ...(parsedNotes.length ? { notes: parsedNotes as TagNote[] } : {}),
  }
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return isObject(value) && Object.values(value).every((item) => typeof item === 'string')
}

function versionNote(value: unknown): TagNote | null {
  if (!isObject(value)) return null
  const { version, tag, commit, manifest_version, moved_from } = value
  if (
    typeof version !== 'string' ||
    typeof tag !== 'string' ||
    typeof commit !== 'string' ||
    (manifest_version !== null && typeof manifest_version !== 'string') ||
    (moved_from !== undefined && typeof moved_from !== 'string')
  )
    return null
  return { version, tag, commit, manifest_version, ...(moved_from !== undefined ? { moved_from } : {}) }
}

function unreadableOf(value: unknown): { unreadable?: string[] } {
  const list = Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []
  return list.length ? { unreadable: list } : {}
}

function lockEvidence(value: unknown): LockEvidence | null {
  if (!isObject(value)) return null
  const evidence: LockEvidence = {}
  for (const [name, locked] of Object.entries(value)) {
    if (!isObject(locked) || !(LOCK_SOURCES as readonly unknown[]).includes(locked.source)) continue
    evidence[name] = {
      version: typeof locked.version === 'string' ? locked.version : null,
      source: locked.source as LockEvidence[string]['source'],
      commit: typeof locked.commit === 'string' ? locked.commit : null,
    }
  }
  return evidence
}

function ciState(value: unknown): VersionEntry['ci'] {
  return (CI_STATES as readonly unknown[]).includes(value) ? (value as VersionEntry['ci']) : null
}

function stringRecord(value: unknown): Record<string, string> {
  if (!isObject(value)) return {}
  return Object.fromEntries(
    Object.entries(value).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
  )
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}
