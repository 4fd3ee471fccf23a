/**
 * What a GraphQL query costs on GitHub, computed from the query alone as GitHub does
 * (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api):
 * - nodes: every connection may return `first`/`last` items for each item of the connections around it; a query
 *   may ask for at most 500,000 nodes;
 * - cost: one request per connection per enclosing item, divided by 100 and rounded, at least 1 point.
 */
import {
  getArgumentValues,
  getNamedType,
  isCompositeType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'

export const MAX_NODES = 500_000

export interface QueryCost {
  nodeCount: number
  cost: number
}

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): QueryCost {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType()
  if (!root) return { nodeCount: 0, cost: 1 }
  let nodes = 0
  let requests = 0

  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    multiplier: number,
    seen: Set<string>,
  ): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent
        if (condition && isCompositeType(condition)) walk(selection.selectionSet, condition, multiplier, seen)
        continue
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value)
        if (!fragment || seen.has(fragment.name.value)) continue
        const condition = schema.getType(fragment.typeCondition.name.value)
        if (condition && isCompositeType(condition))
          walk(fragment.selectionSet, condition, multiplier, new Set([...seen, fragment.name.value]))
        continue
      }
      if (!selection.selectionSet || !('getFields' in parent)) continue
      const field = parent.getFields()[selection.name.value]
      if (!field) continue
      const type = getNamedType(field.type)
      if (!isCompositeType(type)) continue
      let inner = multiplier
      if (type.name.endsWith('Connection')) {
        const args = getArgumentValues(field, selection, variables) as { first?: number; last?: number }
        const size = Math.max(0, Math.min(100, args.first ?? args.last ?? 0))
        requests += multiplier
        nodes += multiplier * size
        inner = multiplier * size
      }
      walk(selection.selectionSet, type, inner, seen)
    }
  }
  walk(operation.selectionSet, root, 1, new Set())
  return { nodeCount: nodes, cost: Math.max(1, Math.round(requests / 100)) }
}
