/**
 * The fake GitHub's vocabulary: the organization snapshot it serves, the options it starts with, and what it
 * records about the traffic it sees.
 */

/** One repository as a snapshot describes it (the shape of /work/shared/data's org.json, trimmed). */
export interface SnapshotRepository {
  name: string
  description?: string | null
  topics?: string[]
  private?: boolean
  /**
   * GitHub Enterprise: visible to the enterprise's members only. GitHub answers `visibility: INTERNAL` and
   * `isPrivate: true` (REST `private: true`, `visibility: "internal"`:
   * https://docs.github.com/en/rest/repos/repos#get-a-repository).
   */
  internal?: boolean
  archived?: boolean
  fork?: boolean
  /** Default `main`. */
  default_branch?: string
  /** The default branch's head commit (40 hex); generated from the name when absent. */
  head_commit?: string
  /** ISO-8601, any offset; the fake answers in UTC like GitHub. */
  pushed_at?: string | null
  created_at?: string
  /** User-typed on GitHub, so it can be "" or a bare host name (see the contract's allowlist). */
  homepage?: string | null
  /** Files at the head commit, by path relative to the repository root. */
  files?: Record<string, string>
  /** Tags, oldest first; each gets a commit of its own in the history before the head. */
  tags?: (string | SnapshotTag)[]
  /** The head commit's combined check state (`statusCheckRollup`); none when absent. */
  head_ci?: 'SUCCESS' | 'FAILURE' | 'PENDING' | 'ERROR' | 'EXPECTED'
  releases?: SnapshotRelease[]
}

/** A tag with more than a name: its commit's own files, an annotated tag object, a check state. */
export interface SnapshotTag {
  name: string
  /** Files of the tag's commit that differ from the head's (null: absent at the tag). */
  files?: Record<string, string | null>
  /** An annotated tag (`git tag -a`): a tag object of its own that points at the commit. */
  annotated?: boolean
  /** The combined check state of the tag's commit. */
  ci?: 'SUCCESS' | 'FAILURE' | 'PENDING' | 'ERROR' | 'EXPECTED'
}

export interface SnapshotRelease {
  tag_name: string
  name?: string | null
  prerelease?: boolean
  draft?: boolean
  published_at?: string
}

export interface OrgSnapshot {
  org: string
  repositories: SnapshotRepository[]
}

/** What a token may do. Without a `tokens` option every token may do everything. */
export interface TokenGrant {
  /** False: private repositories are invisible, as with the default GITHUB_TOKEN of another repository. */
  canSeePrivate?: boolean
  canWrite?: boolean
  /** The organization enforces SAML SSO and this token is not authorized for it. */
  ssoBlocked?: boolean
}

export interface RateLimitBudget {
  /** Requests per hour (REST core). GitHub: 5,000 for a user token, 1,000 for GITHUB_TOKEN. */
  core?: number
  /** Requests per minute (REST search). GitHub: 30. */
  search?: number
  /** Points per hour (GraphQL). GitHub: 5,000. */
  graphql?: number
}

export interface FakeGitHubOptions {
  snapshot: OrgSnapshot
  tokens?: Record<string, TokenGrant>
  /** `"repo:branch"` pairs that refuse commits. */
  protectedBranches?: string[]
  /** Added to every response. */
  latencyMs?: number
  rateLimits?: RateLimitBudget
  /** Answer with GitHub's primary rate-limit error once a budget is spent (default: only count). */
  enforceRateLimits?: boolean
  /** GitHub's execution-time limit on GraphQL queries (see graphql-execution.ts); off when absent. */
  executionLimit?: ExecutionLimit
}

export interface ExecutionLimit {
  /** Simulated milliseconds after which a query is cut off; GitHub's is 10 s. */
  limitMs: number
  /** Picks which of GitHub's forms a cut-off query is answered in, so that runs repeat. */
  seed?: number
}

/** One request as a fault's `match` sees it. */
export interface FakeRequest {
  method: string
  /** Path and query string, as sent. */
  url: string
  path: string
  query: URLSearchParams
  /** The REST operationId (`repos/get`), `graphql:<operationName>` or `graphql:anonymous`; null for unknown routes. */
  operation: string | null
  kind: 'rest' | 'graphql'
}

export interface RequestLogEntry {
  method: string
  url: string
  operation: string | null
  status: number
  ms: number
}

export type FaultKind =
  | 'status-500'
  | 'status-502'
  | 'rate-limit'
  | 'secondary-rate-limit'
  | 'timeout'
  | 'graphql-resource-limit'
  | 'graphql-timeout'
  | 'status-504'
  | 'graphql-502-timeout'

export interface FaultSpec {
  /** Which requests the fault may hit; default every request (GraphQL requests only for the graphql-* kinds). */
  match?: (request: FakeRequest) => boolean
  kind: FaultKind
  /** How many requests it hits before it is spent; default unlimited. */
  times?: number
  /** Chance per matching request, drawn from a generator seeded by `seed`, so that runs repeat. */
  probability?: number
  seed?: number
  /**
   * Rate limits: seconds until the limit resets (`x-ratelimit-reset`) or `retry-after` (at least 1); default 60.
   * 0 makes a primary limit reset at once (clients still wait about a second).
   */
  retryAfterSeconds?: number
  /** Rate limits: GitHub answers 403 or 429; default 403. */
  status?: 403 | 429
  /**
   * The request runs (a mutation commits) and only then is the fault answered: GitHub's timeouts cut the answer,
   * not always the work (https://docs.github.com/en/graphql/overview/rate-limits-and-query-limits-for-the-graphql-api#timeouts).
   */
  afterExecution?: boolean
  /**
   * Rate limits: false leaves out the header that says when to come back (`retry-after` of a secondary limit;
   * `x-ratelimit-*` of a primary one), as GitHub may ("If the retry-after response header is present..." /
   * "Otherwise, wait for at least one minute": https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
   * Default true.
   */
  waitHeaders?: boolean
  /** `timeout`: destroy the socket after this many ms; default: hang until the client gives up or the fake stops. */
  hangMs?: number
}

export interface FaultHandle {
  readonly hits: number
  remove(): void
}

export interface RepositoryPatch {
  description?: string | null
  topics?: string[]
  private?: boolean
  archived?: boolean
  homepage?: string | null
}

export interface PushOptions {
  /** Path -> new text; null deletes the file. */
  files?: Record<string, string | null>
  message?: string
  /** ISO-8601; default one minute after the previous head. */
  date?: string
  /** Default: the default branch. */
  branch?: string
}

export interface DispatchRecord {
  repo: string
  event_type: string
  client_payload: Record<string, unknown> | null
}

export interface RepositoryView {
  name: string
  defaultBranch: string
  head: string
  /** Files at the head of the default branch. */
  files: Record<string, string>
  /** Commits of the default branch, newest first. */
  commits: { sha: string; message: string; date: string; parent: string | null }[]
  private: boolean
  archived: boolean
  topics: string[]
}
