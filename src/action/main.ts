/** The action: read the inputs, run the mode, turn its result into outputs, annotations and a job summary. */
import * as core from '@actions/core'
import { runDate } from '../lib/clock.js'
import { describeSummary } from '../modes/summary.js'
import { updateFromLocalSource } from '../modes/update-local.js'
import { formatProblem, validateFile } from '../modes/validate.js'
import type { Problem } from '../registry/types.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { writeUpdateSummary } from './job-summary.js'

export async function run(): Promise<void> {
  try {
    const inputs = readInputs()
    switch (inputs.mode) {
      case 'validate':
        return await validate(inputs)
      case 'update':
        return await update(inputs)
      case 'publish':
        throw new Error('mode publish is not available in this version yet')
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
  if (!inputs.source) {
    throw new Error('update needs the input `source` (a directory of module repositories) in this version')
  }
  const result = await updateFromLocalSource({
    source: inputs.source,
    registryDir: inputs.registryDir,
    modulePattern: inputs.modulePattern,
    org: inputs.org || undefined,
    date: runDate(),
    dryRun: inputs.dryRun,
  })
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
  await writeUpdateSummary(result.plan, summary)
}

/**
 * An annotation on the problem's file and line. A file of another repository (a module's, seen from the registry
 * repo) cannot be annotated in place: the module and the file:line:col are named in the title and message.
 */
function annotate(problem: Problem, module?: string): void {
  const properties: core.AnnotationProperties = module
    ? { title: `${module}: ${problem.code}` }
    : {
        title: problem.code,
        ...(problem.file ? { file: problem.file } : {}),
        ...(problem.line ? { startLine: problem.line } : {}),
        ...(problem.col ? { startColumn: problem.col } : {}),
      }
  const message = module ? formatProblem(problem) : problem.message
  if (problem.level === 'error') core.error(message, properties)
  else core.warning(message, properties)
}
