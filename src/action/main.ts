/** The action: read the inputs, run the mode, turn its result into outputs, annotations and a job summary. */
import * as core from '@actions/core'
import { runDate } from '../lib/clock.js'
import { countRequests, createGitHubClient } from '../github/octokit.js'
import { describeSummary, type UpdateSummary } from '../modes/summary.js'
import { updateFromGitHub } from '../modes/update-github.js'
import { updateFromLocalSource } from '../modes/update-local.js'
import { validateFile } from '../modes/validate.js'
import type { UpdatePlan } from '../registry/update.js'
import { readTrigger } from './trigger.js'
import { annotate } from './annotations.js'
import { readInputs, readMode, type ActionInputs } from './inputs.js'
import { writeUpdateSummary } from './job-summary.js'
import { publish } from './publish.js'
import { mirrorToNats } from './nats-mirror.js'

export async function run(): Promise<void> {
  try {
    switch (readMode()) {
      case 'validate':
        return await validate(readInputs())
      case 'update':
        return await update(readInputs())
      case 'publish':
        return await publish()
    }
  } catch (error) {
    core.setFailed((error as Error).message)
  }
}

async function validate(inputs: ActionInputs): Promise<void> {
  const repository = process.env.GITHUB_REPOSITORY?.split('/')[1]
  const result = await validateFile(inputs.path, repository)
  for (const problem of result.problems) annotate(problem)
  core.setOutput('valid', String(result.valid))
  core.setOutput('errors', String(result.problems.filter((problem) => problem.level === 'error').length))
  if (result.valid) core.info(`${result.file}: valid`)
  else if (inputs.failOnInvalid) core.setFailed(`${result.file} is not a valid cim.yaml`)
  else core.warning(`${result.file} is not a valid cim.yaml`)
}

async function update(inputs: ActionInputs): Promise<void> {
  const trigger = readTrigger(process.env, inputs.registryDir)
  core.info(`triggered by ${trigger.description}`)
  if (trigger.ignoredPayload) core.warning(`repository_dispatch payload ignored: ${trigger.ignoredPayload}`)
  if (trigger.registryOnlyPush) {
    core.info('the push changed only the registry directory: nothing to do')
    core.setOutput('changed', 'false')
    return
  }
  const result = inputs.source ? await updateLocal(inputs, trigger.description) : await updateGitHub(inputs, trigger.description)
  for (const line of describeSummary(result.plan, result.summary)) core.info(line)
  for (const module of result.plan.registry.modules.values()) {
    for (const problem of module.problems) if (problem.level === 'error') annotate(problem, module.name)
  }
  const { summary } = result
  core.setOutput('changed', String(summary.changed))
  core.setOutput('modules', String(summary.modules))
  core.setOutput('added', JSON.stringify(summary.added))
  core.setOutput('removed', JSON.stringify(summary.removed))
  core.setOutput('updated', JSON.stringify(summary.updated))
  core.setOutput('errors', String(summary.errors.length))
  core.setOutput('commit-sha', result.commitSha ?? '')
  if (result.apiRequests !== undefined) core.setOutput('api-requests', String(result.apiRequests))
  await writeUpdateSummary(result.plan, summary)
  await mirrorToNats(inputs, result)
}

interface UpdateOutcome {
  plan: UpdatePlan
  summary: UpdateSummary
  commitSha: string | null
  apiRequests?: number
}

async function updateLocal(inputs: ActionInputs, trigger: string): Promise<UpdateOutcome> {
  return updateFromLocalSource({
    source: inputs.source,
    registryDir: inputs.registryDir,
    modulePattern: inputs.modulePattern,
    org: inputs.org || undefined,
    date: runDate(),
    trigger,
    dryRun: inputs.dryRun,
  })
}

async function updateGitHub(inputs: ActionInputs, trigger: string): Promise<UpdateOutcome> {
  if (!inputs.token) throw new Error('update needs a token: the `token` input (default: github.token) is empty')
  if (!inputs.org) throw new Error('update needs the organization: set the `org` input')
  if (!inputs.repository.owner || !inputs.repository.repo) throw new Error('update needs the registry repository: set the `repository` input (owner/name)')
  const client = createGitHubClient({
    token: inputs.token,
    timeoutMs: inputs.requestTimeout * 1000,
    writeSpacingMs: 0,
    log: (message) => core.info(message),
  })
  const requests = countRequests(client)
  const result = await updateFromGitHub({
    client,
    org: inputs.org,
    topic: inputs.topic,
    modulePattern: inputs.modulePattern,
    registry: { ...inputs.repository, branch: inputs.branch, dir: inputs.registryDir },
    date: runDate(),
    trigger,
    dryRun: inputs.dryRun,
    commitMessage: inputs.commitMessage,
    log: (message) => core.info(message),
  })
  if (result.commitSha) core.info(`committed ${result.commitSha}`)
  core.info(`${requests()} GitHub API requests`)
  return { ...result, apiRequests: requests() }
}
