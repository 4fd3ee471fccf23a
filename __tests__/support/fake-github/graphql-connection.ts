/**
 * Relay connections as GitHub serves them.
 *
 * GitHub requires `first` or `last` on every connection and refuses more than 100 (errors of type
 * MISSING_PAGINATION_BOUNDARIES and EXCESSIVE_PAGINATION, "Requesting 101 records on the `teams` connection exceeds
 * the `first` limit of 100 records."; https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#node-limit).
 * Cursors are opaque strings; only cursors this fake issued are accepted.
 */
import { GitHubError } from './errors.js'

export interface ConnectionArgs {
  first?: number | null
  last?: number | null
  after?: string | null
  before?: string | null
}

export interface Connection<T> {
  totalCount: number
  edges: { cursor: string; node: T }[]
  nodes: T[]
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }
}

export function connection<I, T>(
  items: readonly I[],
  args: ConnectionArgs,
  name: string,
  wrap: (item: I) => T,
): Connection<T> {
  const { first, last } = args
  if (first == null && last == null) {
    const message = `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`
    throw new GitHubError('MISSING_PAGINATION_BOUNDARIES', message)
  }
  for (const [argument, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value == null) continue
    if (value > 100) {
      const message = `Requesting ${value} records on the \`${name}\` connection exceeds the \`${argument}\` limit of 100 records.`
      throw new GitHubError('EXCESSIVE_PAGINATION', message)
    }
    if (value < 0)
      throw new GitHubError(
        'INVALID_ARGUMENTS',
        `\`${argument}\` on the \`${name}\` connection cannot be less than zero.`,
      )
  }
  let start = args.after ? decodeCursor(args.after) + 1 : 0
  let end = args.before ? decodeCursor(args.before) : items.length
  start = Math.min(start, items.length)
  end = Math.max(start, Math.min(end, items.length))
  if (first != null) end = Math.min(end, start + first)
  if (last != null) start = Math.max(start, end - last)
  const edges = items.slice(start, end).map((item, k) => ({ cursor: encodeCursor(start + k), node: wrap(item) }))
  return {
    totalCount: items.length,
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  }
}

function encodeCursor(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64')
}

function decodeCursor(cursor: string): number {
  const match = /^cursor:v2:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'))
  if (!match) throw new GitHubError('INVALID_CURSOR_ARGUMENTS', `\`${cursor}\` does not appear to be a valid cursor.`)
  return Number(match[1])
}
