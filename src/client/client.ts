/**
 * RegistryClient: typed queries over the registry files the engine writes, read from a directory, a base URL or the
 * GitHub contents API, or over the registry's NATS key-value bucket (which also gives watch()). Each file is
 * fetched once, on the first query that needs it, however many queries follow; refresh() revalidates (over HTTP
 * with If-None-Match, so an unchanged file costs a 304 and no parsing).
 */
import type { ModuleType, PrivateDomainsFile, StatusFile } from '../format/types.js'
import { parseModulesFile, parsePrivateDomainsFile, parseStatusFile } from './parse.js'
import type { HttpSettings } from './http.js'
import { ModuleIndex, type DependencyLink, type ModuleFilter, type ModuleInfo, type TopicUse } from './model.js'
import { NatsRegistrySource, type NatsRegistryOptions, type RegistryChange } from './nats.js'
import { directorySource, githubSource, urlSource, type GitHubRegistry, type RegistrySource } from './file-readers.js'
import { RegistryError, RegistryFileNotFoundError, VersionNotFoundError } from './errors.js'
import { catalogVersions, dependencyNames } from '../versions/catalog.js'
import { compat, drift, newestOf, type CompatEntry, type DriftEntry } from '../versions/evidence.js'
import {
  currentVersions,
  HEADS_FILE,
  headsShards,
  historyFile,
  parseVersionLines,
  readHeads,
} from '../versions/index-file.js'
import { parseResolveSpec, resolve, type CatalogVersion, type ResolveResult } from '../versions/resolve.js'
import type { HeadEntry, ModuleHistory, VersionEntry } from '../versions/types.js'
import { REGISTRY_FILES } from '../format/files.js'

/** Exactly one of `url`, `github`, `directory` or `nats` says where the registry is. */
export type RegistryClientOptions = (
  | { url: string | URL; github?: never; directory?: never; nats?: never }
  | { github: GitHubRegistry; url?: never; directory?: never; nats?: never }
  | { directory: string; url?: never; github?: never; nats?: never }
  | { nats: NatsRegistryOptions; url?: never; github?: never; directory?: never }
) & {
  /** Sent (as a bearer token) only to the host of `url` or of the GitHub API, and never over plain http but to loopback. */
  token?: string
  /** Milliseconds allowed for fetching one file (default 10,000). */
  timeoutMs?: number
  /** Largest file accepted, in bytes (default 64 MiB). */
  maxBytes?: number
}

export const DEFAULT_TIMEOUT_MS = 10_000
/** The cache key of the module index built from the NATS bucket. */
const NATS_MODULES = 'nats:modules'
/** The key of every module's head, heads.json and its shards together (not a file of its own). */
const ALL_HEADS = 'heads: every shard'
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024

interface Loaded {
  text: string
  value: unknown
}

export class RegistryClient {
  /** Where the registry is read from, for messages. */
  readonly location: string
  private readonly source: RegistrySource | null = null
  private readonly nats: NatsRegistrySource | null = null
  /** The parse of each file in flight or done, shared by every query until refresh(). */
  private readonly pending = new Map<string, Promise<unknown>>()
  /** The text each value was parsed from: a revalidated file with the same text is not parsed again. */
  private readonly loaded = new Map<string, Loaded>()

  constructor(options: RegistryClientOptions) {
    const given = (['url', 'github', 'directory', 'nats'] as const).filter((key) => options?.[key] !== undefined)
    if (given.length !== 1) throw new TypeError('RegistryClient needs exactly one of url, github, directory or nats')
    const settings: HttpSettings = {
      token: options.token || undefined,
      timeoutMs: positive(options.timeoutMs, 'timeoutMs') ?? DEFAULT_TIMEOUT_MS,
      maxBytes: positive(options.maxBytes, 'maxBytes') ?? DEFAULT_MAX_BYTES,
    }
    if (options.nats !== undefined) this.nats = new NatsRegistrySource(options.nats, settings.timeoutMs)
    else if (options.directory !== undefined) this.source = directorySource(options.directory)
    else if (options.github !== undefined) this.source = githubSource(options.github, settings)
    else this.source = urlSource(options.url!, settings)
    this.location = (this.nats ?? this.source)!.location
  }

  /** Every module, in name order; with a filter, those that match all of its fields. */
  async listModules(filter?: ModuleFilter): Promise<ModuleInfo[]> {
    return (await this.modules()).list(filter)
  }

  /** One module; a ModuleNotFoundError (with close names as suggestions) when the registry has none of that name. */
  async getModule(name: string): Promise<ModuleInfo> {
    return (await this.modules()).get(name)
  }

  /** The modules of one type, in name order; a RangeError for a type that does not exist. */
  async listByType(type: ModuleType): Promise<ModuleInfo[]> {
    return (await this.modules()).ofType(type)
  }

  /**
   * The GitHub topics of the modules, most used first, each with the modules that carry it; `convention` marks the
   * CIM convention's own topics (`cim`, `cim-module`, `cim-domain`, ...) apart from subject topics (`graph`, `ai`).
   */
  async topics(): Promise<TopicUse[]> {
    return (await this.modules()).topics()
  }

  /** Modules whose name, description, category, owner or topics hold every word of `text`, best match first. */
  async search(text: string): Promise<ModuleInfo[]> {
    return (await this.modules()).search(text)
  }

  /** What a module depends on, with the registered version of each dependency and whether it satisfies the range. */
  async dependenciesOf(name: string): Promise<DependencyLink[]> {
    return (await this.modules()).dependenciesOf(name)
  }

  /** The modules that depend on `name` (reverse dependencies), with the range each requires. */
  async dependentsOf(name: string): Promise<DependencyLink[]> {
    return (await this.modules()).dependentsOf(name)
  }

  /** Does the registered version of `name` satisfy the semver `range`? False when the module has no version. */
  async satisfies(name: string, range: string): Promise<boolean> {
    return (await this.modules()).satisfies(name, range)
  }

  /** status.json: health, problems and dependents per module, and totals. */
  status(): Promise<StatusFile> {
    return this.load(REGISTRY_FILES.status, parseStatusFile)
  }

  /** private-domains.yaml: the private modules by category, with the values people keep there by hand. */
  privateDomains(): Promise<PrivateDomainsFile> {
    return this.load(REGISTRY_FILES.privateDomains, parsePrivateDomainsFile)
  }

  /**
   * Every version tag of a module, oldest first: its commit and date, the ranges declared at it, what its lock
   * files pinned (`locked`, null without a lock file) and its CI state. Empty for a module whose history is unknown.
   */
  async versions(name: string): Promise<VersionEntry[]> {
    await this.getModule(name)
    return currentVersions((await this.history(name)).versions)
  }

  /**
   * How a module (its head, or `version`) stands to each dependency: the declared range, the locked version, the
   * newest registered one, whether that satisfies the range, and the versions it was built with and verified with.
   * A VersionNotFoundError for a version the module's history does not have.
   */
  async compat(name: string, version?: string): Promise<Record<string, CompatEntry>> {
    const module = await this.getModule(name)
    const [history, newest] = await Promise.all([this.history(name), this.newest()])
    const known = currentVersions(history.versions).map((entry) => entry.version)
    if (version !== undefined && !known.includes(version)) throw new VersionNotFoundError(name, version, known)
    return compat(name, history, module.dependencies, newest, version)
  }

  /** Every cim package of every head lock whose version differs from the newest registered one or that cannot be reproduced. */
  async drift(): Promise<DriftEntry[]> {
    const [heads, newest] = await Promise.all([this.heads(), this.newest()])
    return drift(new Map([...heads].map(([name, head]) => [name, { versions: [], head }])), newest)
  }

  /**
   * Versions of the modules named by `specs` (`NAME` or `NAME@RANGE`) and of all their transitive dependencies that
   * satisfy every declared range, preferring verified combinations, then newest versions; or why none exist. Only
   * the history files of the modules reached are read (as cargo's sparse index does).
   */
  async resolve(specs: readonly string[]): Promise<ResolveResult> {
    if (specs.length === 0) throw new RangeError('resolve needs at least one NAME or NAME@RANGE')
    const parsed = specs.map(parseResolveSpec)
    const modules = await this.modules()
    for (const spec of parsed) modules.get(spec.name) // a ModuleNotFoundError, with suggestions, for an unknown name
    const catalog = new Map<string, CatalogVersion[]>()
    let frontier = [...new Set(parsed.map((spec) => spec.name))]
    while (frontier.length > 0) {
      const reached = await Promise.all(
        frontier.map(async (name) => [name, catalogVersions(modules.get(name), await this.history(name))] as const),
      )
      frontier = []
      for (const [name, versions] of reached) {
        catalog.set(name, versions)
        for (const next of dependencyNames(versions))
          if (modules.has(next) && !catalog.has(next) && !frontier.includes(next)) frontier.push(next)
      }
    }
    return resolve(catalog, parsed)
  }

  /** Forgets what was loaded: the next query of each file asks again (conditionally over HTTP). */
  refresh(): void {
    this.pending.clear()
    this.nats?.refresh()
  }

  /**
   * NATS only: every change to the registry from now on (added, updated, removed, with the entries), across
   * reconnects and server restarts, resuming where it stopped; the client's queries follow the changes. Ends when
   * `signal` aborts (or break out of the loop).
   */
  async *watch(signal?: AbortSignal): AsyncGenerator<RegistryChange> {
    if (!this.nats) throw new TypeError('watch() needs a NATS source: new RegistryClient({ nats: { servers } })')
    for await (const change of this.nats.watch(signal)) {
      this.pending.delete(NATS_MODULES)
      yield change
    }
  }

  /** Closes the NATS connection, if there is one; the other sources hold nothing open. */
  async close(): Promise<void> {
    await this.nats?.close()
  }

  private modules(): Promise<ModuleIndex> {
    const nats = this.nats
    if (nats) return this.cached(NATS_MODULES, async () => new ModuleIndex(await nats.modulesFile()))
    return this.load(REGISTRY_FILES.modules, (text, where) => new ModuleIndex(parseModulesFile(text, where)))
  }

  /** A module's history: its index file (absent: no tags read yet) and its head. */
  private async history(name: string): Promise<ModuleHistory> {
    const [versions, heads] = await Promise.all([this.optional(historyFile(name), parseVersionLines, []), this.heads()])
    return { versions, head: heads.get(name) ?? null }
  }

  /** Every module's head: heads.json, and the shards it lists in a large registry (src/versions/index-file.ts). */
  private heads(): Promise<Map<string, HeadEntry>> {
    return this.cached(ALL_HEADS, async () => {
      const text = await this.optional(HEADS_FILE, (found) => found, undefined)
      const shards = headsShards(text)
      const texts = await Promise.all(shards.map((shard) => this.optional(shard, (found) => found, undefined)))
      return readHeads({ [HEADS_FILE]: text, ...Object.fromEntries(shards.map((shard, i) => [shard, texts[i]])) })
    })
  }

  private async newest(): Promise<Map<string, string | null>> {
    const [modules, heads] = await Promise.all([this.modules(), this.heads()])
    return new Map(modules.list().map((module) => [module.name, newestOf(module.version, heads.get(module.name))]))
  }

  /** A history file, or `empty` when the registry has none (a registry written before version history). */
  private optional<T>(file: string, parse: (text: string) => T, empty: T): Promise<T> {
    return this.load(file, parse).catch((error: unknown) => {
      if (error instanceof RegistryFileNotFoundError) return empty
      throw error
    })
  }

  private cached<T>(key: string, make: () => Promise<T>): Promise<T> {
    let promise = this.pending.get(key) as Promise<T> | undefined
    if (!promise) {
      promise = make()
      promise.catch(() => this.pending.get(key) === promise && this.pending.delete(key))
      this.pending.set(key, promise)
    }
    return promise
  }

  private load<T>(file: string, parse: (text: string, where: string) => T): Promise<T> {
    const source = this.source
    if (!source)
      return Promise.reject(
        new RegistryError(`${this.location}: ${file} is not mirrored on NATS; read it from the registry repository`),
      )
    // A failure is not kept (cached() forgets it): the next query tries again.
    return this.cached(file, () =>
      source.read(file).then(({ text, where }) => {
        const previous = this.loaded.get(file)
        if (previous?.text === text) return previous.value as T
        const value = parse(text, where)
        this.loaded.set(file, { text, value })
        return value
      }),
    )
  }
}

function positive(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined
  if (!Number.isFinite(value) || value <= 0) throw new TypeError(`${name} must be a positive number, not ${value}`)
  return value
}
