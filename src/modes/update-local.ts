/** `update` over the local source: read a directory of module repos, rebuild the registry files, write, commit. */
import { resolve } from 'node:path'
import { readRegistryDir, readRegistryFiles, writeRegistryFiles } from '../disk/registry-dir.js'
import { commitRegistryFiles } from '../git/local-commit.js'
import type { ModulePattern } from '../metadata/names.js'
import { completeArchives, planUpdate, type UpdatePlan } from '../registry/update.js'
import { readLocalSource } from '../sources/local.js'
import { commitMessage, summarize, type UpdateSummary } from './summary.js'
import { readHistories } from './read-history.js'
import { isHistoryFile } from '../versions/index-file.js'

/** The commit of files that were already written, by an earlier run whose commit failed or a run without --commit. */
const CATCH_UP_MESSAGE = 'registry: commit the files written by an earlier run'

export interface LocalUpdateOptions {
  source: string
  registryDir: string
  modulePattern: ModulePattern
  org?: string
  date: string
  trigger?: string
  dryRun?: boolean
  commit?: boolean
  commitMessage?: string
}

export interface LocalUpdateResult {
  plan: UpdatePlan
  summary: UpdateSummary
  commitSha: string | null
}

export async function updateFromLocalSource(options: LocalUpdateOptions): Promise<LocalUpdateResult> {
  // Absolute from here on: git runs in other directories than the process.
  const registryDir = resolve(options.registryDir)
  const listing = await readLocalSource(resolve(options.source), {
    modulePattern: options.modulePattern,
    org: options.org,
  })
  const existing = await readRegistryDir(registryDir)
  const history = await readHistories(listing.history, existing, options.modulePattern).finally(() => listing.close())
  const plan = planUpdate({
    snapshots: listing.snapshots,
    existing,
    modulePattern: options.modulePattern,
    sourceProblems: [...listing.problems, ...history.problems],
    history: history.plan,
    date: options.date,
    trigger: options.trigger,
  })
  // Changelog entries that move to their year's archive: the archive files are read only now, when they grow.
  completeArchives(plan, await readRegistryFiles(registryDir, [...plan.archived.keys()]), true)
  let commitSha: string | null = null
  if (!options.dryRun) {
    await writeRegistryFiles(registryDir, plan.files, plan.changedFiles)
    if (options.commit) {
      // Every registry file, not only this run's changes: files an earlier run wrote but could not commit are on
      // disk already (so this run sees them unchanged) and still need their commit.
      const message =
        options.commitMessage ??
        (plan.changedFiles.length > 0 ? commitMessage(plan, options.trigger) : CATCH_UP_MESSAGE)
      // History files this run did not touch are on disk too (existing), and may wait for their commit as well.
      const names = new Set([...Object.keys(plan.files), ...Object.keys(existing).filter(isHistoryFile)])
      commitSha = await commitRegistryFiles(registryDir, [...names].sort(), message)
    }
  }
  return { plan, summary: summarize(plan, Boolean(options.dryRun)), commitSha }
}
