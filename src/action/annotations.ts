/** Problems as workflow annotations, the same way in every mode. */
import * as core from '@actions/core'
import type { Problem } from '../format/types.js'
import type { UpdatePlan } from '../registry/update.js'
import { formatProblem } from '../format/problems.js'

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

/**
 * GitHub shows at most 10 error and 10 warning annotations of a step and silently drops the rest
 * (https://github.com/orgs/community/discussions/26680, https://github.com/orgs/community/discussions/68471). Of
 * each level, the most
 * important 9 are annotated (the registry's own problems, then stale modules, then modules by name), and a 10th
 * says how many more status.json holds.
 */
export const ANNOTATIONS_PER_LEVEL = 10

export function annotateModules(plan: UpdatePlan): void {
  const found: { level: Problem['level']; problem: Problem; module?: string; rank: number }[] = []
  for (const problem of plan.registry.problems) found.push({ level: problem.level, problem, rank: 0 })
  for (const module of plan.registry.modules.values()) {
    for (const problem of module.problems) {
      // Module warnings other than stale (a missing cim.yaml, say) are status.json's business, not the step's.
      if (problem.level === 'error' || problem.code === 'stale')
        found.push({ level: problem.level, problem, module: module.name, rank: problem.code === 'stale' ? 1 : 2 })
    }
  }
  for (const level of ['error', 'warning'] as const) {
    const ofLevel = found.filter((item) => item.level === level).sort((a, b) => a.rank - b.rank)
    const shown = ofLevel.length > ANNOTATIONS_PER_LEVEL ? ofLevel.slice(0, ANNOTATIONS_PER_LEVEL - 1) : ofLevel
    for (const item of shown) annotate(item.problem, item.module)
    const more = ofLevel.length - shown.length
    if (more > 0) {
      const message = `${more} more ${level}s are not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step): see status.json in the registry, or the job summary`
      if (level === 'error') core.error(message, { title: 'more problems' })
      else core.warning(message, { title: 'more problems' })
    }
  }
}
