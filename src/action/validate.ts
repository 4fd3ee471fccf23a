/** mode: validate: checks the module's cim.yaml (and the repository's topics, as warnings) in the module's own CI. */
import * as core from '@actions/core'
import { errorsOf } from '../format/problems.js'
import { validateFile } from '../modes/validate.js'
import { annotate } from './annotations.js'
import type { ValidateSettings } from './settings.js'

export async function validate(settings: ValidateSettings): Promise<void> {
  const result = await validateFile(settings.path, settings.expectedName, settings.eventRepository)
  for (const problem of result.problems) annotate(problem)
  core.setOutput('valid', String(result.valid))
  core.setOutput('errors', String(errorsOf(result.problems).length))
  if (result.valid) core.info(`${result.file}: valid`)
  else if (settings.failOnInvalid) core.setFailed(`${result.file} is not a valid cim.yaml`)
  else core.warning(`${result.file} is not a valid cim.yaml`)
}
