/** `update` over the local source: read a directory of module repos, rebuild the registry files, write, commit. */
import { readRegistryDir, writeRegistryFiles } from '../files/registry-dir.js'
import { commitRegistryFiles } from '../git/local-commit.js'
import type { ModulePattern } from '../metadata/names.js'
import { planUpdate, type UpdatePlan } from '../registry/update.js'
import { readLocalSource } from '../sources/local.js'
import { commitMessage, summarize, type UpdateSummary } from './summary.js'

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
  const listing = await readLocalSource(options.source, { modulePattern: options.modulePattern, org: options.org })
  const existing = await readRegistryDir(options.registryDir)
  const plan = planUpdate({
    snapshots: listing.snapshots,
    existing,
    modulePattern: options.modulePattern,
    sourceProblems: listing.problems,
    date: options.date,
    trigger: options.trigger,
  })
  let commitSha: string | null = null
  if (!options.dryRun) {
    await writeRegistryFiles(options.registryDir, plan.files, plan.changedFiles)
    if (options.commit && plan.changedFiles.length > 0) {
      commitSha = await commitRegistryFiles(options.registryDir, plan.changedFiles, options.commitMessage ?? commitMessage(plan, options.trigger))
    }
  }
  return { plan, summary: summarize(plan, Boolean(options.dryRun)), commitSha }
}
