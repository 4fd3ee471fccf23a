/**
 * NATS connection settings, as the action's inputs and the command's flags give them, turned into the client's
 * connection options; and the one place that connects (`connectNats`) and says in words why a connection failed.
 * Every NATS connection of the project goes through `connectNats`: it is the only way that closes the socket of an
 * attempt that never completed (see `ClosingTransport`).
 *
 * Every secret (creds, token, password, nkey seed, TLS key) stays inside the authenticator or TLS options and is
 * listed by `secretsOf` so that the action can mask it; no message here ever contains one.
 */
import { createConnection, type Socket } from 'node:net'
import {
  AuthorizationError,
  credsAuthenticator,
  NatsConnectionImpl,
  setTransportFactory,
  nkeyAuthenticator,
  tokenAuthenticator,
  usernamePasswordAuthenticator,
  type Authenticator,
  type ConnectionOptions,
  type NatsConnection,
} from '@nats-io/transport-node'
// The package has no export map: its transport is reachable only by this path (checked by a test on every upgrade).
import { NodeTransport, nodeResolveHost } from '@nats-io/transport-node/lib/node_transport.js'
import { CimError } from '../errors.js'

export interface NatsSettings {
  servers: string[]
  /** The content of a .creds file (user JWT and nkey seed). */
  creds?: string
  token?: string
  user?: string
  password?: string
  /** An nkey user seed (`SU...`). */
  nkey?: string
  /** PEM texts or file paths: a PEM text starts with `-----BEGIN`. */
  tlsCa?: string
  tlsCert?: string
  tlsKey?: string
}

const SERVER = /^(?:(?:nats|tls|ws|wss):\/\/)?(?:[^\s/@]+@)?(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?\/?$/

/** `nats://a:4222, b:4222` -> the server list; throws on an empty list or an entry that is not host[:port]. */
export function parseServers(text: string): string[] {
  const servers = text
    .split(',')
    .map((server) => server.trim())
    .filter((server) => server.length > 0)
  if (servers.length === 0)
    throw new Error('no NATS server given (a comma-separated list such as nats://nats.example.org:4222)')
  for (const server of servers) {
    // Credentials belong in the dedicated inputs, where they are masked; in a URL they would show in every log line,
    // so this check comes first and its message never quotes the URL.
    if (server.includes('@'))
      throw new Error('a NATS server URL must not hold credentials; use the token, user or creds settings')
    if (!SERVER.test(server)) throw new Error(`NATS server ${JSON.stringify(server)} is not [nats://]host[:port]`)
  }
  return servers
}

/** The secrets among the settings, for masking. */
export function secretsOf(settings: NatsSettings): string[] {
  const tlsKey = isPem(settings.tlsKey) ? settings.tlsKey : undefined
  const secrets = [settings.creds, settings.token, settings.password, settings.nkey, tlsKey]
  return secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length > 0)
}

/** Connection options for the client; throws when the settings contradict each other. */
export function connectionOptions(settings: NatsSettings, extra: Partial<ConnectionOptions> = {}): ConnectionOptions {
  const methods = [
    settings.creds ? 'creds' : null,
    settings.token ? 'token' : null,
    settings.user || settings.password ? 'user/password' : null,
    settings.nkey ? 'nkey' : null,
  ].filter((method): method is string => method !== null)
  if (methods.length > 1) throw new Error(`choose one NATS authentication method; got ${methods.join(' and ')}`)
  if (settings.password && !settings.user) throw new Error('a NATS password needs a user')
  if (Boolean(settings.tlsCert) !== Boolean(settings.tlsKey)) {
    throw new Error('a TLS client certificate needs its key, and a key its certificate')
  }

  return {
    servers: settings.servers,
    // Async traces capture a stack per request; formatting one makes the bundle's source-map support parse the
    // whole map, which alone doubled publish mode's cold start.
    noAsyncTraces: true,
    ...authenticatorOf(settings),
    ...tlsOf(settings),
    ...extra,
  }
}

function authenticatorOf(settings: NatsSettings): { authenticator?: Authenticator } {
  const encode = (text: string) => new TextEncoder().encode(text)
  if (settings.creds) {
    if (
      !/-----BEGIN NATS USER JWT-----/.test(settings.creds) ||
      !/-----BEGIN USER NKEY SEED-----/.test(settings.creds)
    ) {
      throw new Error('the NATS creds are not the content of a .creds file (a user JWT and an nkey seed block)')
    }
    // The client's parser wants LF line ends and a line end after the last block; a secret pasted into a form
    // often has CRLF or no final newline.
    return { authenticator: credsAuthenticator(encode(`${settings.creds.replace(/\r\n/g, '\n').trim()}\n`)) }
  }
  if (settings.token) return { authenticator: tokenAuthenticator(settings.token) }
  if (settings.user) return { authenticator: usernamePasswordAuthenticator(settings.user, settings.password ?? '') }
  if (settings.nkey) {
    if (!/^SU[A-Z2-7]{56}$/.test(settings.nkey.trim())) {
      throw new Error('the NATS nkey is not a user seed (SU followed by 56 base32 characters)')
    }
    return { authenticator: nkeyAuthenticator(encode(settings.nkey.trim())) }
  }
  return {}
}

function tlsOf(settings: NatsSettings): Pick<ConnectionOptions, 'tls'> {
  if (!settings.tlsCa && !settings.tlsCert) return {}
  const pemOrFile = (value: string | undefined, key: string, fileKey: string) =>
    value ? (isPem(value) ? { [key]: value } : { [fileKey]: value }) : {}
  return {
    tls: {
      ...pemOrFile(settings.tlsCa, 'ca', 'caFile'),
      ...pemOrFile(settings.tlsCert, 'cert', 'certFile'),
      ...pemOrFile(settings.tlsKey, 'key', 'keyFile'),
    },
  }
}

function isPem(value: string | undefined): boolean {
  return typeof value === 'string' && value.includes('-----BEGIN')
}

/**
 * Connects, or throws an error whose message says what went wrong without naming any secret. `extra` holds the
 * client's own options for this use (name, timeout, reconnect policy); `signal` abandons the attempt at once, its
 * socket closed. This is the project's one entry point to NATS (the bridge, publish, `nats setup`, the KV mirror):
 * keep its signature stable.
 */
export async function connectNats(
  settings: NatsSettings,
  extra: Partial<ConnectionOptions> = {},
  signal?: AbortSignal,
): Promise<NatsConnection> {
  const attempt = Symbol('connect attempt')
  // Own keys survive the client's option parsing (`extend` copies Object.keys), so each transport knows its call.
  const options = { ...connectionOptions(settings, extra), [ATTEMPT_KEY]: attempt } as ConnectionOptions
  if (signal?.aborted) throw new Error('connecting to NATS was cancelled')
  // The transport factory is global to the client library: set it before every connect so that this call's dials
  // and every later reconnect of this connection use the closing transport.
  setTransportFactory({ factory: () => new ClosingTransport(), dnsResolveFn: nodeResolveHost })
  const connecting = NatsConnectionImpl.connect(options) as Promise<NatsConnection>
  let cancel = () => {}
  const cancelled = new Promise<never>((_, reject) => {
    cancel = () => {
      ClosingTransport.abandon(attempt)
      reject(new Error('connecting to NATS was cancelled'))
    }
  })
  signal?.addEventListener('abort', cancel, { once: true })
  // A connection that completes after the caller gave up is closed rather than leaked.
  if (signal) void connecting.then((nc) => (signal.aborted ? nc.close() : undefined)).catch(() => {})
  try {
    return await Promise.race([connecting, cancelled])
  } catch (error) {
    if (signal?.aborted) throw new Error('connecting to NATS was cancelled')
    throw describeConnectError(error as Error, settings.servers, extra.timeout ?? DEFAULT_CONNECT_TIMEOUT_MS)
  } finally {
    signal?.removeEventListener('abort', cancel)
  }
}

/** The client's own default connect timeout (nats.js `timeout` option). */
const DEFAULT_CONNECT_TIMEOUT_MS = 20_000
const ATTEMPT_KEY = 'cimConnectAttempt'

/**
 * nats.js 3.4's Node transport leaves the socket of a connection attempt that never completed: when the endpoint
 * accepts TCP but never sends the NATS `INFO` greeting (a monitoring or HTTP port, a load balancer, a TLS-first
 * listener), the connect `timeout` rejects and `close()` returns early because the transport "didn't succeed"
 * (`_closed`: `if (!this.connected) return`), so the socket and its listeners keep the process alive for hours.
 * The client fixed the same class of leak once before (nats-io/nats.node#315: "the client was not closed and thus
 * preventing the node application from terminating"). This transport closes its socket whenever the client closes
 * it, and remembers sockets still dialling so that an abandoned attempt can be closed too.
 */
class ClosingTransport extends NodeTransport {
  private static readonly unfinished = new Set<ClosingTransport>()
  private dialing: Socket | null = null

  /** Closes every socket of `attempt` that has not completed its handshake. */
  static abandon(attempt: symbol): void {
    for (const transport of ClosingTransport.unfinished) {
      if ((transport.options as unknown as Record<string, unknown>)?.[ATTEMPT_KEY] === attempt) transport.destroy()
    }
  }

  override async connect(
    hp: { hostname: string; port: number; tlsName: string },
    options: ConnectionOptions,
  ): Promise<void> {
    ClosingTransport.unfinished.add(this)
    try {
      await super.connect(hp, options)
    } finally {
      ClosingTransport.unfinished.delete(this)
      this.dialing = null
    }
  }

  /** The stock dial, except that the socket is known (and closable) before its TCP handshake completes. */
  override dial(hp: { hostname: string; port: number }): Promise<Socket> {
    return new Promise((resolve, reject) => {
      let dialError: Error | undefined
      const socket = createConnection(hp.port, hp.hostname, () => {
        socket.removeAllListeners()
        resolve(socket)
      })
      this.dialing = socket
      socket.on('error', (error) => (dialError = error))
      socket.on('close', () => {
        socket.removeAllListeners()
        reject(dialError ?? new Error('connection closed before the NATS greeting'))
      })
      socket.setNoDelay(true)
    })
  }

  override close(error?: Error): Promise<void> {
    if (!this.connected) {
      this.destroy()
      return Promise.resolve()
    }
    return super.close(error)
  }

  private destroy(): void {
    this.done = true
    ClosingTransport.unfinished.delete(this)
    // Destroying emits `close`, which settles the transport's pending dial or greeting with an error.
    this.dialing?.destroy()
    this.socket?.destroy()
    this.dialing = null
  }
}

/** A connection to NATS failed. `refused`: the server refused the credentials or the TLS handshake, so retrying the
 *  same settings cannot help; otherwise the server may come (back) later. */
export class NatsConnectError extends CimError {
  override name = 'NatsConnectError'
  constructor(
    message: string,
    readonly refused: boolean,
  ) {
    super('NATS_CONNECT', message)
  }
}

/** Why a connection failed, in words. */
export function describeConnectError(error: Error, servers: string[], timeoutMs?: number): NatsConnectError {
  const where = servers.join(', ')
  if (error instanceof AuthorizationError || /authorization|authentication/i.test(error.message)) {
    return new NatsConnectError(`NATS at ${where} refused the credentials (${error.message})`, true)
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const detail = cause?.code ?? cause?.message ?? error.message
  if (/TLS|certificate|SSL/i.test(`${error.message} ${cause?.message ?? ''}`)) {
    return new NatsConnectError(`TLS with NATS at ${where} failed: ${cause?.message ?? error.message}`, true)
  }
  // The endpoint took the TCP connection but sent no NATS greeting in time, or sent something else.
  const notNats =
    'is it a NATS client port (not the monitoring port, an HTTP service, a load balancer or a TLS-first listener)?'
  if (/unexpected response/i.test(error.message))
    return new NatsConnectError(`the endpoint at ${where} does not speak NATS: ${notNats}`, false)
  if (error.name === 'TimeoutError' || /^timeout$/i.test(error.message)) {
    const within = timeoutMs === undefined ? '' : ` within ${timeoutMs} ms`
    return new NatsConnectError(
      `no NATS greeting from ${where}${within}: the server is overloaded or unreachable, or ${notNats}`,
      false,
    )
  }
  return new NatsConnectError(`cannot reach NATS at ${where}: ${detail}`, false)
}

/**
 * Closes the connection. The client records a "close trace" stack as it closes; in the bundle, formatting a stack
 * makes source-map support parse the whole source map, about 100 ms of publish mode's cold start for a trace
 * nobody reads. The trace is taken synchronously at the start of close(), so a zero stack limit around the call
 * skips it and nothing else.
 */
export async function closeConnection(nc: NatsConnection, drain = false): Promise<void> {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let closing: Promise<void>
  try {
    closing = drain ? nc.drain() : nc.close()
  } finally {
    Error.stackTraceLimit = limit
  }
  await closing.catch(() => nc.close())
}
