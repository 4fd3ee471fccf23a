/**
 * The lists REST and GraphQL page through (an organization's repositories, search hits), filtered for what the
 * token may see and sorted once, then cached until the world changes: a page of 100 out of 10,000 repositories costs
 * a slice, not a scan and a sort.
 */
import type { Access } from './access.js'
import { matchesSearch, parseRepositorySearch } from './search-query.js'
import type { Repo, World } from './world.js'

export type RepoSortKey = 'created' | 'updated' | 'pushed' | 'name' | 'stars'

export interface RepoFilter {
  /** null: both. */
  private?: boolean | null
  fork?: boolean | null
  archived?: boolean | null
  sort: RepoSortKey
  direction: 'asc' | 'desc'
}

export class Listings {
  private version = -1
  private readonly cache = new Map<string, Repo[]>()

  constructor(private readonly world: World) {}

  /** Repositories the token may see, filtered and sorted (ties by creation, so pages are stable). */
  repositories(access: Access, filter: RepoFilter): Repo[] {
    return this.cached(`repos|${access.canSeePrivate}|${JSON.stringify(filter)}`, () => {
      const list = [...this.world.all()].filter(
        (repo) =>
          canSee(access, repo) &&
          (filter.private == null || repo.private === filter.private) &&
          (filter.fork == null || repo.fork === filter.fork) &&
          (filter.archived == null || repo.archived === filter.archived),
      )
      return sortRepos(list, filter.sort, filter.direction)
    })
  }

  /** Every hit of a repository search the token may see; SearchNotSupported for syntax the fake does not know. */
  search(access: Access, query: string, sort: RepoSortKey | 'best', direction: 'asc' | 'desc'): Repo[] {
    const search = parseRepositorySearch(query)
    return this.cached(`search|${access.canSeePrivate}|${access.ssoBlocked}|${query}|${sort}|${direction}`, () => {
      // An SSO-blocked token gets no results from the organization ("partial results"), not an error.
      if (access.ssoBlocked) return []
      const hits = [...this.world.all()].filter(
        (repo) => canSee(access, repo) && matchesSearch(this.world, repo, search),
      )
      return sort === 'best' ? hits : sortRepos(hits, sort, direction)
    })
  }

  private cached(key: string, compute: () => Repo[]): Repo[] {
    if (this.version !== this.world.version) {
      this.cache.clear()
      this.version = this.world.version
    }
    let list = this.cache.get(key)
    if (!list) {
      if (this.cache.size > 200) this.cache.clear()
      list = compute()
      this.cache.set(key, list)
    }
    return list
  }
}

export function canSee(access: Access, repo: Repo): boolean {
  return !repo.private || access.canSeePrivate
}

function sortRepos(repos: Repo[], sort: RepoSortKey, direction: 'asc' | 'desc'): Repo[] {
  const key = (repo: Repo): string | number => {
    switch (sort) {
      case 'created':
        return repo.createdAt
      case 'updated':
        return repo.updatedAt
      case 'pushed':
        return repo.pushedAt
      case 'name':
        return repo.name.toLowerCase()
      case 'stars':
        return 0
    }
  }
  const sign = direction === 'asc' ? 1 : -1
  return repos
    .map((repo) => ({ repo, key: key(repo) }))
    .sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : a.repo.id - b.repo.id))
    .map((entry) => entry.repo)
}
