/** Which of some repositories the token can see, many per GraphQL request. */
import { describeGraphqlError, isNotFound } from './graphql.js'
import type { GitHubClient } from './octokit.js'

const PER_REQUEST = 50

/** The names, of those given, whose repository exists in `org` and is visible to the token. */
export async function visibleRepositories(
  client: GitHubClient,
  org: string,
  names: readonly string[],
): Promise<Set<string>> {
  const visible = new Set<string>()
  for (let start = 0; start < names.length; start += PER_REQUEST) {
    const batch = names.slice(start, start + PER_REQUEST)
    const fields = batch.map(
      (name, i) => `r${i}: repository(owner: ${JSON.stringify(org)}, name: ${JSON.stringify(name)}) { name }`,
    )
    let data: Record<string, { name: string } | null>
    try {
      data = await client.graphql<typeof data>(`query visibleRepositories { ${fields.join(' ')} }`)
    } catch (error) {
      // A repository the token cannot see comes back as null with a NOT_FOUND error next to the others' data.
      const partial = (error as { data?: typeof data }).data
      if (!partial || !isNotFound(error)) throw describeGraphqlError(error)
      data = partial
    }
    batch.forEach((name, i) => {
      if (data[`r${i}`]) visible.add(name)
    })
  }
  return visible
}
