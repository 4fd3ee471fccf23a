/** Problems as people read them, and the questions every mode asks of a list of them. */
import type { Problem } from './types.js'

/** `file:line:col: level: message`, the form editors and CI logs link to. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.col].filter((part) => part !== undefined).join(':')
  return `${where ? `${where}: ` : ''}${problem.level}: ${problem.message}`
}

/** True when any problem is an error (warnings never fail a module or a step). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((problem) => problem.level === 'error')
}

/** The errors among the problems, in their order. */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => problem.level === 'error')
}
