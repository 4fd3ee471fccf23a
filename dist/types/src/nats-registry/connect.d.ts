/**
 * The one place this folder connects to NATS, through the event path's connection helper (which turns settings into
 * options and says in words why a connection failed, without naming a secret).
 */
import type { NatsConnection } from '@nats-io/transport-node';
import { closeConnection, type NatsSettings } from '../events/connection.js';
export type { NatsSettings };
/**
 * The updater's reply subjects. Its direct gets and watches carry private records back on them, so they are not
 * under `_INBOX.>`, which readers may subscribe to (README: "Permissions").
 */
export declare const UPDATER_INBOX_PREFIX = "_INBOX_CIM_UPDATER";
/**
 * A short-lived connection (a mirror run, the updater): gives up after `timeoutMs` instead of hanging a job.
 * A long-lived one (watch, serve): reconnects for ever, with jitter, so a restarted server is found again.
 */
export declare function openNats(settings: NatsSettings, name: string, lifetime: 'run' | 'service', timeoutMs?: number): Promise<NatsConnection>;
export { closeConnection };
