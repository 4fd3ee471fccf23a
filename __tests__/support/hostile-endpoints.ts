/**
 * Endpoints that accept a TCP connection but never speak NATS, as an operator meets them by a wrong port or a
 * proxy in the way. Each counts the connections it holds open, so that a test can tell whether the client closed
 * the socket of an attempt it gave up on.
 *
 * - silent: accepts and never writes (a load balancer whose backend is down, a firewall that half-opens).
 * - http: an HTTP server, e.g. nats-server's monitoring port (https://docs.nats.io/running-a-nats-service/nats_admin/monitoring):
 *   it waits for a request, and a NATS client waits for the server's `INFO` first, so both stay silent.
 * - tls-first: a TLS listener that expects the ClientHello first, like nats-server's `handshake_first`
 *   (https://docs.nats.io/running-a-nats-service/configuration/securing_nats/tls#tls-handshake-first); a client
 *   that waits for the plaintext `INFO` never gets it.
 */
import { execFileSync } from 'node:child_process'
import { createServer as createHttpServer } from 'node:http'
import { createServer as createTcpServer, type Server, type Socket } from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer as createTlsServer } from 'node:tls'
import { tempDir } from './temp.js'

export type HostileKind = 'silent' | 'http' | 'tls-first'
export const HOSTILE_KINDS: HostileKind[] = ['silent', 'http', 'tls-first']

export interface HostileEndpoint {
  kind: HostileKind
  url: string
  /** Connections accepted so far. */
  readonly accepted: number
  /** Connections the client still holds open. */
  readonly open: number
  /** The largest number open at once, as the endpoint sees it (a close may reach it just after the next connect). */
  readonly peak: number
  /** How long each connection closed so far stayed open, in milliseconds. */
  readonly lifetimes: number[]
  close(): Promise<void>
}

/** Listens on 127.0.0.1:`port` (0: any free port). */
export async function startHostile(kind: HostileKind, port = 0): Promise<HostileEndpoint> {
  const server: Server =
    kind === 'silent'
      ? createTcpServer(() => {})
      : kind === 'http'
        ? createHttpServer((_request, response) => response.end('{"server_id":"not nats"}\n'))
        : createTlsServer(selfSigned(), () => {})
  const sockets = new Set<Socket>()
  let accepted = 0
  let peak = 0
  const lifetimes: number[] = []
  server.on('connection', (socket: Socket) => {
    const opened = Date.now()
    accepted++
    sockets.add(socket)
    peak = Math.max(peak, sockets.size)
    socket.on('error', () => {})
    socket.on('close', () => {
      sockets.delete(socket)
      lifetimes.push(Date.now() - opened)
    })
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address()
  return {
    kind,
    url: `nats://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
    get accepted() {
      return accepted
    },
    get open() {
      return sockets.size
    },
    get peak() {
      return peak
    },
    lifetimes,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

let certificate: { key: Buffer; cert: Buffer } | null = null

/** A throwaway self-signed certificate for the TLS-first listener (openssl, as the TLS tests of publish use). */
function selfSigned(): { key: Buffer; cert: Buffer } {
  if (certificate) return certificate
  const dir = tempDir('cim-tls-first-')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      'key.pem',
      '-out',
      'cert.pem',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
    ],
    { cwd: dir, stdio: 'pipe' },
  )
  certificate = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }
  return certificate
}
