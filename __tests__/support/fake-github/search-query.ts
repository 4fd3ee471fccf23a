/**
 * GitHub's repository search syntax, the part this project uses (REST search/repositories and GraphQL
 * `search(type: REPOSITORY)` share it). Semantics from "Searching for repositories"
 * (https://docs.github.com/en/search-github/searching-on-github/searching-for-repositories):
 * - free text is looked for in the name, description and topics unless `in:` narrows it; every term must match;
 * - `org:`/`user:` name the owner (several are alternatives), every `topic:` must be present;
 * - forks are left out unless `fork:true` (with the rest) or `fork:only`; archived repositories are in unless
 *   `archived:false`; `is:public` / `is:private` filter by visibility.
 * Any other qualifier throws SearchNotSupported, so that a test cannot silently depend on one the fake ignores.
 */
import type { Repo, World } from './world.js'

export class SearchNotSupported extends Error {}

export interface RepositorySearch {
  owners: string[]
  topics: string[]
  terms: string[]
  fields: Set<'name' | 'description' | 'topics' | 'readme'>
  fork: 'false' | 'true' | 'only'
  archived: boolean | null
  visibility: 'public' | 'private' | null
}

export function parseRepositorySearch(query: string): RepositorySearch {
  const search: RepositorySearch = {
    owners: [],
    topics: [],
    terms: [],
    fields: new Set(['name', 'description', 'topics']),
    fork: 'false',
    archived: null,
    visibility: null,
  }
  let inGiven = false
  for (const [, quoted, bare] of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const token = quoted ?? bare!
    const qualifier = quoted === undefined ? /^([a-z_]+):(.+)$/i.exec(token) : null
    if (!qualifier) {
      if (token.length > 0) search.terms.push(token.toLowerCase())
      continue
    }
    const key = qualifier[1]!.toLowerCase()
    const value = qualifier[2]!.replace(/^"|"$/g, '')
    switch (key) {
      case 'org':
      case 'user':
        search.owners.push(value.toLowerCase())
        break
      case 'topic':
        search.topics.push(value.toLowerCase())
        break
      case 'in':
        if (!inGiven) search.fields.clear()
        inGiven = true
        for (const field of value.toLowerCase().split(',')) {
          if (field !== 'name' && field !== 'description' && field !== 'topics' && field !== 'readme') {
            throw new SearchNotSupported(`in:${field}`)
          }
          search.fields.add(field)
        }
        break
      case 'fork':
        if (value !== 'true' && value !== 'false' && value !== 'only') throw new SearchNotSupported(`fork:${value}`)
        search.fork = value
        break
      case 'archived':
        if (value !== 'true' && value !== 'false') throw new SearchNotSupported(`archived:${value}`)
        search.archived = value === 'true'
        break
      case 'is':
        if (value !== 'public' && value !== 'private') throw new SearchNotSupported(`is:${value}`)
        search.visibility = value
        break
      default:
        throw new SearchNotSupported(`${key}:`)
    }
  }
  return search
}

export function matchesSearch(world: World, repo: Repo, search: RepositorySearch): boolean {
  if (search.owners.length > 0 && !search.owners.includes(world.org.toLowerCase())) return false
  if (search.fork === 'false' && repo.fork) return false
  if (search.fork === 'only' && !repo.fork) return false
  if (search.archived !== null && repo.archived !== search.archived) return false
  if (search.visibility !== null && repo.private !== (search.visibility === 'private')) return false
  if (!search.topics.every((topic) => repo.topics.includes(topic))) return false
  if (search.terms.length === 0) return true
  const haystacks: string[] = []
  if (search.fields.has('name')) haystacks.push(repo.name.toLowerCase())
  if (search.fields.has('description') && repo.description) haystacks.push(repo.description.toLowerCase())
  if (search.fields.has('topics')) haystacks.push(...repo.topics)
  if (search.fields.has('readme')) {
    const readme = world.branchHead(repo, repo.defaultBranch)?.files.get('README.md')
    if (readme) haystacks.push(readme.toLowerCase())
  }
  return search.terms.every((term) => haystacks.some((text) => text.includes(term)))
}
