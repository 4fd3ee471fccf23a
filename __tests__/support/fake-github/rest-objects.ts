/**
 * REST response objects built from the world, complete as GitHub sends them (every required property, nothing the
 * description does not declare), so that they pass the strict contract. API URLs point at the fake, so a client
 * that follows them stays on it; web URLs point at github.com, as in real bodies.
 */
import { blobSha, treeSha, type Commit, type Repo, type World } from './world.js'

export const WEB = 'https://github.com'

export interface Urls {
  /** The fake's REST base, no trailing slash. */
  api: string
}

type Json = Record<string, unknown>

/** GitHub's node ids are opaque; the legacy form (base64 of "<len>:<Type><id>") is stable and looks the part. */
export function legacyNodeId(type: string, id: number | string): string {
  const body = `${type}${id}`
  return Buffer.from(`0${String(body.length).padStart(2, '0')}:${body}`).toString('base64')
}

export function organizationUser(world: World, urls: Urls): Json {
  const login = world.org
  const user = `${urls.api}/users/${login}`
  return {
    login,
    id: world.orgId,
    node_id: legacyNodeId('Organization', world.orgId),
    avatar_url: `https://avatars.githubusercontent.com/u/${world.orgId}?v=4`,
    gravatar_id: '',
    url: user,
    html_url: `${WEB}/${login}`,
    followers_url: `${user}/followers`,
    following_url: `${user}/following{/other_user}`,
    gists_url: `${user}/gists{/gist_id}`,
    starred_url: `${user}/starred{/owner}{/repo}`,
    subscriptions_url: `${user}/subscriptions`,
    organizations_url: `${user}/orgs`,
    repos_url: `${user}/repos`,
    events_url: `${user}/events{/privacy}`,
    received_events_url: `${user}/received_events`,
    type: 'Organization',
    user_view_type: 'public',
    site_admin: false,
  }
}

/** The properties every repository object shares (minimal-repository, search items, full-repository). */
function repositoryCore(world: World, repo: Repo, urls: Urls, canWrite: boolean): Json {
  const api = `${urls.api}/repos/${repo.fullName}`
  const web = `${WEB}/${repo.fullName}`
  const head = world.branchHead(repo, repo.defaultBranch)
  return {
    id: repo.id,
    node_id: legacyNodeId('Repository', repo.id),
    name: repo.name,
    full_name: repo.fullName,
    private: repo.private,
    owner: organizationUser(world, urls),
    html_url: web,
    description: repo.description,
    fork: repo.fork,
    url: api,
    forks_url: `${api}/forks`,
    keys_url: `${api}/keys{/key_id}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    teams_url: `${api}/teams`,
    hooks_url: `${api}/hooks`,
    issue_events_url: `${api}/issues/events{/number}`,
    events_url: `${api}/events`,
    assignees_url: `${api}/assignees{/user}`,
    branches_url: `${api}/branches{/branch}`,
    tags_url: `${api}/tags`,
    blobs_url: `${api}/git/blobs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    trees_url: `${api}/git/trees{/sha}`,
    statuses_url: `${api}/statuses/{sha}`,
    languages_url: `${api}/languages`,
    stargazers_url: `${api}/stargazers`,
    contributors_url: `${api}/contributors`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    commits_url: `${api}/commits{/sha}`,
    git_commits_url: `${api}/git/commits{/sha}`,
    comments_url: `${api}/comments{/number}`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    contents_url: `${api}/contents/{+path}`,
    compare_url: `${api}/compare/{base}...{head}`,
    merges_url: `${api}/merges`,
    archive_url: `${api}/{archive_format}{/ref}`,
    downloads_url: `${api}/downloads`,
    issues_url: `${api}/issues{/number}`,
    pulls_url: `${api}/pulls{/number}`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    labels_url: `${api}/labels{/name}`,
    releases_url: `${api}/releases{/id}`,
    deployments_url: `${api}/deployments`,
    created_at: repo.createdAt,
    updated_at: repo.updatedAt,
    pushed_at: repo.pushedAt,
    git_url: `git://github.com/${repo.fullName}.git`,
    ssh_url: `git@github.com:${repo.fullName}.git`,
    clone_url: `${web}.git`,
    svn_url: web,
    homepage: repo.homepage,
    size: head ? Math.ceil([...head.files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1024) : 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: head ? language(head) : null,
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: !repo.private,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: repo.archived,
    disabled: false,
    open_issues_count: 0,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [...repo.topics],
    visibility: repo.private ? 'private' : 'public',
    forks: 0,
    open_issues: 0,
    watchers: 0,
    default_branch: repo.defaultBranch,
    permissions: { admin: false, maintain: false, push: canWrite, triage: canWrite, pull: true },
  }
}

/** GET /repos/{owner}/{repo}: full-repository. The merge settings are shown only to tokens that can push, as on GitHub. */
export function fullRepository(world: World, repo: Repo, urls: Urls, canWrite: boolean): Json {
  const settings = canWrite
    ? {
        allow_squash_merge: true,
        allow_merge_commit: true,
        allow_rebase_merge: true,
        allow_auto_merge: false,
        delete_branch_on_merge: false,
        allow_update_branch: false,
        use_squash_pr_title_as_default: false,
        squash_merge_commit_message: 'COMMIT_MESSAGES',
        squash_merge_commit_title: 'COMMIT_OR_PR_TITLE',
        merge_commit_message: 'PR_TITLE',
        merge_commit_title: 'MERGE_MESSAGE',
      }
    : {}
  return {
    ...repositoryCore(world, repo, urls, canWrite),
    ...settings,
    custom_properties: {},
    organization: organizationUser(world, urls),
    network_count: 0,
    subscribers_count: 0,
  }
}

export function searchItem(world: World, repo: Repo, urls: Urls, canWrite: boolean): Json {
  return { ...repositoryCore(world, repo, urls, canWrite), score: 1 }
}

export function minimalRepository(world: World, repo: Repo, urls: Urls, canWrite: boolean): Json {
  return repositoryCore(world, repo, urls, canWrite)
}

export function commitObject(repo: Repo, commit: Commit, urls: Urls): Json {
  const api = `${urls.api}/repos/${repo.fullName}`
  const web = `${WEB}/${repo.fullName}`
  const signature = { name: 'CIM Fake', email: 'fake@example.invalid', date: commit.date }
  return {
    sha: commit.sha,
    node_id: `C_${Buffer.from(commit.sha, 'hex').toString('base64url')}`,
    commit: {
      author: signature,
      committer: signature,
      message: commit.message,
      tree: { sha: treeSha(commit.files), url: `${api}/git/trees/${treeSha(commit.files)}` },
      url: `${api}/git/commits/${commit.sha}`,
      comment_count: 0,
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    url: `${api}/commits/${commit.sha}`,
    html_url: `${web}/commit/${commit.sha}`,
    comments_url: `${api}/commits/${commit.sha}/comments`,
    author: null,
    committer: null,
    parents: commit.parent
      ? [{ sha: commit.parent, url: `${api}/commits/${commit.parent}`, html_url: `${web}/commit/${commit.parent}` }]
      : [],
  }
}

/** GitHub wraps base64 content at 60 columns, each line ending in a newline. */
export function wrappedBase64(text: string): string {
  const encoded = Buffer.from(text, 'utf8').toString('base64')
  let out = ''
  for (let i = 0; i < encoded.length; i += 60) out += `${encoded.slice(i, i + 60)}\n`
  return out
}

/** Files over 1 MB come without content (encoding "none"); clients must fetch the blob instead, as on GitHub. */
const CONTENT_LIMIT = 1024 * 1024

function contentLinks(repo: Repo, urls: Urls, path: string, ref: string, type: 'file' | 'dir', sha: string): Json {
  const self = `${urls.api}/repos/${repo.fullName}/contents/${encodePath(path)}?ref=${encodeURIComponent(ref)}`
  const git = `${urls.api}/repos/${repo.fullName}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`
  const html = `${WEB}/${repo.fullName}/${type === 'file' ? 'blob' : 'tree'}/${encodePath(ref)}/${encodePath(path)}`
  return {
    url: self,
    git_url: git,
    html_url: html,
    download_url:
      type === 'file'
        ? `https://raw.githubusercontent.com/${repo.fullName}/${encodePath(ref)}/${encodePath(path)}`
        : null,
    _links: { self, git, html },
  }
}

export function contentFile(repo: Repo, urls: Urls, path: string, ref: string, text: string): Json {
  const sha = blobSha(text)
  const size = Buffer.byteLength(text, 'utf8')
  const large = size > CONTENT_LIMIT
  return {
    type: 'file',
    encoding: large ? 'none' : 'base64',
    size,
    name: path.split('/').pop(),
    path,
    content: large ? '' : wrappedBase64(text),
    sha,
    ...contentLinks(repo, urls, path, ref, 'file', sha),
  }
}

/** GET /repos/{owner}/{repo}/git/blobs/{file_sha}: the blob whole, base64 (wrapped like contents), whatever its size. */
export function gitBlob(repo: Repo, urls: Urls, sha: string, text: string): Json {
  return {
    sha,
    node_id: legacyNodeId('Blob', `${repo.id}:${sha}`),
    size: Buffer.byteLength(text, 'utf8'),
    url: `${urls.api}/repos/${repo.fullName}/git/blobs/${sha}`,
    content: wrappedBase64(text),
    encoding: 'base64',
  }
}

/** A directory listing: its files and subdirectories in git's order (by name, a directory as if it ended in "/"). */
export function contentDirectory(repo: Repo, urls: Urls, commit: Commit, dir: string, ref: string): Json[] {
  const prefix = dir ? `${dir}/` : ''
  const children = new Map<string, string | null>()
  for (const [path, text] of commit.files) {
    if (!path.startsWith(prefix)) continue
    const rest = path.slice(prefix.length)
    const slash = rest.indexOf('/')
    children.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? text : null)
  }
  const sortKey = (name: string) => (children.get(name) === null ? `${name}/` : name)
  return [...children.keys()]
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
    .map((name) => {
      const path = `${prefix}${name}`
      const text = children.get(name)
      if (text === null || text === undefined) {
        const sha = treeSha(commit.files, path)
        return { type: 'dir', size: 0, name, path, sha, ...contentLinks(repo, urls, path, ref, 'dir', sha) }
      }
      const sha = blobSha(text)
      return {
        type: 'file',
        size: Buffer.byteLength(text),
        name,
        path,
        sha,
        ...contentLinks(repo, urls, path, ref, 'file', sha),
      }
    })
}

function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

function language(commit: Commit): string | null {
  if (commit.files.has('Cargo.toml')) return 'Rust'
  if (commit.files.has('package.json')) return 'TypeScript'
  return null
}
