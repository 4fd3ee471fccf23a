/**
 * NATS connection settings, as the action's inputs and the command's flags give them, turned into the client's
 * connection options; and the one place that connects and says in words why a connection failed.
 *
 * Every secret (creds, token, password, nkey seed, TLS key) stays inside the authenticator or TLS options and is
 * listed by `secretsOf` so that the action can mask it; no message here ever contains one.
 */
import {
  AuthorizationError,
  connect,
  credsAuthenticator,
  nkeyAuthenticator,
  tokenAuthenticator,
  usernamePasswordAuthenticator,
  type Authenticator,
  type ConnectionOptions,
  type NatsConnection,
} from '@nats-io/transport-node'

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
  if (servers.length === 0) throw new Error('no NATS server given (a comma-separated list such as nats://nats.example.org:4222)')
  for (const server of servers) {
    // Credentials belong in the dedicated inputs, where they are masked; in a URL they would show in every log line,
    // so this check comes first and its message never quotes the URL.
    if (server.includes('@')) throw new Error('a NATS server URL must not hold credentials; use the token, user or creds settings')
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
    if (!/-----BEGIN NATS USER JWT-----/.test(settings.creds) || !/-----BEGIN USER NKEY SEED-----/.test(settings.creds)) {
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

/** Connects, or throws an error whose message says what went wrong without naming any secret. */
export async function connectNats(settings: NatsSettings, extra: Partial<ConnectionOptions> = {}): Promise<NatsConnection> {
  const options = connectionOptions(settings, extra)
  try {
    return await connect(options)
  } catch (error) {
    throw describeConnectError(error as Error, settings.servers)
  }
}

/** Why a connection failed, in words; `refused` marks errors that retrying cannot fix. */
export function describeConnectError(error: Error, servers: string[]): Error & { refused?: boolean } {
  const where = servers.join(', ')
  if (error instanceof AuthorizationError || /authorization|authentication/i.test(error.message)) {
    return Object.assign(new Error(`NATS at ${where} refused the credentials (${error.message})`), { refused: true })
  }
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  const detail = cause?.code ?? cause?.message ?? error.message
  if (/TLS|certificate|SSL/i.test(`${error.message} ${cause?.message ?? ''}`)) {
    return Object.assign(new Error(`TLS with NATS at ${where} failed: ${cause?.message ?? error.message}`), { refused: true })
  }
  return new Error(`cannot reach NATS at ${where}: ${detail}`)
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
