/**
 * GitHub's GraphQL schema, as @octokit/graphql-schema publishes it, built once per process.
 *
 * `buildClientSchema` over the introspection JSON (the shipped SDL defines a field twice and fails strict
 * building). Custom scalars from an introspection pass any value through, so DateTime, GitObjectID and URI get
 * serializers that reject what GitHub would never send: a resolver bug then fails loudly instead of feeding the
 * client a fantasy.
 */
import { schema as published } from '@octokit/graphql-schema'
import {
  buildClientSchema,
  GraphQLError,
  GraphQLScalarType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql'

let built: GraphQLSchema | undefined

export function githubSchema(): GraphQLSchema {
  if (built) return built
  const introspection = (published.json.data ?? published.json) as IntrospectionQuery
  const schema = buildClientSchema(introspection)
  checkScalar(
    schema,
    'DateTime',
    (value) => typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value),
  )
  checkScalar(schema, 'GitObjectID', (value) => typeof value === 'string' && /^[0-9a-f]{40}$/.test(value))
  checkScalar(schema, 'URI', (value) => typeof value === 'string' && URL.canParse(value))
  built = schema
  return schema
}

function checkScalar(schema: GraphQLSchema, name: string, accepts: (value: unknown) => boolean): void {
  const type = schema.getType(name)
  if (!(type instanceof GraphQLScalarType)) throw new Error(`GitHub's schema has no scalar ${name}`)
  type.serialize = (value: unknown) => {
    if (!accepts(value)) throw new GraphQLError(`fake GitHub: ${name} cannot represent ${JSON.stringify(value)}`)
    return value
  }
}
