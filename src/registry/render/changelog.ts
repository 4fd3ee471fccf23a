/**
 * changelog.md: the title at the top, newest entry first, one entry per change-set that says, module by module,
 * what changed. No change, no entry.
 *
 * changelog.md is bounded (CHANGELOG_LIMIT bytes, well under GraphQL's 512,000-byte `Blob.text` limit), so that a
 * run reads it with the registry branch in one request and prepends an entry without fetching it whole. When an
 * entry would take it over, the older entries move, newest first, to one archive file a year, `changelog/YYYY.md`
 * (by the date of their heading), which a run only writes to when it moves entries there: nothing is ever dropped.
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
    lines.push(
      `- ${link(name)} added (${module.fields.type}${module.fields.version ? ` ${mdText(module.fields.version)}` : ''})`,
    )
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
      return {
        summary: `health ${rank(change.to) < rank(change.from) ? 'healed' : 'degraded'} ${change.from} -> ${change.to}`,
        details: [],
      }
  }
}

function rank(health: string): number {
  return ['ok', 'warning', 'error'].indexOf(health)
}

function adoptionLines(adoption: AdoptionReport, registry: Registry): string[] {
  const lines = [
    `Registry adopted by cim-registry-action: ${registry.modules.size} modules, generated from the organization.`,
  ]
  for (const [field, names] of Object.entries(adoption.carried)) {
    if (names.length > 0)
      lines.push(`- Carried ${field} from the hand-kept files for ${names.length}: ${names.map(mdText).join(', ')}`)
  }
  if (adoption.unverified.length > 0) {
    lines.push(
      `- Kept ${adoption.unverified.length} private domains that no repository matches (verified: false): ${adoption.unverified.map(mdText).join(', ')}`,
    )
  }
  for (const replaced of adoption.replaced) lines.push(`- ${mdText(replaced)}`)
  return lines
}

/** The new entry under the title; the old entries below it, with the title (wherever it had drifted) removed. */
export function prependEntry(existing: string | undefined, entry: string): string {
  return underTitle(CHANGELOG_TITLE, existing, entry)
}

/** `entries` under `title`, then what `existing` held below its title (wherever that had drifted). */
function underTitle(title: string, existing: string | undefined, entries: string): string {
  const rest = (existing ?? '')
    .split('\n')
    .filter((line) => line.trim() !== title)
    .join('\n')
    .trim()
  return `${title}\n\n${entries}${rest ? `\n${rest}\n` : ''}`
}

/** changelog.md's bound in bytes: an entry that would take it over moves older entries to the archive. */
export const CHANGELOG_LIMIT = 200_000
/** What changelog.md keeps after moving entries out: half the bound, so that entries move once per ~100 KB. */
const CHANGELOG_KEEP = 100_000
export const CHANGELOG_ARCHIVE_DIR = 'changelog'
/** The line at the end of changelog.md, once entries have moved, that says where they are. */
const ARCHIVE_FOOTER = `Older entries: one file a year under [${CHANGELOG_ARCHIVE_DIR}/](${CHANGELOG_ARCHIVE_DIR}/).`
/** The last line of an entry too large for changelog.md, which keeps its head only: it is in the archive whole. */
const SHORTENED_MARK = 'the whole entry is in ['

export const changelogArchivePath = (year: string): string => `${CHANGELOG_ARCHIVE_DIR}/${year}.md`
export const isChangelogArchive = (name: string): boolean => /^changelog\/\d{4}\.md$/.test(name)

export interface BoundedChangelog {
  /** changelog.md's new text. */
  text: string
  /** Entries that move to an archive file, by the file's registry-relative path, newest first. */
  archived: Map<string, string[]>
}

/**
 * Keeps changelog.md under CHANGELOG_LIMIT: when it is over, the newest entries stay (up to CHANGELOG_KEEP bytes)
 * and the older ones move to their year's archive. The newest entry always stays; when it alone is over the bound
 * (the first run over 10,000 modules), changelog.md keeps its head with a line that points to the archive, which
 * receives it whole. An entry that already points there is not archived twice. `year` files an entry whose heading
 * has no date.
 */
export function boundChangelog(text: string, year: string): BoundedChangelog {
  const archived = new Map<string, string[]>()
  if (Buffer.byteLength(text, 'utf8') <= CHANGELOG_LIMIT) return { text, archived }
  const lines = text.split('\n').filter((line) => line !== ARCHIVE_FOOTER)
  const first = lines.findIndex((line) => line.startsWith('## '))
  if (first < 0) return { text, archived } // no entries to move (a file kept by hand): left as it is
  const head = `${lines.slice(0, first).join('\n').trimEnd()}\n\n`
  const entries: string[] = []
  for (let i = first; i < lines.length;) {
    let end = i + 1
    while (end < lines.length && !lines[end]!.startsWith('## ')) end++
    entries.push(`${lines.slice(i, end).join('\n').trimEnd()}\n`)
    i = end
  }
  const pathOf = (entry: string) => changelogArchivePath(/^## (\d{4})-/.exec(entry)?.[1] ?? year)
  const archive = (entry: string) => {
    if (entry.includes(SHORTENED_MARK)) return
    archived.set(pathOf(entry), [...(archived.get(pathOf(entry)) ?? []), entry])
  }
  const footer = `\n${ARCHIVE_FOOTER}\n`
  let size = Buffer.byteLength(head + footer, 'utf8')
  const kept: string[] = []
  for (const entry of entries) {
    const bytes = Buffer.byteLength(entry, 'utf8') + 1
    if (kept.length > 0 && size + bytes > CHANGELOG_KEEP) archive(entry)
    else if (kept.length === 0 && size + bytes > CHANGELOG_KEEP) {
      archive(entry)
      kept.push(shortened(entry, CHANGELOG_KEEP - size, pathOf(entry)))
      size = CHANGELOG_KEEP
    } else {
      kept.push(entry)
      size += bytes
    }
  }
  return { text: `${head}${kept.join('\n')}${footer}`, archived }
}

/** The head of an entry, in whole lines within `budget` bytes, and a line that says where the rest is. */
function shortened(entry: string, budget: number, path: string): string {
  const lines = entry.trimEnd().split('\n')
  const kept: string[] = []
  let size = 200 // the pointer line
  for (const line of lines) {
    size += Buffer.byteLength(line, 'utf8') + 1
    if (size > budget && kept.length > 0) break
    kept.push(line)
  }
  return `${kept.join('\n')}\n- ... and ${lines.length - kept.length} more lines: ${SHORTENED_MARK}${path}](${path}).\n`
}

/** An archive file with `entries` (newest first, all newer than what it holds) under its title. */
export function appendToArchive(existing: string | undefined, path: string, entries: readonly string[]): string {
  return underTitle(
    `${CHANGELOG_TITLE}, ${path.slice(CHANGELOG_ARCHIVE_DIR.length + 1, -'.md'.length)}`,
    existing,
    entries.join('\n'),
  )
}
