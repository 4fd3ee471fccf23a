/**
 * What the history adds to the registry's README (a compatibility section and matrix) and to a changelog entry
 * (new versions with their dependency changes, newly verified builds, releases that leave dependents behind).
 */
import semver from 'semver'
import { compareStrings, sortedUnique } from '../util/order.js'
import { mdText } from '../util/markdown.js'
import type { Registry } from '../format/types.js'
import { currentVersions } from './index-file.js'
import { isReproducible, newestOf, type NewestVersions } from './evidence.js'
import type { HistoryPlan } from './plan.js'
import { dependenciesAtTag } from './summary.js'
import type { HistoryIndex, VersionEntry } from './types.js'

/** Columns of the matrix: the dependencies most modules are built with. */
const MATRIX_COLUMNS = 6

/** The newest version of each module (newestOf), as the client computes it from modules.yaml and heads.json. */
export function newestVersions(registry: Registry, index: HistoryIndex): Map<string, string | null> {
  return new Map(
    [...registry.modules].map(([name, module]) => [name, newestOf(module.fields.version, index.get(name)?.head)]),
  )
}

export function compatibilitySection(registry: Registry, index: HistoryIndex, newest: NewestVersions): string[] {
  const lines = ['## Compatibility', '']
  // The ranges each module declares at its newest version (that tag's, or the head's when no tag has it).
  const holders: string[] = []
  for (const module of registry.modules.values()) {
    const own = newest.get(module.name)
    const declared = (own && dependenciesAtTag(index.get(module.name), own)) ?? module.dependencies
    for (const [dependency, range] of Object.entries(declared)) {
      const version = newest.get(dependency)
      if (version && !semver.satisfies(version, range))
        holders.push(
          `${mdText(module.name)} ${own ?? ''} (requires ${mdText(dependency)} ${mdText(range)}, newest ${version})`.replace(
            '  (',
            ' (',
          ),
        )
    }
  }
  lines.push(
    holders.length === 0
      ? 'The newest versions of all modules can be used together: the ranges each declares at its newest version accept the newest version of every dependency.'
      : `The newest versions of all modules cannot all be used together (\`cim-registry resolve NAME...\` finds versions that can); held back by ${holders.length}: ${holders.join('; ')}.`,
    '',
  )
  const built = [...index].filter(
    ([name, history]) => registry.modules.has(name) && Object.keys(history.head?.locked ?? {}).length > 0,
  )
  const usage = new Map<string, number>()
  for (const [, history] of built)
    for (const dependency of Object.keys(history.head!.locked!)) usage.set(dependency, (usage.get(dependency) ?? 0) + 1)
  const columns = [...usage]
    .sort(([a, x], [b, y]) => y - x || compareStrings(a, b))
    .slice(0, MATRIX_COLUMNS)
    .map(([name]) => name)
  if (columns.length === 0) {
    lines.push('No module has a lock file at its head yet: nothing tells which versions were built together.')
    return lines
  }
  lines.push(
    "What each module's head was built with, by its lock file (`cim-registry compat NAME`, `cim-registry drift`):",
    '*behind*: older than the newest registered version; *path* / *branch*: not reproducible; ✓: CI passed on that build.',
    '',
    `| Module | ${columns.map(mdText).join(' | ')} |`,
    `| --- |${' --- |'.repeat(columns.length)}`,
  )
  for (const [name, history] of built.sort(([a], [b]) => compareStrings(a, b))) {
    const head = history.head!
    const cells = columns.map((dependency) => {
      const lock = head.locked![dependency]
      if (!lock) return ''
      const marks = [
        lock.version && newest.get(dependency) && semver.lt(lock.version, newest.get(dependency)!) ? 'behind' : null,
        isReproducible(lock.source) ? null : lock.source === 'path' ? 'path' : 'branch',
      ].filter(Boolean)
      return `${mdText(lock.version ?? lock.commit?.slice(0, 7) ?? '?')}${marks.length ? ` *${marks.join(', ')}*` : ''}${head.ci === 'success' ? ' ✓' : ''}`
    })
    lines.push(`| ${mdText(name)} | ${cells.join(' | ')} |`)
  }
  return lines
}

/** Changelog lines for what the history learned this run. */
export function historyChangelogLines(plan: HistoryPlan, newest: NewestVersions): string[] {
  const lines: string[] = []
  for (const [name, entries] of plan.appended) {
    if (plan.firstRead.has(name)) {
      const versions = currentVersions(entries).map((entry) => entry.version)
      lines.push(
        `- **${mdText(name)}**: history read, ${versions.length} version${versions.length === 1 ? '' : 's'} (${versions.map(mdText).join(', ')})`,
      )
      continue
    }
    // A module that gained lines this run was read, lines and all.
    const known = plan.index.get(name)!.versions!.slice(0, -entries.length)
    for (const entry of entries) {
      if (known.some((k) => k.tag === entry.tag && k.commit === entry.commit)) {
        // The same tag at the same commit again: its CI state settled since it was read.
        lines.push(
          `- **${mdText(name)}** ${mdText(entry.version)} (${mdText(entry.tag)}): CI ${entry.ci ?? 'unknown'}${entry.ci === 'success' ? builtWith(entry) : ''}`,
        )
        continue
      }
      const before = currentVersions(known.filter((k) => semver.lt(k.version, entry.version))).at(-1)
      lines.push(
        `- **${mdText(name)}** ${entry.moved_from ? `tag ${mdText(entry.tag)} moved` : `${mdText(entry.version)} tagged`} (${mdText(entry.tag)})${dependencyChanges(before, entry)}`,
      )
      if (entry.ci === 'success') lines.push(`  - CI passed${builtWith(entry)}`)
      if (newest.get(name) === entry.version) {
        const behind = [...plan.index].filter(([, h]) => {
          const locked = h.head?.locked?.[name]?.version
          return locked && semver.lt(locked, entry.version)
        })
        if (behind.length)
          lines.push(
            `  - ${behind.length} module${behind.length === 1 ? ' is' : 's are'} built with older versions: ${behind.map(([n]) => mdText(n)).join(', ')}`,
          )
      }
    }
  }
  for (const [name, history] of plan.index) {
    const before = plan.previousHeads.get(name)
    if (
      history.head?.ci === 'success' &&
      before?.ci !== 'success' &&
      Object.keys(history.head.locked ?? {}).length > 0
    ) {
      lines.push(`- **${mdText(name)}** head ${history.head.commit.slice(0, 7)}: CI passed${builtWith(history.head)}`)
    }
  }
  return lines
}

/** ", verified with cim-domain 0.8.1, cim-subject 0.5.0": the combination a passing build establishes. */
function builtWith(build: { locked: VersionEntry['locked'] }): string {
  const pairs = Object.entries(build.locked ?? {}).map(
    ([dependency, lock]) => `${dependency} ${lock.version ?? lock.commit?.slice(0, 7) ?? '?'}`,
  )
  return pairs.length ? `, verified with ${pairs.map(mdText).join(', ')}` : ''
}

function dependencyChanges(before: VersionEntry | undefined, entry: VersionEntry): string {
  if (!before)
    return Object.keys(entry.dependencies).length
      ? `; depends on ${Object.entries(entry.dependencies)
          .map(([d, r]) => mdText(`${d} ${r}`))
          .join(', ')}`
      : ''
  const names = sortedUnique([...Object.keys(before.dependencies), ...Object.keys(entry.dependencies)])
  const changes = names.flatMap((dep) => {
    const from = before.dependencies[dep]
    const to = entry.dependencies[dep]
    if (from === to) return []
    return [from === undefined ? `+${dep} ${to}` : to === undefined ? `-${dep}` : `${dep} ${from} -> ${to}`]
  })
  return changes.length ? `; dependencies: ${changes.map(mdText).join(', ')}` : ''
}
