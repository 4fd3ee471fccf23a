/**
 * The one place this folder connects to NATS, through the event path's connection helper (which turns settings into
 * options and says in words why a connection failed, without naming a secret).
 */
import type { ConnectionOptions, NatsConnection } from '@nats-io/transport-node'
import { closeConnection, connectNats, type NatsSettings } from '../events/connection.js'

export type { NatsSettings }

/**
 * The updater's reply subjects. Its direct gets and watches carry private records back on them, so they are not
 * under `_INBOX.>`, which readers may subscribe to (README: "Permissions").
 */
export const UPDATER_INBOX_PREFIX = '_INBOX_CIM_UPDATER'

/**
 * A short-lived connection (a mirror run, the updater): gives up after `timeoutMs` instead of hanging a job.
 * A long-lived one (watch, serve): reconnects for ever, with jitter, so a restarted server is found again.
 */
export function openNats(
  settings: NatsSettings,
  name: string,
  lifetime: 'run' | 'service',
  timeoutMs = 10_000,
): Promise<NatsConnection> {
  const extra: Partial<ConnectionOptions> =
    lifetime === 'run'
      ? { name, timeout: timeoutMs, reconnect: false, inboxPrefix: UPDATER_INBOX_PREFIX }
      : {
          name,
          timeout: timeoutMs,
          maxReconnectAttempts: -1,
          reconnectTimeWait: 250,
          reconnectJitter: 250,
          waitOnFirstConnect: false,
        }
  return connectNats(settings, extra)
}

export { closeConnection }
