/** What an update did, for people (log lines, commit message) and for programs (outputs, --json). */
import type { UpdatePlan } from '../registry/update.js'
import { formatProblem, errorsOf } from '../format/problems.js'
import { listSome } from '../util/text.js'

export interface UpdateSummary {
  changed: boolean
  dryRun: boolean
  modules: number
  added: string[]
  removed: string[]
  updated: string[]
  /** Modules whose health is `error`. */
  errors: string[]
  files: string[]
}

export function summarize(plan: UpdatePlan, dryRun: boolean): UpdateSummary {
  const modules = [...plan.registry.modules.values()]
  return {
    changed: plan.changedFiles.length > 0,
    dryRun,
    modules: modules.length,
    added: plan.changes.added,
    removed: plan.changes.removed,
    updated: [...plan.changes.updated.keys()],
    errors: modules.filter((module) => module.health === 'error').map((module) => module.name),
    files: plan.changedFiles,
  }
}

export function commitMessage(plan: UpdatePlan, trigger?: string): string {
  const { added, removed, updated } = plan.changes
  const counts = [
    added.length ? `${added.length} added` : '',
    removed.length ? `${removed.length} removed` : '',
    updated.size ? `${updated.size} updated` : '',
  ].filter(Boolean)
  const subject = plan.adopted
    ? `registry: adopt the hand-kept registry (${plan.registry.modules.size} modules)`
    : `registry: ${counts.length ? counts.join(', ') : 'refresh'}`
  const body = [
    ...added.map((name) => `+ ${name}`),
    ...removed.map((name) => `- ${name}`),
    ...[...updated.keys()].map((name) => `~ ${name}`),
    ...(trigger ? ['', `Triggered by ${trigger}.`] : []),
  ]
  return body.length ? `${subject}\n\n${body.join('\n')}` : subject
}

/** Human lines: one per change, then the problems that need a person. */
export function describeSummary(plan: UpdatePlan, summary: UpdateSummary): string[] {
  const lines: string[] = []
  const verb = summary.dryRun ? 'would change' : 'changed'
  lines.push(
    summary.changed
      ? `${summary.modules} modules; ${verb}: ${listSome(summary.files)}`
      : `${summary.modules} modules; registry unchanged`,
  )
  for (const name of summary.added) lines.push(`  + ${name}`)
  for (const name of summary.removed) lines.push(`  - ${name}`)
  for (const [name, changes] of plan.changes.updated)
    lines.push(`  ~ ${name} (${changes.map((change) => change.kind).join(', ')})`)
  if (plan.history) {
    const { modules, versions, drift } = plan.history
    const behind = new Set(drift.map((entry) => entry.module)).size
    lines.push(
      `history: ${versions} version tag${versions === 1 ? '' : 's'} of ${modules} module${modules === 1 ? '' : 's'}; drift: ${drift.length} locked dependenc${drift.length === 1 ? 'y' : 'ies'} of ${behind} module${behind === 1 ? '' : 's'} behind or not reproducible (cim-registry drift)`,
    )
  }
  for (const warning of plan.warnings) lines.push(`warning: ${warning.message}`)
  for (const problem of plan.registry.problems) lines.push(`${problem.level}: ${problem.message}`)
  for (const module of plan.registry.modules.values()) {
    for (const problem of errorsOf(module.problems)) {
      lines.push(`${module.name}: ${formatProblem(problem)}`)
    }
  }
  return lines
}
