/** Problems as workflow annotations, the same way in every mode. */
import * as core from '@actions/core'
import { formatProblem } from '../modes/validate.js'
import type { Problem } from '../registry/types.js'

/**
 * An annotation on the problem's file and line. A file of another repository (a module's, seen from the registry
 * repo) cannot be annotated in place: the module and the file:line:col are named in the title and message.
 */
export function annotate(problem: Problem, module?: string): void {
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
