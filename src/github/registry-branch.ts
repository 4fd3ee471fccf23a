/**
 * The registry files on a branch of the registry repository, read and committed through the API (no checkout).
 * The commit is GraphQL `createCommitOnBranch` with `expectedHeadOid`: atomic, signed by GitHub (verified), and a
 * compare-and-swap on the branch head, so that two runs can never overwrite each other's registry.
 */
import { createHash } from 'node:crypto'
import { decodeUtf8 } from '../util/text.js'
import { compareStrings } from '../util/order.js'
import {
  HEADS_FILES,
  HISTORY_DIR,
  historyFile,
  historyFileModule,
  isHistoryFile,
  readHeads,
} from '../versions/index-file.js'
import { describeGraphqlError, isTooExpensive, ssoHeader } from './graphql.js'
import type { GitHubClient } from './octokit.js'
import { isAbandoned, WaitBudgetError, withPolicy } from './retry.js'
import { REGISTRY_FILES, type RegistryFileTexts } from '../format/files.js'
import { CimError } from '../errors.js'

export interface RegistryBranch {
  owner: string
  repo: string
  /** Empty: the repository's default branch. */
  branch: string
  /** The registry directory inside the repository, e.g. `registry`. */
  dir: string
}

export interface BranchState {
  branch: string
  headOid: string
  files: RegistryFileTexts
  /** Files whose text is not held (over GraphQL's text limit, or let go by forgetTexts), by name. */
  deferred: Map<string, { blob: { oid: string; byteSize: number }; why: string }>
  /** The git blob of every registry file found, by name. */
  blobs: Map<string, { oid: string; byteSize: number }>
  /** The history folder's answer (see historyFolderRead), once a query brought it; its files join `files` through
   *  readHistoryFiles. */
  historyAnswer?: HistoryAnswer
  /** Once readHistoryFiles has run: the modules whose history file the folder lists but that are not in `files`
   *  (a large registry's run reads only those it needs; their heads' summaries stand for them). */
  historyNotRead?: Set<string>
  /** Read as a large registry's (see LARGE_REGISTRY): no query asks for the text of its large files. */
  large: boolean
}

/**
 * A registry of more modules than this is read as a large one. GitHub stops a query after 10 s of execution, and its
 * time grows with the blobs and the bytes a query touches (the fake's cost model: 5 ms a blob, 1 ms a KiB): at
 * 10,000 modules, modules.yaml and status.json hold about 9.5 MB and the history folder about 7,400 files, more than
 * one query can touch in time. A large registry's modules.yaml and status.json are named by their tree entries only
 * (oid and size, which load no blob) and read whole through the blobs API; its history files are read in batches of
 * FILES_PER_QUERY. The registry's size shows only once it is read: the branch is read as a small one first, and
 * again as a large one when GitHub finds that too expensive; the history, by the module count.
 */
export const LARGE_REGISTRY = 1_000
/** Files per query when files are read by name (readBranchFiles): about 5 s of GitHub's 10 s by the fake's cost model. */
const FILES_PER_QUERY = 1_000
/** Files a large registry does not ask GraphQL the text of (the README never: it is compared by blob id). */
const NAMED_ONLY: ReadonlySet<string> = new Set([REGISTRY_FILES.modules, REGISTRY_FILES.status])

/** The branch moved since it was read: re-read and regenerate (never rebase generated files). */
export class StaleHeadError extends CimError {
  override name = 'StaleHeadError'
  constructor(message: string) {
    super('STALE_HEAD', message)
  }
}

/**
 * The commit was sent and GitHub gave no answer that says whether it landed (a timeout, a 5xx, GitHub's "Something
 * went wrong"): the caller re-reads the branch to find out. The mutation is never sent twice blindly.
 */
export class CommitOutcomeUnknownError extends CimError {
  override name = 'CommitOutcomeUnknownError'
  constructor(message: string, options?: ErrorOptions) {
    super('COMMIT_OUTCOME_UNKNOWN', message, options)
  }
}

const FILE_NAMES = Object.values(REGISTRY_FILES)

/**
 * Files that only a run that writes needs (a new changelog entry, the regenerated README): when they are over
 * GraphQL's text limit, they are not read whole here, so that a no-op run on a large registry does not fetch
 * megabytes it will not use. The changelog is read by `readDeferredFiles` when an entry is to be prepended; the
 * README never needs its old text: `isUnchangedFile` compares a new text with it by git blob id.
 */
const DEFERRED_FILES: ReadonlySet<string> = new Set([REGISTRY_FILES.changelog, REGISTRY_FILES.readme])

type BlobAnswer = { text: string | null; isTruncated: boolean; oid: string; byteSize: number } | null
/** The selection of a BlobAnswer. */
const BLOB_TEXT = '... on Blob { text isTruncated oid byteSize }'
/** The history folder's listing, and the texts of the files a large registry's read asked by name. */
interface HistoryAnswer {
  entries: { name: string; type: string; oid: string; size: number; object?: BlobAnswer }[]
  named: Map<string, BlobAnswer>
}
/** A tree entry's own fields: they load no blob. */
type EntryAnswer = { oid: string; size: number; object?: BlobAnswer } | null

/**
 * The branch head and its registry files, in one request: the files are those of the very commit whose oid is
 * returned (`Commit.file`), so that files and head always belong together.
 */
export async function readRegistryBranch(
  client: GitHubClient,
  target: RegistryBranch,
  { large = false }: { large?: boolean } = {},
): Promise<BranchState> {
  type Ref = { name: string; target: ({ oid: string } & Record<string, EntryAnswer>) | null } | null
  const fields = FILE_NAMES.map(
    (name, i) =>
      `f${i}: file(path: ${JSON.stringify(join(target.dir, name))}) { oid size${(large && NAMED_ONLY.has(name)) || name === REGISTRY_FILES.readme ? '' : ` object { ${BLOB_TEXT} }`} }`,
  )
  const selection = `name target { oid ... on Commit { ${fields.join(' ')} } }`
  // Without a branch input, the default branch.
  const refField = target.branch
    ? `ref(qualifiedName: ${JSON.stringify(`refs/heads/${target.branch}`)}) { ${selection} }`
    : `defaultBranchRef { ${selection} }`
  let data: { repository: { defaultBranchRef?: Ref; ref?: Ref } | null }
  try {
    data = await client.graphql<typeof data>(
      `query registryBranch($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${refField} } }`,
      { owner: target.owner, repo: target.repo, ...(large ? {} : withPolicy('shrink')) },
    )
  } catch (error) {
    // Too expensive as a small registry: a large one (sent at once, never the same query again).
    if (!large && isTooExpensive(error)) return readRegistryBranch(client, target, { large: true })
    throw describeGraphqlError(error)
  }
  const repository = data.repository
  if (!repository)
    throw new Error(`the registry repository ${target.owner}/${target.repo} was not found, or the token cannot read it`)
  const ref = target.branch ? repository.ref : repository.defaultBranchRef
  const branch = target.branch || ref?.name
  const commit = ref?.target
  if (!branch || !commit?.oid) {
    throw new Error(
      `the registry repository ${target.owner}/${target.repo} has no branch ${branch ?? '(default)'} yet: push a first commit`,
    )
  }
  const headOid = commit.oid
  const files: RegistryFileTexts = {}
  const whole: { name: string; blob: { oid: string; byteSize: number }; why: string }[] = []
  const deferred = new Map<string, { blob: { oid: string; byteSize: number }; why: string }>()
  const blobs = new Map<string, { oid: string; byteSize: number }>()
  FILE_NAMES.forEach((name, i) => {
    const entry = commit[`f${i}`]
    if (!entry) return
    const blob =
      entry.object === undefined
        ? { oid: entry.oid, byteSize: entry.size, isTruncated: false, text: null }
        : entry.object
    // A tree of that name, not a file.
    if (!blob) return
    blobs.set(name, { oid: blob.oid, byteSize: blob.byteSize })
    let why: string
    if (entry.object === undefined) why = 'is named by its tree entry only'
    else if (blob.isTruncated) why = "is over GraphQL's 512,000-byte text limit"
    // No text without truncation: a binary file, or one GitHub would not render. Never "missing": that would
    // rewrite changelog.md without its history.
    else if (blob.text === null) why = 'came without text from GraphQL'
    else {
      if (typeof blob.text === 'string') files[name] = blob.text
      return
    }
    if (DEFERRED_FILES.has(name)) deferred.set(name, { blob, why })
    else whole.push({ name, blob, why })
  })
  // GraphQL cuts Blob.text at 512,000 bytes, which a large organization's modules.yaml or changelog passes: a cut
  // file would lose modules and history on the next commit, so those are read whole (REST serves up to 100 MB).
  for (const { name, blob, why } of whole)
    files[name] = await readBlobWhole(client, target, join(target.dir, name), blob, why)
  return { branch, headOid, files, deferred, blobs, large }
}

/**
 * Lets go of the text of files already parsed: from then on they are compared with a new text by git blob id (see
 * isUnchangedFile). On 10,000 modules modules.yaml and status.json hold about 10 MB that a run needs no more.
 */
export function forgetTexts(state: BranchState, names: readonly string[]): void {
  for (const name of names) {
    const blob = state.blobs.get(name)
    if (state.files[name] === undefined || !blob) continue
    delete state.files[name]
    state.deferred.set(name, { blob, why: 'was let go after parsing' })
  }
}

/**
 * A large registry's history files that the first read asks by name beside the folder's listing: the heads files,
 * and the lines of the modules the run reads when they are at most this many (a push's one module); a run that reads
 * more reads their lines in batches afterwards.
 */
const NAMED_LINES = 100

/**
 * The registry's version history (`history/NAME.jsonl`, `history/heads.json`) at the branch head, as a field of
 * another query: a run reads it only when it reads modules, so it rides along with the first read request instead
 * of costing one of its own, and a no-op run never reads it. A small registry's folder comes with every text; a
 * large one's is listed without texts, and the files the run needs are asked by name (`wanted`: the modules it reads;
 * without it, none: they are then read in batches that halve while too expensive).
 */
export function historyFolderRead(
  target: RegistryBranch,
  state: BranchState,
  wanted?: ReadonlySet<string>,
): { selection: string; apply(value: unknown): void } {
  const expression = JSON.stringify(`${state.headOid}:${join(target.dir, HISTORY_DIR)}`)
  const texts = state.large ? '' : ` object { ${BLOB_TEXT} }`
  const named =
    state.large && wanted
      ? [...HEADS_FILES, ...(wanted.size <= NAMED_LINES ? [...wanted].sort(compareStrings).map(historyFile) : [])]
      : []
  const fields = named.map(
    (file, i) =>
      `h${i}: object(expression: ${JSON.stringify(`${state.headOid}:${join(target.dir, file)}`)}) { ${BLOB_TEXT} }`,
  )
  return {
    selection: `repository(owner: ${JSON.stringify(target.owner)}, name: ${JSON.stringify(target.repo)}) { object(expression: ${expression}) { ... on Tree { entries { name type oid size${texts} } } }${fields.map((field) => ` ${field}`).join('')} }`,
    apply(value) {
      const answer = (value ?? {}) as { object?: { entries?: HistoryAnswer['entries'] } | null } & Record<
        string,
        unknown
      >
      state.historyAnswer = {
        entries: answer.object?.entries ?? [],
        named: new Map(named.map((file, i) => [file, (answer[`h${i}`] ?? null) as BlobAnswer])),
      }
    },
  }
}

/**
 * Puts the history files into `state.files`: from the answer a read brought, else with a request of its own. A small
 * registry's come with the folder's listing, all of them. A large registry's are those the answer named, and those
 * it still needs read by name: heads.json, its shards and the files of the modules in `wanted` (those this run reads),
 * with those of any module whose head lacks a summary (a registry written before summaries, read whole once); every
 * other module's file is left in `historyNotRead`. Called again with more modules wanted (a rebuild reads more), it
 * reads only those still missing.
 */
export async function readHistoryFiles(
  client: GitHubClient,
  target: RegistryBranch,
  state: BranchState,
  wanted: ReadonlySet<string>,
): Promise<void> {
  if (state.historyAnswer === undefined) {
    // The read that would have brought it was too expensive (or there was none): the listing alone this time.
    const read = historyFolderRead(target, state)
    let data: { q: unknown }
    try {
      data = await client.graphql<typeof data>(
        `query registryHistory { q: ${read.selection} }`,
        withPolicy(state.large ? 'retry' : 'shrink'),
      )
    } catch (error) {
      if (state.large || !isTooExpensive(error)) throw describeGraphqlError(error)
      // Too expensive with every text: listed without them, as a large registry's, the files read by name.
      state.large = true
      return readHistoryFiles(client, target, state, wanted)
    }
    read.apply(data.q)
  }
  if (state.historyNotRead) {
    const missing = [...wanted].filter((name) => state.historyNotRead!.has(name))
    Object.assign(state.files, await readBranchFiles(client, target, state, missing.map(historyFile)))
    for (const name of missing) state.historyNotRead.delete(name)
    return
  }
  const { entries, named } = state.historyAnswer!
  const answered = [
    ...entries.flatMap((entry) =>
      entry.type === 'blob' && entry.object ? [[`${HISTORY_DIR}/${entry.name}`, entry.object] as const] : [],
    ),
    ...named,
  ]
  for (const [name, blob] of answered) if (blob) state.files[name] = await textOf(client, target, name, blob)
  // A large registry's folder came without texts: the heads and the wanted modules' lines that the answer did not
  // name are read by name, in batches.
  const listed = entries
    .filter((entry) => entry.type === 'blob' && entry.object === undefined)
    .map((entry) => `${HISTORY_DIR}/${entry.name}`)
  const withLines = new Set(listed.flatMap((file) => historyFileModule(file) ?? []))
  const needed = [
    ...listed.filter((file) => isHistoryFile(file) && historyFileModule(file) === null),
    ...[...wanted].filter((name) => withLines.has(name)).map(historyFile),
  ]
  Object.assign(
    state.files,
    await readBranchFiles(
      client,
      target,
      state,
      needed.filter((file) => !named.has(file)),
    ),
  )
  const heads = readHeads(state.files)
  const notRead = new Set([...withLines].filter((name) => !wanted.has(name)))
  const unsummarized = [...notRead].filter((name) => !heads.get(name)?.summary)
  Object.assign(state.files, await readBranchFiles(client, target, state, unsummarized.map(historyFile)))
  for (const name of unsummarized) notRead.delete(name)
  state.historyNotRead = notRead
}

/** Reads whole the deferred files a writing run needs the text of (the changelog); any failure fails the read. */
export async function readDeferredFiles(
  client: GitHubClient,
  target: RegistryBranch,
  state: BranchState,
): Promise<void> {
  const deferred = state.deferred.get(REGISTRY_FILES.changelog)
  if (!deferred) return
  state.files[REGISTRY_FILES.changelog] = await readBlobWhole(
    client,
    target,
    join(target.dir, REGISTRY_FILES.changelog),
    deferred.blob,
    deferred.why,
  )
  state.deferred.delete(REGISTRY_FILES.changelog)
}

/**
 * Other files of the registry directory at the head `state` holds (changelog archives, which a run reads only when
 * it moves entries into them; a large registry's history files), FILES_PER_QUERY a query; those over GraphQL's text
 * limit whole through the blobs API. A batch that GitHub finds too expensive is halved for the rest of the read and asked again
 * at once (one file alone gets the usual retries); any other failure fails the read, since a file read in part would be written
 * back without what it missed. A file the head lacks is absent from the answer.
 */
export async function readBranchFiles(
  client: GitHubClient,
  target: RegistryBranch,
  state: BranchState,
  names: readonly string[],
): Promise<RegistryFileTexts> {
  const texts: RegistryFileTexts = {}
  let size = FILES_PER_QUERY
  for (let start = 0; start < names.length;) {
    const batch = names.slice(start, start + size)
    const fields = batch.map(
      (name, i) =>
        `f${i}: object(expression: ${JSON.stringify(`${state.headOid}:${join(target.dir, name)}`)}) { ${BLOB_TEXT} }`,
    )
    let data: { repository: Record<string, BlobAnswer> | null }
    try {
      data = await client.graphql<typeof data>(
        `query registryFiles($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${fields.join(' ')} } }`,
        { owner: target.owner, repo: target.repo, ...withPolicy(batch.length > 1 ? 'shrink' : 'retry') },
      )
    } catch (error) {
      if (batch.length > 1 && isTooExpensive(error)) {
        size = Math.ceil(batch.length / 2)
        continue
      }
      throw describeGraphqlError(error)
    }
    for (const [i, name] of batch.entries()) {
      const blob = data.repository?.[`f${i}`]
      if (blob) texts[name] = await textOf(client, target, name, blob)
    }
    start += batch.length
  }
  return texts
}

/**
 * A registry file's text as GraphQL gave it, or read whole through the blobs API when GraphQL cut it (over its
 * 512,000-byte text limit) or gave none: never taken cut.
 */
async function textOf(
  client: GitHubClient,
  target: RegistryBranch,
  name: string,
  blob: NonNullable<BlobAnswer>,
): Promise<string> {
  if (!blob.isTruncated && typeof blob.text === 'string') return blob.text
  const why = blob.isTruncated ? "is over GraphQL's 512,000-byte text limit" : 'came without text from GraphQL'
  return readBlobWhole(client, target, join(target.dir, name), blob, why)
}

/** Whether `text` is what the branch holds for `name`: by text when it was read, else by git blob id. */
export function isUnchangedFile(state: BranchState, name: string, text: string): boolean {
  const deferred = state.deferred.get(name)
  if (!deferred) return state.files[name] === text
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex') === deferred.blob.oid
}

/**
 * A blob whole through REST git/get-blob in its raw media type (the bytes as they are: no base64, no JSON, which
 * on a registry of 10,000 modules cost several times the file in memory), checked against the size GraphQL gave.
 * Any failure fails the read (never go on with a cut-off file).
 */
async function readBlobWhole(
  client: GitHubClient,
  target: RegistryBranch,
  path: string,
  blob: { oid: string; byteSize: number },
  why: string,
): Promise<string> {
  const where = `${target.owner}/${target.repo}:${path}`
  let bytes: Buffer
  try {
    const response = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      owner: target.owner,
      repo: target.repo,
      file_sha: blob.oid,
      headers: { accept: 'application/vnd.github.raw+json' },
      request: { parseSuccessResponseBody: false },
    })
    bytes = Buffer.from(await new Response(response.data as unknown as ReadableStream).arrayBuffer())
  } catch (error) {
    throw new Error(
      `${where} ${why} and reading it whole (blob ${blob.oid}) failed: ${(error as Error).message.split('\n')[0]}`,
    )
  }
  if (bytes.length !== blob.byteSize)
    throw new Error(`${where}: blob ${blob.oid} came with ${bytes.length} bytes, GitHub says it has ${blob.byteSize}`)
  const text = decodeUtf8(bytes)
  if (text === null)
    throw new Error(
      `${where} is not valid UTF-8 (a binary file?): fix or remove it; the registry is not rewritten over it`,
    )
  return text
}

export interface RegistryCommit {
  branch: string
  expectedHeadOid: string
  /** New text of the changed registry files, by file name. */
  files: Record<string, string>
  headline: string
  body?: string
}

/**
 * The largest createCommitOnBranch this sends, in bytes of base64 contents. GitHub documents no limit, but refuses a
 * request of about 40 MiB (grafana/github-api-commit-action#66: "This limit seems to be at 40MB (40MiB will already
 * fail)"); huggingface/doc-builder commits its docs in parts of at most 30 MB for the same reason. No limit on the
 * number of files is documented. A first run over about 10,000 modules commits over 30 MB.
 */
export const COMMIT_BYTES = 30_000_000

/**
 * Commits the files in one verified commit; StaleHeadError when the branch is no longer at expectedHeadOid. Files
 * over COMMIT_BYTES go in several commits, each on the one before (compare-and-swap all the way): the history's lines
 * first, then, together in the last, which carries the headline and body, the files that name what the registry
 * holds (modules.yaml, status.json, README.md, changelog.md, private-domains.yaml, the heads). A run stopped between
 * two leaves history lines that the registry does not name yet: the next run reads them as known and appends nothing
 * twice (their changelog lines are not written then). Returns the last commit's oid; `log` hears of each earlier part.
 */
export async function commitRegistryBranch(
  client: GitHubClient,
  target: RegistryBranch,
  commit: RegistryCommit,
  log: (message: string) => void = () => {},
): Promise<string> {
  const parts = commitParts(commit.files)
  let head = commit.expectedHeadOid
  for (const [index, files] of parts.entries()) {
    const last = index === parts.length - 1
    head = await createCommit(client, target, {
      ...commit,
      expectedHeadOid: head,
      files,
      ...(last ? {} : { headline: `${commit.headline} (part ${index + 1} of ${parts.length})`, body: undefined }),
    })
    if (!last)
      log(
        `committed part ${index + 1} of ${parts.length} (${Object.keys(files).length} files; all of them are more than GitHub takes in one request): ${head}`,
      )
  }
  return head
}

/**
 * The files in parts of at most COMMIT_BYTES of base64 (one file alone may pass it): the history's lines first, then
 * the files that name what the registry holds (its own files and the heads, whose summaries count the lines) last.
 */
function commitParts(files: Record<string, string>): Record<string, string>[] {
  const naming = (name: string) =>
    (Object.values(REGISTRY_FILES) as string[]).includes(name) || (isHistoryFile(name) && !historyFileModule(name))
  const own = new Set(Object.keys(files).filter(naming))
  const names = Object.keys(files).sort((a, b) => Number(own.has(a)) - Number(own.has(b)) || compareStrings(a, b))
  const parts: Record<string, string>[] = [{}]
  let bytes = 0
  for (const name of names) {
    const size = Math.ceil(Buffer.byteLength(files[name]!, 'utf8') / 3) * 4
    // The files that name what the registry holds stay together, in the last part.
    const joinsOwn = own.has(name) && Object.keys(parts.at(-1)!).some((file) => own.has(file))
    if (bytes + size > COMMIT_BYTES && Object.keys(parts.at(-1)!).length > 0 && !joinsOwn) {
      parts.push({})
      bytes = 0
    }
    parts.at(-1)![name] = files[name]!
    bytes += size
  }
  return parts
}

async function createCommit(client: GitHubClient, target: RegistryBranch, commit: RegistryCommit): Promise<string> {
  const additions = Object.entries(commit.files).map(([name, text]) => ({
    path: join(target.dir, name),
    contents: Buffer.from(text, 'utf8').toString('base64'),
  }))
  try {
    const data = await client.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
      `mutation commitRegistry($input: CreateCommitOnBranchInput!) {
        createCommitOnBranch(input: $input) { commit { oid } }
      }`,
      {
        // Sent once: a second send after a lost answer could commit twice (see CommitOutcomeUnknownError).
        ...withPolicy('once'),
        input: {
          branch: { repositoryNameWithOwner: `${target.owner}/${target.repo}`, branchName: commit.branch },
          expectedHeadOid: commit.expectedHeadOid,
          message: { headline: commit.headline, ...(commit.body ? { body: commit.body } : {}) },
          fileChanges: { additions },
        },
      },
    )
    return data.createCommitOnBranch.commit.oid
  } catch (error) {
    throw commitError(error, target, commit.branch)
  }
}

/** The errors people hit most, with what to do about them. */
function commitError(error: unknown, target: RegistryBranch, branch: string): Error {
  const status = (error as { response?: { status?: number } }).response?.status
  const errorsOf = (error as { errors?: { message?: string }[] }).errors ?? []
  // No answer at all (our timeout, a connection that broke after sending), a 5xx, or GitHub's "Something went wrong".
  const noAnswer =
    isAbandoned(error) ||
    (!(error instanceof WaitBudgetError) && !(error as { response?: unknown }).response && errorsOf.length === 0)
  if (
    noAnswer ||
    (status !== undefined && status >= 500) ||
    errorsOf.some((e) => /Something went wrong while executing/.test(e.message ?? ''))
  ) {
    return new CommitOutcomeUnknownError(
      `the commit to ${target.owner}/${target.repo}@${branch} got no clear answer (${(error as Error).message.split('\n')[0]})`,
    )
  }
  // SAML SSO: the token is fine but not authorized for the organization; not a missing `contents: write`.
  if (ssoHeader(error)) return describeGraphqlError(error)
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? []
  const text = errors.map((e) => `${e.type ?? ''} ${e.message ?? ''}`).join(' ') || (error as Error).message
  const repository = `${target.owner}/${target.repo}`
  if (
    errors.some((e) => e.type === 'STALE_DATA') ||
    /expected branch to point to|is at .* but expected|does not point to expected/i.test(text)
  ) {
    return new StaleHeadError(`${repository}@${branch} moved while the registry was being built`)
  }
  if (/protected branch|pull request|required status|rule violation|repository rule/i.test(text)) {
    return new Error(
      `${repository}@${branch} is protected and refused the commit (${text.trim()}): let the token bypass the rule ` +
        '(a GitHub App in the bypass list, or a ruleset exception for registry/**), or point `branch` at an unprotected branch',
    )
  }
  if (errors.some((e) => e.type === 'FORBIDDEN') || /not accessible|permission|forbidden/i.test(text)) {
    return new Error(
      `the token cannot write to ${repository} (${text.trim()}): give the workflow \`permissions: contents: write\`, ` +
        'or pass a token with contents:write on the registry repository',
    )
  }
  return describeGraphqlError(error)
}

function join(dir: string, name: string): string {
  const clean = dir.replace(/^\.?\/+/, '').replace(/\/+$/, '')
  return clean ? `${clean}/${name}` : name
}
