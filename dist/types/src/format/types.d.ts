/**
 * The registry's vocabulary, shared by the engine (which builds registries) and the client (which reads them).
 *
 * Data flows one way: a source yields a RepositorySnapshot per repository, the metadata layer turns it into a
 * ModuleRecord, the registry builder turns the records into a Registry, and the renderers turn that into files.
 */
export declare const MODULE_TYPES: readonly ["template", "core", "domain", "integration", "utility"];
export type ModuleType = (typeof MODULE_TYPES)[number];
export declare const VISIBILITIES: readonly ["public", "private"];
export type Visibility = (typeof VISIBILITIES)[number];
export declare const LIFECYCLE_STATUSES: readonly ["planning", "development", "pilot", "production", "deprecated"];
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];
export declare const HEALTHS: readonly ["ok", "warning", "error"];
export type Health = (typeof HEALTHS)[number];
/** Where a module's metadata came from as a whole: its own cim.yaml, or inference from its manifests. */
export type MetadataOrigin = 'declared' | 'inferred';
/** Where one field's value came from. `carried`: kept from the registry's previous (possibly hand-kept) files;
 *  `topic`: said by the repository's GitHub topics (see src/metadata/topics.ts). */
export type FieldOrigin = 'declared' | 'inferred' | 'carried' | 'topic';
export declare const FIELD_ORIGINS: readonly FieldOrigin[];
/** The schema version written into every registry file; the client refuses files it does not know. */
export declare const REGISTRY_SCHEMA_VERSION = 1;
/** Everything a source knows about one repository, before any interpretation. */
export interface RepositorySnapshot {
    /** The repository's name, which is also the module's name. */
    name: string;
    /** Web URL of the repository, or null when the source has none (a plain folder). */
    url: string | null;
    description: string | null;
    topics: string[];
    /** Null when the source cannot tell (a plain folder): cim.yaml's `visibility` decides then, else public. */
    visibility: Visibility | null;
    archived: boolean;
    /** Full SHA of the default branch's head, or null (a plain folder). */
    headCommit: string | null;
    /** ISO-8601 time of that commit, or null. Never the time of the run. */
    committedAt: string | null;
    /** Tag names, used to infer a version when no manifest has one. */
    tags: string[];
    /** The files metadata is read from, by path relative to the repository root: text, or the raw bytes of a file
     *  that is not valid UTF-8 (so that the reader can say so instead of guessing). */
    files: Record<string, string | Uint8Array>;
    /** Set when the repository was listed but could not be read: its previous registry entry is kept, marked stale. */
    readError?: string;
    /** True when the source cannot see topics (a plain folder): topics then decide and check nothing. */
    topicsUnknown?: boolean;
    /** Set when the source read nothing of it because nothing changed: its previous registry entry is kept as it is. */
    carried?: boolean;
    /** With `carried`: its entry is kept, and only its version history is read (a CI state still pending, or history
     *  left for a later run; its head and tags are those the entry was built from). */
    historyOnly?: boolean;
    /** What the listing says of its tags (their count and the newest: GitHub source), to tell when tags changed. */
    tagState?: string;
}
/** A problem found with one module (or with the registry as a whole), precise enough to become an annotation. */
export interface Problem {
    level: 'error' | 'warning';
    /** Stable machine-readable kind, e.g. `invalid-metadata`, `unsatisfied-range`. */
    code: ProblemCode;
    message: string;
    /** File in the module repository the problem points at, with 1-based line and column when known. */
    file?: string;
    line?: number;
    col?: number;
}
export type ProblemCode = 'missing-cim-yaml' | 'invalid-metadata' | 'unknown-key' | 'name-mismatch' | 'duplicate-name' | 'invalid-name' | 'unknown-dependency' | 'unsatisfied-range' | 'dependency-cycle' | 'self-dependency' | 'invalid-manifest' | 'archived' | 'stale' | 'missing-topic' | 'topic-mismatch' | 'registry-file' | 'partial-view' | 'invalid-lock' | 'unreadable-history' | 'tag-version-mismatch' | 'tag-moved' | 'locked-behind' | 'unreproducible-dependency' | 'unknown-locked-version' | 'ci-failing';
/** The fields of a module that can come from cim.yaml, inference or the previous registry. */
export interface ModuleFields {
    type: ModuleType;
    version: string | null;
    description: string | null;
    category: string | null;
    /** Lifecycle status; carried values from hand-kept files are kept verbatim even outside the enum. */
    status: string | null;
    owner: string | null;
    deployed: boolean | string | null;
}
export type FieldName = keyof ModuleFields;
export declare const FIELD_NAMES: readonly FieldName[];
/** What `origins` may name: the fields, and `visibility` when something other than GitHub's flag decided it. */
export type OriginName = FieldName | 'visibility';
/** One module as the metadata layer sees it: the snapshot interpreted, before registry-wide analysis. */
export interface ModuleRecord {
    name: string;
    repository: string | null;
    visibility: Visibility;
    archived: boolean;
    topics: string[];
    lastCommit: string | null;
    lastUpdated: string | null;
    metadata: MetadataOrigin;
    fields: ModuleFields;
    /** Where each field that has a value came from; `visibility` only when a topic decided it. */
    origins: Partial<Record<OriginName, FieldOrigin>>;
    /** Dependency module name -> semver range, sorted by name. */
    dependencies: Record<string, string>;
    problems: Problem[];
    /** Set when the source could not read the repository this run. */
    stale?: string;
    /** Set when the source read nothing of it (unchanged since the previous registry): its entry is kept. */
    carried?: boolean;
}
/** A module as it stands in the registry: its record plus what the whole registry tells about it. */
export interface RegistryModule extends ModuleRecord {
    health: Health;
    /** Modules that depend on this one, sorted. */
    dependents: string[];
}
/** The registry: every module, keyed and sorted by name, and problems that belong to no single module. */
export interface Registry {
    modules: Map<string, RegistryModule>;
    problems: Problem[];
}
/** One entry of modules.yaml as written to (and read back from) the file. */
export interface ModuleEntry {
    type: ModuleType;
    description: string | null;
    repository: string | null;
    version: string | null;
    last_commit: string | null;
    last_updated: string | null;
    topics: string[];
    visibility: Visibility;
    category: string | null;
    status?: string;
    owner?: string;
    deployed?: boolean | string;
    archived?: boolean;
    dependencies: Record<string, string>;
    metadata: MetadataOrigin;
}
/** The parsed content of modules.yaml. */
export interface ModulesFile {
    schema_version: number;
    modules: Record<string, ModuleEntry>;
}
/** Per-module part of status.json. */
export interface ModuleStatus {
    health: Health;
    metadata: MetadataOrigin;
    origins: Partial<Record<OriginName, FieldOrigin>>;
    dependents: string[];
    stale?: string;
    /** Digest of the facts the source listed for the module (GitHub source): a change re-reads the module. */
    listed?: string;
    /** The tags as the source listed them when it last read the module's version history, with ` pending` when a CI
     *  state was still pending (GitHub source): a change, or a pending state, reads the history again. */
    history?: string;
    problems: Problem[];
}
/** The parsed content of status.json. */
export interface StatusFile {
    schema_version: number;
    /** sha256 of modules.yaml: equal hashes mean equal registries. */
    registry_hash: string;
    /** The rules that built the entries (src/metadata/rules-version.ts), written by the GitHub source's runs. */
    rules_version?: string;
    totals: {
        modules: number;
        by_type: Record<ModuleType, number>;
        by_visibility: Record<Visibility, number>;
        by_health: Record<Health, number>;
    };
    /** False when the source could not see everything (e.g. a token that cannot read private repositories). */
    complete_view: boolean;
    problems: Problem[];
    modules: Record<string, ModuleStatus>;
}
/** One private domain in private-domains.yaml. */
export interface PrivateDomainEntry {
    name: string;
    description?: string;
    owner?: string;
    status?: string;
    deployed?: boolean | string;
    modules_used?: string[];
    /** False for hand-kept entries that match no repository the source can see. */
    verified?: boolean;
}
export interface PrivateDomainsFile {
    schema_version?: number;
    private_domains: Record<string, PrivateDomainEntry[]>;
}
