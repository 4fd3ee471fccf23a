/**
 * The I/O half of version history, shared by every source that has HistoryReaders: each module's history is read
 * incrementally against the index found in the registry, a few modules at a time. A module whose history cannot be
 * read keeps its index as it was and gets a warning; the others go on.
 */
import { compareStrings } from '../util/order.js'
import type { ModulePattern } from '../metadata/names.js'
import type { Problem } from '../format/types.js'
import { readModuleHistory, type HistoryReader, type HistoryUpdate } from '../versions/collect.js'
import { readHistoryIndex } from '../versions/index-file.js'
import { planHistory, type HistoryPlan } from '../versions/plan.js'
import { linesOf } from '../versions/summary.js'
import { type RegistryFileTexts } from '../format/files.js'

const PARALLEL = 4

export interface HistoryReading {
  plan: HistoryPlan
  problems: Problem[]
  /** Files read at tags and heads this run: 0 when nothing moved. */
  reads: number
  /** Modules whose history was read this run (the others failed, or were not asked). */
  read: Set<string>
}

export async function readHistories(
  readers: ReadonlyMap<string, HistoryReader>,
  existing: RegistryFileTexts,
  modulePattern: ModulePattern,
  /** Modules whose history file was not read (readHistoryIndex): none of them has a reader. */
  notRead: ReadonlySet<string> = new Set(),
): Promise<HistoryReading> {
  const index = readHistoryIndex(existing, notRead)
  const updates = new Map<string, HistoryUpdate>()
  // By module, then flattened in name order: the workers finish in any order, status.json must not change with it.
  const problemsOf = new Map<string, Problem[]>()
  let reads = 0
  const queue = [...readers]
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, reader] = next
      try {
        const update = await readModuleHistory(name, reader, linesOf(name, index.get(name)), modulePattern)
        updates.set(name, update)
        reads += update.reads
      } catch (error) {
        problemsOf.set(name, [
          {
            level: 'warning',
            code: 'unreadable-history',
            message: `${name}: version history not read this run (${(error as Error).message}); the index keeps what it had`,
          },
        ])
      }
    }
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  const problems = [...problemsOf].sort(([a], [b]) => compareStrings(a, b)).flatMap(([, list]) => list)
  return { plan: planHistory(existing, updates, notRead), problems, reads, read: new Set(updates.keys()) }
}
