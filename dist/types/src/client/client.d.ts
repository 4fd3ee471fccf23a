/**
 * RegistryClient: typed queries over the registry files the engine writes, read from a directory, a base URL or the
 * GitHub contents API, or over the registry's NATS key-value bucket (which also gives watch()). Each file is
 * fetched once, on the first query that needs it, however many queries follow; refresh() revalidates (over HTTP
 * with If-None-Match, so an unchanged file costs a 304 and no parsing).
 */
import type { ModuleType, PrivateDomainsFile, StatusFile } from '../format/types.js';
import { type DependencyLink, type ModuleFilter, type ModuleInfo, type TopicUse } from './model.js';
import { type NatsRegistryOptions, type RegistryChange } from './nats.js';
import { type GitHubRegistry } from './file-readers.js';
import { type CompatEntry, type DriftEntry } from '../versions/evidence.js';
import { type ResolveResult } from '../versions/resolve.js';
import type { VersionEntry } from '../versions/types.js';
/** Exactly one of `url`, `github`, `directory` or `nats` says where the registry is. */
export type RegistryClientOptions = ({
    url: string | URL;
    github?: never;
    directory?: never;
    nats?: never;
} | {
    github: GitHubRegistry;
    url?: never;
    directory?: never;
    nats?: never;
} | {
    directory: string;
    url?: never;
    github?: never;
    nats?: never;
} | {
    nats: NatsRegistryOptions;
    url?: never;
    github?: never;
    directory?: never;
}) & {
    /** Sent (as a bearer token) only to the host of `url` or of the GitHub API, and never over plain http but to loopback. */
    token?: string;
    /** Milliseconds allowed for fetching one file (default 10,000). */
    timeoutMs?: number;
    /** Largest file accepted, in bytes (default 64 MiB). */
    maxBytes?: number;
};
export declare const DEFAULT_TIMEOUT_MS = 10000;
export declare class RegistryClient {
    /** Where the registry is read from, for messages. */
    readonly location: string;
    private readonly source;
    private readonly nats;
    /** The parse of each file in flight or done, shared by every query until refresh(). */
    private readonly pending;
    /** The text each value was parsed from: a revalidated file with the same text is not parsed again. */
    private readonly loaded;
    constructor(options: RegistryClientOptions);
    /** Every module, in name order; with a filter, those that match all of its fields. */
    listModules(filter?: ModuleFilter): Promise<ModuleInfo[]>;
    /** One module; a ModuleNotFoundError (with close names as suggestions) when the registry has none of that name. */
    getModule(name: string): Promise<ModuleInfo>;
    /** The modules of one type, in name order; a RangeError for a type that does not exist. */
    listByType(type: ModuleType): Promise<ModuleInfo[]>;
    /**
     * The GitHub topics of the modules, most used first, each with the modules that carry it; `convention` marks the
     * CIM convention's own topics (`cim`, `cim-module`, `cim-domain`, ...) apart from subject topics (`graph`, `ai`).
     */
    topics(): Promise<TopicUse[]>;
    /** Modules whose name, description, category, owner or topics hold every word of `text`, best match first. */
    search(text: string): Promise<ModuleInfo[]>;
    /** What a module depends on, with the registered version of each dependency and whether it satisfies the range. */
    dependenciesOf(name: string): Promise<DependencyLink[]>;
    /** The modules that depend on `name` (reverse dependencies), with the range each requires. */
    dependentsOf(name: string): Promise<DependencyLink[]>;
    /** Does the registered version of `name` satisfy the semver `range`? False when the module has no version. */
    satisfies(name: string, range: string): Promise<boolean>;
    /** status.json: health, problems and dependents per module, and totals. */
    status(): Promise<StatusFile>;
    /** private-domains.yaml: the private modules by category, with the values people keep there by hand. */
    privateDomains(): Promise<PrivateDomainsFile>;
    /**
     * Every version tag of a module, oldest first: its commit and date, the ranges declared at it, what its lock
     * files pinned (`locked`, null without a lock file) and its CI state. Empty for a module whose history is unknown.
     */
    versions(name: string): Promise<VersionEntry[]>;
    /**
     * How a module (its head, or `version`) stands to each dependency: the declared range, the locked version, the
     * newest registered one, whether that satisfies the range, and the versions it was built with and verified with.
     * A VersionNotFoundError for a version the module's history does not have.
     */
    compat(name: string, version?: string): Promise<Record<string, CompatEntry>>;
    /** Every cim package of every head lock whose version differs from the newest registered one or that cannot be reproduced. */
    drift(): Promise<DriftEntry[]>;
    /**
     * Versions of the modules named by `specs` (`NAME` or `NAME@RANGE`) and of all their transitive dependencies that
     * satisfy every declared range, preferring verified combinations, then newest versions; or why none exist. Only
     * the history files of the modules reached are read (as cargo's sparse index does).
     */
    resolve(specs: readonly string[]): Promise<ResolveResult>;
    /** Forgets what was loaded: the next query of each file asks again (conditionally over HTTP). */
    refresh(): void;
    /**
     * NATS only: every change to the registry from now on (added, updated, removed, with the entries), across
     * reconnects and server restarts, resuming where it stopped; the client's queries follow the changes. Ends when
     * `signal` aborts (or break out of the loop).
     */
    watch(signal?: AbortSignal): AsyncGenerator<RegistryChange>;
    /** Closes the NATS connection, if there is one; the other sources hold nothing open. */
    close(): Promise<void>;
    private modules;
    /** A module's history: its index file (absent: no tags read yet) and its head. */
    private history;
    /** Every module's head: heads.json, and the shards it lists in a large registry (src/versions/index-file.ts). */
    private heads;
    private newest;
    /** A history file, or `empty` when the registry has none (a registry written before version history). */
    private optional;
    private cached;
    private load;
}
