/**
 * The bridge's health and metrics endpoint on a loopback port, for a service manager, a container health check or
 * a Prometheus agent inside the same network namespace: `GET /healthz` answers 200 while the bridge makes
 * progress and 503 with the reasons otherwise (JSON); `GET /metrics` answers the Prometheus text format. It
 * listens on 127.0.0.1 only: it tells how busy the bridge is and has no business on a public interface.
 */
import { createServer, type Server } from 'node:http'
import type { Registry } from 'prom-client'

export type HealthState = Record<string, unknown> & { healthy: boolean }

export interface HealthServer {
  port: number
  close(): Promise<void>
}

export async function startHealthServer(
  port: number,
  state: () => HealthState,
  metrics: Registry,
): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]
    if (request.method === 'GET' && path === '/metrics') {
      metrics.metrics().then(
        (text) => response.writeHead(200, { 'content-type': metrics.contentType }).end(text),
        (error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(`${error.message}\n`),
      )
      return
    }
    if (request.method !== 'GET' || (path !== '/healthz' && path !== '/')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
      return
    }
    const current = state()
    response
      .writeHead(current.healthy ? 200 : 503, { 'content-type': 'application/json' })
      .end(`${JSON.stringify(current)}\n`)
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
