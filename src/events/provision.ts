/**
 * The event path's JetStream objects: the stream that keeps module events, a stream of its own for dead letters, and
 * the bridge's durable consumer. Their configuration is pure (so the README's server configuration and `nats setup`
 * cannot drift apart); `setupEventPath` reads what the server has, checks the whole plan against it (cluster size
 * for replicas, account limits, the server's payload limit, fields a server cannot change, subjects another stream
 * owns) before changing anything, and undoes its own steps when a later one is refused, so a refused setup leaves
 * everything as it was.
 */
import {
  AckPolicy,
  DeliverPolicy,
  DiscardPolicy,
  ReplayPolicy,
  RetentionPolicy,
  StorageType,
  type ConsumerConfig,
  type JetStreamAccountStats,
  type JetStreamUsageAccountLimits,
  type JetStreamManager,
  type StreamConfig,
} from '@nats-io/jetstream'
import { nanos } from '@nats-io/transport-node'
import { DEFAULT_SUBJECT, MAX_EVENT_BYTES } from './event.js'
import { CimError } from '../errors.js'

export const DEFAULT_STREAM = 'CIM_MODULES'
export const DEFAULT_CONSUMER = 'cim-registry-bridge'
/**
 * Events that failed validation, republished by the bridge to a stream of their own: outside the event stream's
 * subjects, so that no amount of junk counts against the event stream's limits (two streams cannot share subjects).
 */
export const DEFAULT_DEAD_LETTER_SUBJECT = 'cim.dead-letter.module'
export const DEFAULT_DEAD_LETTER_STREAM = 'CIM_MODULES_DEAD_LETTERS'
/** What is kept of an invalid payload in its dead letter: enough to see what it was, never a large message. */
export const DEAD_LETTER_COPY_BYTES = 1024
/**
 * Room for a message's headers within the stream's `max_msg_size`, which counts headers and payload together
 * (nats-server stream.go: `len(hdr)+len(msg) > maxMsgSize` -> "message size exceeds maximum allowed"). The event's
 * `Nats-Msg-Id` is at most ~450 bytes (a 100-character repository, a 255-character ref, a SHA, a run id).
 */
export const HEADER_ALLOWANCE_BYTES = 1024

const DAY_MS = 24 * 60 * 60 * 1000

export interface StreamSettings {
  stream: string
  /** Subjects the stream captures; the event subject and the dead-letter subject must fall under them. */
  subjects: string[]
  /** 1 for a single server, 3 for a three-node cluster. */
  replicas: number
  /** Re-runs of a workflow within this window are deduplicated by message id. */
  duplicateWindowMs: number
  /** 0: no limit. */
  maxAgeMs: number
  maxMessages: number
  maxBytes: number
  /** The largest event the stream takes; larger ones are refused at publish. */
  maxEventBytes: number
}

export interface DeadLetterSettings {
  stream: string
  subject: string
  replicas: number
  /** 0: no limit. */
  maxAgeMs: number
  maxMessages: number
  maxBytes: number
}

export interface ConsumerSettings {
  stream: string
  consumer: string
  /** The subject the bridge reads: the events, not the dead letters. */
  subject: string
  /** Redelivery after this long without an ack (a bridge that died holding the event). */
  ackWaitMs: number
  /** Events delivered and not yet acknowledged, at most; a coalescing bridge holds a window's worth. */
  maxAckPending: number
  replicas: number
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  stream: DEFAULT_STREAM,
  subjects: ['cim.module.>'],
  replicas: 1,
  // Re-runs usually come within hours; a week covers a weekend. The client is idempotent beyond it anyway,
  // since every update run reconciles the whole organization.
  duplicateWindowMs: 7 * DAY_MS,
  maxAgeMs: 30 * DAY_MS,
  maxMessages: 1_000_000,
  maxBytes: 1024 * 1024 * 1024,
  maxEventBytes: MAX_EVENT_BYTES,
}

export const DEFAULT_DEAD_LETTER_SETTINGS: DeadLetterSettings = {
  stream: DEFAULT_DEAD_LETTER_STREAM,
  subject: DEFAULT_DEAD_LETTER_SUBJECT,
  replicas: 1,
  maxAgeMs: 30 * DAY_MS,
  // The oldest dead letters make room for new ones: this stream is for a person to look at, never for work.
  maxMessages: 100_000,
  maxBytes: 256 * 1024 * 1024,
}

export const DEFAULT_CONSUMER_SETTINGS: ConsumerSettings = {
  stream: DEFAULT_STREAM,
  consumer: DEFAULT_CONSUMER,
  subject: DEFAULT_SUBJECT,
  ackWaitMs: 60_000,
  maxAckPending: 20_000,
  replicas: 1,
}

export function streamConfig(settings: StreamSettings): Partial<StreamConfig> & { name: string } {
  return {
    name: settings.stream,
    description: 'CIM module events (cim-registry-action)',
    subjects: settings.subjects,
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    // A full stream refuses new messages instead of evicting the oldest, which may be events not yet dispatched
    // (https://docs.nats.io/nats-concepts/jetstream/streams#discardpolicy). The publisher then falls back to a
    // direct repository_dispatch.
    discard: DiscardPolicy.New,
    num_replicas: settings.replicas,
    duplicate_window: nanos(settings.duplicateWindowMs),
    max_age: nanos(settings.maxAgeMs),
    max_msgs: settings.maxMessages,
    max_bytes: settings.maxBytes,
    max_msg_size: settings.maxEventBytes + HEADER_ALLOWANCE_BYTES,
  }
}

export function deadLetterStreamConfig(settings: DeadLetterSettings): Partial<StreamConfig> & { name: string } {
  return {
    name: settings.stream,
    description: 'CIM module events that failed validation, with the reason (cim-registry-action)',
    subjects: [settings.subject],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    discard: DiscardPolicy.Old,
    num_replicas: settings.replicas,
    // The bridge's retries of one dead letter carry the same id.
    duplicate_window: nanos(2 * 60_000),
    max_age: nanos(settings.maxAgeMs),
    max_msgs: settings.maxMessages,
    max_bytes: settings.maxBytes,
    max_msg_size: DEAD_LETTER_COPY_BYTES + 2 * HEADER_ALLOWANCE_BYTES,
  }
}

export function consumerConfig(settings: ConsumerSettings): Partial<ConsumerConfig> & { durable_name: string } {
  return {
    durable_name: settings.consumer,
    description: 'cim-registry bridge: module events to repository_dispatch',
    filter_subject: settings.subject,
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    replay_policy: ReplayPolicy.Instant,
    ack_wait: nanos(settings.ackWaitMs),
    // Never give up on an event: a dispatch that keeps failing leaves it pending, never drops it.
    max_deliver: -1,
    max_ack_pending: settings.maxAckPending,
    num_replicas: settings.replicas,
  }
}

/** True when `subject` is matched by one of the stream's subject filters (`*` one token, `>` the rest). */
export function subjectCovered(subject: string, filters: string[]): boolean {
  const tokens = subject.split('.')
  return filters.some((filter) => {
    const parts = filter.split('.')
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === '>') return tokens.length > i
      if (i >= tokens.length || (parts[i] !== '*' && parts[i] !== tokens[i])) return false
    }
    return parts.length === tokens.length
  })
}

export type Provisioned = 'created' | 'updated' | 'unchanged'

export interface EventPathSettings {
  stream: StreamSettings
  deadLetters: DeadLetterSettings
  consumer: ConsumerSettings
}

/** What the server says about itself, for the checks: from the client's INFO and the account's JetStream info. */
export interface ServerFacts {
  /** The largest message the server takes (INFO max_payload). */
  maxPayload: number
  /**
   * The cluster's name, when the server is clustered. Its size is not known up front: INFO connect_urls is empty
   * under `cluster { no_advertise: true }` (https://docs.nats.io/reference/config/cluster/no_advertise) and lists
   * one URL per interface for a server on 0.0.0.0, so the server's own refusal (and the undo) settles the count.
   */
  cluster?: string
  account: JetStreamAccountStats
}

export interface SetupResult {
  stream: Provisioned
  deadLetters: Provisioned
  consumer: Provisioned
}

/** A refused setup: every reason found, and nothing changed. */
export class SetupRefused extends CimError {
  override name = 'SetupRefused'
  constructor(readonly reasons: string[]) {
    super(
      'NATS_SETUP_REFUSED',
      `nats setup refused, nothing changed:\n${reasons.map((reason) => `  - ${reason}`).join('\n')}`,
    )
  }
}

type Step = {
  what: string
  existing: Record<string, unknown> | null
  wanted: Record<string, unknown>
  apply(): Promise<unknown>
  undo(): Promise<unknown>
}

/**
 * Creates or updates the dead-letter stream, the event stream and the consumer, in that order, after checking the
 * whole plan against the server. When a step is refused anyway, the steps done are undone (a created object is
 * deleted, an updated one gets its old configuration back) and the error says so.
 */
export async function setupEventPath(
  jsm: JetStreamManager,
  settings: EventPathSettings,
  facts: ServerFacts,
): Promise<SetupResult> {
  const stream = streamConfig(settings.stream)
  const deadLetters = deadLetterStreamConfig(settings.deadLetters)
  const consumer = consumerConfig(settings.consumer)
  const [streamInfo, deadLetterInfo, consumerInfo] = await Promise.all([
    jsm.streams.info(stream.name).catch(notFound),
    jsm.streams.info(deadLetters.name).catch(notFound),
    jsm.consumers.info(stream.name, consumer.durable_name).catch(notFound),
  ])
  const owners = await subjectOwners(jsm, [settings.consumer.subject, settings.deadLetters.subject])
  const reasons = checkPlan(settings, facts, {
    stream: streamInfo?.config ?? null,
    deadLetters: deadLetterInfo?.config ?? null,
    consumer: consumerInfo?.config ?? null,
    owners,
    ...(await reservedBytes(jsm).then((bytes) => (bytes === undefined ? {} : { reservedBytes: bytes }))),
  })
  if (reasons.length > 0) throw new SetupRefused(reasons)

  const streamStep = (config: Partial<StreamConfig> & { name: string }, existing: StreamConfig | null): Step => ({
    what: `stream ${config.name}`,
    existing: existing as Record<string, unknown> | null,
    wanted: config,
    apply: () => (existing ? jsm.streams.update(config.name, withoutName(config)) : jsm.streams.add(config)),
    undo: () => (existing ? jsm.streams.update(config.name, withoutName(existing)) : jsm.streams.delete(config.name)),
  })
  const steps: Step[] = [
    streamStep(deadLetters, deadLetterInfo?.config ?? null),
    streamStep(stream, streamInfo?.config ?? null),
    {
      what: `consumer ${consumer.durable_name}`,
      existing: (consumerInfo?.config ?? null) as Record<string, unknown> | null,
      wanted: consumer,
      apply: () =>
        consumerInfo
          ? jsm.consumers.update(stream.name, consumer.durable_name, consumer)
          : jsm.consumers.add(stream.name, consumer),
      undo: () =>
        consumerInfo
          ? jsm.consumers.update(stream.name, consumer.durable_name, consumerInfo.config)
          : jsm.consumers.delete(stream.name, consumer.durable_name),
    },
  ]
  const outcomes: Provisioned[] = []
  const done: Step[] = []
  for (const step of steps) {
    if (step.existing && sameFields(step.existing, step.wanted)) {
      outcomes.push('unchanged')
      continue
    }
    try {
      await step.apply()
    } catch (error) {
      const undone = await undo(done)
      throw new Error(`${step.what}: the server refused the change (${(error as Error).message}); ${undone}`)
    }
    done.push(step)
    outcomes.push(step.existing ? 'updated' : 'created')
  }
  return { stream: outcomes[1]!, deadLetters: outcomes[0]!, consumer: outcomes[2]! }
}

async function undo(done: Step[]): Promise<string> {
  if (done.length === 0) return 'nothing was changed'
  const failed: string[] = []
  for (const step of [...done].reverse()) {
    await step.undo().catch((error: Error) => failed.push(`${step.what} (${error.message})`))
  }
  const names = done.map((step) => step.what).join(', ')
  return failed.length === 0
    ? `undid the change of ${names}`
    : `could not undo ${failed.join(', ')}: check them by hand`
}

interface Existing {
  stream: StreamConfig | null
  deadLetters: StreamConfig | null
  consumer: ConsumerConfig | null
  /** Subject -> the stream that captures it now. */
  owners: Map<string, string>
  /**
   * File storage the account's streams reserve now (max_bytes x replicas), for servers whose account info has no
   * `reserved_storage` (2.9 reports none); ignored when it does.
   */
  reservedBytes?: number
}

/** Every reason the plan cannot work on this server; pure, so each is tested without one. */
export function checkPlan(settings: EventPathSettings, facts: ServerFacts, existing: Existing): string[] {
  const reasons: string[] = []
  const { stream, deadLetters, consumer } = settings
  const replicas = Math.max(stream.replicas, deadLetters.replicas, consumer.replicas)
  // Only a server that is not clustered at all is refused here; too few servers in a cluster is the server's to say
  // ("insufficient resources"), and the steps done by then are undone. Streams that already have their replicas
  // are left alone.
  const placed =
    existing.stream?.num_replicas === stream.replicas && existing.deadLetters?.num_replicas === deadLetters.replicas
  if (!placed && replicas > 1 && !facts.cluster) {
    reasons.push(
      `--replicas ${replicas} needs a JetStream cluster of at least ${replicas} servers; this server is not clustered (use --replicas 1)`,
    )
  }
  if (stream.maxAgeMs > 0 && stream.duplicateWindowMs > stream.maxAgeMs) {
    reasons.push('the duplicate window cannot be longer than the maximum age')
  }
  const messageBytes = stream.maxEventBytes + HEADER_ALLOWANCE_BYTES
  if (messageBytes > facts.maxPayload) {
    reasons.push(
      `events of ${stream.maxEventBytes} bytes plus headers exceed the server's max_payload of ${facts.maxPayload} bytes`,
    )
  }
  reasons.push(...accountReasons(settings, facts.account, existing))
  for (const [config, wanted] of [
    [existing.stream, stream.stream],
    [existing.deadLetters, deadLetters.stream],
  ] as const) {
    if (config && config.storage !== StorageType.File)
      reasons.push(`stream ${wanted} exists with ${config.storage} storage, which cannot be changed to file`)
    if (config && config.retention !== RetentionPolicy.Limits) {
      reasons.push(`stream ${wanted} exists with ${config.retention} retention, which cannot be changed to limits`)
    }
  }
  for (const [subject, owner] of existing.owners) {
    const expected = subject === deadLetters.subject ? deadLetters.stream : stream.stream
    if (owner !== expected) reasons.push(`subject ${subject} is already captured by stream ${owner}`)
  }
  if (existing.consumer && existing.consumer.filter_subject && existing.consumer.filter_subject !== consumer.subject) {
    reasons.push(
      `consumer ${consumer.consumer} reads ${existing.consumer.filter_subject}, not ${consumer.subject}; ` +
        'a server before 2.10 cannot change that: delete the consumer first',
    )
  }
  return reasons
}

/**
 * The account's JetStream limits that apply to streams of `replicas` replicas, and its usage under them. An account
 * with tiered limits (operator/JWT mode: https://docs.nats.io/running-a-nats-service/configuration/resource_management)
 * reports them per tier under `tiers.R1`, `tiers.R3`, ..., with zeros at the top level; null when it has tiers but
 * none for this replica count (JetStream is then not enabled for it).
 */
function accountTier(
  account: JetStreamAccountStats,
  replicas: number,
): { name: string; usage: JetStreamUsageAccountLimits } | null {
  const tiers = Object.entries(account.tiers ?? {}).filter(
    (entry): entry is [string, JetStreamUsageAccountLimits] => entry[1] !== undefined,
  )
  if (tiers.length === 0) return { name: 'the account', usage: account }
  const tier = tiers.find(([name]) => name === `R${replicas}`)
  return tier ? { name: `the account's tier ${tier[0]}`, usage: tier[1] } : null
}

function accountReasons(settings: EventPathSettings, account: JetStreamAccountStats, existing: Existing): string[] {
  const reasons: string[] = []
  const replicas = Math.max(settings.stream.replicas, settings.deadLetters.replicas)
  const tier = accountTier(account, replicas)
  if (!tier) {
    const names = Object.keys(account.tiers ?? {}).join(', ')
    return [
      `the account has no JetStream limits for ${replicas} replicas (its tiers: ${names}): use --replicas to match one, or ask for an R${replicas} tier`,
    ]
  }
  const { name, usage } = tier
  const limits = usage.limits
  const newStreams = (existing.stream ? 0 : 1) + (existing.deadLetters ? 0 : 1)
  if (limits.max_streams > 0 && usage.streams + newStreams > limits.max_streams) {
    reasons.push(
      `${name} may have ${limits.max_streams} streams and has ${usage.streams}; setup needs ${newStreams} more`,
    )
  }
  if (limits.max_consumers > 0 && !existing.consumer && usage.consumers + 1 > limits.max_consumers) {
    reasons.push(`${name} may have ${limits.max_consumers} consumers and has ${usage.consumers}`)
  }
  // Reserved storage: a stream's max_bytes (times its replicas) counts against the storage limit as long as the
  // stream exists, so what other streams reserve counts too; of ours, only what is new or grows.
  const growth = (wanted: number, wantedReplicas: number, config: StreamConfig | null) =>
    Math.max(0, wanted * wantedReplicas - (config ? Math.max(0, config.max_bytes) * config.num_replicas : 0))
  const added =
    growth(settings.stream.maxBytes, settings.stream.replicas, existing.stream) +
    growth(settings.deadLetters.maxBytes, settings.deadLetters.replicas, existing.deadLetters)
  const reserved = typeof usage.reserved_storage === 'number' ? usage.reserved_storage : (existing.reservedBytes ?? 0)
  if (limits.max_storage > 0 && added > 0 && reserved + added > limits.max_storage) {
    reasons.push(
      `the streams' max_bytes add ${added} bytes (with replicas) to the ${reserved} bytes already reserved, ` +
        `past the storage limit of ${limits.max_storage} bytes of ${name}`,
    )
  }
  for (const wanted of [settings.stream, settings.deadLetters]) {
    if (limits.storage_max_stream_bytes > 0 && wanted.maxBytes > limits.storage_max_stream_bytes) {
      reasons.push(
        `stream ${wanted.stream}'s max_bytes ${wanted.maxBytes} exceeds the largest stream ${name} allows, ${limits.storage_max_stream_bytes} bytes`,
      )
    }
  }
  if (limits.max_ack_pending > 0 && settings.consumer.maxAckPending > limits.max_ack_pending) {
    reasons.push(
      `max_ack_pending ${settings.consumer.maxAckPending} exceeds the limit of ${limits.max_ack_pending} of ${name}`,
    )
  }
  return reasons
}

/** The file storage reserved by the account's streams: the sum of their max_bytes times their replicas. */
async function reservedBytes(jsm: JetStreamManager): Promise<number | undefined> {
  let total = 0
  try {
    for await (const info of jsm.streams.list()) {
      if (info.config.storage === StorageType.File && info.config.max_bytes > 0)
        total += info.config.max_bytes * info.config.num_replicas
    }
  } catch {
    // Credentials that may not list streams: the server's own refusal (and the undo) remains.
    return undefined
  }
  return total
}

/** Which stream captures each subject now (a stream name lookup by subject); subjects no stream captures are left out. */
async function subjectOwners(jsm: JetStreamManager, subjects: string[]): Promise<Map<string, string>> {
  const owners = new Map<string, string>()
  for (const subject of subjects) {
    const owner = await jsm.streams.find(subject).catch(() => null)
    if (owner) owners.set(subject, owner)
  }
  return owners
}

function withoutName<T extends { name: string }>(config: T): Omit<T, 'name'> {
  const { name: _name, ...rest } = config
  return rest
}

function notFound(error: Error): null {
  if (/not found/i.test(error.message)) return null
  throw error
}

/** Whether every field of `wanted` has the same value in `actual` (arrays compared element-wise). */
function sameFields(actual: object, wanted: object): boolean {
  const current = actual as Record<string, unknown>
  return Object.entries(wanted).every(([key, value]) => JSON.stringify(current[key]) === JSON.stringify(value))
}

/** Creates the stream, or updates the settings this project manages on an existing one (tests and benchmarks). */
export async function ensureStream(jsm: JetStreamManager, settings: StreamSettings): Promise<Provisioned> {
  return ensure(jsm, streamConfig(settings))
}

/** The same for the dead-letter stream. */
export async function ensureDeadLetterStream(
  jsm: JetStreamManager,
  settings: DeadLetterSettings,
): Promise<Provisioned> {
  return ensure(jsm, deadLetterStreamConfig(settings))
}

async function ensure(jsm: JetStreamManager, wanted: Partial<StreamConfig> & { name: string }): Promise<Provisioned> {
  const existing = await jsm.streams.info(wanted.name).catch(notFound)
  if (!existing) {
    await jsm.streams.add(wanted)
    return 'created'
  }
  if (sameFields(existing.config, wanted)) return 'unchanged'
  await jsm.streams.update(wanted.name, withoutName(wanted))
  return 'updated'
}

/** Creates the bridge's durable consumer, or updates the settings this project manages on it. */
export async function ensureConsumer(jsm: JetStreamManager, settings: ConsumerSettings): Promise<Provisioned> {
  const wanted = consumerConfig(settings)
  const existing = await jsm.consumers.info(settings.stream, settings.consumer).catch(notFound)
  if (!existing) {
    await jsm.consumers.add(settings.stream, wanted)
    return 'created'
  }
  if (sameFields(existing.config, wanted)) return 'unchanged'
  await jsm.consumers.update(settings.stream, settings.consumer, wanted)
  return 'updated'
}
