/**
 * This run's history readings + the index found in the registry -> the history files to write and the index after
 * the run. Pure: the reading (I/O) happens before, in the mode, through each source's HistoryReader.
 */
import { compareStrings } from '../util/order.js'
import type { HistoryUpdate } from './collect.js'
import {
  appendVersionLines,
  HEADS_FILE,
  headsShards,
  historyFile,
  readHistoryIndex,
  renderHeads,
} from './index-file.js'
import { linesOf, newestTagOf, summarizeVersions } from './summary.js'
import type { HeadEntry, HistoryIndex, VersionEntry } from './types.js'

export interface HistoryPlan {
  /** Every module's history after this run. */
  index: HistoryIndex
  /** The new text of each history file that this run touches (`history/NAME.jsonl`, heads.json and its shards). */
  files: Record<string, string>
  /** The lines appended this run, by module. */
  appended: Map<string, VersionEntry[]>
  /** Modules whose history was read for the first time this run (a changelog summarizes them, not tag by tag). */
  firstRead: Set<string>
  /** Heads as they were before this run, by module. */
  previousHeads: Map<string, HeadEntry>
}

/** `notRead`: modules whose history file was not read (readHistoryIndex); none of them may be in `updates`. */
export function planHistory(
  existing: Readonly<Record<string, string | undefined>>,
  updates: ReadonlyMap<string, HistoryUpdate>,
  notRead: ReadonlySet<string> = new Set(),
): HistoryPlan {
  const index = readHistoryIndex(existing, notRead)
  const previousHeads = new Map(
    [...index].flatMap(([name, history]) => (history.head ? [[name, history.head] as const] : [])),
  )
  const files: Record<string, string> = {}
  const appended = new Map<string, VersionEntry[]>()
  const firstRead = new Set<string>()
  for (const name of [...updates.keys()].sort(compareStrings)) {
    const update = updates.get(name)!
    const history = linesOf(name, index.get(name)) ?? { versions: [], head: null }
    if (!index.has(name)) firstRead.add(name)
    if (update.append.length > 0) {
      files[historyFile(name)] = appendVersionLines(existing[historyFile(name)], update.append)
      history.versions = [...history.versions, ...update.append]
      appended.set(name, update.append)
    }
    history.head = update.head
    index.set(name, history)
  }
  // What a head says of its module's lines follows the lines; a module whose lines were not read keeps it as it was.
  // The summaries of lines at hand go to the heads files only: in the index the lines answer for themselves (and on
  // a first run over 10,000 modules, keeping them costs 40 MB and seconds of garbage collection).
  const heads = new Map<string, HeadEntry>()
  for (const [name, history] of index) {
    if (!history.head) continue
    if (history.versions) {
      const { newest_tag: _, summary: __, ...head } = history.head
      const tagged = newestTagOf(history.versions)
      history.head = tagged ? { ...head, newest_tag: tagged } : head
      if (tagged) {
        heads.set(name, { ...history.head, summary: summarizeVersions(history.versions) })
        continue
      }
    }
    heads.set(name, history.head)
  }
  if (heads.size > 0 || existing[HEADS_FILE] !== undefined)
    Object.assign(files, renderHeads(heads, headsShards(existing[HEADS_FILE]).length > 0))
  return { index, files, appended, firstRead, previousHeads }
}
