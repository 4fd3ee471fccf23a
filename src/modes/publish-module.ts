/**
 * `publish`: announce a push of a module repository. Validates the module's cim.yaml, builds the event from it and
 * from the push, publishes it to JetStream (deduplicated by `<repository>@<ref>@<sha>#<run id>`), and, when so
 * configured, sends the registry repository's repository_dispatch directly: as a fallback when NATS cannot take the
 * event (unreachable, or a full stream refusing it), or always.
 * Knows nothing of the Actions runtime: the action adapter reads inputs and turns the result into outputs.
 */
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { jetstream } from '@nats-io/jetstream'
import { parseCimYaml, type DeclaredMetadata } from '../metadata/cim-yaml.js'
import { CARGO_TOML, PACKAGE_JSON, readManifests } from '../metadata/manifests.js'
import { compileModulePattern } from '../metadata/names.js'
import { checkModuleTopics, type EventRepository } from '../metadata/module-topics.js'
import type { Problem } from '../format/types.js'
import { backoffDelay, sleep, type Backoff } from '../events/backoff.js'
import { createDispatcher, type Dispatch, type DispatchOutcome } from '../github/dispatch.js'
import { closeConnection, connectNats, type NatsSettings } from '../events/connection.js'
import { buildEvent, messageId, type ModuleEvent } from '../events/event.js'
import { PUBLISH_BACKOFF, publishEvent, type PublishResult } from '../events/jetstream-publish.js'
import { hasErrors } from '../format/problems.js'
import { parseRepositoryName } from '../util/repository-name.js'

export const DISPATCH_POLICIES = ['fallback', 'always', 'never'] as const
export type DispatchPolicy = (typeof DISPATCH_POLICIES)[number]

export interface PublishModeOptions {
  /** The module's cim.yaml; its folder is the module's root, whose manifests give the version cim.yaml may not. */
  path: string
  /** `owner/name` of the module repository. */
  repository: string
  commit: string
  ref: string
  /** When the push happened (the head commit's time), ISO-8601. */
  timestamp: string
  /** The workflow run (GITHUB_RUN_ID), for the message id: a re-run is deduplicated, a new run of the same commit is not. */
  runId?: string
  /** Null: no NATS at all (only with dispatch `always`). */
  nats: NatsSettings | null
  subject: string
  /** The whole publish, retries and the fallback dispatch included. */
  timeoutMs: number
  dispatch: DispatchPolicy
  registryRepo?: string
  dispatchToken?: string
  githubApiUrl?: string
  log?: (message: string) => void
  /** The repository as the event payload describes it: its topics are checked (warnings only). */
  eventRepository?: EventRepository | null
}

export interface PublishModeResult {
  /** Problems of cim.yaml (none when it is missing: the module is then named after the repository). */
  problems: Problem[]
  valid: boolean
  cimYamlFound: boolean
  event: ModuleEvent
  ack: PublishResult | null
  /** Why the event did not reach the stream, when it did not. */
  natsError: string | null
  dispatched: boolean
  dispatchError: string | null
}

/** Checks that the options make sense together, before anything is read or sent. */
export function checkPublishOptions(
  options: Pick<PublishModeOptions, 'nats' | 'dispatch' | 'registryRepo' | 'dispatchToken'>,
): void {
  const canDispatch = Boolean(options.registryRepo && options.dispatchToken)
  if (options.dispatch === 'always' && !canDispatch)
    throw new Error('dispatch `always` needs registry-repo and dispatch-token')
  if (!options.nats && options.dispatch !== 'always') {
    throw new Error(
      'nats-servers is required (or set dispatch to `always` with registry-repo and dispatch-token to skip NATS)',
    )
  }
}

/** The share of `timeout` kept for a dispatch that may follow NATS (at most DISPATCH_RESERVE_MAX_MS). */
export const DISPATCH_RESERVE_SHARE = 1 / 3
export const DISPATCH_RESERVE_MAX_MS = 15_000
/** Retries of the dispatch (5xx, the network, a rate limit that resets in time), all before the deadline. */
const DISPATCH_BACKOFF: Backoff = { initialMs: 1000, maxMs: 4000 }

export async function publishModule(options: PublishModeOptions): Promise<PublishModeResult> {
  checkPublishOptions(options)
  // One deadline for the whole publish. When a dispatch may follow, NATS stops early enough to leave it a share.
  const deadline = Date.now() + options.timeoutMs
  const canDispatch = Boolean(options.registryRepo && options.dispatchToken)
  const mayDispatch = canDispatch && options.dispatch !== 'never'
  const natsDeadline = mayDispatch
    ? deadline - Math.min(options.timeoutMs * DISPATCH_RESERVE_SHARE, DISPATCH_RESERVE_MAX_MS)
    : deadline
  const log = options.log ?? (() => {})
  const name = parseRepositoryName(options.repository)?.repo ?? ''
  const metadata = await readModuleMetadata(options.path, name)
  if (options.eventRepository) metadata.problems.push(...checkModuleTopics(options.eventRepository, metadata.declared))
  const event = buildEvent({
    module: metadata.module,
    repository: options.repository,
    commit: options.commit,
    timestamp: options.timestamp,
    ref: options.ref,
    version: metadata.version,
  })

  let ack: PublishResult | null = null
  let natsError: string | null = null
  if (options.nats) {
    try {
      ack = await publishOnce(options.nats, event, options, natsDeadline, log)
      const duplicate = ack.duplicate ? ' (duplicate: already published)' : ''
      log(`published ${messageId(event, options.runId)} to stream ${ack.stream} as seq ${ack.seq}${duplicate}`)
    } catch (error) {
      natsError = (error as Error).message
    }
  }

  let dispatched = false
  let dispatchError: string | null = null
  if (options.dispatch === 'always' || (options.dispatch === 'fallback' && natsError !== null && canDispatch)) {
    const dispatch = createDispatcher({
      registryRepo: options.registryRepo!,
      token: options.dispatchToken!,
      ...(options.githubApiUrl ? { baseUrl: options.githubApiUrl } : {}),
      timeoutMs: Math.max(1, Math.min(deadline - Date.now(), 30_000)),
      // Retried below, within the deadline: the client's own retries would wait past it.
      retries: 0,
      log,
    })
    const outcome = await dispatchBefore(dispatch, { ...event }, deadline, log)
    dispatched = outcome.ok
    if (outcome.ok) log(`sent repository_dispatch module-updated to ${options.registryRepo}`)
    else dispatchError = outcome.reason
  }
  return { ...metadata, event, ack, natsError, dispatched, dispatchError }
}

/**
 * Sends the dispatch until GitHub accepts it, refuses it for good, or the deadline comes: the request in flight is
 * abandoned then, and a retry (after a 5xx, a network error, or a rate limit whose wait ends in time) starts only
 * if it can end before it.
 */
async function dispatchBefore(
  dispatch: Dispatch,
  payload: Record<string, unknown>,
  deadline: number,
  log: (message: string) => void,
): Promise<DispatchOutcome> {
  const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()))
  for (let attempt = 0; ; attempt++) {
    const outcome = await dispatch(payload, signal)
    if (outcome.ok || !outcome.retryable) return outcome
    const delay = Math.max(outcome.retryAfterMs ?? 0, backoffDelay(attempt, DISPATCH_BACKOFF))
    if (signal.aborted || Date.now() + delay >= deadline) return outcome
    log(`${outcome.reason}; retrying the dispatch in ${delay} ms`)
    await sleep(delay, signal)
  }
}

/** Connects (retrying a server that refuses connections, as one does while restarting), publishes, closes. */
async function publishOnce(
  nats: NatsSettings,
  event: ModuleEvent,
  options: PublishModeOptions,
  deadline: number,
  log: (message: string) => void,
): Promise<PublishResult> {
  for (let attempt = 0; ; attempt++) {
    const remaining = deadline - Date.now()
    let nc
    try {
      nc = await connectNats(nats, {
        name: 'cim-registry-publish',
        timeout: Math.max(500, Math.min(5000, remaining)),
        maxReconnectAttempts: -1,
        reconnectTimeWait: 250,
      })
    } catch (error) {
      const failure = error as Error & { refused?: boolean }
      const delay = backoffDelay(attempt, PUBLISH_BACKOFF)
      if (failure.refused || Date.now() + delay >= deadline) throw failure
      log(`${failure.message}; retrying in ${delay} ms`)
      await sleep(delay)
      continue
    }
    try {
      return await publishEvent(jetstream(nc), event, {
        subject: options.subject,
        timeoutMs: Math.max(1, deadline - Date.now()),
        ...(options.runId ? { runId: options.runId } : {}),
        onRetry: (retry, delay, reason) => log(`${reason}; retry ${retry} in ${delay} ms`),
      })
    } finally {
      await closeConnection(nc)
    }
  }
}

interface ModuleMetadata {
  module: string
  version: string | null
  problems: Problem[]
  valid: boolean
  cimYamlFound: boolean
  /** What cim.yaml declares (null: absent or invalid), for the topic checks. */
  declared: DeclaredMetadata | null
}

/**
 * The module's name and version. The version is cim.yaml's when it declares one, else the root manifests' (as the
 * registry infers it); invalid metadata still yields the repository's name, so that the push is announced and the
 * registry records the problem.
 */
async function readModuleMetadata(path: string, repositoryName: string): Promise<ModuleMetadata> {
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null
    throw new Error(`cannot read ${path}: ${error.message}`)
  })
  const root = dirname(path)
  const files: Record<string, string> = {}
  for (const file of [CARGO_TOML, PACKAGE_JSON]) {
    const text = await readFile(join(root, file), 'utf8').catch(() => null)
    if (text !== null) files[file] = text
  }
  const inferred = readManifests(repositoryName, files, compileModulePattern()).version
  if (!bytes)
    return { module: repositoryName, version: inferred, problems: [], valid: true, cimYamlFound: false, declared: null }
  const { metadata, problems } = parseCimYaml(bytes, { file: path, expectedName: repositoryName })
  const valid = !hasErrors(problems)
  return {
    module: repositoryName,
    version: metadata?.version ?? inferred,
    problems,
    valid,
    cimYamlFound: true,
    declared: metadata,
  }
}
