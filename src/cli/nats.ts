/**
 * The event-path commands of `cim-registry`: `nats setup` (create or update the stream and the bridge's consumer)
 * and `bridge` (the long-running service that turns module events into repository_dispatch). Secrets never come
 * from the command line, where `ps` shows them to everyone: only from files and named environment variables.
 */
import { readFileSync } from 'node:fs'
import { jetstreamManager } from '@nats-io/jetstream'
import type { NatsConnection } from '@nats-io/transport-node'
import {
  DEFAULT_DISPATCH_TIMEOUT_MS,
  DEFAULT_STUCK_AFTER_MS,
  DEFAULT_WINDOW_MS,
  runBridge,
  type BridgeOptions,
} from '../events/bridge/bridge.js'
import { DEFAULT_EVENT_TYPE } from '../github/dispatch.js'
import { requireRepositoryName } from '../util/repository-name.js'
import {
  closeConnection,
  connectionOptions,
  connectNats,
  parseServers,
  type NatsSettings,
} from '../events/connection.js'
import { parseDuration } from '../events/duration.js'
import { DEFAULT_SUBJECT, MAX_EVENT_BYTES } from '../events/event.js'
import { jsonLogger } from '../events/log.js'
import {
  DEFAULT_CONSUMER_SETTINGS,
  DEFAULT_DEAD_LETTER_SETTINGS,
  DEFAULT_DEAD_LETTER_SUBJECT,
  DEFAULT_STREAM_SETTINGS,
  setupEventPath,
  subjectCovered,
  type ServerFacts,
} from '../events/provision.js'
import { string, usage, UsageError, type Command } from './command.js'

/** How long `nats setup` waits for the server's greeting: an endpoint that never speaks NATS fails within it. */
const SETUP_CONNECT_TIMEOUT_MS = 5000

export const NATS_OPTIONS: Command['options'] = {
  nats: { type: 'string' },
  'nats-creds': { type: 'string' },
  'nats-token-env': { type: 'string' },
  'nats-user': { type: 'string' },
  'nats-password-env': { type: 'string' },
  'nats-nkey': { type: 'string' },
  'nats-tls-ca': { type: 'string' },
  'nats-tls-cert': { type: 'string' },
  'nats-tls-key': { type: 'string' },
  stream: { type: 'string' },
  consumer: { type: 'string' },
  subject: { type: 'string' },
  'dead-letter-subject': { type: 'string' },
}

const NATS_HELP = `NATS connection:
  --nats URLS             comma-separated servers, e.g. nats://n1:4222,nats://n2:4222 (default: $NATS_URL)
  --nats-creds FILE       a .creds file (user JWT and nkey seed)
  --nats-token-env NAME   take the token from environment variable NAME
  --nats-user USER        with --nats-password-env NAME for the password
  --nats-nkey FILE        a file holding an nkey user seed
  --nats-tls-ca FILE      CA certificate(s) to trust; --nats-tls-cert FILE and --nats-tls-key FILE for a client
                          certificate
Stream:
  --stream NAME           the stream (default ${DEFAULT_STREAM_SETTINGS.stream})
  --consumer NAME         the bridge's durable consumer (default ${DEFAULT_CONSUMER_SETTINGS.consumer})
  --subject S             the subject module events are published on (default ${DEFAULT_SUBJECT})
  --dead-letter-subject S where invalid events go, outside the stream's subjects (default ${DEFAULT_DEAD_LETTER_SUBJECT})`

export const NATS_COMMANDS: Record<string, Command> = {
  nats: {
    summary: 'nats setup: create or update the event stream and the bridge consumer',
    usage: `cim-registry nats setup [options]

Creates the JetStream stream for module events, a stream of its own for dead letters and the bridge's durable
pull consumer, or brings the settings this project manages up to date on existing ones. Everything is checked
against the server first (cluster size, account limits, max_payload, fields that cannot change, subjects of other
streams): a refused setup changes nothing. Running it again changes nothing.

Options:
  --subjects LIST         the stream's subjects (default ${DEFAULT_STREAM_SETTINGS.subjects.join(',')})
  --replicas N            1 for one server, 3 for a three-node JetStream cluster (default 1)
  --duplicate-window D    re-publishes within D are deduplicated by message id (default 7d)
  --max-age D             events older than D are removed; 0: never (default 30d)
  --max-event-bytes N     the stream refuses larger events at publish (default ${MAX_EVENT_BYTES})
  --dead-letter-stream S  the dead letters' stream (default ${DEFAULT_DEAD_LETTER_SETTINGS.stream})
  --ack-wait D            an event not acknowledged within D is delivered again (default 60s)
  --json                  print {stream, consumer} as JSON
  -h, --help              show this help
${NATS_HELP}

Durations: 500ms, 30s, 5m, 24h, 7d. Exit status: 0 done, 1 NATS refused or failed, 2 bad usage.`,
    options: {
      ...NATS_OPTIONS,
      subjects: { type: 'string' },
      replicas: { type: 'string' },
      'duplicate-window': { type: 'string' },
      'max-age': { type: 'string' },
      'max-event-bytes': { type: 'string' },
      'dead-letter-stream': { type: 'string' },
      'ack-wait': { type: 'string' },
      json: { type: 'boolean' },
    },
    async run(values, positionals) {
      if (positionals.length !== 1 || positionals[0] !== 'setup')
        throw new UsageError('the nats command has one subcommand: setup')
      const settings = natsSettings(values)
      const subject = string(values.subject) ?? DEFAULT_SUBJECT
      const deadLetter = string(values['dead-letter-subject']) ?? DEFAULT_DEAD_LETTER_SUBJECT
      const subjects = usage(() => list(string(values.subjects)) ?? DEFAULT_STREAM_SETTINGS.subjects)
      if (!subjectCovered(subject, subjects)) {
        throw new UsageError(`--subject ${subject} is not captured by the stream's subjects ${subjects.join(',')}`)
      }
      // Two streams cannot capture one subject, and dead letters must not count against the event stream's limits.
      if (subjectCovered(deadLetter, subjects)) {
        throw new UsageError(
          `--dead-letter-subject ${deadLetter} must be outside the stream's subjects ${subjects.join(',')}`,
        )
      }
      const replicas = usage(() => integer(string(values.replicas) ?? '1', 1, 5, '--replicas'))
      const maxEventBytes = usage(() =>
        integer(string(values['max-event-bytes']) ?? `${MAX_EVENT_BYTES}`, 256, 512 * 1024, '--max-event-bytes'),
      )
      const stream = {
        ...DEFAULT_STREAM_SETTINGS,
        stream: string(values.stream) ?? DEFAULT_STREAM_SETTINGS.stream,
        subjects,
        replicas,
        duplicateWindowMs: duration(values, 'duplicate-window', DEFAULT_STREAM_SETTINGS.duplicateWindowMs),
        maxAgeMs: duration(values, 'max-age', DEFAULT_STREAM_SETTINGS.maxAgeMs, { zero: true }),
        maxEventBytes,
      }
      if (stream.maxAgeMs > 0 && stream.duplicateWindowMs > stream.maxAgeMs) {
        throw new UsageError('--duplicate-window cannot be longer than --max-age')
      }
      const deadLetters = {
        ...DEFAULT_DEAD_LETTER_SETTINGS,
        stream: string(values['dead-letter-stream']) ?? DEFAULT_DEAD_LETTER_SETTINGS.stream,
        subject: deadLetter,
        replicas,
      }
      if (deadLetters.stream === stream.stream) throw new UsageError('--dead-letter-stream must differ from --stream')
      const consumer = {
        ...DEFAULT_CONSUMER_SETTINGS,
        stream: stream.stream,
        consumer: string(values.consumer) ?? DEFAULT_CONSUMER_SETTINGS.consumer,
        subject,
        replicas,
        ackWaitMs: duration(values, 'ack-wait', DEFAULT_CONSUMER_SETTINGS.ackWaitMs),
      }
      const nc = await connectNats(settings, { name: 'cim-registry-setup', timeout: SETUP_CONNECT_TIMEOUT_MS })
      try {
        const jsm = await jetstreamManager(nc)
        const result = await setupEventPath(
          jsm,
          { stream, deadLetters, consumer },
          { ...serverFacts(nc), account: await jsm.getAccountInfo() },
        )
        if (values.json) console.log(JSON.stringify(result))
        else {
          console.log(`stream ${stream.stream} (${subjects.join(', ')}, replicas ${replicas}): ${result.stream}`)
          console.log(`dead-letter stream ${deadLetters.stream} (${deadLetter}): ${result.deadLetters}`)
          console.log(`consumer ${consumer.consumer} (${subject}): ${result.consumer}`)
        }
      } finally {
        await closeConnection(nc)
      }
      return 0
    },
  },
  bridge: {
    summary: 'run the bridge: module events from NATS to repository_dispatch on the registry repo',
    usage: `cim-registry bridge --registry-repo ORG/cim [options]

Reads module events from the stream's durable consumer and sends repository_dispatch (event type
${DEFAULT_EVENT_TYPE}) to the registry repository, one per coalescing window. An event is acknowledged only after
GitHub accepted a dispatch that covers it; events that fail validation are republished to the dead-letter subject
(reason and a 1 KiB copy), removed from the stream and terminated. Refuses to start when window + dispatch timeout +
backoff do not fit in the consumer's ack wait; tells the server it is still working on events held past half of it. Logs one JSON line per action on stdout. Runs until SIGTERM or SIGINT, then finishes the dispatch
in flight and leaves everything else for redelivery.

Options:
  --registry-repo R       owner/name of the registry repository
  --token-env NAME        environment variable holding the GitHub token (default GITHUB_TOKEN)
  --org NAME              events must come from this organization (default: the registry repository's owner)
  --window D              coalescing window (default ${DEFAULT_WINDOW_MS}ms)
  --max-event-bytes N     larger events are dead-lettered (default ${MAX_EVENT_BYTES})
  --health-port N         serve GET /healthz and GET /metrics (Prometheus) on 127.0.0.1:N (0: any free port, in the log)
  --stuck-after D         /healthz answers 503 when no fetch or no dispatch succeeded, or an event waited, for D
                          (default 5m)
  --github-api-url URL    GitHub's REST API (default: $GITHUB_API_URL or https://api.github.com)
  --event-type T          the dispatch's event type (default ${DEFAULT_EVENT_TYPE})
  --dispatch-timeout D    a dispatch without answer after D is retried later (default ${DEFAULT_DISPATCH_TIMEOUT_MS / 1000}s)
  -h, --help              show this help
${NATS_HELP}

Exit status: 0 stopped by a signal, 1 a failure no retry can fix (credentials refused, no consumer, the consumer
deleted while running, an ack wait too short for the settings), 2 bad usage.`,
    options: {
      ...NATS_OPTIONS,
      'registry-repo': { type: 'string' },
      'token-env': { type: 'string' },
      org: { type: 'string' },
      window: { type: 'string' },
      'max-event-bytes': { type: 'string' },
      'health-port': { type: 'string' },
      'github-api-url': { type: 'string' },
      'event-type': { type: 'string' },
      'dispatch-timeout': { type: 'string' },
      'stuck-after': { type: 'string' },
    },
    async run(values) {
      const settings = natsSettings(values)
      const registryRepo = string(values['registry-repo'])
      if (!registryRepo) throw new UsageError('--registry-repo is required')
      const { owner } = usage(() => requireRepositoryName(registryRepo, 'registry repository'))
      const tokenEnv = string(values['token-env']) ?? 'GITHUB_TOKEN'
      const token = process.env[tokenEnv]
      if (!token) throw new UsageError(`environment variable ${tokenEnv} (--token-env) holds no GitHub token`)
      const healthPort = string(values['health-port'])
      const maxEventBytes = string(values['max-event-bytes']) ?? `${MAX_EVENT_BYTES}`
      const options: BridgeOptions = {
        nats: settings,
        stream: string(values.stream) ?? DEFAULT_STREAM_SETTINGS.stream,
        consumer: string(values.consumer) ?? DEFAULT_CONSUMER_SETTINGS.consumer,
        registryRepo,
        org: string(values.org) ?? owner,
        token,
        githubApiUrl: string(values['github-api-url']) ?? process.env.GITHUB_API_URL,
        eventType: string(values['event-type']) ?? DEFAULT_EVENT_TYPE,
        windowMs: duration(values, 'window', DEFAULT_WINDOW_MS),
        deadLetterSubject: string(values['dead-letter-subject']) ?? DEFAULT_DEAD_LETTER_SUBJECT,
        maxEventBytes: usage(() => integer(maxEventBytes, 256, 1024 * 1024, '--max-event-bytes')),
        dispatchTimeoutMs: duration(values, 'dispatch-timeout', DEFAULT_DISPATCH_TIMEOUT_MS),
        stuckAfterMs: duration(values, 'stuck-after', DEFAULT_STUCK_AFTER_MS),
        ...(healthPort !== undefined
          ? { healthPort: usage(() => integer(healthPort, 0, 65535, '--health-port')) }
          : {}),
        log: jsonLogger(),
      }
      const controller = new AbortController()
      const stop = () => controller.abort()
      process.once('SIGTERM', stop)
      process.once('SIGINT', stop)
      try {
        await runBridge(options, controller.signal)
      } finally {
        process.off('SIGTERM', stop)
        process.off('SIGINT', stop)
      }
      return 0
    },
  },
}

/** Connection settings from the flags; secrets from files and environment variables only. */
export function natsSettings(values: Record<string, string | boolean | undefined>): NatsSettings {
  const servers = usage(() => parseServers(string(values.nats) ?? process.env.NATS_URL ?? ''))
  const file = (flag: string) => {
    const path = string(values[flag])
    if (path === undefined) return undefined
    try {
      return readFileSync(path, 'utf8')
    } catch (error) {
      throw new UsageError(`--${flag} ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
  }
  const env = (flag: string) => {
    const name = string(values[flag])
    if (name === undefined) return undefined
    const value = process.env[name]
    if (!value) throw new UsageError(`environment variable ${name} (--${flag}) is empty`)
    return value
  }
  const settings: NatsSettings = {
    servers,
    creds: file('nats-creds'),
    token: env('nats-token-env'),
    user: string(values['nats-user']),
    password: env('nats-password-env'),
    nkey: file('nats-nkey')?.trim(),
    tlsCa: string(values['nats-tls-ca']),
    tlsCert: string(values['nats-tls-cert']),
    tlsKey: string(values['nats-tls-key']),
  }
  usage(() => connectionOptions(settings))
  return settings
}

/** A duration flag; with `zero`, a bare `0` is accepted and means no limit. */
function duration(
  values: Record<string, unknown>,
  flag: string,
  fallback: number,
  options: { zero?: boolean } = {},
): number {
  const text = string(values[flag])
  if (text === undefined) return fallback
  if (options.zero && text.trim() === '0') return 0
  return usage(() => parseDuration(text))
}

/** What the connected server says of itself: its payload limit and the cluster it belongs to. */
function serverFacts(nc: NatsConnection): Omit<ServerFacts, 'account'> {
  const info = nc.info
  return {
    maxPayload: info?.max_payload ?? 1024 * 1024,
    ...(info?.cluster ? { cluster: info.cluster } : {}),
  }
}

function integer(text: string, min: number, max: number, flag: string): number {
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new Error(`${flag} must be an integer from ${min} to ${max}`)
  }
  return Number(text)
}

function list(text: string | undefined): string[] | undefined {
  if (text === undefined) return undefined
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0)
  if (items.length === 0) throw new Error('--subjects names no subject')
  return items
}
