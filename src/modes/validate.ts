/**
 * `validate`: check one cim.yaml against the standard, as the CLI and the action's validate mode both do; given the
 * repository's topics (the action reads them from the event payload), check those too, as warnings.
 */
import { readFile } from 'node:fs/promises'
import { parseCimYaml } from '../metadata/cim-yaml.js'
import { checkModuleTopics, type EventRepository } from '../metadata/module-topics.js'
import type { Problem } from '../format/types.js'
import { hasErrors } from '../format/problems.js'

export interface ValidationResult {
  file: string
  valid: boolean
  problems: Problem[]
}

export async function validateFile(
  file: string,
  expectedName?: string,
  repository?: EventRepository | null,
): Promise<ValidationResult> {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'ENOENT' ? `${file} does not exist` : `cannot read ${file}: ${error.message}`)
  })
  const { metadata, problems } = parseCimYaml(bytes, { file, expectedName })
  if (repository) problems.push(...checkModuleTopics(repository, metadata))
  return { file, valid: !hasErrors(problems), problems }
}
