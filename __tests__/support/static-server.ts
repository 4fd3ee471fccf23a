/**
 * A static file server on 127.0.0.1 for the site's browser tests and benchmark: serves a folder the way GitHub Pages
 * does (a folder's index.html, 404 for anything else), with the site's Content-Security-Policy as a header too,
 * gzip when the browser asks (Pages compresses), and a log of every request. No jest APIs here.
 */
import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { CONTENT_SECURITY_POLICY } from '../../src/site/html.js'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
}

export interface StaticServer {
  origin: string
  /** Path of every request, in order, with the bytes sent for it. */
  requests: { path: string; status: number; bytes: number }[]
  close(): Promise<void>
}

export async function serveFolder(root: string): Promise<StaticServer> {
  const requests: StaticServer['requests'] = []
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    let file = normalize(join(root, path))
    if (!file.startsWith(root + sep) && file !== root) file = join(root, '__outside__')
    if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html')
    const body = await readFile(file).catch(() => null)
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      requests.push({ path, status: 404, bytes: 9 })
      return
    }
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))
    const sent = gzip ? gzipSync(body) : body
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'cache-control': 'no-cache',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    })
    response.end(sent)
    requests.push({ path, status: 200, bytes: sent.length })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
