/**
 * The check behind a large registry's partial history read (src/versions/summary.ts): a run that holds the lines of
 * one module only, and the heads' summaries of the others, renders the same registry as a run that holds every line.
 * Used on the real organization's history and on hand-made ones (a moved tag, a locked version no tag has).
 */
import { expect } from '@jest/globals'
import { readRegistryDir } from '../../src/disk/registry-dir.js'
import type { ModulePattern } from '../../src/metadata/names.js'
import { planUpdate } from '../../src/registry/update.js'
import { readLocalSource } from '../../src/sources/local.js'
import { historyFileModule } from '../../src/versions/index-file.js'
import { planHistory } from '../../src/versions/plan.js'

export async function expectSummariesAnswerAsLines(
  orgDir: string,
  registryDir: string,
  modulePattern: ModulePattern,
): Promise<void> {
  const listing = await readLocalSource(orgDir, { modulePattern })
  await listing.close()
  const existing = await readRegistryDir(registryDir)
  const plan = (files: typeof existing, notRead?: Set<string>) =>
    planUpdate({
      snapshots: listing.snapshots,
      existing: files,
      modulePattern,
      history: planHistory(files, new Map(), notRead),
      date: '2026-12-06',
    })
  const whole = plan(existing)
  const withLines = Object.keys(existing).flatMap((file) => historyFileModule(file) ?? [])
  expect(withLines.length).toBeGreaterThan(0)
  // Each module's lines alone, and none at all.
  for (const read of [...withLines, null]) {
    const notRead = new Set(withLines.filter((name) => name !== read))
    const files = Object.fromEntries(
      Object.entries(existing).filter(([file]) => !notRead.has(historyFileModule(file) ?? '')),
    )
    // The others are answered from their summaries, not from lines: the index holds none of theirs.
    expect(
      [...notRead].every((name) => planHistory(files, new Map(), notRead).index.get(name)?.versions === null),
    ).toBe(true)
    const partial = plan(files, notRead)
    expect({ read, files: partial.files, history: partial.history }).toEqual({
      read,
      files: Object.fromEntries(
        Object.entries(whole.files).filter(([file]) => !notRead.has(historyFileModule(file) ?? '')),
      ),
      history: whole.history,
    })
  }
}
