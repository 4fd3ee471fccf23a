import type { NatsConnection } from '@nats-io/transport-node';
export interface BucketChange {
    key: string;
    /** The new value; null when the key was deleted or purged. */
    value: string | null;
    revision: number;
}
/** Changes of `bucket` from revision `from` on; ends when `signal` aborts or the connection closes. */
export declare function watchBucket(nc: NatsConnection, bucket: string, from: number, signal?: AbortSignal): AsyncGenerator<BucketChange>;
