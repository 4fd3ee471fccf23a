/**
 * Publishing to JetStream until the stream acknowledges: with a message id, so that a retry (or a re-run of the
 * workflow) is deduplicated by the stream instead of stored twice; with a per-attempt ack timeout; and with backoff
 * on what a retry can fix (no responders while a server restarts, ack timeouts, a lost connection) within one
 * overall deadline. What a retry cannot fix (refused credentials, a subject the user may not publish to, a stream
 * that rejects the message) fails at once.
 */
import { JetStreamApiError, type JetStreamClient, type PubAck } from '@nats-io/jetstream'
import {
  headers as natsHeaders,
  InvalidArgumentError,
  PermissionViolationError,
  TimeoutError,
} from '@nats-io/transport-node'
import { backoffDelay, sleep, type Backoff } from './backoff.js'
import { encodeEvent, messageId, type ModuleEvent } from './event.js'
import { CimError } from '../errors.js'

export interface PublishOptions {
  subject: string
  /** The whole publish, retries included, in milliseconds. */
  timeoutMs: number
  /** How long one attempt waits for the stream's ack. */
  ackTimeoutMs?: number
  backoff?: Backoff
  /** Extra headers, e.g. for dead letters. */
  headers?: Record<string, string>
  /** The workflow run (GITHUB_RUN_ID): part of the message id, so that only a re-run of the same run is a duplicate. */
  runId?: string
  /** Called before each retry with the reason, for the log. */
  onRetry?: (attempt: number, delayMs: number, reason: string) => void
  signal?: AbortSignal
}

export interface PublishResult {
  stream: string
  seq: number
  /** True when the stream already held a message with this id: a re-run, or a retry whose first ack was lost. */
  duplicate: boolean
  attempts: number
}

export const DEFAULT_ACK_TIMEOUT_MS = 5000
export const PUBLISH_BACKOFF: Backoff = { initialMs: 100, maxMs: 2000 }

/** Publishes a module event with `Nats-Msg-Id = <repository>@<ref>@<sha>#<run id>` (see messageId). */
export function publishEvent(js: JetStreamClient, event: ModuleEvent, options: PublishOptions): Promise<PublishResult> {
  return publishWithRetry(js, encodeEvent(event), messageId(event, options.runId), options)
}

/** Publishes raw bytes under a message id, retrying as described above. */
export async function publishWithRetry(
  js: JetStreamClient,
  data: Uint8Array,
  msgID: string,
  options: PublishOptions,
): Promise<PublishResult> {
  const deadline = Date.now() + options.timeoutMs
  const backoff = options.backoff ?? PUBLISH_BACKOFF
  const stopped = () =>
    new PublishError(`stopped before JetStream acknowledged the message on ${options.subject}`, 'stopped', true)
  for (let attempt = 0; ; attempt++) {
    // A stop is checked before every attempt, and ends the one in flight: nothing waits for an ack after it.
    if (options.signal?.aborted) throw stopped()
    const remaining = deadline - Date.now()
    try {
      const ack: PubAck = await untilAborted(
        js.publish(options.subject, data, {
          msgID,
          timeout: Math.max(1, Math.min(options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS, remaining)),
          ...(options.headers ? { headers: headersOf(options.headers) } : {}),
        }),
        options.signal,
      )
      return { stream: ack.stream, seq: ack.seq, duplicate: ack.duplicate, attempts: attempt + 1 }
    } catch (error) {
      if (options.signal?.aborted) throw stopped()
      const failure = classifyPublishError(error as Error, options.subject)
      const delay = backoffDelay(attempt, backoff)
      if (!failure.retryable || options.signal?.aborted || Date.now() + delay >= deadline) {
        const gaveUp = failure.retryable ? ` (gave up after ${Math.round(options.timeoutMs / 1000)}s)` : ''
        throw new PublishError(`${failure.message}${gaveUp}`, failure.kind, failure.retryable)
      }
      options.onRetry?.(attempt + 1, delay, failure.message)
      await sleep(delay, options.signal)
    }
  }
}

export type PublishFailureKind =
  | 'no-stream'
  | 'timeout'
  | 'connection'
  | 'permission'
  | 'rejected'
  | 'too-large'
  | 'stream-full'
  | 'invalid'
  | 'stopped'

/** JetStream did not take the message: `kind` says why (the bridge terminates what no retry can fix). */
export class PublishError extends CimError {
  override name = 'PublishError'
  constructor(
    message: string,
    readonly kind: PublishFailureKind,
    /** Whether a later attempt of the same message can succeed (the deadline ran out, not the message). */
    readonly retryable = false,
  ) {
    super('NATS_PUBLISH', message)
  }
}

/** What a failed attempt means, and whether another attempt can succeed. */
export function classifyPublishError(
  error: Error,
  subject: string,
): { kind: PublishFailureKind; retryable: boolean; message: string } {
  // The client refused the message before sending it (a header value with CR or LF, nats-core lib/headers.js
  // validHeaderValue): the same message is refused every time.
  if (error instanceof InvalidArgumentError) {
    return {
      kind: 'invalid',
      retryable: false,
      message: `the NATS client refused the message for ${subject}: ${error.message}`,
    }
  }
  // The client reports no responders as `jetstream is not enabled`; with the stream missing that is misleading.
  if (
    /no responders|jetstream is not enabled/i.test(
      `${error.message} ${(error.cause as Error | undefined)?.message ?? ''}`,
    )
  ) {
    return {
      kind: 'no-stream',
      retryable: true,
      message:
        `no JetStream stream answered on subject ${subject}: ` +
        'create one with `cim-registry nats setup` (or enable JetStream on the server)',
    }
  }
  if (error instanceof TimeoutError || /timeout/i.test(error.message)) {
    return {
      kind: 'timeout',
      retryable: true,
      message: `JetStream did not acknowledge the message on ${subject} in time`,
    }
  }
  if (error instanceof PermissionViolationError || /permissions violation/i.test(error.message)) {
    return {
      kind: 'permission',
      retryable: false,
      message: `NATS does not permit these credentials to publish on ${subject}`,
    }
  }
  // The stream's limits, as nats-server words them (server/errors.json: JSStreamMessageExceedsMaximumErr,
  // JSStreamStoreFailedF with ErrMaxMsgs / ErrMaxBytes under `discard: new`).
  if (/message size exceeds maximum/i.test(error.message)) {
    return {
      kind: 'too-large',
      retryable: false,
      message: `the stream refused the event as too large: ${error.message}`,
    }
  }
  if (/maximum (messages|bytes) exceeded/i.test(error.message)) {
    return {
      kind: 'stream-full',
      retryable: false,
      message: `the stream is full and refuses new events (${error.message}): pending events are kept, not evicted`,
    }
  }
  if (error instanceof JetStreamApiError) {
    // 503: JetStream is (re)starting or the stream has no leader yet; anything else is the stream's final word.
    return error.status === 503
      ? { kind: 'no-stream', retryable: true, message: `JetStream is unavailable: ${error.message}` }
      : { kind: 'rejected', retryable: false, message: `the stream refused the message: ${error.message}` }
  }
  if (/closed|draining/i.test(error.message)) {
    return { kind: 'connection', retryable: false, message: `the NATS connection is closed: ${error.message}` }
  }
  return { kind: 'connection', retryable: true, message: `publishing on ${subject} failed: ${error.message}` }
}

/**
 * The promise, or a rejection as soon as `signal` aborts. The abandoned publish may still be stored: its message id
 * makes the next attempt (by this process or its successor) a duplicate instead of a second copy.
 */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new Error('aborted'))
    signal.addEventListener('abort', abort, { once: true })
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/** The longest header value sent; a reason quoting its input (V8's JSON.parse message does) is cut to this. */
export const MAX_HEADER_VALUE_CHARS = 256

/**
 * A header value as NATS accepts it: one line (nats.js refuses CR and LF, nats-core lib/headers.js validHeaderValue;
 * the protocol is line-based), without other control characters, and short, so that the headers stay within the
 * stream's header allowance whatever text a reason quotes.
 */
export function headerValue(text: string): string {
  const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
  return line.length > MAX_HEADER_VALUE_CHARS ? `${line.slice(0, MAX_HEADER_VALUE_CHARS - 3)}...` : line
}

function headersOf(values: Record<string, string>) {
  const h = natsHeaders()
  for (const [name, value] of Object.entries(values)) h.set(name, headerValue(value))
  return h
}
