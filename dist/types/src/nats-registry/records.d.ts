import type { Health, ModuleEntry, Registry } from '../format/types.js';
export declare const RECORD_SCHEMA = 1;
export declare const DEFAULT_BUCKET = "CIM_REGISTRY";
export declare const UPDATED_SUBJECT = "cim.registry.updated";
/** Private modules' changes, for readers allowed to see them (subject permissions tell the two apart). */
export declare const PRIVATE_UPDATED_SUBJECT = "cim.registry.private.updated";
/** The stream that keeps the events, so that a restarted consumer can catch up and a re-sent event is deduplicated. */
export declare const EVENTS_STREAM = "CIM_REGISTRY_EVENTS";
export declare const META_KEY = "meta";
export declare const MODULE_KEY_PREFIX = "module.";
/** Events stay under this many bytes of JSON whatever the change; lists are cut, counts stay whole. */
export declare const MAX_UPDATED_EVENT_BYTES: number;
/**
 * A record stays well under the server's default max_payload (1 MiB): a module that half the organization depends
 * on keeps the first of its dependents in its record and their count in `dependents_total` (the service's
 * `dependents` query pages through all of them), so that no one module's record can fail the whole mirror.
 */
export declare const MAX_RECORD_BYTES: number;
/** Where private modules go: a bucket of their own (`<bucket>_PRIVATE`), nowhere, or the same bucket. */
export declare const PRIVATE_POLICIES: readonly ["bucket", "omit", "include"];
export type PrivatePolicy = (typeof PRIVATE_POLICIES)[number];
/** One module's key in the bucket: its modules.yaml entry, what the registry knows about it, and its newest versions. */
export interface BucketRecord {
    schema: number;
    name: string;
    entry: ModuleEntry;
    health: Health;
    dependents: string[];
    /** Set when `dependents` was cut to keep the record under MAX_RECORD_BYTES: how many there are. */
    dependents_total?: number;
    stale?: string;
    /** Newest first. Today the registry keeps one version per module: the list holds it, or nothing. */
    versions: string[];
}
/** The `meta` record: which registry the bucket holds. */
export interface MetaRecord {
    schema: number;
    /** sha256 of modules.yaml (status.json's registry_hash). */
    registry_hash: string;
    /** The registry commit, when the run made or knows one. */
    commit: string | null;
    modules: number;
}
/** A bucket's wanted content: key -> JSON text. Texts, not objects, so that "changed" is a string comparison. */
export type BucketContent = Map<string, string>;
export declare function moduleKey(name: string): string;
export declare function moduleRecord(registry: Registry, name: string): BucketRecord;
/** The wanted content of the public bucket and, with the `bucket` policy, of the private one. */
export declare function bucketContents(registry: Registry, meta: Omit<MetaRecord, 'schema' | 'modules'>, policy: PrivatePolicy): {
    public: BucketContent;
    private: BucketContent | null;
};
/** The keys to put and to delete to turn `current` into `wanted`; only keys of ours are deleted. */
export declare function bucketWrites(current: ReadonlyMap<string, string>, wanted: BucketContent, keys?: Iterable<string>): {
    put: string[];
    del: string[];
};
export interface VersionChange {
    name: string;
    from: string | null;
    to: string | null;
}
/** The `cim.registry.updated` event. */
export interface UpdatedEvent {
    schema: number;
    commit: string | null;
    registry_hash: string;
    previous_hash: string | null;
    added: {
        name: string;
        version: string | null;
    }[];
    removed: {
        name: string;
        version: string | null;
    }[];
    updated: VersionChange[];
    /** Whole counts, even when the lists above were cut. */
    counts: {
        added: number;
        removed: number;
        updated: number;
    };
    /** True when a list was cut to keep the event under MAX_UPDATED_EVENT_BYTES. */
    truncated: boolean;
}
/** The event for the module keys that went from `before` to `after` (absent: undefined); null when none did. */
export declare function updatedEvent(meta: {
    commit: string | null;
    registry_hash: string;
    previous_hash: string | null;
}, changes: Iterable<[key: string, before: string | undefined, after: string | undefined]>, maxBytes?: number): UpdatedEvent | null;
/** Reads a `meta` record's text; null when it is missing or not ours. */
export declare function parseMeta(text: string | undefined): MetaRecord | null;
