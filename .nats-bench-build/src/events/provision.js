/**
 * The stream that keeps module events and the bridge's durable consumer on it: their configuration (pure, so the
 * README's server configuration and `nats setup` cannot drift apart) and an idempotent create-or-update.
 */
import { AckPolicy, DeliverPolicy, DiscardPolicy, ReplayPolicy, RetentionPolicy, StorageType, } from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';
import { DEFAULT_SUBJECT, MAX_EVENT_BYTES } from './event.js';
export const DEFAULT_STREAM = 'CIM_MODULES';
export const DEFAULT_CONSUMER = 'cim-registry-bridge';
/** Events that failed validation, republished by the bridge; inside the stream's subjects, outside the consumer's. */
export const DEFAULT_DEAD_LETTER_SUBJECT = 'cim.module.dead-letter';
const DAY_MS = 24 * 60 * 60 * 1000;
export const DEFAULT_STREAM_SETTINGS = {
    stream: DEFAULT_STREAM,
    subjects: ['cim.module.>'],
    replicas: 1,
    // Re-runs usually come within hours; a week covers a weekend. The client is idempotent beyond it anyway,
    // since every update run reconciles the whole organization.
    duplicateWindowMs: 7 * DAY_MS,
    maxAgeMs: 30 * DAY_MS,
    maxMessages: 1_000_000,
    maxBytes: 1024 * 1024 * 1024,
};
export const DEFAULT_CONSUMER_SETTINGS = {
    stream: DEFAULT_STREAM,
    consumer: DEFAULT_CONSUMER,
    subject: DEFAULT_SUBJECT,
    ackWaitMs: 60_000,
    maxAckPending: 20_000,
    replicas: 1,
};
/**
 * Larger messages are refused by the stream at publish time. It is well above an event's bound so that an
 * oversized event still reaches the bridge, which terminates it with a reason and dead-letters it.
 */
export const STREAM_MAX_MESSAGE_BYTES = 256 * MAX_EVENT_BYTES;
export function streamConfig(settings) {
    return {
        name: settings.stream,
        description: 'CIM module events (cim-registry-action)',
        subjects: settings.subjects,
        retention: RetentionPolicy.Limits,
        storage: StorageType.File,
        discard: DiscardPolicy.Old,
        num_replicas: settings.replicas,
        duplicate_window: nanos(settings.duplicateWindowMs),
        max_age: nanos(settings.maxAgeMs),
        max_msgs: settings.maxMessages,
        max_bytes: settings.maxBytes,
        max_msg_size: STREAM_MAX_MESSAGE_BYTES,
    };
}
export function consumerConfig(settings) {
    return {
        durable_name: settings.consumer,
        description: 'cim-registry bridge: module events to repository_dispatch',
        filter_subject: settings.subject,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        replay_policy: ReplayPolicy.Instant,
        ack_wait: nanos(settings.ackWaitMs),
        // Never give up on an event: a dispatch that keeps failing leaves it pending, never drops it.
        max_deliver: -1,
        max_ack_pending: settings.maxAckPending,
        num_replicas: settings.replicas,
    };
}
/** True when `subject` is matched by one of the stream's subject filters (`*` one token, `>` the rest). */
export function subjectCovered(subject, filters) {
    const tokens = subject.split('.');
    return filters.some((filter) => {
        const parts = filter.split('.');
        for (let i = 0; i < parts.length; i++) {
            if (parts[i] === '>')
                return tokens.length > i;
            if (i >= tokens.length || (parts[i] !== '*' && parts[i] !== tokens[i]))
                return false;
        }
        return parts.length === tokens.length;
    });
}
/** Creates the stream, or updates the settings this project manages on an existing one. */
export async function ensureStream(jsm, settings) {
    const wanted = streamConfig(settings);
    const existing = await jsm.streams.info(settings.stream).catch(notFound);
    if (!existing) {
        await jsm.streams.add(wanted);
        return 'created';
    }
    if (sameFields(existing.config, wanted))
        return 'unchanged';
    const { name: _name, ...changes } = wanted;
    await jsm.streams.update(settings.stream, changes);
    return 'updated';
}
/** Creates the bridge's durable consumer, or updates the settings this project manages on it. */
export async function ensureConsumer(jsm, settings) {
    const wanted = consumerConfig(settings);
    const existing = await jsm.consumers.info(settings.stream, settings.consumer).catch(notFound);
    if (!existing) {
        await jsm.consumers.add(settings.stream, wanted);
        return 'created';
    }
    if (sameFields(existing.config, wanted))
        return 'unchanged';
    await jsm.consumers.update(settings.stream, settings.consumer, wanted);
    return 'updated';
}
function notFound(error) {
    if (/not found/i.test(error.message))
        return null;
    throw error;
}
/** Whether every field of `wanted` has the same value in `actual` (arrays compared element-wise). */
function sameFields(actual, wanted) {
    const current = actual;
    return Object.entries(wanted).every(([key, value]) => JSON.stringify(current[key]) === JSON.stringify(value));
}
