import { matchesSearch, parseRepositorySearch } from './search-query.js';
export class Listings {
    world;
    version = -1;
    cache = new Map();
    constructor(world) {
        this.world = world;
    }
    /** Repositories the token may see, filtered and sorted (ties by creation, so pages are stable). */
    repositories(access, filter) {
        return this.cached(`repos|${access.canSeePrivate}|${JSON.stringify(filter)}`, () => {
            const list = [...this.world.all()].filter((repo) => canSee(access, repo) &&
                (filter.private == null || repo.private === filter.private) &&
                (filter.fork == null || repo.fork === filter.fork) &&
                (filter.archived == null || repo.archived === filter.archived));
            return sortRepos(list, filter.sort, filter.direction);
        });
    }
    /** Every hit of a repository search the token may see; SearchNotSupported for syntax the fake does not know. */
    search(access, query, sort, direction) {
        const search = parseRepositorySearch(query);
        return this.cached(`search|${access.canSeePrivate}|${access.ssoBlocked}|${query}|${sort}|${direction}`, () => {
            // An SSO-blocked token gets no results from the organization ("partial results"), not an error.
            if (access.ssoBlocked)
                return [];
            const hits = [...this.world.all()].filter((repo) => canSee(access, repo) && matchesSearch(this.world, repo, search));
            return sort === 'best' ? hits : sortRepos(hits, sort, direction);
        });
    }
    cached(key, compute) {
        if (this.version !== this.world.version) {
            this.cache.clear();
            this.version = this.world.version;
        }
        let list = this.cache.get(key);
        if (!list) {
            if (this.cache.size > 200)
                this.cache.clear();
            list = compute();
            this.cache.set(key, list);
        }
        return list;
    }
}
export function canSee(access, repo) {
    return !repo.private || access.canSeePrivate;
}
function sortRepos(repos, sort, direction) {
    const key = (repo) => {
        switch (sort) {
            case 'created':
                return repo.createdAt;
            case 'updated':
                return repo.updatedAt;
            case 'pushed':
                return repo.pushedAt;
            case 'name':
                return repo.name.toLowerCase();
            case 'stars':
                return 0;
        }
    };
    const sign = direction === 'asc' ? 1 : -1;
    return repos
        .map((repo) => ({ repo, key: key(repo) }))
        .sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : a.repo.id - b.repo.id))
        .map((entry) => entry.repo);
}
