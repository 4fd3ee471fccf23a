/**
 * POST /graphql: graphql-js over GitHub's schema, so that a query GitHub would refuse (a wrong field, argument or
 * enum value) is refused here too, before any resolver runs. Each distinct query text is parsed and validated once.
 *
 * The answer is GitHub's: HTTP 200 with `errors` (and no `data` when the query is invalid), errors of resolvers
 * carrying GitHub's `type`. Everything that betrays a bug is reported as a violation: an invalid query or variables
 * (the client's), a field the fake does not implement or a resolver that failed (the fake's).
 */
import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql'
import { FakeLimitation, GitHubError } from './errors.js'
import { MAX_NODES, queryCost, type QueryCost } from './graphql-cost.js'
import { mutationRoot, queryRoot } from './graphql-root.js'
import type { ResolverContext } from './graphql-views.js'

export interface GraphQLRequestBody {
  query?: unknown
  variables?: unknown
  operationName?: unknown
}

export interface GraphQLOutcome {
  body: { data?: unknown; errors?: unknown[] }
  /** `graphql:<operation name>`, or `graphql:anonymous`. */
  operation: string
  violations: string[]
  cost: QueryCost
}

/** Errors GitHub gives a client that asks wrongly: bugs in the client, reported as violations. */
const CLIENT_ERROR_TYPES = new Set([
  'EXCESSIVE_PAGINATION',
  'MISSING_PAGINATION_BOUNDARIES',
  'INVALID_CURSOR_ARGUMENTS',
  'INVALID_ARGUMENTS',
])

/** A parsed query and its validation errors; a query that does not parse has no document. */
interface Prepared {
  document?: DocumentNode
  errors?: readonly GraphQLError[]
}

export class GraphQLExecutor {
  private readonly prepared = new Map<string, Prepared>()

  constructor(private readonly schema: GraphQLSchema) {}

  /** The operation's name, for the log and for faults that match on it, before anything runs. */
  operationName(body: GraphQLRequestBody): string {
    if (typeof body.query !== 'string') return 'graphql:anonymous'
    const prepared = this.prepare(body.query)
    const name = typeof body.operationName === 'string' ? body.operationName : null
    const operation = prepared.document ? getOperationAST(prepared.document, name) : null
    return `graphql:${operation?.name?.value ?? 'anonymous'}`
  }

  async run(body: GraphQLRequestBody, makeContext: (cost: QueryCost) => ResolverContext): Promise<GraphQLOutcome> {
    const violations: string[] = []
    const zero = { nodeCount: 0, cost: 1 }
    if (typeof body.query !== 'string') {
      violations.push('client: a GraphQL request without a query string')
      const errors = [{ message: 'A query attribute must be specified and must be a string.' }]
      return { body: { errors }, operation: 'graphql:anonymous', violations, cost: zero }
    }
    const operationName = typeof body.operationName === 'string' ? body.operationName : null
    const prepared = this.prepare(body.query)
    const label = this.operationName(body)
    if (prepared.errors || !prepared.document) {
      const errors = prepared.errors ?? []
      for (const error of errors)
        violations.push(`client: ${label} is not valid against GitHub's schema: ${error.message}`)
      return { body: { errors: errors.map(plainError) }, operation: label, violations, cost: zero }
    }
    const document = prepared.document
    const operation = getOperationAST(document, operationName)
    if (!operation) {
      violations.push(`client: ${label} names no single operation to run`)
      const errors = [{ message: 'An operation name is required when the document has several operations.' }]
      return { body: { errors }, operation: label, violations, cost: zero }
    }
    const variables = body.variables === undefined || body.variables === null ? {} : body.variables
    const coerced = getVariableValues(
      this.schema,
      operation.variableDefinitions ?? [],
      variables as Record<string, unknown>,
    )
    if (coerced.errors) {
      for (const error of coerced.errors) violations.push(`client: ${label} variables: ${error.message}`)
      return { body: { errors: coerced.errors.map(plainError) }, operation: label, violations, cost: zero }
    }
    const cost = queryCost(this.schema, document, operation, coerced.coerced)
    if (cost.nodeCount > MAX_NODES) {
      violations.push(`client: ${label} asks for up to ${cost.nodeCount} nodes, over GitHub's limit of ${MAX_NODES}`)
      const [asked, limit] = [cost.nodeCount, MAX_NODES].map((count) => count.toLocaleString('en-US'))
      const message = `This query requests up to ${asked} possible nodes which exceeds the maximum limit of ${limit}.`
      return { body: { errors: [{ type: 'MAX_NODE_LIMIT_EXCEEDED', message }] }, operation: label, violations, cost }
    }

    const unimplemented = new Set<string>()
    const context = makeContext(cost)
    const result = await execute({
      schema: this.schema,
      document,
      rootValue: operation.operation === 'mutation' ? mutationRoot : queryRoot,
      contextValue: context,
      variableValues: coerced.coerced,
      operationName,
      fieldResolver: strictFieldResolver(unimplemented),
    })
    for (const field of unimplemented)
      violations.push(`fake: ${label} reads ${field}, which the fake does not implement`)
    const errors = (result.errors ?? []).map((error) => {
      const original = error.originalError
      if (original instanceof GitHubError) {
        if (CLIENT_ERROR_TYPES.has(original.type))
          violations.push(`client: ${label}: ${original.type} ${original.message}`)
        const extensions = original.extensions ? { extensions: original.extensions } : {}
        return {
          type: original.type,
          path: error.path,
          ...extensions,
          locations: error.locations,
          message: original.message,
        }
      }
      if (original instanceof FakeLimitation) violations.push(`fake: ${label}: ${original.message}`)
      else if (!isUnimplementedNull(error, unimplemented)) {
        violations.push(`fake: ${label} failed at ${error.path?.join('.') ?? '(root)'}: ${error.message}`)
      }
      return plainError(error)
    })
    return {
      body: errors.length > 0 ? { data: result.data ?? null, errors } : { data: result.data },
      operation: label,
      violations,
      cost,
    }
  }

  private prepare(query: string): Prepared {
    let prepared = this.prepared.get(query)
    if (!prepared) {
      try {
        const document = parse(query)
        const errors = validate(this.schema, document)
        prepared = errors.length > 0 ? { document, errors } : { document }
      } catch (error) {
        prepared = { errors: [error instanceof GraphQLError ? error : new GraphQLError(String(error))] }
      }
      if (this.prepared.size > 1_000) this.prepared.clear()
      this.prepared.set(query, prepared)
    }
    return prepared
  }
}

/** Resolves a field only from a property the view defines; anything else is a gap in the fake, not a null. */
function strictFieldResolver(unimplemented: Set<string>): GraphQLFieldResolver<unknown, ResolverContext> {
  return (source, args, context, info) => {
    if (source !== null && typeof source === 'object' && info.fieldName in source) {
      const value = (source as Record<string, unknown>)[info.fieldName]
      return typeof value === 'function' ? value.call(source, args, context, info) : value
    }
    unimplemented.add(`${info.parentType.name}.${info.fieldName}`)
    return null
  }
}

function isUnimplementedNull(error: GraphQLError, unimplemented: Set<string>): boolean {
  const match = /^Cannot return null for non-nullable field (\S+)\.$/.exec(error.message)
  return match !== null && unimplemented.has(match[1]!)
}

function plainError(error: GraphQLError): Record<string, unknown> {
  return {
    message: error.message,
    ...(error.locations ? { locations: error.locations } : {}),
    ...(error.path ? { path: error.path } : {}),
  }
}
