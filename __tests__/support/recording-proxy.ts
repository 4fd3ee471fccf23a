/**
 * A real HTTP proxy on 127.0.0.1 for tests: CONNECT tunnels (what undici's ProxyAgent, behind @actions/github's
 * HTTPS_PROXY/HTTP_PROXY support, sends) and absolute-form requests, recording every target that passed. Whatever
 * host a client names, the proxy dials 127.0.0.1 at the named port: nothing ever leaves the machine.
 */
import { createServer, request as httpRequest, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export class RecordingProxy {
  /** `host:port` of every CONNECT, and `METHOD url` of every forwarded request, in order. */
  readonly passed: string[] = []
  private readonly sockets = new Set<Socket>()

  private constructor(private readonly server: Server) {}

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  static async start(): Promise<RecordingProxy> {
    const server = createServer()
    const proxy = new RecordingProxy(server)
    server.on('connect', (request, client: Socket, head: Buffer) => {
      const target = request.url ?? ''
      proxy.passed.push(`CONNECT ${target}`)
      const port = Number(target.split(':').pop())
      const upstream = connect(port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        if (head.length > 0) upstream.write(head)
        upstream.pipe(client)
        client.pipe(upstream)
      })
      for (const socket of [client, upstream]) {
        proxy.sockets.add(socket)
        socket.on('error', () => socket.destroy())
        socket.on('close', () => proxy.sockets.delete(socket))
      }
    })
    server.on('request', (request, response) => {
      const target = new URL(request.url ?? '/')
      proxy.passed.push(`${request.method} ${target.href}`)
      const upstream = httpRequest(
        {
          host: '127.0.0.1',
          port: Number(target.port || 80),
          path: `${target.pathname}${target.search}`,
          method: request.method,
          headers: request.headers,
        },
        (answer) => {
          response.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(response)
        },
      )
      upstream.on('error', () => response.destroy())
      request.pipe(upstream)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    return proxy
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }
}
