/**
 * The GraphQL entry points the fake serves: Query.organization, repository, search and rateLimit, and
 * Mutation.createCommitOnBranch with GitHub's compare-and-swap on the branch head.
 *
 * Errors carry GitHub's `type`, with the messages GitHub gives (sources in the comments); the executor turns them
 * into `{type, path, locations, message}` entries next to `data`, as GitHub does, with HTTP 200.
 */
import { SAML_MESSAGE } from './access.js'
import { FakeLimitation, GitHubError } from './errors.js'
import { connection, type ConnectionArgs } from './graphql-connection.js'
import { commitView, organizationView, refView, repositoryView, type ResolverContext } from './graphql-views.js'
import { canSee } from './listings.js'
import { SearchNotSupported } from './search-query.js'
import { utc, type FileChanges } from './world.js'

/**
 * A token not authorized for an organization that enforces SAML SSO: FORBIDDEN with `extensions.saml_failure`, the
 * shape seen in real responses (https://github.com/fpicalausa/remove-stale-branches/issues/49).
 */
function refuseIfSso(ctx: ResolverContext): void {
  if (!ctx.access.ssoBlocked) return
  ctx.ssoRefused = true
  throw new GitHubError('FORBIDDEN', SAML_MESSAGE, { saml_failure: true })
}

export const queryRoot = {
  organization: ({ login }: { login: string }, ctx: ResolverContext) => {
    if (!ctx.world.isOrg(login))
      throw new GitHubError('NOT_FOUND', `Could not resolve to an Organization with the login of '${login}'.`)
    refuseIfSso(ctx)
    return organizationView(ctx)
  },

  repository: ({ owner, name }: { owner: string; name: string }, ctx: ResolverContext) => {
    const repo = ctx.world.isOrg(owner) ? ctx.world.get(name) : undefined
    if (repo) refuseIfSso(ctx)
    // An invisible private repository is indistinguishable from a missing one, as for the default GITHUB_TOKEN.
    if (!repo || !canSee(ctx.access, repo)) throw notFound(owner, name)
    return repositoryView(repo, ctx)
  },

  /** Search gives at most 1,000 results (https://docs.github.com/en/rest/search/search#about-search); the count is the true total. */
  search: (args: ConnectionArgs & { query: string; type: string }, ctx: ResolverContext) => {
    if (args.type !== 'REPOSITORY') throw new FakeLimitation(`search type ${args.type} is not implemented by the fake`)
    let hits
    try {
      hits = ctx.listings.search(ctx.access, args.query, 'best', 'desc')
    } catch (error) {
      if (error instanceof SearchNotSupported)
        throw new FakeLimitation(`search qualifier ${error.message} is not implemented by the fake`)
      throw error
    }
    if (ctx.access.ssoBlocked) ctx.ssoRefused = true
    const page = connection(hits.slice(0, 1000), args, 'search', (repo) => repositoryView(repo, ctx))
    return {
      ...page,
      repositoryCount: hits.length,
      issueCount: 0,
      userCount: 0,
      discussionCount: 0,
      codeCount: 0,
      wikiCount: 0,
    }
  },

  rateLimit: ({ dryRun }: { dryRun?: boolean | null }, ctx: ResolverContext) => {
    const window = ctx.rateLimit(dryRun === true)
    return {
      __typename: 'RateLimit',
      limit: window.limit,
      cost: ctx.cost.cost,
      remaining: window.remaining,
      used: window.used,
      resetAt: utc(new Date(window.reset * 1000).toISOString()),
      nodeCount: ctx.cost.nodeCount,
    }
  },
}

interface CreateCommitOnBranchInput {
  clientMutationId?: string | null
  branch: { id?: string | null; repositoryNameWithOwner?: string | null; branchName?: string | null }
  expectedHeadOid: string
  message: { headline: string; body?: string | null }
  fileChanges?: {
    additions?: { path: string; contents: string }[] | null
    deletions?: { path: string }[] | null
  } | null
}

/** Padded RFC 4648 base64, checked in linear time (a grouped pattern overflows V8's regex stack on megabytes). */
const isBase64 = (text: string) => text.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(text)

export const mutationRoot = {
  /**
   * https://docs.github.com/en/graphql/reference/mutations#createcommitonbranch: a commit whose parent is the branch
   * head, made only when the head is `expectedHeadOid`.
   */
  createCommitOnBranch: ({ input }: { input: CreateCommitOnBranchInput }, ctx: ResolverContext) => {
    const { world } = ctx
    const target = locateBranch(input.branch, ctx)
    const repo = target.owner && world.isOrg(target.owner) ? world.get(target.name) : undefined
    if (repo) refuseIfSso(ctx)
    if (!repo || !canSee(ctx.access, repo)) throw notFound(target.owner, target.name)
    // The GITHUB_TOKEN (or an App token) without contents: write; seen as FORBIDDEN "Resource not accessible by
    // integration" with `extensions.saml_failure: false` (fpicalausa/remove-stale-branches#49).
    if (!ctx.access.canWrite)
      throw new GitHubError('FORBIDDEN', 'Resource not accessible by integration', { saml_failure: false })
    const head = world.branchHead(repo, target.branch)
    // The mutation does not create branches (github/gh-aw#22564: "Branch not found").
    if (!head) throw new GitHubError('NOT_FOUND', 'Branch not found')
    // Branch protection refuses API commits like pushes; message as reported in
    // microsoft/vscode-remote-repositories-github#252 ("protected branch 'main' check failed: ..."). GitHub's `type`
    // for this case could not be confirmed; clients should key on the message, not the type.
    if (ctx.protectedBranches.has(`${repo.name}:${target.branch}`)) {
      throw new GitHubError(
        'UNPROCESSABLE',
        `protected branch '${target.branch}' check failed:\n  Changes must be made through a pull request.`,
      )
    }
    // The compare-and-swap: GitHub answers STALE_DATA with exactly this message (gist brasic/964dfc371d524a09d602745ae3b238ff,
    // stackoverflow.com/questions/72836597), `data.createCommitOnBranch: null`, HTTP 200.
    if (input.expectedHeadOid !== head.sha) {
      throw new GitHubError(
        'STALE_DATA',
        `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
      )
    }
    const changes = fileChanges(input.fileChanges ?? null, head)
    const message = input.message.body ? `${input.message.headline}\n\n${input.message.body}` : input.message.headline
    const date = new Date(Math.max(Date.now(), Date.parse(head.date) + 1_000)).toISOString()
    const commit = world.commit(repo, target.branch, changes, message, date)
    return {
      clientMutationId: input.clientMutationId ?? null,
      commit: commitView(repo, commit, ctx),
      ref: refView(repo, ctx, 'refs/heads/', target.branch),
    }
  },
}

function notFound(owner: string, name: string): GitHubError {
  return new GitHubError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`)
}

function locateBranch(
  branch: CreateCommitOnBranchInput['branch'],
  ctx: ResolverContext,
): { owner: string; name: string; branch: string } {
  if (branch.repositoryNameWithOwner && branch.branchName) {
    const [owner = '', name = ''] = branch.repositoryNameWithOwner.split('/')
    return { owner, name, branch: branch.branchName.replace(/^refs\/heads\//, '') }
  }
  if (branch.id) {
    // Ref ids this fake issued: "<len>:Ref<repo id>:refs/heads/<branch>".
    const match = /^\d+:Ref(\d+):refs\/heads\/(.+)$/.exec(Buffer.from(branch.id, 'base64').toString('utf8'))
    const repo = match ? [...ctx.world.all()].find((candidate) => candidate.id === Number(match[1])) : undefined
    if (match && repo) return { owner: ctx.world.org, name: repo.name, branch: match[2]! }
    throw new GitHubError('NOT_FOUND', `Could not resolve to a node with the global id of '${branch.id}'`)
  }
  throw new GitHubError(
    'UNPROCESSABLE',
    'A branch must be given by its id, or by repositoryNameWithOwner and branchName.',
  )
}

/**
 * FileChanges as the schema documents them: paths unique across additions and deletions, contents as RFC 4648 base64
 * with padding; a deletion must name a file that exists at the head.
 */
function fileChanges(
  input: CreateCommitOnBranchInput['fileChanges'],
  head: { sha: string; files: ReadonlyMap<string, string> },
): FileChanges {
  const additions = input?.additions ?? []
  const deletions = input?.deletions ?? []
  const paths = [...additions.map((addition) => addition.path), ...deletions.map((deletion) => deletion.path)]
  const duplicate = paths.find((path, i) => paths.indexOf(path) !== i)
  if (duplicate !== undefined) {
    throw new GitHubError(
      'UNPROCESSABLE',
      `Path ${duplicate} was given more than once in fileChanges; paths must be unique.`,
    )
  }
  for (const addition of additions) {
    if (!isBase64(addition.contents)) {
      throw new GitHubError(
        'UNPROCESSABLE',
        `The contents of ${addition.path} are not valid base64 (RFC 4648, padded).`,
      )
    }
  }
  for (const deletion of deletions) {
    if (!head.files.has(deletion.path)) {
      throw new GitHubError(
        'UNPROCESSABLE',
        `A path was requested for deletion which does not exist as of commit oid \`${head.sha}\``,
      )
    }
  }
  return {
    additions: additions.map((addition) => ({
      path: addition.path,
      text: Buffer.from(addition.contents, 'base64').toString('utf8'),
    })),
    deletions: deletions.map((deletion) => deletion.path),
  }
}
