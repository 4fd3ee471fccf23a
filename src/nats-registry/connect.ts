/**
 * The one place this folder connects to NATS, through the event path's connection helper (which turns settings into
 * options and says in words why a connection failed, without naming a secret).
 */
import type { ConnectionOptions, NatsConnection } from '@nats-io/transport-node'
import { closeConnection, connectNats, type NatsSettings } from '../events/connection.js'

export type { NatsSettings }

/**
 * A short-lived connection (a mirror run): gives up after `timeoutMs` instead of hanging a job.
 * A long-lived one (watch, serve): reconnects for ever, with jitter, so a restarted server is found again.
 */
export function openNats(settings: NatsSettings, name: string, lifetime: 'run' | 'service', timeoutMs = 10_000): Promise<NatsConnection> {
  const extra: Partial<ConnectionOptions> =
    lifetime === 'run'
      ? { name, timeout: timeoutMs, reconnect: false }
      : { name, timeout: timeoutMs, maxReconnectAttempts: -1, reconnectTimeWait: 250, reconnectJitter: 250, waitOnFirstConnect: false }
  return connectNats(settings, extra)
}

export { closeConnection }
