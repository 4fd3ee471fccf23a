import { connection } from './graphql-connection.js';
import { legacyNodeId, WEB } from './rest-objects.js';
import { blobSha, treeSha } from './world.js';
export function organizationView(ctx) {
    const { world } = ctx;
    return {
        __typename: 'Organization',
        id: legacyNodeId('Organization', world.orgId),
        databaseId: world.orgId,
        login: world.org,
        name: world.org,
        url: `${WEB}/${world.org}`,
        avatarUrl: `https://avatars.githubusercontent.com/u/${world.orgId}?v=4`,
        description: null,
        repositories: (args) => {
            const filter = {
                private: args.privacy ? args.privacy === 'PRIVATE' : args.visibility ? args.visibility !== 'PUBLIC' : null,
                fork: args.isFork ?? null,
                archived: args.isArchived ?? null,
                sort: ORDER_FIELDS[args.orderBy?.field ?? 'CREATED_AT'],
                direction: args.orderBy?.direction === 'DESC' ? 'desc' : 'asc',
            };
            // Every repository of an organization is owned by it, and none is locked.
            const none = args.isLocked === true || (args.ownerAffiliations && !args.ownerAffiliations.includes('OWNER'));
            const repos = none ? [] : ctx.listings.repositories(ctx.access, filter);
            return { ...connection(repos, args, 'repositories', (repo) => repositoryView(repo, ctx)), totalDiskUsage: 0 };
        },
        repository: ({ name }) => {
            const repo = world.get(name);
            return repo && (!repo.private || ctx.access.canSeePrivate) ? repositoryView(repo, ctx) : null;
        },
    };
}
const ORDER_FIELDS = { CREATED_AT: 'created', UPDATED_AT: 'updated', PUSHED_AT: 'pushed', NAME: 'name', STARGAZERS: 'stars' };
export function repositoryView(repo, ctx) {
    const { world } = ctx;
    const head = () => world.branchHead(repo, repo.defaultBranch);
    return {
        __typename: 'Repository',
        id: legacyNodeId('Repository', repo.id),
        databaseId: repo.id,
        name: repo.name,
        nameWithOwner: repo.fullName,
        owner: () => organizationView(ctx),
        description: repo.description,
        url: `${WEB}/${repo.fullName}`,
        sshUrl: `git@github.com:${repo.fullName}.git`,
        // URI: a homepage typed without a scheme is not one, and GitHub cannot send it as such.
        homepageUrl: repo.homepage && URL.canParse(repo.homepage) ? repo.homepage : null,
        isPrivate: repo.private,
        isArchived: repo.archived,
        isFork: repo.fork,
        isTemplate: false,
        isDisabled: false,
        isLocked: false,
        isMirror: false,
        isEmpty: false,
        isInOrganization: true,
        visibility: repo.private ? 'PRIVATE' : 'PUBLIC',
        createdAt: repo.createdAt,
        updatedAt: repo.updatedAt,
        pushedAt: repo.pushedAt,
        archivedAt: repo.archived ? repo.updatedAt : null,
        stargazerCount: 0,
        forkCount: 0,
        diskUsage: () => Math.ceil([...head().files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024),
        viewerPermission: ctx.access.canWrite ? 'WRITE' : 'READ',
        repositoryTopics: (args) => connection(repo.topics, args, 'repositoryTopics', (name) => ({
            __typename: 'RepositoryTopic',
            id: legacyNodeId('RepositoryTopic', `${repo.id}:${name}`),
            url: `${WEB}/topics/${name}`,
            topic: { __typename: 'Topic', id: legacyNodeId('Topic', name), name },
        })),
        defaultBranchRef: () => refView(repo, ctx, 'refs/heads/', repo.defaultBranch),
        ref: ({ qualifiedName }) => findRef(repo, ctx, qualifiedName),
        refs: (args) => refs(repo, ctx, args),
        object: ({ expression, oid }) => gitObject(repo, ctx, expression ?? null, oid ?? null),
        latestRelease: () => {
            const latest = published(repo)[0];
            return latest ? releaseView(repo, latest, true) : null;
        },
        releases: (args) => {
            const latest = published(repo)[0];
            return connection(published(repo, true), args, 'releases', (release) => releaseView(repo, release, release === latest));
        },
    };
}
function refs(repo, ctx, args) {
    let entries;
    if (args.refPrefix === 'refs/heads/')
        entries = [...repo.branches].map(([name, sha]) => ({ name, sha }));
    else if (args.refPrefix === 'refs/tags/')
        entries = [...repo.tags];
    else
        entries = [];
    if (args.query)
        entries = entries.filter((entry) => entry.name.includes(args.query));
    const field = args.orderBy?.field ?? 'ALPHABETICAL';
    const sign = (args.orderBy?.direction ?? args.direction) === 'DESC' ? -1 : 1;
    const date = (sha) => repo.commits.get(sha)?.date ?? '';
    entries.sort((a, b) => {
        const byDate = field === 'TAG_COMMIT_DATE' ? compare(date(a.sha), date(b.sha)) : 0;
        return sign * (byDate !== 0 ? byDate : compare(a.name, b.name));
    });
    return connection(entries, args, 'refs', (entry) => refView(repo, ctx, args.refPrefix, entry.name));
}
/** `qualifiedName`: full names first (refs/heads/main), then short names, branches before tags, as GitHub documents. */
function findRef(repo, ctx, qualifiedName) {
    for (const prefix of ['refs/heads/', 'refs/tags/']) {
        if (qualifiedName.startsWith(prefix))
            return refView(repo, ctx, prefix, qualifiedName.slice(prefix.length));
    }
    if (repo.branches.has(qualifiedName))
        return refView(repo, ctx, 'refs/heads/', qualifiedName);
    if (repo.tags.some((tag) => tag.name === qualifiedName))
        return refView(repo, ctx, 'refs/tags/', qualifiedName);
    return null;
}
export function refView(repo, ctx, prefix, name) {
    const sha = prefix === 'refs/heads/' ? repo.branches.get(name) : repo.tags.find((tag) => tag.name === name)?.sha;
    const commit = sha ? repo.commits.get(sha) : undefined;
    if (!commit)
        return null;
    return {
        __typename: 'Ref',
        id: legacyNodeId('Ref', `${repo.id}:${prefix}${name}`),
        name,
        prefix,
        target: () => commitView(repo, commit, ctx),
        repository: () => repositoryView(repo, ctx),
    };
}
/** `object(expression:)`: "<rev>:<path>" is a blob or tree at a revision (HEAD, a branch, a tag, a SHA); "<rev>" a commit. */
function gitObject(repo, ctx, expression, oid) {
    if (oid) {
        const commit = repo.commits.get(oid);
        return commit ? commitView(repo, commit, ctx) : null;
    }
    if (expression === null)
        return null;
    const colon = expression.indexOf(':');
    const revision = colon < 0 ? expression : expression.slice(0, colon) || 'HEAD';
    const commit = ctx.world.resolve(repo, revision);
    if (!commit)
        return null;
    if (colon < 0)
        return commitView(repo, commit, ctx);
    const path = expression.slice(colon + 1).replace(/^\/+|\/+$/g, '');
    return pathObject(repo, commit, path, ctx);
}
function pathObject(repo, commit, path, ctx) {
    const text = path ? commit.files.get(path) : undefined;
    if (text !== undefined)
        return blobView(repo, commit, text, ctx);
    if (path === '' || hasDirectory(commit, path))
        return treeView(repo, commit, path, ctx);
    return null;
}
function hasDirectory(commit, dir) {
    const prefix = `${dir}/`;
    for (const path of commit.files.keys())
        if (path.startsWith(prefix))
            return true;
    return false;
}
export function commitView(repo, commit, ctx) {
    const url = `${WEB}/${repo.fullName}/commit/${commit.sha}`;
    const [headline, ...rest] = commit.message.split('\n');
    const actor = {
        __typename: 'GitActor',
        name: 'CIM Fake',
        email: 'fake@example.invalid',
        date: commit.date,
        avatarUrl: 'https://avatars.githubusercontent.com/u/0?v=4',
        user: null,
    };
    return {
        __typename: 'Commit',
        id: `C_${Buffer.from(commit.sha, 'hex').toString('base64url')}`,
        oid: commit.sha,
        abbreviatedOid: commit.sha.slice(0, 7),
        committedDate: commit.date,
        authoredDate: commit.date,
        pushedDate: commit.date,
        message: commit.message,
        messageHeadline: headline ?? '',
        messageBody: rest.join('\n').replace(/^\n+/, ''),
        url,
        commitUrl: url,
        resourcePath: `/${repo.fullName}/commit/${commit.sha}`,
        commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
        treeUrl: `${WEB}/${repo.fullName}/tree/${commit.sha}`,
        author: actor,
        committer: actor,
        tree: () => treeView(repo, commit, '', ctx),
        file: ({ path }) => {
            const dir = path.split('/').slice(0, -1).join('/');
            return treeEntries(repo, commit, dir, ctx).find((entry) => entry.path === path) ?? null;
        },
        parents: (args) => connection(commit.parent ? [commit.parent] : [], args, 'parents', (sha) => commitView(repo, repo.commits.get(sha), ctx)),
        history: (args) => connection([...ctx.world.history(repo, commit)], args, 'history', (entry) => commitView(repo, entry, ctx)),
        repository: () => repositoryView(repo, ctx),
    };
}
function blobView(repo, commit, text, ctx) {
    const oid = blobSha(text);
    const binary = text.includes('\0');
    return {
        __typename: 'Blob',
        id: legacyNodeId('Blob', `${repo.id}:${oid}`),
        oid,
        abbreviatedOid: oid.slice(0, 7),
        byteSize: Buffer.byteLength(text, 'utf8'),
        isBinary: binary,
        isTruncated: false,
        text: binary ? null : text,
        commitUrl: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
        commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
        repository: () => repositoryView(repo, ctx),
    };
}
function treeView(repo, commit, dir, ctx) {
    const oid = treeSha(commit.files, dir);
    return {
        __typename: 'Tree',
        id: legacyNodeId('Tree', `${repo.id}:${oid}`),
        oid,
        abbreviatedOid: oid.slice(0, 7),
        commitUrl: `${WEB}/${repo.fullName}/commit/${commit.sha}`,
        commitResourcePath: `/${repo.fullName}/commit/${commit.sha}`,
        entries: () => treeEntries(repo, commit, dir, ctx),
        repository: () => repositoryView(repo, ctx),
    };
}
/** A directory's entries in git's order (by name, a tree's name compared as if it ended in "/"). */
function treeEntries(repo, commit, dir, ctx) {
    const prefix = dir ? `${dir}/` : '';
    const children = new Map();
    for (const path of commit.files.keys()) {
        if (!path.startsWith(prefix))
            continue;
        const rest = path.slice(prefix.length);
        const slash = rest.indexOf('/');
        children.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'blob' : 'tree');
    }
    const sortKey = (name) => (children.get(name) === 'tree' ? `${name}/` : name);
    return [...children.keys()]
        .sort((a, b) => compare(sortKey(a), sortKey(b)))
        .map((name) => {
        const path = `${prefix}${name}`;
        const type = children.get(name);
        const text = type === 'blob' ? commit.files.get(path) : undefined;
        const dot = name.lastIndexOf('.');
        return {
            __typename: 'TreeEntry',
            name,
            nameRaw: Buffer.from(name).toString('base64'),
            path,
            pathRaw: Buffer.from(path).toString('base64'),
            type,
            mode: type === 'blob' ? 0o100644 : 0o40000,
            oid: text !== undefined ? blobSha(text) : treeSha(commit.files, path),
            size: text !== undefined ? Buffer.byteLength(text, 'utf8') : 0,
            extension: type === 'blob' && dot > 0 ? name.slice(dot) : null,
            lineCount: text !== undefined ? text.split('\n').length - (text.endsWith('\n') ? 1 : 0) : null,
            isGenerated: false,
            language: null,
            submodule: null,
            object: () => (text !== undefined ? blobView(repo, commit, text, ctx) : treeView(repo, commit, path, ctx)),
            repository: () => repositoryView(repo, ctx),
        };
    });
}
/** Published releases, newest first (drafts are invisible; `latest` skips prereleases, as GitHub's latest release does). */
function published(repo, withPrereleases = false) {
    return repo.releases
        .filter((release) => !release.draft && (withPrereleases || !release.prerelease))
        .sort((a, b) => compare(b.publishedAt, a.publishedAt));
}
function releaseView(repo, release, isLatest) {
    return {
        __typename: 'Release',
        id: legacyNodeId('Release', `${repo.id}:${release.tagName}`),
        name: release.name,
        tagName: release.tagName,
        publishedAt: release.publishedAt,
        createdAt: release.publishedAt,
        isDraft: release.draft,
        isPrerelease: release.prerelease,
        isLatest,
        url: `${WEB}/${repo.fullName}/releases/tag/${encodeURIComponent(release.tagName)}`,
    };
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
