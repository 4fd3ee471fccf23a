/**
 * The job summary of an update run: what changed, what was read and why, and the modules that need a person.
 *
 * The runner refuses a step summary over 1 MiB
 * (https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#step-isolation-and-limits).
 * The summary therefore lists the changed modules and those with problems, most important first, only while
 * they fit a budget well under that, then says how many more there are; status.json has every one.
 */
import * as core from '@actions/core'
import type { UpdateSummary } from '../modes/summary.js'
import type { ReadReport } from '../modes/update-github.js'
import { htmlText } from '../util/markdown.js'
import type { RegistryModule } from '../format/types.js'
import type { UpdatePlan } from '../registry/update.js'

/** Bytes the summary may take: the runner's 1 MiB less room for what the rest of the job appends. */
export const SUMMARY_BUDGET = 512 * 1024

export async function writeUpdateSummary(plan: UpdatePlan, summary: UpdateSummary, reads?: ReadReport): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  core.summary.addRaw(renderUpdateSummary(plan, summary, reads))
  await core.summary.write()
}

export function renderUpdateSummary(plan: UpdatePlan, summary: UpdateSummary, reads?: ReadReport): string {
  const parts: string[] = ['<h2>CIM registry update</h2>']
  parts.push(
    `<p>${
      summary.changed
        ? `${summary.dryRun ? 'Would change' : 'Changed'}: ${summary.files.map(htmlText).join(', ')}. Added ${summary.added.length}, removed ${summary.removed.length}, updated ${summary.updated.length}.`
        : 'No change: the registry already matches the organization.'
    } ${summary.modules} modules.</p>`,
  )
  if (reads) parts.push(`<p>${describeReads(reads)}</p>`)

  const changed = new Set([...summary.added, ...summary.updated])
  const rows = [...plan.registry.modules.values()]
    .filter((module) => changed.has(module.name) || module.problems.length > 0)
    .sort((a, b) => rank(a, changed) - rank(b, changed))
  const header = '<table><tr><th>Module</th><th>Type</th><th>Version</th><th>Health</th><th>Problems</th></tr>'
  let size = Buffer.byteLength(parts.join('')) + header.length + 200
  const shown: string[] = []
  for (const module of rows) {
    const row = `<tr><td>${htmlText(module.name)}</td><td>${module.fields.type}</td><td>${htmlText(module.fields.version ?? '-')}</td><td>${module.health}</td><td>${htmlText(
      module.problems
        .map((problem) => problem.message)
        .join('; ')
        .slice(0, 2000),
    )}</td></tr>`
    if (size + Buffer.byteLength(row) > SUMMARY_BUDGET) break
    size += Buffer.byteLength(row)
    shown.push(row)
  }
  if (summary.removed.length > 0)
    parts.push(
      `<p>Removed: ${summary.removed.slice(0, 200).map(htmlText).join(', ')}${summary.removed.length > 200 ? ', ...' : ''}</p>`,
    )
  if (shown.length > 0) parts.push(`${header}${shown.join('')}</table>`)
  if (shown.length < rows.length) {
    parts.push(
      `<p>${rows.length - shown.length} more changed or problem modules are not listed here (the summary stays under the runner's 1 MiB): see status.json in the registry.</p>`,
    )
  }
  return parts.join('\n')
}

/** "Read 3 modules (1 new, 2 moved); 9,997 carried unchanged." */
export function describeReads(reads: ReadReport): string {
  const why = Object.entries(reads.read).filter(([, count]) => count > 0)
  const total = why.reduce((sum, [, count]) => sum + count, 0)
  const reasons = why.map(([reason, count]) => `${count} ${READ_REASON_TEXT[reason as keyof ReadReport['read']]}`)
  const failed = reads.failed ? `; ${reads.failed} could not be read and kept their previous entry` : ''
  return `Read the files of ${total} modules${reasons.length ? ` (${reasons.join(', ')})` : ''}; ${reads.carried} carried unchanged${failed}.`
}

const READ_REASON_TEXT: Record<keyof ReadReport['read'], string> = {
  new: 'new',
  moved: 'new commits',
  stale: 'stale before',
  error: 'in error before',
  listed: 'changed repository settings',
  rules: 'new inference rules',
  tags: 'new or moved tags',
  pending: 'history still pending (CI or unread tags)',
}

/** Errors first, then changed modules, then warnings. */
function rank(module: RegistryModule, changed: Set<string>): number {
  if (module.health === 'error') return 0
  if (changed.has(module.name)) return 1
  return 2
}
