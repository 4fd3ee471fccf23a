/**
 * The registry read from its NATS key-value bucket (written by `update` with NATS inputs): no GitHub token, and
 * changes as they happen. One record per module (`module.<name>`: the modules.yaml entry and what the registry
 * knows about it) and a `meta` record. A record that is not one (altered by hand) is skipped and reported through
 * `onInvalidRecord`; it never hides the other modules, and during a watch the module keeps its last good entry.
 */
import type { NatsConnection } from '@nats-io/transport-node'
import { openBucket, readBucket } from '../nats-registry/bucket.js'
import { closeConnection, openNats, type NatsSettings } from '../nats-registry/connect.js'
import { DEFAULT_BUCKET, META_KEY, MODULE_KEY_PREFIX, parseMeta } from '../nats-registry/records.js'
import { watchBucket } from '../nats-registry/watch.js'
import { REGISTRY_SCHEMA_VERSION, type ModulesFile } from '../format/types.js'
import { RegistryError, RegistryFileNotFoundError, RegistryNetworkError, RegistryParseError } from './errors.js'
import { checkModuleEntry } from './parse.js'
import type { ModuleInfo } from './model.js'

/** The bucket's servers and authentication (the same settings as publish's), and the bucket's name. */
export type NatsRegistryOptions = Omit<NatsSettings, 'servers'> & {
  servers: string | string[]
  /** Default CIM_REGISTRY; readers allowed to see private modules also open CIM_REGISTRY_PRIVATE. */
  bucket?: string
  /** Called for each record that is not a module record, with why. */
  onInvalidRecord?: (key: string, reason: string) => void
}

/** One change seen by watch(): the module's entry after it (null when removed) and before it (null when added). */
export interface RegistryChange {
  type: 'added' | 'updated' | 'removed'
  name: string
  module: ModuleInfo | null
  previous: ModuleInfo | null
  /** The bucket's revision of the change: increasing, for a consumer that keeps its place. */
  revision: number
}

interface Parsed {
  entry: ModulesFile['modules'][string]
  info: ModuleInfo
}

export class NatsRegistrySource {
  readonly location: string
  readonly bucket: string
  private readonly settings: NatsSettings
  private connection: Promise<NatsConnection> | null = null
  /** The record text of each module, and the revision they are current at. */
  private texts = new Map<string, string>()
  private revision = 0
  private loading: Promise<void> | null = null
  /** The last parse of each module's record, reused while its text stays the same (a rebuild after one change
   *  parses one record, not ten thousand). */
  private parsed = new Map<string, { text: string; result: Parsed | null }>()

  constructor(
    private readonly options: NatsRegistryOptions,
    private readonly timeoutMs: number,
  ) {
    const { bucket, onInvalidRecord: _, servers, ...auth } = options
    this.settings = {
      servers: Array.isArray(servers) ? servers : servers.split(',').map((server) => server.trim()),
      ...auth,
    }
    this.bucket = bucket ?? DEFAULT_BUCKET
    this.location = `NATS bucket ${this.bucket} at ${this.settings.servers.join(', ')}`
  }

  /** The modules as a modules.yaml would hold them; read from the bucket once, then kept current by watch(). */
  async modulesFile(): Promise<ModulesFile> {
    await this.load()
    const modules: ModulesFile['modules'] = {}
    for (const [name, text] of this.texts) {
      const module = this.parse(name, text)
      if (module) modules[name] = module.entry
    }
    return { schema_version: REGISTRY_SCHEMA_VERSION, modules }
  }

  /** Rereads the bucket on the next query. */
  refresh(): void {
    this.loading = null
  }

  /** Every change from now on, across reconnects and server restarts; ends when `signal` aborts. */
  async *watch(signal?: AbortSignal): AsyncGenerator<RegistryChange> {
    await this.load()
    const nc = await this.connect()
    const seen = new Map(this.texts)
    for await (const change of watchBucket(nc, this.bucket, this.revision + 1, signal)) {
      this.revision = Math.max(this.revision, change.revision)
      if (!change.key.startsWith(MODULE_KEY_PREFIX)) continue
      const name = change.key.slice(MODULE_KEY_PREFIX.length)
      const before = seen.get(name)
      if (change.value === (before ?? null)) continue
      const previous = before === undefined ? null : (this.parse(name, before, true)?.info ?? null)
      if (change.value === null) {
        seen.delete(name)
        this.texts.delete(name)
        this.parsed.delete(name)
        yield { type: 'removed', name, module: null, previous, revision: change.revision }
        continue
      }
      const module = this.parse(name, change.value)
      if (!module) continue
      seen.set(name, change.value)
      this.texts.set(name, change.value)
      yield { type: previous ? 'updated' : 'added', name, module: module.info, previous, revision: change.revision }
    }
  }

  async close(): Promise<void> {
    const connection = this.connection
    this.connection = null
    if (connection) await closeConnection(await connection.catch(() => null as never)).catch(() => {})
  }

  private load(): Promise<void> {
    this.loading ??= this.read().catch((error: unknown) => {
      this.loading = null
      throw error
    })
    return this.loading
  }

  private async read(): Promise<void> {
    const nc = await this.connect()
    const kv = await openBucket(nc, this.bucket, {}, false).catch((error: Error) => {
      if (/not found/i.test(error.message))
        throw new RegistryFileNotFoundError(`${this.location}: no such bucket (has update run with NATS inputs?)`)
      throw new RegistryNetworkError(`${this.location}: ${error.message}`, undefined, { cause: error })
    })
    const { values, revision } = await readBucket(kv)
    if (!parseMeta(values.get(META_KEY)))
      throw new RegistryFileNotFoundError(`${this.location} holds no registry yet (no ${META_KEY} record)`)
    this.texts = new Map(
      [...values]
        .filter(([key]) => key.startsWith(MODULE_KEY_PREFIX))
        .map(([key, text]) => [key.slice(MODULE_KEY_PREFIX.length), text]),
    )
    this.revision = revision
  }

  private connect(): Promise<NatsConnection> {
    this.connection ??= openNats(this.settings, 'cim-registry-client', 'service', this.timeoutMs).catch(
      (error: Error) => {
        this.connection = null
        throw new RegistryNetworkError(error.message, undefined, { cause: error })
      },
    )
    return this.connection
  }

  /** A record's entry, checked; null (and onInvalidRecord, once per text) when it is not one. */
  private parse(name: string, text: string, quiet = false): Parsed | null {
    const known = this.parsed.get(name)
    if (known?.text === text) return known.result
    const result = this.parseRecord(name, text, quiet)
    if (!quiet) this.parsed.set(name, { text, result })
    return result
  }

  private parseRecord(name: string, text: string, quiet: boolean): Parsed | null {
    const where = `${this.location}, key ${MODULE_KEY_PREFIX}${name}`
    try {
      let record: { name?: unknown; entry?: unknown }
      try {
        record = JSON.parse(text) as typeof record
      } catch (error) {
        throw new RegistryParseError(`${where}: not JSON (${(error as Error).message})`)
      }
      if (record?.name !== name)
        throw new RegistryParseError(`${where}: the record names ${JSON.stringify(record?.name)}`)
      const entry = checkModuleEntry(record.entry, where)
      return { entry, info: Object.freeze({ ...entry, name }) }
    } catch (error) {
      if (!quiet && error instanceof RegistryError)
        this.options.onInvalidRecord?.(`${MODULE_KEY_PREFIX}${name}`, error.message)
      else if (!(error instanceof RegistryError)) throw error
      return null
    }
  }
}
