/**
 * `update` on GitHub: list the organization, read the registry branch, plan, and commit with compare-and-swap.
 * When the branch moved meanwhile, the registry is rebuilt from the new head (the organization's listing is kept:
 * it does not depend on the branch), a bounded number of times.
 */
import { readRegistryBranch, commitRegistryBranch, StaleHeadError, type RegistryBranch } from '../github/registry-branch.js'
import type { GitHubClient } from '../github/octokit.js'
import { visibleRepositories } from '../github/repositories.js'
import type { ModulePattern } from '../metadata/names.js'
import { readPreviousRegistry, type PreviousRegistry } from '../registry/previous.js'
import type { Problem, RepositorySnapshot } from '../registry/types.js'
import { planUpdate, type UpdatePlan } from '../registry/update.js'
import { readGitHubSource } from '../sources/github.js'
import { commitMessage, summarize, type UpdateSummary } from './summary.js'

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

export interface GitHubUpdateResult {
  plan: UpdatePlan
  summary: UpdateSummary
  commitSha: string | null
  attempts: number
  completeView: boolean
}

export async function updateFromGitHub(options: GitHubUpdateOptions): Promise<GitHubUpdateResult> {
  const log = options.log ?? (() => {})
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const listing = await readGitHubSource({
    client: options.client,
    org: options.org,
    topic: options.topic,
    modulePattern: options.modulePattern,
    registryRepo: options.registry.owner.toLowerCase() === options.org.toLowerCase() ? options.registry.repo : undefined,
    pageSize: options.pageSize,
    log,
  })
  const maxAttempts = options.maxAttempts ?? 5
  for (let attempt = 1; ; attempt++) {
    const state = await readRegistryBranch(options.client, options.registry)
    const previous = readPreviousRegistry(state.files)
    const hidden = await hiddenPrivateModules(options.client, options.org, listing.snapshots, previous.modules)
    const completeView = hidden.length === 0
    const sourceProblems: Problem[] = [...listing.problems]
    if (!completeView) {
      sourceProblems.push({
        level: 'warning',
        code: 'partial-view',
        message: `the token cannot see ${hidden.length} private modules of the previous registry (${hidden.map((s) => s.name).join(', ')}), so they were kept as they were: give the action a token that can read them`,
      })
    }
    const plan = planUpdate({
      snapshots: [...listing.snapshots, ...hidden],
      existing: state.files,
      previous,
      modulePattern: options.modulePattern,
      sourceProblems,
      completeView,
      date: options.date,
      trigger: options.trigger,
    })
    const summary = summarize(plan, Boolean(options.dryRun))
    if (plan.changedFiles.length === 0 || options.dryRun) return { plan, summary, commitSha: null, attempts: attempt, completeView }

    const message = options.commitMessage || commitMessage(plan, options.trigger)
    const [headline, ...body] = message.split('\n')
    try {
      const commitSha = await commitRegistryBranch(options.client, options.registry, {
        branch: state.branch,
        expectedHeadOid: state.headOid,
        files: Object.fromEntries(plan.changedFiles.map((name) => [name, plan.files[name]!])),
        headline: headline!,
        body: body.join('\n').trim(),
      })
      log(`committed ${plan.changedFiles.join(', ')} to ${options.registry.owner}/${options.registry.repo}@${state.branch}: ${commitSha}`)
      return { plan, summary, commitSha, attempts: attempt, completeView }
    } catch (error) {
      if (!(error instanceof StaleHeadError) || attempt >= maxAttempts) {
        if (error instanceof StaleHeadError) throw new Error(`${error.message}, ${attempt} times in a row; giving up (the next run will catch up)`)
        throw error
      }
      log(`${error.message}; rebuilding from the new head (attempt ${attempt + 1} of ${maxAttempts})`)
      await sleep(100 * attempt + Math.floor(Math.random() * 200))
    }
  }
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
  const visible = await visibleRepositories(client, org, missing.map(([name]) => name))
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
