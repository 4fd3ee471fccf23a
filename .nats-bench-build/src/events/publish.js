/**
 * Publishing to JetStream until the stream acknowledges: with a message id, so that a retry (or a re-run of the
 * workflow) is deduplicated by the stream instead of stored twice; with a per-attempt ack timeout; and with backoff
 * on what a retry can fix (no responders while a server restarts, ack timeouts, a lost connection) within one
 * overall deadline. What a retry cannot fix (refused credentials, a subject the user may not publish to, a stream
 * that rejects the message) fails at once.
 */
import { JetStreamApiError } from '@nats-io/jetstream';
import { headers as natsHeaders, PermissionViolationError, TimeoutError } from '@nats-io/transport-node';
import { backoffDelay, sleep } from './backoff.js';
import { encodeEvent, messageId } from './event.js';
export const DEFAULT_ACK_TIMEOUT_MS = 5000;
export const PUBLISH_BACKOFF = { initialMs: 100, maxMs: 2000 };
/** Publishes a module event with `Nats-Msg-Id = <repository>@<sha>`. */
export function publishEvent(js, event, options) {
    return publishWithRetry(js, encodeEvent(event), messageId(event), options);
}
/** Publishes raw bytes under a message id, retrying as described above. */
export async function publishWithRetry(js, data, msgID, options) {
    const deadline = Date.now() + options.timeoutMs;
    const backoff = options.backoff ?? PUBLISH_BACKOFF;
    for (let attempt = 0;; attempt++) {
        const remaining = deadline - Date.now();
        try {
            const ack = await js.publish(options.subject, data, {
                msgID,
                timeout: Math.max(1, Math.min(options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS, remaining)),
                ...(options.headers ? { headers: headersOf(options.headers) } : {}),
            });
            return { stream: ack.stream, seq: ack.seq, duplicate: ack.duplicate, attempts: attempt + 1 };
        }
        catch (error) {
            const failure = classifyPublishError(error, options.subject);
            const delay = backoffDelay(attempt, backoff);
            if (!failure.retryable || options.signal?.aborted || Date.now() + delay >= deadline) {
                const gaveUp = failure.retryable ? ` (gave up after ${Math.round(options.timeoutMs / 1000)}s)` : '';
                throw new PublishError(`${failure.message}${gaveUp}`, failure.kind);
            }
            options.onRetry?.(attempt + 1, delay, failure.message);
            await sleep(delay, options.signal);
        }
    }
}
export class PublishError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
    }
}
/** What a failed attempt means, and whether another attempt can succeed. */
export function classifyPublishError(error, subject) {
    // The client reports no responders as `jetstream is not enabled`; with the stream missing that is misleading.
    if (/no responders|jetstream is not enabled/i.test(`${error.message} ${error.cause?.message ?? ''}`)) {
        return {
            kind: 'no-stream',
            retryable: true,
            message: `no JetStream stream answered on subject ${subject}: ` +
                'create one with `cim-registry nats setup` (or enable JetStream on the server)',
        };
    }
    if (error instanceof TimeoutError || /timeout/i.test(error.message)) {
        return { kind: 'timeout', retryable: true, message: `JetStream did not acknowledge the message on ${subject} in time` };
    }
    if (error instanceof PermissionViolationError || /permissions violation/i.test(error.message)) {
        return { kind: 'permission', retryable: false, message: `NATS does not permit these credentials to publish on ${subject}` };
    }
    if (error instanceof JetStreamApiError) {
        // 503: JetStream is (re)starting or the stream has no leader yet; anything else is the stream's final word.
        return error.status === 503
            ? { kind: 'no-stream', retryable: true, message: `JetStream is unavailable: ${error.message}` }
            : { kind: 'rejected', retryable: false, message: `the stream refused the message: ${error.message}` };
    }
    if (/closed|draining/i.test(error.message)) {
        return { kind: 'connection', retryable: false, message: `the NATS connection is closed: ${error.message}` };
    }
    return { kind: 'connection', retryable: true, message: `publishing on ${subject} failed: ${error.message}` };
}
function headersOf(values) {
    const h = natsHeaders();
    for (const [name, value] of Object.entries(values))
        h.set(name, value);
    return h;
}
