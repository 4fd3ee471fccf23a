/**
 * mode: update: rebuilds the registry from a source (the organization on GitHub, or a local directory of
 * repositories), commits the files that changed, and reports: the log, annotations, outputs and the job summary.
 */
import * as core from '@actions/core'
import { countRequests, createGitHubClient } from '../github/octokit.js'
import { describeSummary, type UpdateSummary } from '../modes/summary.js'
import { updateFromGitHub, type ReadReport } from '../modes/update-github.js'
import { updateFromLocalSource } from '../modes/update-local.js'
import type { UpdatePlan } from '../registry/update.js'
import { runDate } from '../util/clock.js'
import { annotateModules } from './annotations.js'
import { writeUpdateSummary } from './job-summary.js'
import { mirrorToNats } from './nats-mirror.js'
import type { GitHubSourceSettings, UpdateSettings } from './settings.js'

export async function update(settings: UpdateSettings): Promise<void> {
  const { trigger } = settings
  core.info(`triggered by ${trigger.description}`)
  if (trigger.ignoredPayload) core.warning(`repository_dispatch payload ignored: ${trigger.ignoredPayload}`)
  if (trigger.registryOnlyPush) {
    core.info('the push changed only the registry directory: nothing to do')
    core.setOutput('changed', 'false')
    return
  }
  const result =
    settings.source.kind === 'local'
      ? await updateLocal(settings, settings.source, trigger.description)
      : await updateGitHub(settings, settings.source, trigger.description)
  for (const line of describeSummary(result.plan, result.summary)) core.info(line)
  annotateModules(result.plan)
  const { summary } = result
  core.setOutput('changed', String(summary.changed))
  core.setOutput('modules', String(summary.modules))
  core.setOutput('added', JSON.stringify(summary.added))
  core.setOutput('removed', JSON.stringify(summary.removed))
  core.setOutput('updated', JSON.stringify(summary.updated))
  core.setOutput('errors', String(summary.errors.length))
  core.setOutput('commit-sha', result.commitSha ?? '')
  if (result.apiRequests !== undefined) core.setOutput('api-requests', String(result.apiRequests))
  await writeUpdateSummary(result.plan, summary, result.reads)
  await mirrorToNats(settings.natsMirror, result)
}

interface UpdateOutcome {
  plan: UpdatePlan
  summary: UpdateSummary
  commitSha: string | null
  apiRequests?: number
  reads?: ReadReport
}

async function updateLocal(
  settings: UpdateSettings,
  source: { dir: string; org: string | undefined },
  trigger: string,
): Promise<UpdateOutcome> {
  return updateFromLocalSource({
    source: source.dir,
    registryDir: settings.registryDir,
    modulePattern: settings.modulePattern,
    org: source.org,
    date: runDate(),
    trigger,
    dryRun: settings.dryRun,
  })
}

async function updateGitHub(
  settings: UpdateSettings,
  github: GitHubSourceSettings,
  trigger: string,
): Promise<UpdateOutcome> {
  const client = createGitHubClient({
    token: github.token,
    timeoutMs: github.requestTimeoutMs,
    maxWaitMs: github.maxWaitMs,
    log: (message) => core.info(message),
  })
  const requests = countRequests(client)
  const result = await updateFromGitHub({
    client,
    org: github.org,
    topic: github.topic,
    modulePattern: settings.modulePattern,
    registry: { ...github.registry, dir: settings.registryDir },
    date: runDate(),
    trigger,
    dryRun: settings.dryRun,
    commitMessage: github.commitMessage,
    log: (message) => core.info(message),
  })
  if (result.commitSha) core.info(`committed ${result.commitSha}`)
  core.info(`${requests()} GitHub API requests`)
  return { ...result, apiRequests: requests() }
}
