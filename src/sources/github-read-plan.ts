/**
 * Which modules a GitHub run reads, and what it reads of each.
 *
 * The listing gives every repository's cheap facts (name, topics, flags, visibility, description, head commit).
 * A module's files are read only when its entry could differ from the previous registry's:
 * - `new`: the previous registry has no entry for it;
 * - `moved`: its head commit is not the entry's `last_commit`;
 * - `stale` / `error`: the previous entry was kept from an earlier failed read, or its health is `error`;
 * - `listed`: a listed fact changed (description, topics, visibility, archived, URL), by a digest in status.json;
 * - `rules`: the rules that turn files into an entry changed (status.json's `rules_version`), or the previous
 *   registry was not written by this tool: everything is read once;
 * - `tags`: the listing's tag state (tag count, newest tag and its commit) is not the one recorded when the
 *   version history was last read (status.json's `history`): a tag was pushed, moved or deleted without a push to
 *   the default branch, or the history was never read;
 * - `pending`: a CI state was still pending when the history was last read (asked again until it settles), or the
 *   history had more to read than one run reads of a module (src/sources/github-history.ts). Its head and tags
 *   are those its entry was built from: the entry is carried and only the history is read (`historyOnly`).
 * Every other module is `carried`: its entry is kept from the previous registry and no file of it is read.
 *
 * What is read of a module is a list of read phases (MODULE_READ_PHASES). Each phase asks, per module, for GraphQL
 * fields under `repository(...)`, all named at the listed commit (`<oid>:path`, never `HEAD:`), so that one entry
 * never mixes two commits; a later phase sees what the earlier ones read (workspace members need Cargo.toml first).
 * A new kind of read (tags with their commits, files at a tag's commit, statusCheckRollup) is a new `ModuleRead`
 * added to a phase: the batching, splitting and failure handling of src/sources/github.ts serve it unchanged.
 */
import { createHash } from 'node:crypto'
import { CIM_YAML } from '../metadata/cim-yaml.js'
import {
  CARGO_TOML,
  PACKAGE_JSON,
  cargoWorkspaceMembers,
  isIgnoredPath,
  matchesWorkspaceGlob,
} from '../metadata/manifests.js'
import { RULES_VERSION } from '../metadata/rules-version.js'
import type { PreviousRegistry } from '../registry/previous.js'
import type { RepositorySnapshot } from '../format/types.js'

export type ReadReason = 'new' | 'moved' | 'stale' | 'error' | 'listed' | 'rules' | 'tags' | 'pending'

export const READ_REASONS: readonly ReadReason[] = [
  'new',
  'moved',
  'stale',
  'error',
  'listed',
  'rules',
  'tags',
  'pending',
]

/** status.json's `history` of a module whose history is not final (a CI state pending, tags left for a later run):
 *  its tag state + this. */
export const PENDING_MARK = ' pending'

export interface ReadPlan {
  /** Modules to read, with the first reason that applies. */
  read: Map<string, ReadReason>
  /** Modules whose previous entry is kept without reading anything. */
  carried: Set<string>
}

/** The listed facts of a module that end up in its entry: a change of any of them re-reads the module. */
export function listedDigest(
  snapshot: Pick<RepositorySnapshot, 'description' | 'topics' | 'visibility' | 'archived' | 'url'>,
): string {
  const facts = [
    snapshot.description ?? '',
    [...snapshot.topics].sort(),
    snapshot.visibility,
    snapshot.archived,
    snapshot.url,
  ]
  return createHash('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16)
}

export function planReads(listed: readonly RepositorySnapshot[], previous: PreviousRegistry): ReadPlan {
  const plan: ReadPlan = { read: new Map(), carried: new Set() }
  const rulesChanged = !previous.generated || previous.rulesVersion !== RULES_VERSION
  for (const snapshot of listed) {
    const reason = readReason(snapshot, previous, rulesChanged)
    if (reason) plan.read.set(snapshot.name, reason)
    else plan.carried.add(snapshot.name)
  }
  return plan
}

function readReason(
  snapshot: RepositorySnapshot,
  previous: PreviousRegistry,
  rulesChanged: boolean,
): ReadReason | undefined {
  const entry = previous.modules.get(snapshot.name)
  if (!entry) return 'new'
  if ((entry.last_commit ?? null) !== snapshot.headCommit) return 'moved'
  if (previous.stale.has(snapshot.name)) return 'stale'
  if (previous.health.get(snapshot.name) === 'error') return 'error'
  if (previous.listed.get(snapshot.name) !== listedDigest(snapshot)) return 'listed'
  if (rulesChanged) return 'rules'
  const history = previous.history.get(snapshot.name)
  if (history === undefined || history.replace(PENDING_MARK, '') !== (snapshot.tagState ?? '')) return 'tags'
  if (history.endsWith(PENDING_MARK)) return 'pending'
  return undefined
}

/** One GraphQL field under `repository(...)` and what to do with its answer. */
export interface FieldRead {
  /** A selection without an alias, e.g. `object(expression: "<oid>:cim.yaml") { ... on Blob { text } }`. */
  selection: string
  apply(snapshot: RepositorySnapshot, value: unknown): void
  /** What it costs, in fields of a request (READ_FIELDS), when more than one: a file known to be large. */
  weight?: number
}

/** A kind of read: the fields it needs of one module (none when it has nothing to read there). */
export type ModuleRead = (snapshot: RepositorySnapshot, oid: string) => FieldRead[] | Promise<FieldRead[]>

const BLOB_FIELDS = '... on Blob { text isBinary byteSize isTruncated }'

interface BlobAnswer {
  text: string | null
  isBinary: boolean | null
  byteSize: number
  isTruncated: boolean
}

/** A file at the listed commit; absent files stay absent. */
export function fileRead(
  path: string,
  log: (message: string) => void = () => {},
): (snapshot: RepositorySnapshot, oid: string) => FieldRead[] {
  return (_snapshot, oid) => [
    {
      selection: `object(expression: ${JSON.stringify(`${oid}:${path}`)}) { ${BLOB_FIELDS} }`,
      apply(snapshot, value) {
        const blob = value as BlobAnswer | null
        if (!blob || blob.byteSize === undefined) return
        if (blob.isTruncated)
          log(`${snapshot.name}: ${path} is ${blob.byteSize} bytes; GitHub's GraphQL gave only its first 512,000`)
        // No text for a binary blob: a single 0xff byte (never valid UTF-8) stands for it, so that the reader
        // says "not valid UTF-8" instead of "missing". A truncated module file keeps its cut text: cim.yaml is
        // refused by its size anyway, and a cut manifest fails to parse with a warning.
        snapshot.files[path] = blob.isBinary || blob.text === null ? new Uint8Array([0xff]) : blob.text
      },
    },
  ]
}

/** The module's tags, newest first (for a version when no manifest has one). */
export const tagsRead: ModuleRead = () => [
  {
    selection:
      'refs(refPrefix: "refs/tags/", first: 50, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) { nodes { name } }',
    apply(snapshot, value) {
      snapshot.tags = ((value as { nodes?: { name: string }[] } | null)?.nodes ?? []).map((node) => node.name)
    },
  },
]

/** The README, only for a module that has no description elsewhere. */
export const readmeRead: ModuleRead = (snapshot, oid) => {
  if (snapshot.description || declaresDescription(snapshot)) return []
  return fileRead('README.md')(snapshot, oid)
}

/**
 * Cargo workspace members' manifests: a literal member path directly, a glob (`crates/*`) through its directory's
 * tree at the listed commit, one level deep.
 */
export const workspaceMembersRead: ModuleRead = (snapshot, oid) => {
  const cargo = snapshot.files[CARGO_TOML]
  if (typeof cargo !== 'string') return []
  const reads: FieldRead[] = []
  for (const glob of cargoWorkspaceMembers(cargo).members) {
    const clean = glob.replace(/^\.\//, '').replace(/\/+$/, '')
    if (isIgnoredPath(clean)) continue
    if (!clean.includes('*')) {
      reads.push(...fileRead(`${clean}/${CARGO_TOML}`)(snapshot, oid))
      continue
    }
    const star = clean.indexOf('*')
    const dir = clean.slice(0, clean.lastIndexOf('/', star) + 1).replace(/\/$/, '')
    reads.push({
      selection: `object(expression: ${JSON.stringify(`${oid}:${dir}`)}) { ... on Tree { entries { name type object { ... on Tree { entries { name object { ${BLOB_FIELDS} } } } } } } }`,
      apply(target, value) {
        const entries = (value as { entries?: TreeEntry[] } | null)?.entries ?? []
        for (const entry of entries) {
          const memberDir = dir ? `${dir}/${entry.name}` : entry.name
          if (entry.type !== 'tree' || !matchesWorkspaceGlob(memberDir, clean)) continue
          const manifest = entry.object?.entries?.find((child) => child.name === CARGO_TOML)?.object
          if (typeof manifest?.text === 'string' && !manifest.isBinary)
            target.files[`${memberDir}/${CARGO_TOML}`] = manifest.text
        }
      },
    })
  }
  return reads
}

interface TreeEntry {
  name: string
  type: string
  object?: { entries?: { name: string; object?: { text?: string | null; isBinary?: boolean | null } | null }[] } | null
}

/**
 * The reads of a module, phase by phase. Phase 1: cim.yaml, the manifests, the README when needed and the tags
 * (the version history's first page of them, or without history the newest 50); phase 2, from what phase 1 read:
 * workspace members.
 */
export function moduleReadPhases(log: (message: string) => void, history?: ModuleRead): ModuleRead[][] {
  const files = [fileRead(CIM_YAML, log), fileRead(CARGO_TOML, log), fileRead(PACKAGE_JSON, log), readmeRead]
  if (!history) return [[...files, tagsRead], [workspaceMembersRead]]
  // The version history asks in rounds what its last answers showed it lacks (tags, then files at new tags, then
  // their workspace members, further pages of tags): a phase each, which costs a request only when it reads. Its
  // tag pages also fill the snapshot's tags, so the tags are not asked twice (src/sources/github-history.ts).
  return [
    [...files, history],
    [workspaceMembersRead, history],
    ...Array.from({ length: HISTORY_ROUNDS - 2 }, () => [history]),
  ]
}

/** Read phases the version history may take; what is still missing after them is read on the next run. */
export const HISTORY_ROUNDS = 6

function declaresDescription(snapshot: RepositorySnapshot): boolean {
  const cimYaml = snapshot.files[CIM_YAML]
  return typeof cimYaml === 'string' && /^\s+description:\s*\S/m.test(cimYaml)
}
