/**
 * A REST request from arrival to answer, each step held to GitHub's OpenAPI description:
 * route (unknown 404, wrong method 405, real but not implemented 501), token (401), injected fault, rate limit,
 * query and body (422 with GitHub's words), handler, and the strict check of the answer (500 when the fake breaks the
 * contract). Whatever betrays a bug in the client or the fake is appended to the violations.
 */
import { resolveAccess } from './access.js'
import { faultReply, rateLimitReply, type FakeParts, type IncomingRequest, type Reply } from './endpoint.js'
import { FakeLimitation } from './errors.js'
import { rateLimitHeaders, type Resource } from './rate-limits.js'
import { error, REST_HANDLERS, type RestReply } from './rest-handlers.js'

const REST_DOCS = 'https://docs.github.com/rest'

export function serveRest(parts: FakeParts, request: IncomingRequest): Reply {
  const { contract, violations } = parts
  const { method, url } = request
  const match = contract.route(method, request.path)
  if (match.kind === 'unknown') {
    violations.push(`client: ${method} ${url}: no GitHub route matches this path`)
    return { status: 404, body: { message: 'Not Found', documentation_url: REST_DOCS, status: '404' }, operation: null }
  }
  if (match.kind === 'wrong-method') {
    violations.push(
      `client: ${method} ${url}: GitHub's ${match.template} takes ${match.methods.join(', ').toUpperCase()}, not ${method}`,
    )
    return {
      status: 405,
      body: { message: 'Method Not Allowed', documentation_url: REST_DOCS, status: '405' },
      operation: null,
    }
  }
  if (match.kind === 'not-implemented') {
    violations.push(`fake: ${method} ${match.template} is a GitHub route the fake does not implement`)
    const body = {
      message: `fake GitHub: ${method} ${match.template} is not implemented`,
      documentation_url: REST_DOCS,
    }
    return { status: 501, body, operation: null }
  }

  const operation = match.operationId
  const documentation = contract.documentationUrl(operation)
  const reply = (answer: RestReply, headers: Record<string, string> = {}): Reply => ({
    ...answer,
    headers: { ...headers, ...answer.headers },
    operation,
  })
  const resolved = resolveAccess(request.authorization, parts.options.tokens)
  if (!resolved.ok) {
    // GitHub serves public data without a token (60 requests an hour); this project always sends one, so a
    // request without is treated as a bug and refused like a bad token.
    return reply(
      error(
        { contract, operationId: operation },
        401,
        resolved.reason === 'missing' ? 'Requires authentication' : 'Bad credentials',
      ),
    )
  }
  const access = resolved.access
  const fault = faultReply(parts, { method, url, path: request.path, query: request.query, operation, kind: 'rest' })
  if (fault) return fault
  // /rate_limit does not count against the rate limit; searches have a budget of their own.
  const resource: Resource | null =
    operation === 'rate-limit/get' ? null : operation.startsWith('search/') ? 'search' : 'core'
  if (resource) {
    const refused = rateLimitReply(parts, access, resource, operation)
    if (refused) return refused
  }
  const window = parts.rateLimits.charge(access.key, resource ?? 'core', resource ? 1 : 0)
  const rateHeaders = rateLimitHeaders(window, resource ?? 'core')

  const queryCheck = contract.validateQuery(operation, request.query)
  if (!queryCheck.ok) {
    violations.push(`client: ${method} ${url}: ${queryCheck.errors.join('; ')}`)
    const message = `Invalid request.\n\n${queryCheck.errors.join('\n')}`
    return reply({ status: 422, body: { message, documentation_url: documentation } }, rateHeaders)
  }
  let body: unknown
  if (request.body.length > 0) {
    try {
      body = JSON.parse(request.body)
    } catch {
      violations.push(`client: ${method} ${url}: the body is not JSON`)
      return reply(
        { status: 400, body: { message: 'Problems parsing JSON', documentation_url: documentation, status: '400' } },
        rateHeaders,
      )
    }
  }
  const bodyCheck = contract.validateRequestBody(operation, body)
  if (!bodyCheck.ok) {
    violations.push(`client: ${method} ${url} request body: ${bodyCheck.errors.join('; ')}`)
    const messages = bodyCheck.githubMessages ?? bodyCheck.errors
    return reply(
      {
        status: 422,
        body: { message: `Invalid request.\n\n${messages.join('\n')}`, documentation_url: documentation },
      },
      rateHeaders,
    )
  }

  let answer: RestReply
  try {
    answer = REST_HANDLERS[operation]!({
      world: parts.world,
      urls: parts.urls,
      access,
      listings: parts.listings,
      contract,
      operationId: operation,
      params: match.params,
      query: request.query,
      body,
      path: request.path,
      accept: request.accept,
      searchIncomplete: parts.searchIncomplete(),
      rateWindows: () => ({
        core: parts.rateLimits.charge(access.key, 'core', 0),
        search: parts.rateLimits.charge(access.key, 'search', 0),
        graphql: parts.rateLimits.charge(access.key, 'graphql', 0),
      }),
    })
  } catch (failure) {
    if (!(failure instanceof FakeLimitation)) throw failure
    violations.push(`fake: ${failure.message}`)
    return reply(
      { status: 501, body: { message: `fake GitHub: ${failure.message}`, documentation_url: REST_DOCS } },
      rateHeaders,
    )
  }
  const tamper = parts.tamper(operation)
  const answered = tamper ? { ...answer, body: tamper(answer.body) } : answer
  if (answered.raw !== undefined) return reply(answered, rateHeaders)
  const check = contract.validateResponse(operation, answered.status, answered.body)
  if (!check.ok) {
    violations.push(`fake: ${operation} ${answered.status} response breaks the contract: ${check.errors.join('; ')}`)
    const message = 'fake GitHub produced a response that violates the OpenAPI contract'
    return reply({ status: 500, body: { message, errors: check.errors } }, rateHeaders)
  }
  return reply(answered, rateHeaders)
}
