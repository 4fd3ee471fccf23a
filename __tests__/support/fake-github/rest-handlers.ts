/**
 * The REST operations the fake implements, keyed by GitHub's operationId. Each reads the world and answers what
 * GitHub answers; the server checks every answer against the contract before it goes out.
 *
 * The rules no schema expresses are coded here, each with its source:
 * - pagination: `per_page` at most 100 (more is capped), `page` from 1, and a `Link` header with next/last/prev/first
 *   (https://docs.github.com/en/rest/using-the-rest-api/using-pagination-in-the-rest-api);
 * - search: at most the first 1,000 results (https://docs.github.com/en/rest/search/search#about-search);
 * - 404 bodies `{message: "Not Found", documentation_url, status: "404"}`, and a private repository a token cannot
 *   see is a 404, never a 403 ("404 Not Found for an existing resource" in
 *   https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api).
 */
import { SAML_MESSAGE, type Access } from './access.js'
import { FakeLimitation } from './errors.js'
import { canSee, type Listings, type RepoSortKey } from './listings.js'
import type { RateWindow, Resource } from './rate-limits.js'
import type { RestContract } from './rest-contract.js'
import {
  commitObject,
  contentDirectory,
  contentFile,
  fullRepository,
  gitBlob,
  minimalRepository,
  searchItem,
  type Urls,
} from './rest-objects.js'
import { SearchNotSupported } from './search-query.js'
import type { Commit, Repo, World } from './world.js'

export interface RestCall {
  world: World
  urls: Urls
  access: Access
  listings: Listings
  contract: RestContract
  operationId: string
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  /** The request path without its query, for Link headers. */
  path: string
  accept: string
  searchIncomplete: boolean
  rateWindows(): Record<Resource, RateWindow>
}

export interface RestReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** A body sent as it is, not as JSON (the raw media types); not checked against the JSON schema. */
  raw?: string
}

type Handler = (call: RestCall) => RestReply

export const REST_HANDLERS: Record<string, Handler> = {
  'repos/get': (call) => {
    const found = findRepo(call)
    if ('status' in found) return found
    return { status: 200, body: fullRepository(call.world, found, call.urls, call.access.canWrite) }
  },

  'repos/create-dispatch-event': (call) => {
    const found = findRepo(call)
    if ('status' in found) return found
    if (!call.access.canWrite) return error(call, 403, 'Resource not accessible by integration')
    const body = call.body as { event_type: string; client_payload?: Record<string, unknown> }
    call.world.dispatches.push({
      repo: found.name,
      event_type: body.event_type,
      client_payload: body.client_payload ?? null,
    })
    return { status: 204 }
  },

  'repos/list-commits': (call) => {
    const found = findRepo(call)
    if ('status' in found) return found
    for (const unsupported of ['author', 'committer']) {
      if (call.query.has(unsupported))
        throw new FakeLimitation(`repos/list-commits does not implement the ${unsupported} filter`)
    }
    const revision = call.query.get('sha') ?? found.defaultBranch
    const start = call.world.resolve(found, revision)
    if (!start) return error(call, 404, `No commit found for SHA: ${revision}`)
    const path = call.query.get('path')?.replace(/^\/+|\/+$/g, '')
    const since = call.query.get('since')
    const until = call.query.get('until')
    const commits = [...call.world.history(found, start)].filter(
      (commit) =>
        (!path || touches(found, commit, path)) &&
        (!since || Date.parse(commit.date) >= Date.parse(since)) &&
        (!until || Date.parse(commit.date) <= Date.parse(until)),
    )
    const page = paginate(call, commits.length)
    const body = commits.slice(page.start, page.end).map((commit) => commitObject(found, commit, call.urls))
    return { status: 200, body, headers: page.headers }
  },

  'repos/get-content': (call) => {
    const found = findRepo(call)
    if ('status' in found) return found
    if (/vnd\.github\.(raw|html|object)/.test(call.accept)) {
      // GitHub's description documents only the JSON form (and `object`), not raw or html bodies; see the research notes.
      throw new FakeLimitation(
        `repos/get-content with Accept: ${call.accept} is not implemented; ask for JSON (base64 content)`,
      )
    }
    const ref = call.query.get('ref') || found.defaultBranch
    const commit = call.world.resolve(found, ref)
    if (!commit) return error(call, 404, `No commit found for the ref ${ref}`)
    const path = (call.params.path ?? '').replace(/^\/+|\/+$/g, '')
    const text = commit.files.get(path)
    if (text !== undefined) return { status: 200, body: contentFile(found, call.urls, path, ref, text) }
    const listing = contentDirectory(found, call.urls, commit, path, ref)
    if (listing.length > 0 || path === '') return { status: 200, body: listing }
    return error(call, 404, 'Not Found')
  },

  /**
   * Any blob of the repository by its SHA, base64 whatever the Accept (the raw form is not implemented), up to
   * 100 MB (https://docs.github.com/en/rest/git/blobs#get-a-blob).
   */
  'git/get-blob': (call) => {
    const found = findRepo(call)
    if ('status' in found) return found
    const sha = call.params.file_sha ?? ''
    const text = call.world.blob(found, sha)
    if (text === undefined) return error(call, 404, 'Not Found')
    // `application/vnd.github.raw+json`: the blob's bytes as they are
    // (https://docs.github.com/en/rest/git/blobs#get-a-blob, "Returns the raw blob data").
    if (/vnd\.github\.raw/.test(call.accept)) {
      return { status: 200, raw: text, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } }
    }
    if (Buffer.byteLength(text, 'utf8') > BLOB_LIMIT) {
      // GitHub documents the limit but not its answer past it (and refuses such files on push anyway).
      throw new FakeLimitation('git/get-blob of a blob over 100 MB is not implemented')
    }
    return { status: 200, body: gitBlob(found, call.urls, sha, text) }
  },

  'repos/list-for-org': (call) => {
    if (!call.world.isOrg(call.params.org ?? '')) return error(call, 404, 'Not Found')
    if (call.access.ssoBlocked) return ssoRefusal(call)
    const type = call.query.get('type') ?? 'all'
    const sort = (call.query.get('sort') ?? 'created') as 'created' | 'updated' | 'pushed' | 'full_name'
    const direction = (call.query.get('direction') ?? (sort === 'full_name' ? 'asc' : 'desc')) as 'asc' | 'desc'
    const repos = call.listings.repositories(call.access, {
      private: type === 'public' ? false : type === 'private' ? true : null,
      fork: type === 'forks' ? true : type === 'sources' ? false : null,
      archived: null,
      sort: sort === 'full_name' ? 'name' : sort,
      direction,
    })
    const page = paginate(call, repos.length)
    return {
      status: 200,
      body: repos
        .slice(page.start, page.end)
        .map((repo) => minimalRepository(call.world, repo, call.urls, call.access.canWrite)),
      headers: page.headers,
    }
  },

  'search/repos': (call) => {
    const sortParam = call.query.get('sort')
    const sort: RepoSortKey | 'best' = sortParam === 'updated' ? 'updated' : sortParam ? 'stars' : 'best'
    let hits: Repo[]
    try {
      hits = call.listings.search(
        call.access,
        call.query.get('q') ?? '',
        sort,
        call.query.get('order') === 'asc' ? 'asc' : 'desc',
      )
    } catch (failure) {
      if (failure instanceof SearchNotSupported)
        throw new FakeLimitation(`search qualifier ${failure.message} is not implemented by the fake`)
      throw failure
    }
    // "incomplete_results: true" when GitHub's search timed out: fewer hits than the total, and the client must cope.
    if (call.searchIncomplete) hits = hits.filter((_, i) => i % 2 === 0)
    const page = paginate(call, Math.min(hits.length, SEARCH_CAP))
    if (page.start >= SEARCH_CAP) {
      const body = {
        message: 'Only the first 1000 search results are available',
        documentation_url: 'https://docs.github.com/v3/search/',
      }
      return { status: 422, body }
    }
    const headers = { ...page.headers }
    // Results of organizations that need SAML SSO are left out, and the header says so.
    if (call.access.ssoBlocked) headers['x-github-sso'] = `partial-results; organizations=${call.world.orgId}`
    return {
      status: 200,
      body: {
        total_count: hits.length,
        incomplete_results: call.searchIncomplete,
        items: hits
          .slice(page.start, page.end)
          .map((repo) => searchItem(call.world, repo, call.urls, call.access.canWrite)),
      },
      headers,
    }
  },

  /** Does not count against the rate limit (https://docs.github.com/en/rest/rate-limit/rate-limit). */
  'rate-limit/get': (call) => {
    const windows = call.rateWindows()
    const entry = (window: RateWindow) => ({
      limit: window.limit,
      used: window.used,
      remaining: window.remaining,
      reset: window.reset,
    })
    return {
      status: 200,
      body: {
        resources: { core: entry(windows.core), search: entry(windows.search), graphql: entry(windows.graphql) },
        rate: entry(windows.core),
      },
    }
  },
}

const SEARCH_CAP = 1000
const BLOB_LIMIT = 100 * 1024 * 1024

function findRepo(call: RestCall): Repo | RestReply {
  if (!call.world.isOrg(call.params.owner ?? '')) return error(call, 404, 'Not Found')
  const repo = call.world.get(call.params.repo ?? '')
  if (repo && call.access.ssoBlocked) return ssoRefusal(call)
  if (!repo || !canSee(call.access, repo)) return error(call, 404, 'Not Found')
  return repo
}

export function error(call: Pick<RestCall, 'contract' | 'operationId'>, status: number, message: string): RestReply {
  return {
    status,
    body: { message, documentation_url: call.contract.documentationUrl(call.operationId), status: String(status) },
  }
}

/**
 * A token not authorized for the organization's SAML SSO: 403 with `X-GitHub-SSO: required; url=...`
 * (https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api#personal-access-tokens-and-saml-sso).
 */
function ssoRefusal(call: RestCall): RestReply {
  return {
    status: 403,
    body: {
      message: SAML_MESSAGE,
      documentation_url:
        'https://docs.github.com/articles/authenticating-to-a-github-organization-with-saml-single-sign-on/',
      status: '403',
    },
    headers: {
      'x-github-sso': `required; url=https://github.com/orgs/${call.world.org}/sso?authorization_request=fake`,
    },
  }
}

/** A commit touches a path when the file (or anything under the directory) differs from its parent's. */
function touches(repo: Repo, commit: Commit, path: string): boolean {
  const parent = commit.parent ? repo.commits.get(commit.parent) : undefined
  const before = parent?.files ?? new Map<string, string>()
  const under = (candidate: string) => candidate === path || candidate.startsWith(`${path}/`)
  for (const [candidate, text] of commit.files) if (under(candidate) && before.get(candidate) !== text) return true
  for (const candidate of before.keys()) if (under(candidate) && !commit.files.has(candidate)) return true
  return false
}

/** `per_page` (default 30, at most 100) and `page`, with GitHub's Link header for octokit.paginate. */
function paginate(call: RestCall, total: number): { start: number; end: number; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, Number(call.query.get('per_page') ?? 30) || 30))
  const page = Math.max(1, Number(call.query.get('page') ?? 1) || 1)
  const last = Math.max(1, Math.ceil(total / perPage))
  const link = (n: number, rel: string) => {
    const query = new URLSearchParams(call.query)
    query.set('page', String(n))
    return `<${call.urls.api}${call.path}?${query}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  if (page > 1) links.push(link(1, 'first'))
  return {
    start: (page - 1) * perPage,
    end: page * perPage,
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  }
}
