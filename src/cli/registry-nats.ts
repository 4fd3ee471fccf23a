/**
 * The registry-on-NATS commands of `cim-registry`: `mirror` (a registry folder into the key-value bucket, with the
 * `cim.registry.updated` event), `watch` (print changes as they happen) and `serve` (the query interface as a NATS
 * micro service). Connection flags are the bridge's; secrets come from files and environment variables only.
 */
import { RegistryClient } from '../client/client.js'
import type { RegistryChange } from '../client/nats.js'
import { jsonLogger } from '../events/log.js'
import { closeConnection, openNats } from '../nats-registry/connect.js'
import { registryFromDir } from '../nats-registry/from-files.js'
import { mirrorRegistry } from '../nats-registry/mirror.js'
import { DEFAULT_BUCKET, PRIVATE_POLICIES, type PrivatePolicy } from '../nats-registry/records.js'
import { QUERIES, QUERY_SUBJECT_PREFIX, SERVICE_NAME, startRegistryService } from '../nats-registry/service.js'
import { string, UsageError, type Command } from './command.js'
import { NATS_OPTIONS, natsSettings } from './nats.js'

const CONNECTION_OPTIONS = Object.fromEntries(
  Object.entries(NATS_OPTIONS).filter(([name]) => name === 'nats' || name.startsWith('nats-')),
)

const CONNECTION_HELP = `NATS connection (as for the bridge):
  --nats URLS             comma-separated servers (default: $NATS_URL)
  --nats-creds FILE, --nats-token-env NAME, --nats-user USER with --nats-password-env NAME, --nats-nkey FILE
  --nats-tls-ca FILE, --nats-tls-cert FILE, --nats-tls-key FILE`

const BUCKET_HELP = `  --bucket NAME           the key-value bucket (default ${DEFAULT_BUCKET}; private modules: NAME_PRIVATE)`

/** Runs `work` until SIGTERM or SIGINT; returns 0 then. */
async function untilSignal(work: (signal: AbortSignal) => Promise<void>): Promise<number> {
  const controller = new AbortController()
  const stop = () => controller.abort()
  process.once('SIGTERM', stop)
  process.once('SIGINT', stop)
  try {
    await work(controller.signal)
  } finally {
    process.off('SIGTERM', stop)
    process.off('SIGINT', stop)
  }
  return 0
}

export const REGISTRY_NATS_COMMANDS: Record<string, Command> = {
  mirror: {
    summary: 'mirror a registry folder into the NATS key-value bucket and announce the change',
    usage: `cim-registry mirror --registry-dir DIR [options]

Writes one key per module and a meta key into the bucket, only where the value differs; deletes the keys of
removed modules; repairs keys altered by hand; publishes cim.registry.updated when the registry changed.
(The action's update mode does this itself when given nats-servers.)

Options:
  --registry-dir DIR      the folder holding modules.yaml and status.json
  --commit SHA            the registry commit, named in the meta key and the event
${BUCKET_HELP}
  --private-modules P     bucket (default), omit or include
  --replicas N            replicas when the bucket is created (1, 3 or 5)
  --json                  print the report as JSON
  -h, --help              show this help
${CONNECTION_HELP}

Exit status: 0 mirrored, 1 NATS failed or the registry files are broken, 2 bad usage.`,
    options: {
      ...CONNECTION_OPTIONS,
      'registry-dir': { type: 'string' },
      commit: { type: 'string' },
      bucket: { type: 'string' },
      'private-modules': { type: 'string' },
      replicas: { type: 'string' },
      json: { type: 'boolean' },
    },
    async run(values) {
      const settings = natsSettings(values)
      const dir = string(values['registry-dir'])
      if (!dir) throw new UsageError('--registry-dir is required')
      const privatePolicy = (string(values['private-modules']) ?? 'bucket') as PrivatePolicy
      if (!PRIVATE_POLICIES.includes(privatePolicy))
        throw new UsageError(`--private-modules must be one of ${PRIVATE_POLICIES.join(', ')}`)
      const replicas = Number(string(values.replicas) ?? '1')
      if (![1, 3, 5].includes(replicas)) throw new UsageError('--replicas must be 1, 3 or 5')
      const { registry, registryHash } = await registryFromDir(dir)
      const nc = await openNats(settings, 'cim-registry-mirror', 'run')
      try {
        const report = await mirrorRegistry(
          nc,
          registry,
          { registry_hash: registryHash, commit: string(values.commit) ?? null },
          {
            bucket: string(values.bucket),
            privatePolicy,
            replicas,
          },
        )
        if (values.json) console.log(JSON.stringify(report))
        else
          for (const b of report.buckets)
            console.log(
              `${b.bucket}: ${b.put} keys written, ${b.deleted} deleted${b.event ? ', change announced' : ''}`,
            )
      } finally {
        await closeConnection(nc)
      }
      return 0
    },
  },
  watch: {
    summary: 'print the registry changes from NATS as they happen',
    usage: `cim-registry watch [options]

Prints each change to the registry (a module added, updated or removed) as it reaches the bucket, until SIGINT or
SIGTERM. Reconnects by itself and resumes where it stopped: no change is missed across a server restart.

Options:
${BUCKET_HELP}
  --json                  one JSON object per line: {type, name, module, previous, revision}
  -h, --help              show this help
${CONNECTION_HELP}

Exit status: 0 stopped by a signal, 1 the bucket cannot be read, 2 bad usage.`,
    options: { ...CONNECTION_OPTIONS, bucket: { type: 'string' }, json: { type: 'boolean' } },
    async run(values) {
      const settings = natsSettings(values)
      const client = new RegistryClient({
        nats: {
          ...settings,
          bucket: string(values.bucket),
          onInvalidRecord: (key, reason) => console.error(`skipped ${key}: ${reason}`),
        },
      })
      try {
        await client.listModules()
        if (!values.json) console.error(`watching ${client.location}`)
        return await untilSignal(async (signal) => {
          for await (const change of client.watch(signal))
            console.log(values.json ? JSON.stringify(change) : describeChange(change))
        })
      } finally {
        await client.close()
      }
    },
  },
  serve: {
    summary: 'answer registry queries as a NATS micro service, from memory kept current by a watch',
    usage: `cim-registry serve [options]

Runs the ${SERVICE_NAME} micro service: requests on ${QUERY_SUBJECT_PREFIX}.<query> for ${QUERIES.join(', ')}.
A request is a JSON object ({"name": "cim-domain"}, {"text": "graph"}, {"type": "domain", "offset": 0,
"limit": 100}, {"name": "cim-domain", "range": "^0.2"}) or plain text for the query's main field. Lists are paged
(limit up to 1000). Errors are service errors: 400 bad request, 404 no such module, 413 reply too large, 503 not
loaded yet, 500 other. Discoverable with $SRV.PING, $SRV.INFO and $SRV.STATS. Logs JSON lines on stdout; runs
until SIGTERM or SIGINT. Several processes share the requests (one queue group).

Options:
${BUCKET_HELP}
  -h, --help              show this help
${CONNECTION_HELP}

Exit status: 0 stopped by a signal, 1 NATS refused the credentials, 2 bad usage.`,
    options: { ...CONNECTION_OPTIONS, bucket: { type: 'string' } },
    async run(values) {
      const settings = natsSettings(values)
      const log = jsonLogger()
      const nc = await openNats(settings, 'cim-registry-serve', 'service')
      try {
        return await untilSignal(async (signal) => {
          const running = await startRegistryService(nc, {
            source: { ...settings, bucket: string(values.bucket) },
            log,
          })
          log('info', 'serving', { service: SERVICE_NAME, subjects: `${QUERY_SUBJECT_PREFIX}.>` })
          await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }))
          await running.stop()
          log('info', 'stopped')
        })
      } finally {
        await closeConnection(nc, true)
      }
    },
  },
}

function describeChange(change: RegistryChange): string {
  switch (change.type) {
    case 'added':
      return `added ${change.name} ${change.module?.version ?? '(no version)'}`
    case 'removed':
      return `removed ${change.name}`
    case 'updated': {
      const [from, to] = [change.previous?.version ?? '(no version)', change.module?.version ?? '(no version)']
      return `updated ${change.name} ${from === to ? to : `${from} -> ${to}`}`
    }
  }
}
