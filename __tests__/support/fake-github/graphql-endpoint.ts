/**
 * POST /graphql from arrival to answer: the JSON body, the token (401: GitHub's GraphQL API has no anonymous access),
 * an injected fault, the rate limit in points, then the executor. The answer carries GitHub's rate-limit headers for
 * the `graphql` resource, and `x-github-sso` when SSO kept data out.
 */
import { resolveAccess } from './access.js'
import { emptyWork } from './graphql-execution.js'
import { activeFaultReply, rateLimitReply, type FakeParts, type IncomingRequest, type Reply } from './endpoint.js'
import type { GraphQLRequestBody } from './graphql-executor.js'
import type { ResolverContext } from './graphql-views.js'
import { rateLimitHeaders, type RateWindow } from './rate-limits.js'

const GRAPHQL_DOCS = 'https://docs.github.com/graphql/guides/forming-calls-with-graphql#authenticating-with-graphql'

export async function serveGraphQL(parts: FakeParts, request: IncomingRequest): Promise<Reply> {
  if (request.method !== 'POST') {
    return {
      status: 404,
      body: { message: 'Not Found', documentation_url: 'https://docs.github.com/graphql' },
      operation: null,
    }
  }
  let body: GraphQLRequestBody
  try {
    body = JSON.parse(request.body) as GraphQLRequestBody
  } catch {
    parts.violations.push('client: POST /graphql with a body that is not JSON')
    return {
      status: 400,
      body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/graphql' },
      operation: null,
    }
  }
  const operation = parts.graphql.operationName(body)
  const resolved = resolveAccess(request.authorization, parts.options.tokens)
  if (!resolved.ok) {
    const message =
      resolved.reason === 'missing' ? 'This endpoint requires you to be authenticated.' : 'Bad credentials'
    return { status: 401, body: { message, documentation_url: GRAPHQL_DOCS }, operation }
  }
  const access = resolved.access
  const { method, url, path, query } = request
  const fault = parts.faults.pick({ method, url, path, query, operation, kind: 'graphql' })
  if (fault && !fault.afterExecution) return activeFaultReply(fault, operation)
  const refused = rateLimitReply(parts, access, 'graphql', operation)
  if (refused) return refused

  // The query's cost is spent once: when rateLimit is read (so that it shows this query), or after the run.
  let charged: RateWindow | undefined
  const spend = (points: number) => (charged ??= parts.rateLimits.charge(access.key, 'graphql', points))
  let ssoRefused = false
  const work = emptyWork()
  const outcome = await parts.graphql.run(body, (cost): ResolverContext => ({
    world: parts.world,
    access,
    listings: parts.listings,
    protectedBranches: parts.protectedBranches,
    cost,
    work,
    rateLimit: (dryRun) => (dryRun ? parts.rateLimits.charge(access.key, 'graphql', 0) : spend(cost.cost)),
    get ssoRefused() {
      return ssoRefused
    },
    set ssoRefused(value: boolean) {
      ssoRefused = value
    },
  }))
  parts.violations.push(...outcome.violations)
  const headers = rateLimitHeaders(spend(outcome.cost.cost), 'graphql')
  // The work is done (a mutation has committed); only the answer is lost.
  if (fault) return activeFaultReply(fault, operation)
  // A query past GitHub's execution time still costs its points (spent above), and answers in one of three forms.
  const cutOff = parts.execution?.verdict(work)
  if (cutOff) return { ...cutOff, headers, operation }
  // Data of organizations that need SAML SSO is left out, and the header names them by id.
  if (ssoRefused) headers['x-github-sso'] = `partial-results; organizations=${parts.world.orgId}`
  return { status: 200, body: outcome.body, headers, operation }
}
