import type { ModuleType, PrivateDomainsFile, StatusFile } from '../registry/types.js';
import { type DependencyLink, type ModuleFilter, type ModuleInfo } from './model.js';
import { type GitHubRegistry } from './sources.js';
/** Exactly one of `url`, `github` or `directory` says where the registry is. */
export type RegistryClientOptions = ({
    url: string | URL;
    github?: never;
    directory?: never;
} | {
    github: GitHubRegistry;
    url?: never;
    directory?: never;
} | {
    directory: string;
    url?: never;
    github?: never;
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
    /** Forgets what was loaded: the next query of each file asks again (conditionally over HTTP). */
    refresh(): void;
    private modules;
    private load;
}
