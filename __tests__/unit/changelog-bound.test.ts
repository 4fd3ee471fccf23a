/**
 * changelog.md stays under GraphQL's 512,000-byte `Blob.text` limit, so that a run after one push prepends its
 * entry without fetching the file whole (issue 9's "+2 requests"); entries that leave it move to their year's
 * archive, changelog/YYYY.md, and none is lost.
 */
import { describe, expect, it } from '@jest/globals'
import { compileModulePattern } from '../../src/metadata/names.js'
import { completeArchives, planUpdate } from '../../src/registry/update.js'
import {
  appendToArchive,
  boundChangelog,
  CHANGELOG_LIMIT,
  CHANGELOG_TITLE,
  prependEntry,
} from '../../src/registry/render/changelog.js'

/** An entry of about `bytes` bytes under `## date`, its lines naming `tag`. */
function entry(date: string, tag: string, bytes = 1_000): string {
  const lines = [`## ${date}`, '']
  for (let i = 0, size = 0; size < bytes; i++) {
    lines.push(`- **[cim-${tag}-${i}](https://github.com/org/cim-${tag}-${i})** added (core 0.1.${i})`)
    size += lines.at(-1)!.length + 1
  }
  return `${lines.join('\n')}\n`
}

/** A changelog with `count` entries of `bytes` each, newest first, dated back from 2026-12-31 a day each. */
function changelog(count: number, bytes: number): { text: string; entries: string[] } {
  const entries = Array.from({ length: count }, (_, i) =>
    entry(new Date(Date.UTC(2026, 11, 31 - i)).toISOString().slice(0, 10), `e${i}`, bytes),
  )
  return { text: `${CHANGELOG_TITLE}\n\n${entries.join('\n')}`, entries }
}

const headings = (text: string) => text.split('\n').filter((line) => line.startsWith('## '))

describe('a bounded changelog.md', () => {
  it('is left as it is while it is under the bound', () => {
    const { text } = changelog(50, 1_000)
    expect(boundChangelog(text, '2026')).toEqual({ text, archived: new Map() })
  })

  it('keeps the newest entries and moves the older ones, by the year of their heading, to the archive: none lost', () => {
    // 400 entries of 1 KB, from 2026-12-31 back into 2025.
    const { text, entries } = changelog(400, 1_000)
    const bounded = boundChangelog(text, '2026')
    expect(Buffer.byteLength(bounded.text)).toBeLessThanOrEqual(CHANGELOG_LIMIT)
    expect(bounded.text.startsWith(`${CHANGELOG_TITLE}\n\n## 2026-12-31\n`)).toBe(true)
    expect(bounded.text).toMatch(/\nOlder entries: one file a year under \[changelog\/\]\(changelog\/\)\.\n$/)
    expect([...bounded.archived.keys()].sort()).toEqual(['changelog/2025.md', 'changelog/2026.md'])
    const kept = headings(bounded.text)
    const moved = [...bounded.archived.values()].flat()
    // Every entry is either kept or moved, once, in order (newest first).
    expect([...kept, ...moved.map((text) => text.split('\n')[0]!)].sort().reverse()).toEqual(
      entries.map((text) => text.split('\n')[0]!),
    )
    expect(moved.every((text) => entries.includes(text))).toBe(true)
    expect(bounded.archived.get('changelog/2025.md')!.every((text) => text.startsWith('## 2025-'))).toBe(true)
  })

  it('keeps the head of a newest entry that alone is over the bound, with a pointer; the archive has it whole, once', () => {
    const huge = entry('2026-12-06', 'huge', 900_000)
    const first = boundChangelog(prependEntry(undefined, huge), '2026')
    expect(Buffer.byteLength(first.text)).toBeLessThanOrEqual(CHANGELOG_LIMIT)
    expect(first.text).toMatch(
      /\n- \.\.\. and \d+ more lines: the whole entry is in \[changelog\/2026\.md\]\(changelog\/2026\.md\)\.\n/,
    )
    expect(first.archived.get('changelog/2026.md')).toEqual([huge])

    // Later entries push the shortened one out: it is dropped from changelog.md, not archived a second time.
    let text = first.text
    let archivedAgain: string[] = []
    for (let i = 0; i < 150; i++) {
      const next = boundChangelog(
        prependEntry(text, entry(`2026-12-${String(7 + (i % 20)).padStart(2, '0')}`, `n${i}`, 1_000)),
        '2026',
      )
      archivedAgain = archivedAgain.concat([...next.archived.values()].flat())
      text = next.text
    }
    expect(archivedAgain.length).toBeGreaterThan(0)
    expect(archivedAgain.some((moved) => moved.includes('cim-huge-'))).toBe(false)
    expect(text).not.toContain('cim-huge-')
  })

  it('files entries into an archive newest first, above what it held', () => {
    const older = appendToArchive(undefined, 'changelog/2026.md', [entry('2026-02-01', 'b'), entry('2026-01-01', 'a')])
    expect(older.startsWith(`${CHANGELOG_TITLE}, 2026\n\n## 2026-02-01\n`)).toBe(true)
    const newer = appendToArchive(older, 'changelog/2026.md', [entry('2026-03-01', 'c')])
    expect(headings(newer)).toEqual(['## 2026-03-01', '## 2026-02-01', '## 2026-01-01'])
    expect(newer.split('\n').filter((line) => line.startsWith('# '))).toEqual([`${CHANGELOG_TITLE}, 2026`])
  })
})

describe('the plan of a run that moves entries', () => {
  it('names the archives it needs, and writes them once their text (or their absence) is known', () => {
    const { text } = changelog(400, 1_000)
    const snapshot = {
      name: 'cim-domain',
      url: 'https://github.com/acme/cim-domain',
      description: 'the domain',
      topics: ['cim'],
      visibility: 'public' as const,
      archived: false,
      headCommit: '1'.repeat(40),
      committedAt: '2026-12-01T00:00:00Z',
      tags: [],
      files: {},
    }
    const plan = planUpdate({
      snapshots: [snapshot],
      existing: { 'changelog.md': text },
      modulePattern: compileModulePattern(),
      date: '2026-12-06',
    })
    expect(Buffer.byteLength(plan.files['changelog.md']!)).toBeLessThanOrEqual(CHANGELOG_LIMIT)
    expect([...plan.archived.keys()].sort()).toEqual(['changelog/2025.md', 'changelog/2026.md'])
    expect(plan.changedFiles).not.toContain('changelog/2026.md')

    const held = appendToArchive(undefined, 'changelog/2025.md', [entry('2025-01-01', 'older')])
    completeArchives(plan, { 'changelog/2025.md': held }, true)
    expect(plan.archived.size).toBe(0)
    expect(plan.changedFiles).toEqual(
      expect.arrayContaining(['changelog.md', 'changelog/2025.md', 'changelog/2026.md']),
    )
    // What the archive held stays below the entries moved into it.
    expect(plan.files['changelog/2025.md']!.endsWith(held.slice(held.indexOf('## 2025-01-01')))).toBe(true)
    expect(plan.files['changelog/2026.md']!.startsWith(`${CHANGELOG_TITLE}, 2026\n\n## 2026-`)).toBe(true)
  })
})
