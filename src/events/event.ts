/**
 * The module-updated event: what publish mode sends, what the bridge turns into a repository_dispatch. Pure: built
 * from plain values and checked field by field, identically on both sides, so a bad event is refused where it is
 * made and, should one get into the stream anyway (an older publisher, a hand-written message), where it is read.
 */
import { toUtcSeconds } from '../util/clock.js'
import { decodeUtf8 } from '../util/text.js'
import { isModuleName } from '../metadata/names.js'
import { isVersion } from '../metadata/semver.js'
import { parseRepositoryName } from '../util/repository-name.js'

export const EVENT_SCHEMA = 1

/** The subject publish mode sends on and the bridge's consumer reads. */
export const DEFAULT_SUBJECT = 'cim.module.updated'

/** A real event is about 250 bytes; anything near this bound is not one. */
export const MAX_EVENT_BYTES = 4096

export interface ModuleEvent {
  schema: typeof EVENT_SCHEMA
  /** The module's name, which is also the repository's name. */
  module: string
  /** `owner/name`. */
  repository: string
  /** The pushed commit: the full 40-hex SHA (64 for SHA-256 repositories). */
  commit: string
  /** When the commit was pushed (ISO-8601, UTC, whole seconds). */
  timestamp: string
  /** The pushed ref, e.g. `refs/heads/main`. */
  ref: string
  /** The module's version after the push, or null when neither cim.yaml nor a manifest gives one. */
  version: string | null
}

/** The event's keys in the order they are written; repository_dispatch allows at most 10 in a client_payload. */
export const EVENT_KEYS = ['schema', 'module', 'repository', 'commit', 'timestamp', 'ref', 'version'] as const

export type EventCheck = { ok: true; event: ModuleEvent } | { ok: false; reason: string }

export interface EventRules {
  /** When set, the repository's owner must be this organization (compared as GitHub does, ignoring case). */
  org?: string
  maxBytes?: number
}

const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/
/** GitHub owner: alphanumerics and single inner hyphens, at most 39 characters. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/
/** A git ref as Actions reports pushes: refs/heads/... or refs/tags/..., without the sequences git refuses. */
const REF = /^refs\/(?:heads|tags)\/[^\s~^:?*[\\\x00-\x1f\x7f]+$/
const MAX_REF_LENGTH = 255

/**
 * The JetStream message id, `<repository>@<ref>@<sha>#<run id>`: the stream drops a second message with an id it
 * has seen within its duplicate window (https://docs.nats.io/using-nats/developer/develop_jetstream/model_deep_dive#message-deduplication).
 * A re-run of a workflow keeps its run id (GITHUB_RUN_ID; only GITHUB_RUN_ATTEMPT changes) and is deduplicated; a
 * tag push of the same commit has another ref, and a force-push back to a commit already announced is another run:
 * both are new events. Without a run id (the command line) the id is `<repository>@<ref>@<sha>`.
 */
export function messageId(event: Pick<ModuleEvent, 'repository' | 'ref' | 'commit'>, runId?: string): string {
  const id = `${event.repository}@${event.ref}@${event.commit}`
  return runId ? `${id}#${runId}` : id
}

/** What buildEvent takes: the event without its schema, with any ISO-8601 time (normalised to UTC whole seconds). */
export type EventInput = Omit<ModuleEvent, 'schema'>

/** Builds and checks an event; throws with the reason when a value is not acceptable. */
export function buildEvent(input: EventInput): ModuleEvent {
  const candidate = {
    schema: EVENT_SCHEMA,
    module: input.module,
    repository: input.repository,
    commit: input.commit.toLowerCase(),
    timestamp: toUtcSeconds(input.timestamp) ?? input.timestamp,
    ref: input.ref,
    version: input.version,
  }
  const check = checkEvent(candidate)
  if (!check.ok) throw new Error(`cannot build the event: ${check.reason}`)
  return check.event
}

/** The event as bytes on the wire: JSON, so no value can break the payload. */
export function encodeEvent(event: ModuleEvent): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(event, EVENT_KEYS as unknown as string[]))
}

/** Reads an event from the bytes of a message: size, UTF-8, JSON, then the fields. */
export function decodeEvent(bytes: Uint8Array, rules: EventRules = {}): EventCheck {
  const max = rules.maxBytes ?? MAX_EVENT_BYTES
  if (bytes.byteLength > max) return refuse(`payload is ${bytes.byteLength} bytes; an event has at most ${max}`)
  if (bytes.byteLength === 0) return refuse('payload is empty')
  const text = decodeUtf8(bytes)
  if (text === null) return refuse('payload is not valid UTF-8')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return refuse(`payload is not JSON: ${(error as Error).message}`)
  }
  return checkEvent(data, rules)
}

/** Checks a parsed value against the event contract; the reason names the first field that breaks it. */
export function checkEvent(data: unknown, rules: EventRules = {}): EventCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return refuse('payload is not a JSON object')
  const record = data as Record<string, unknown>
  if (!('schema' in record)) return refuse('schema is missing')
  if (record.schema !== EVENT_SCHEMA)
    return refuse(`schema ${show(record.schema)} is not supported (expected ${EVENT_SCHEMA})`)
  const unknown = Object.keys(record).filter((key) => !(EVENT_KEYS as readonly string[]).includes(key))
  if (unknown.length > 0)
    return refuse(`unknown key${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).map(show).join(', ')}`)
  for (const key of EVENT_KEYS) if (!(key in record)) return refuse(`${key} is missing`)

  const { module, repository, commit, timestamp, ref, version } = record
  if (typeof module !== 'string' || !isModuleName(module)) return refuse(`module ${show(module)} is not a module name`)
  if (typeof repository !== 'string') return refuse(`repository ${show(repository)} is not a string`)
  const parsed = parseRepositoryName(repository)
  if (!parsed || !OWNER.test(parsed.owner)) return refuse(`repository ${show(repository)} is not owner/name`)
  const { owner, repo: name } = parsed
  if (name !== module) return refuse(`repository ${show(repository)} does not hold module ${show(module)}`)
  if (rules.org !== undefined && owner.toLowerCase() !== rules.org.toLowerCase()) {
    return refuse(`repository ${show(repository)} is outside the organization ${show(rules.org)}`)
  }
  if (typeof commit !== 'string' || !COMMIT.test(commit))
    return refuse(`commit ${show(commit)} is not a full lowercase hex SHA`)
  if (typeof timestamp !== 'string' || !TIMESTAMP.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
    return refuse(`timestamp ${show(timestamp)} is not an ISO-8601 time`)
  }
  if (
    typeof ref !== 'string' ||
    ref.length > MAX_REF_LENGTH ||
    !REF.test(ref) ||
    ref.includes('..') ||
    ref.endsWith('.lock')
  ) {
    return refuse(`ref ${show(ref)} is not a branch or tag ref`)
  }
  if (version !== null && (typeof version !== 'string' || !isVersion(version))) {
    return refuse(`version ${show(version)} is neither null nor a semver version`)
  }
  return {
    ok: true,
    event: { schema: EVENT_SCHEMA, module, repository, commit, timestamp, ref, version: version as string | null },
  }
}

function refuse(reason: string): EventCheck {
  return { ok: false, reason }
}

/** A value quoted for a reason line, cut short so a hostile payload cannot flood the log. */
function show(value: unknown): string {
  const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value))
  return text.length > 80 ? `${text.slice(0, 77)}...` : text
}
