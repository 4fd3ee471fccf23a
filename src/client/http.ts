/**
 * Registry files over HTTP. One GET per file, with a timeout that covers the whole exchange (redirects and body);
 * conditional requests (If-None-Match with the ETag of the copy held, and a 304 returns that copy); a size limit;
 * and a token sent to the configured origin only: redirects are followed by hand so that it never leaves it.
 */
import { decodeUtf8 } from '../util/text.js'
import { RegistryError, RegistryFileNotFoundError, RegistryNetworkError, RegistryParseError } from './errors.js'

export interface HttpSettings {
  /** Sent as a bearer token, to the configured origin only. */
  token?: string
  /** Milliseconds allowed for one file, redirects and body included. */
  timeoutMs: number
  /** Largest file accepted, in bytes. */
  maxBytes: number
}

export interface HttpReaderOptions extends HttpSettings {
  /** Extra request headers (the GitHub API's media type and version). */
  headers?: Record<string, string>
  /** What to check when the answer is 404, in words for the message. */
  notFoundHint: string
}

const USER_AGENT = 'cim-registry-client'
const MAX_REDIRECTS = 5
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

export class HttpReader {
  private readonly origin: string
  /** The last copy of each file that came with an ETag, by URL. */
  private readonly copies = new Map<string, { etag: string; text: string }>()

  constructor(
    base: URL,
    private readonly options: HttpReaderOptions,
  ) {
    if (base.protocol !== 'http:' && base.protocol !== 'https:')
      throw new TypeError(`the registry URL must be http or https, not ${base.protocol}`)
    if (base.username || base.password)
      throw new TypeError('the registry URL must not hold credentials; pass a token instead')
    if (options.token && base.protocol === 'http:' && !isLoopback(base.hostname)) {
      throw new TypeError(`refusing to send a token over plain http to ${base.host}; use https`)
    }
    this.origin = base.origin
  }

  async read(url: URL): Promise<string> {
    const where = shownUrl(url)
    const copy = this.copies.get(url.href)
    const signal = AbortSignal.timeout(this.options.timeoutMs)
    try {
      const response = await this.follow(url, copy?.etag, signal)
      if (response.status === 304 && copy) return copy.text
      if (response.status !== 200) {
        await response.body?.cancel()
        throw this.statusError(response, where)
      }
      const text = await readText(response, this.options.maxBytes, where)
      const etag = response.headers.get('etag')
      if (etag) this.copies.set(url.href, { etag, text })
      else this.copies.delete(url.href)
      return text
    } catch (error) {
      if (error instanceof RegistryError) throw error
      if (signal.aborted) {
        throw new RegistryNetworkError(`${where}: no complete answer within ${this.options.timeoutMs} ms`, undefined, {
          cause: error,
        })
      }
      throw new RegistryNetworkError(`${where}: request failed (${failureDetail(error)})`, undefined, { cause: error })
    }
  }

  private async follow(start: URL, etag: string | undefined, signal: AbortSignal): Promise<Response> {
    let url = start
    for (let hops = 0; ; hops++) {
      const headers: Record<string, string> = { 'user-agent': USER_AGENT, ...this.options.headers }
      if (etag) headers['if-none-match'] = etag
      if (this.options.token && url.origin === this.origin) headers.authorization = `Bearer ${this.options.token}`
      const response = await fetch(url, { headers, redirect: 'manual', signal })
      const location = response.headers.get('location')
      if (!REDIRECT_STATUSES.has(response.status) || location === null) return response
      await response.body?.cancel()
      if (hops === MAX_REDIRECTS)
        throw new RegistryNetworkError(`${shownUrl(start)}: more than ${MAX_REDIRECTS} redirects`, response.status)
      url = new URL(location, url)
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new RegistryNetworkError(`${shownUrl(start)}: redirected to a ${url.protocol} URL`, response.status)
      }
    }
  }

  private statusError(response: Response, where: string): RegistryError {
    const { status } = response
    if (status === 404)
      return new RegistryFileNotFoundError(`${where}: not found (HTTP 404); ${this.options.notFoundHint}`)
    if ((status === 403 || status === 429) && response.headers.get('x-ratelimit-remaining') === '0') {
      const hint = this.options.token ? '' : ', or pass a token'
      return new RegistryNetworkError(`${where}: rate limit exhausted (HTTP ${status}); try later${hint}`, status)
    }
    if (status === 401 || status === 403) {
      const why = this.options.token
        ? 'the token was refused or cannot read the registry'
        : 'the registry needs a token'
      return new RegistryNetworkError(`${where}: access denied (HTTP ${status}); ${why}`, status)
    }
    if (status === 304)
      return new RegistryNetworkError(`${where}: HTTP 304 to a request that was not conditional`, status)
    return new RegistryNetworkError(
      `${where}: HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`,
      status,
    )
  }
}

/** A URL as shown in messages: without its query, which may hold a per-file token (raw.githubusercontent.com does). */
export function shownUrl(url: URL): string {
  return `${url.origin}${url.pathname}`
}

async function readText(response: Response, maxBytes: number, where: string): Promise<string> {
  const tooLarge = () =>
    new RegistryNetworkError(`${where}: larger than ${maxBytes} bytes, the most this client accepts`)
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel()
    throw tooLarge()
  }
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body ?? []) {
    size += chunk.byteLength
    if (size > maxBytes) throw tooLarge() // leaving the loop cancels the stream
    chunks.push(chunk)
  }
  const text = decodeUtf8(Buffer.concat(chunks))
  if (text === null) throw new RegistryParseError(`${where}: not UTF-8 text`)
  return text
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
}

/** undici says `fetch failed` and puts the reason (ECONNREFUSED, a closed socket...) in `cause`. */
function failureDetail(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause
  return cause?.code ?? cause?.message ?? (error as Error).message
}
