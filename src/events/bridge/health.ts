/**
 * The bridge's health endpoint: `GET /healthz` on a loopback port, for a service manager or a container health
 * check run inside the same network namespace. 200 while connected to NATS, 503 otherwise, with the state as JSON.
 * It listens on 127.0.0.1 only: it tells how busy the bridge is and has no business on a public interface.
 */
import { createServer, type Server } from 'node:http'

export type HealthState = Record<string, unknown> & { healthy: boolean }

export interface HealthServer {
  port: number
  close(): Promise<void>
}

export async function startHealthServer(port: number, state: () => HealthState): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]
    if (request.method !== 'GET' || (path !== '/healthz' && path !== '/')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
      return
    }
    const current = state()
    response.writeHead(current.healthy ? 200 : 503, { 'content-type': 'application/json' }).end(`${JSON.stringify(current)}\n`)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
