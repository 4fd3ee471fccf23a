import { type KV } from '@nats-io/kv';
import type { NatsConnection } from '@nats-io/transport-node';
export interface BucketSettings {
    /** 1 on one server, 3 on a three-node JetStream cluster; used only when the bucket is created. */
    replicas?: number;
}
/** Opens `name`; creates it when it does not exist yet (the updater's first run). */
export declare function openBucket(nc: NatsConnection, name: string, settings?: BucketSettings, create?: boolean): Promise<KV>;
/** Every key's newest value as text; deleted keys are absent. One ordered consumer over the newest of each key. */
export declare function readBucket(kv: KV): Promise<{
    values: Map<string, string>;
    revision: number;
}>;
/** The newest values of some keys (absent: not in the map), read in parallel. */
export declare function readKeys(kv: KV, keys: Iterable<string>): Promise<Map<string, string>>;
/** Puts and deletes, WRITE_WINDOW at a time; the first failure stops the batch and is thrown. */
export declare function applyWrites(kv: KV, wanted: ReadonlyMap<string, string>, writes: {
    put: string[];
    del: string[];
}): Promise<void>;
