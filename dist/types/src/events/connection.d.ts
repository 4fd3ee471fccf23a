import { type ConnectionOptions, type NatsConnection } from '@nats-io/transport-node';
import { CimError } from '../errors.js';
export interface NatsSettings {
    servers: string[];
    /** The content of a .creds file (user JWT and nkey seed). */
    creds?: string;
    token?: string;
    user?: string;
    password?: string;
    /** An nkey user seed (`SU...`). */
    nkey?: string;
    /** PEM texts or file paths: a PEM text starts with `-----BEGIN`. */
    tlsCa?: string;
    tlsCert?: string;
    tlsKey?: string;
}
/** `nats://a:4222, b:4222` -> the server list; throws on an empty list or an entry that is not host[:port]. */
export declare function parseServers(text: string): string[];
/** The secrets among the settings, for masking. */
export declare function secretsOf(settings: NatsSettings): string[];
/** Connection options for the client; throws when the settings contradict each other. */
export declare function connectionOptions(settings: NatsSettings, extra?: Partial<ConnectionOptions>): ConnectionOptions;
/**
 * Connects, or throws an error whose message says what went wrong without naming any secret. `extra` holds the
 * client's own options for this use (name, timeout, reconnect policy); `signal` abandons the attempt at once, its
 * socket closed. This is the project's one entry point to NATS (the bridge, publish, `nats setup`, the KV mirror):
 * keep its signature stable.
 */
export declare function connectNats(settings: NatsSettings, extra?: Partial<ConnectionOptions>, signal?: AbortSignal): Promise<NatsConnection>;
/** A connection to NATS failed. `refused`: the server refused the credentials or the TLS handshake, so retrying the
 *  same settings cannot help; otherwise the server may come (back) later. */
export declare class NatsConnectError extends CimError {
    readonly refused: boolean;
    name: string;
    constructor(message: string, refused: boolean);
}
/** Why a connection failed, in words. */
export declare function describeConnectError(error: Error, servers: string[], timeoutMs?: number): NatsConnectError;
/**
 * Closes the connection. The client records a "close trace" stack as it closes; in the bundle, formatting a stack
 * makes source-map support parse the whole source map, about 100 ms of publish mode's cold start for a trace
 * nobody reads. The trace is taken synchronously at the start of close(), so a zero stack limit around the call
 * skips it and nothing else.
 */
export declare function closeConnection(nc: NatsConnection, drain?: boolean): Promise<void>;
