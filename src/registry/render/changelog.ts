/**
 * changelog.md: the title at the top, newest entry first, one entry per change-set that says, module by module,
 * what changed. No change, no entry.
 */
import type { ChangeSet, ModuleChange } from '../diff.js'
import type { Registry } from '../../format/types.js'
import { mdLink, mdText, shortSha } from '../../util/markdown.js'

export const CHANGELOG_TITLE = '# CIM Registry Changelog'

export interface ChangelogContext {
  /** The day of the run, YYYY-MM-DD. */
  date: string
  /** What started the run, e.g. `repository_dispatch: cim-domain@1a2b3c4`; shown under the heading. */
  trigger?: string
  /** Set on the first run over a registry that was kept by hand: what was carried and replaced. */
  adoption?: AdoptionReport
}

export interface AdoptionReport {
  /** Field name -> modules whose value was carried from the hand-kept files. */
  carried: Record<string, string[]>
  /** Hand-kept private domains that match no repository (kept, marked verified: false). */
  unverified: string[]
  /** Problems with the files found, e.g. "status.json is not valid JSON". */
  replaced: string[]
}

export function changelogEntry(changes: ChangeSet, registry: Registry, context: ChangelogContext): string {
  const lines = [`## ${context.date}`, '']
  if (context.trigger) lines.push(`Triggered by ${mdText(context.trigger)}.`, '')
  if (context.adoption) lines.push(...adoptionLines(context.adoption, registry), '')
  const link = (name: string) => `**${mdLink(name, registry.modules.get(name)?.repository)}**`
  for (const name of changes.added) {
    const module = registry.modules.get(name)!
    lines.push(`- ${link(name)} added (${module.fields.type}${module.fields.version ? ` ${mdText(module.fields.version)}` : ''})`)
  }
  for (const name of changes.removed) lines.push(`- **${mdText(name)}** removed`)
  for (const [name, moduleChanges] of changes.updated) {
    const described = moduleChanges.map(describeChange)
    lines.push(`- ${link(name)}: ${described.map((d) => d.summary).join('; ')}`)
    for (const detail of described.flatMap((d) => d.details)) lines.push(`  - ${detail}`)
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function describeChange(change: ModuleChange): { summary: string; details: string[] } {
  switch (change.kind) {
    case 'version':
      return {
        summary: `version ${mdText(change.from ?? 'none')} -> ${mdText(change.to ?? 'none')}`,
        details: change.breaks.map(
          ({ dependent, range }) => `**breaks ${mdText(dependent)}**, which requires ${mdText(range)}`,
        ),
      }
    case 'commit':
      return { summary: `new commit ${shortSha(change.from)} -> ${shortSha(change.to)}`, details: [] }
    case 'visibility':
      return { summary: `visibility ${change.from} -> ${change.to}`, details: [] }
    case 'archived':
      return { summary: change.to ? 'archived' : 'unarchived', details: [] }
    case 'metadata':
      return { summary: `metadata changed (${change.fields.join(', ')})`, details: [] }
    case 'health':
      return { summary: `health ${rank(change.to) < rank(change.from) ? 'healed' : 'degraded'} ${change.from} -> ${change.to}`, details: [] }
  }
}

function rank(health: string): number {
  return ['ok', 'warning', 'error'].indexOf(health)
}

function adoptionLines(adoption: AdoptionReport, registry: Registry): string[] {
  const lines = [`Registry adopted by cim-registry-action: ${registry.modules.size} modules, generated from the organization.`]
  for (const [field, names] of Object.entries(adoption.carried)) {
    if (names.length > 0) lines.push(`- Carried ${field} from the hand-kept files for ${names.length}: ${names.map(mdText).join(', ')}`)
  }
  if (adoption.unverified.length > 0) {
    lines.push(`- Kept ${adoption.unverified.length} private domains that no repository matches (verified: false): ${adoption.unverified.map(mdText).join(', ')}`)
  }
  for (const replaced of adoption.replaced) lines.push(`- ${mdText(replaced)}`)
  return lines
}

/** The new entry under the title; the old entries below it, with the title (wherever it had drifted) removed. */
export function prependEntry(existing: string | undefined, entry: string): string {
  const rest = (existing ?? '')
    .split('\n')
    .filter((line) => line.trim() !== CHANGELOG_TITLE)
    .join('\n')
    .trim()
  return `${CHANGELOG_TITLE}\n\n${entry}${rest ? `\n${rest}\n` : ''}`
}
