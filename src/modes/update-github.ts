/**
 * `update` on GitHub: read the registry branch, list the organization cheaply, read only the modules that changed
 * (src/sources/github-read-plan.ts), plan, and commit with compare-and-swap.
 *
 * When the branch moved meanwhile (another run committed), the registry is rebuilt from the new head, a bounded
 * number of times. The other run may have listed the organization later than this one: every module that the new
 * head records at another commit than this run's listing, or that this listing lacks, is listed again first, so
 * that a rebuild never puts an older commit of a module back.
 */
import {
  readRegistryBranch,
  readDeferredFiles,
  readBranchFiles,
  forgetTexts,
  readHistoryFiles,
  historyFolderRead,
  isUnchangedFile,
  commitRegistryBranch,
  CommitOutcomeUnknownError,
  StaleHeadError,
  LARGE_REGISTRY,
  type BranchState,
  type RegistryBranch,
} from '../github/registry-branch.js'
import type { GitHubClient } from '../github/octokit.js'
import { visibleRepositories } from '../github/repositories.js'
import type { ModulePattern } from '../metadata/names.js'
import { compareStrings } from '../util/order.js'
import { listSome } from '../util/text.js'
import { RULES_VERSION } from '../metadata/rules-version.js'
import { readPreviousRegistry, type PreviousRegistry } from '../registry/previous.js'
import { registryHash } from '../registry/render/modules.js'
import type { Problem, RepositorySnapshot } from '../format/types.js'
import { completeArchives, planUnchanged, planUpdate, type UpdatePlan } from '../registry/update.js'
import {
  listGitHubModules,
  readModuleFiles,
  relistRepositories,
  READ_FIELDS,
  type GitHubListing,
  type GitHubSourceOptions,
  type ModuleReadExtras,
} from '../sources/github.js'
import { GitHubHistory } from '../sources/github-history.js'
import {
  listedDigest,
  PENDING_MARK,
  planReads,
  READ_REASONS,
  type ReadPlan,
  type ReadReason,
} from '../sources/github-read-plan.js'
import { currentVersions, historyFileModule, isHistoryFile } from '../versions/index-file.js'
import { linesOf } from '../versions/summary.js'
import { readHistories, type HistoryReading } from './read-history.js'
import { commitMessage, summarize, type UpdateSummary } from './summary.js'
import { REGISTRY_FILES } from '../format/files.js'

export interface GitHubUpdateOptions {
  client: GitHubClient
  org: string
  topic: string
  modulePattern: ModulePattern
  registry: RegistryBranch
  date: string
  trigger?: string
  dryRun?: boolean
  commitMessage?: string
  /** Commit attempts before giving up on a branch that keeps moving. */
  maxAttempts?: number
  pageSize?: number
  log?: (message: string) => void
  /** Waits between attempts (tests pass a fast one). */
  sleep?: (ms: number) => Promise<void>
}

/** What the run read, for the job summary and the log. */
export interface ReadReport {
  /** Modules whose files were read, by reason. */
  read: Record<ReadReason, number>
  /** Modules kept from the previous registry without reading anything. */
  carried: number
  /** Modules whose read failed (kept stale). */
  failed: number
}

export interface GitHubUpdateResult {
  plan: UpdatePlan
  summary: UpdateSummary
  commitSha: string | null
  attempts: number
  completeView: boolean
  reads: ReadReport
}

export async function updateFromGitHub(options: GitHubUpdateOptions): Promise<GitHubUpdateResult> {
  const log = options.log ?? (() => {})
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const source: GitHubSourceOptions = {
    client: options.client,
    org: options.org,
    topic: options.topic,
    modulePattern: options.modulePattern,
    registryRepo:
      options.registry.owner.toLowerCase() === options.org.toLowerCase() ? options.registry.repo : undefined,
    pageSize: options.pageSize,
    log,
  }
  let state = await readRegistryBranch(options.client, options.registry)
  const listing = await listGitHubModules(source)
  /** Modules read this run, by name, at the commit they were read at: a rebuild does not read them again. */
  const readCache = new Map<string, RepositorySnapshot>()
  /** What GitHub answered about each module's version history; the index is the branch's, set per attempt. */
  const history = new GitHubHistory(options.modulePattern)
  const maxAttempts = options.maxAttempts ?? 5
  for (let attempt = 1; ; attempt++) {
    const previous = readPreviousRegistry(state.files)
    // A large registry's history folder is listed without its texts: only the files the run needs are read.
    if (previous.modules.size > LARGE_REGISTRY) state.large = true
    // The parsed files are compared by blob id from here on; their text is not needed again.
    const modulesHash = hashOf(state.files[REGISTRY_FILES.modules])
    forgetTexts(state, [REGISTRY_FILES.modules, REGISTRY_FILES.status])
    history.clearIndex()
    const branch = state
    const readPlan = planReads(listing.modules, previous)
    // The history files of the modules this run reads (a large registry's others are summarized in their heads).
    const wanted = new Set(readPlan.read.keys())
    const loadHistory = async () => {
      await readHistoryFiles(options.client, options.registry, branch, wanted)
      if (!history.hasIndex) history.setIndex(branch.files, branch.historyNotRead)
    }
    const extras: ModuleReadExtras = {
      history: history.read,
      // About a history file (a small registry) or a head (a large one) per module: up to half the first request.
      // None when the history was read already (after a lost compare-and-swap, to tell whether the commit landed).
      query: branch.historyNotRead
        ? undefined
        : {
            ...historyFolderRead(options.registry, branch, wanted),
            weight: Math.min(previous.modules.size, READ_FIELDS / 2),
          },
      afterPhase: loadHistory,
    }
    const { snapshots, reads } = await readChanged(listing.modules, readPlan, readCache, source, extras)
    const hidden = await hiddenPrivateModules(options.client, options.org, listing.modules, previous.modules)
    const completeView = hidden.length === 0
    const sourceProblems: Problem[] = [...listing.problems]
    if (!completeView) {
      sourceProblems.push({
        level: 'warning',
        code: 'partial-view',
        message: `the token cannot see ${hidden.length} private modules of the previous registry (${hidden.map((s) => s.name).join(', ')}), so they were kept as they were: give the action a token that can read them`,
      })
    }
    const input = {
      snapshots: [...snapshots, ...hidden],
      existing: state.files,
      previous,
      modulePattern: options.modulePattern,
      sourceProblems,
      completeView,
      date: options.date,
      trigger: options.trigger,
      sourceState: {
        rulesVersion: RULES_VERSION,
        listed: new Map(listing.modules.map((s) => [s.name, listedDigest(s)])),
        history: previous.history,
      },
    }
    // Nothing read, nothing listed differently, and the files are the ones the previous run wrote: the registry
    // cannot change, so it is not rendered again (on 10,000 modules that render is most of a no-op's memory).
    const unchanged = isUnchanged(listing, reads, previous, modulesHash, sourceProblems)
    let plan: UpdatePlan
    if (unchanged) plan = planUnchanged({ ...input, existing: state.files })
    else {
      await readDeferredFiles(options.client, options.registry, state)
      // The version history as update-local passes it, with this run's readings: the whole index, but for a large
      // registry's modules not read this run, whose heads' summaries stand for their lines.
      await loadHistory()
      const reading = await readHistories(
        history.readers(snapshots),
        state.files,
        options.modulePattern,
        state.historyNotRead,
      )
      plan = planUpdate({
        ...input,
        existing: state.files,
        sourceProblems: [...sourceProblems, ...reading.problems],
        history: reading.plan,
        sourceState: { ...input.sourceState, history: historyStates(snapshots, reading, previous, history) },
      })
    }
    // Changelog entries that move to their year's archive: the archive is read only by a run that grows it.
    if (plan.archived.size > 0)
      completeArchives(
        plan,
        await readBranchFiles(options.client, options.registry, state, [...plan.archived.keys()]),
        true,
      )
    // A file not read (the README over GraphQL's text limit) is compared by its git blob id.
    plan.changedFiles = plan.changedFiles.filter((name) => !isUnchangedFile(state, name, plan.files[name]!))
    const summary = summarize(plan, Boolean(options.dryRun))
    const result = { plan, summary, attempts: attempt, completeView, reads }
    if (plan.changedFiles.length === 0 || options.dryRun) return { ...result, commitSha: null }

    const message = options.commitMessage || commitMessage(plan, options.trigger)
    const [headline, ...body] = message.split('\n')
    const files = Object.fromEntries(plan.changedFiles.map((name) => [name, plan.files[name]!]))
    // Planning a large registry holds the event loop for seconds, longer than a server keeps an idle connection
    // open: let the timers run first, so that such connections are closed, and the commit (sent once, never
    // retried blindly) does not go out on one the server has already closed (ECONNRESET / EPIPE).
    await new Promise((resolve) => setTimeout(resolve, 0))
    try {
      const commitSha = await commitRegistryBranch(
        options.client,
        options.registry,
        {
          branch: state.branch,
          expectedHeadOid: state.headOid,
          files,
          headline: headline!,
          body: body.join('\n').trim(),
        },
        log,
      )
      log(
        `committed ${listSome(plan.changedFiles)} to ${options.registry.owner}/${options.registry.repo}@${state.branch}: ${commitSha}`,
      )
      return { ...result, commitSha }
    } catch (error) {
      const retryable = error instanceof StaleHeadError || error instanceof CommitOutcomeUnknownError
      if (!retryable) throw error
      const before = state.headOid
      const large = state.large
      state = await readRegistryBranch(options.client, options.registry)
      // Still the same registry, give or take a few modules: read as it was.
      state.large ||= large
      await readDeferredFiles(options.client, options.registry, state)
      const historyFiles = Object.keys(files).filter(isHistoryFile)
      if (historyFiles.length > 0)
        await readHistoryFiles(
          options.client,
          options.registry,
          state,
          new Set(historyFiles.flatMap((file) => historyFileModule(file) ?? [])),
        )
      // The commit was sent once; after a timeout or 5xx the branch says whether it landed.
      if (error instanceof CommitOutcomeUnknownError && holdsFiles(state, files)) {
        log(`${error.message}; the branch now holds the planned files, so the commit landed: ${state.headOid}`)
        return { ...result, commitSha: state.headOid }
      }
      if (attempt >= maxAttempts)
        throw new Error(`${error.message}, ${attempt} times in a row; giving up (the next run will catch up)`)
      if (state.headOid !== before) await relistChanged(listing, readPreviousRegistry(state.files), source)
      log(`${error.message}; rebuilding from ${state.headOid.slice(0, 7)} (attempt ${attempt + 1} of ${maxAttempts})`)
      await sleep(100 * attempt + Math.floor(Math.random() * 200))
    }
  }
}

/**
 * What status.json records of each module's history (ModuleStatus.history): the tag state it was read at, marked
 * when a CI state is still pending; a module whose history was not read this run keeps what it had.
 */
function historyStates(
  snapshots: readonly RepositorySnapshot[],
  reading: HistoryReading,
  previous: PreviousRegistry,
  history: GitHubHistory,
): Map<string, string> {
  const states = new Map<string, string>()
  for (const snapshot of snapshots) {
    const module = reading.plan.index.get(snapshot.name)
    if (reading.read.has(snapshot.name) && module) {
      const pending =
        history.incomplete(snapshot.name) ||
        module.head?.ci === 'pending' ||
        currentVersions(linesOf(snapshot.name, module)!.versions).some((entry) => entry.ci === 'pending')
      states.set(snapshot.name, `${snapshot.tagState ?? ''}${pending ? PENDING_MARK : ''}`)
    } else if (!reading.read.has(snapshot.name) && snapshot.carried && previous.history.has(snapshot.name)) {
      states.set(snapshot.name, previous.history.get(snapshot.name)!)
    }
  }
  return states
}

/** The listed modules as snapshots for the planner: read (at their listed commit) or carried. */
async function readChanged(
  listed: readonly RepositorySnapshot[],
  plan: ReadPlan,
  cache: Map<string, RepositorySnapshot>,
  source: GitHubSourceOptions,
  extras: ModuleReadExtras,
): Promise<{ snapshots: RepositorySnapshot[]; reads: ReadReport }> {
  const reads: ReadReport = {
    read: Object.fromEntries(READ_REASONS.map((reason) => [reason, 0])) as Record<ReadReason, number>,
    carried: 0,
    failed: 0,
  }
  const toRead: RepositorySnapshot[] = []
  const snapshots = listed.map((snapshot) => {
    const reason = plan.read.get(snapshot.name)
    if (!reason) {
      reads.carried++
      return { ...snapshot, carried: true }
    }
    reads.read[reason]++
    const cached = cache.get(snapshot.name)
    if (cached && cached.headCommit === snapshot.headCommit && listedDigest(cached) === listedDigest(snapshot))
      return cached
    // Same head, same tags: only the history has more to say (a pending CI state, tags left for a later run).
    const historyOnly = reason === 'pending' ? { carried: true, historyOnly: true } : {}
    const fresh: RepositorySnapshot = { ...snapshot, topics: [...snapshot.topics], tags: [], files: {}, ...historyOnly }
    toRead.push(fresh)
    return fresh
  })
  if (toRead.length > 0) {
    await readModuleFiles(toRead, source, extras)
    for (const snapshot of toRead) if (snapshot.readError === undefined) cache.set(snapshot.name, snapshot)
  }
  reads.failed = snapshots.filter((snapshot) => snapshot.readError !== undefined).length
  const total = READ_REASONS.reduce((sum, reason) => sum + reads.read[reason], 0)
  const why = READ_REASONS.filter((reason) => reads.read[reason] > 0).map((reason) => `${reads.read[reason]} ${reason}`)
  source.log?.(`read ${total} modules${why.length ? ` (${why.join(', ')})` : ''}; carried ${reads.carried} unchanged`)
  return { snapshots, reads }
}

/**
 * After a lost compare-and-swap: the modules that the new head records at another commit than this listing, that
 * this listing lacks, or that the new head lacks, are listed again, so that the rebuild starts from facts no older
 * than the branch's.
 */
async function relistChanged(
  listing: GitHubListing,
  previous: PreviousRegistry,
  source: GitHubSourceOptions,
): Promise<void> {
  const byName = new Map(listing.modules.map((snapshot) => [snapshot.name, snapshot]))
  const changed = [
    ...[...previous.modules]
      .filter(([name, entry]) => byName.get(name)?.headCommit !== (entry.last_commit ?? null))
      .map(([name]) => name),
    // Modules the other run did not record: it may have seen them lose the topic after this listing.
    ...listing.modules.filter((snapshot) => !previous.modules.has(snapshot.name)).map((snapshot) => snapshot.name),
  ]
  if (changed.length === 0) return
  source.log?.(
    `the other run recorded ${changed.length} modules at other commits (${listSome(changed)}); listing them again`,
  )
  for (const [name, snapshot] of await relistRepositories(source, changed)) {
    const isModule = snapshot !== null && snapshot.topics.includes(source.topic) && source.modulePattern.matches(name)
    if (isModule) byName.set(name, snapshot)
    else byName.delete(name)
  }
  listing.modules = [...byName.values()].sort((a, b) => compareStrings(a.name, b.name))
}

function hashOf(modulesYaml: string | undefined): string | null {
  return modulesYaml === undefined ? null : registryHash(modulesYaml)
}

/** True when no input of the registry differs from what built the files found on the branch. */
function isUnchanged(
  listing: GitHubListing,
  reads: ReadReport,
  previous: PreviousRegistry,
  modulesHash: string | null,
  problems: readonly Problem[],
): boolean {
  if (READ_REASONS.some((reason) => reads.read[reason] > 0) || !previous.generated) return false
  if (
    listing.modules.length !== previous.modules.size ||
    listing.modules.some((snapshot) => !previous.modules.has(snapshot.name))
  )
    return false
  if (modulesHash === null || previous.registryHash !== modulesHash) return false
  return previous.completeView === true && previous.registryProblems === JSON.stringify(problems)
}

/** Whether the branch head holds these files with these texts. */
function holdsFiles(state: BranchState, files: Record<string, string>): boolean {
  return Object.entries(files).every(([name, text]) => isUnchangedFile(state, name, text))
}

/**
 * Private modules of the previous registry that the listing did not show and that the token cannot see either
 * (the default GITHUB_TOKEN sees no private repository; an App or a fine-grained token may see only some): kept as
 * unreadable, so that the builder keeps their entries. Such a module leaves the registry only when its repository
 * is seen again without the topic; a public one, which every token sees, leaves as soon as the listing lacks it.
 */
async function hiddenPrivateModules(
  client: GitHubClient,
  org: string,
  snapshots: readonly RepositorySnapshot[],
  previous: PreviousRegistry['modules'],
): Promise<RepositorySnapshot[]> {
  const listed = new Set(snapshots.map((snapshot) => snapshot.name))
  const missing = [...previous].filter(([name, entry]) => entry.visibility === 'private' && !listed.has(name))
  if (missing.length === 0) return []
  const visible = await visibleRepositories(
    client,
    org,
    missing.map(([name]) => name),
  )
  return missing
    .filter(([name]) => !visible.has(name))
    .map(([name, entry]) => ({
      name,
      url: entry.repository ?? null,
      description: entry.description ?? null,
      topics: entry.topics ?? [],
      visibility: 'private',
      archived: entry.archived ?? false,
      headCommit: entry.last_commit ?? null,
      committedAt: entry.last_updated ?? null,
      tags: [],
      files: {},
      readError: 'not visible to this token',
    }))
}
