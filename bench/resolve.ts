/**
 * Version history at scale, on a synthetic registry of 1,000 modules x 20 versions with realistic ranges (layers
 * of core, domain and application modules; caret ranges on the dependency version of the day, some exact pins,
 * some `*`; the most depended-on modules at the bottom):
 * - resolve: p50 and p95 of resolving 5 random upper-layer modules (target: p50 under 100 ms);
 * - conflict: the time to find and explain a clash forced through a dependency chain (target: under 1 s);
 * - incremental reading: the files a run reads through the HistoryReaders on a no-op run and after one new tag
 *   (each module's tags and head are listed either way; only new or moved tags and moved heads are read).
 */
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { compileModulePattern } from '../src/metadata/names.js'
import { readModuleHistory, type HistoryReader, type TagRef } from '../src/versions/collect.js'
import { resolve, type CatalogVersion } from '../src/versions/resolve.js'
import type { ModuleHistory } from '../src/versions/types.js'

const MODULES = 1_000
const VERSIONS = 20
const RUNS = 60

/** A small deterministic PRNG (mulberry32), so that every run measures the same registry. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function syntheticCatalog(modules = MODULES, versions = VERSIONS, seed = 11): Map<string, CatalogVersion[]> {
  const rand = random(seed)
  const name = (i: number) => `cim-m${String(i).padStart(4, '0')}`
  const versionLists: string[][] = []
  for (let i = 0; i < modules; i++) {
    let [major, minor, patch] = [0, 1, 0]
    const list: string[] = []
    for (let v = 0; v < versions; v++) {
      list.push(`${major}.${minor}.${patch}`)
      const step = rand()
      if (step < 0.05) [major, minor, patch] = [major + 1, 0, 0]
      else if (step < 0.35) [minor, patch] = [minor + 1, 0]
      else patch++
    }
    versionLists.push(list)
  }
  const catalog = new Map<string, CatalogVersion[]>()
  for (let i = 0; i < modules; i++) {
    // Dependencies on lower modules, skewed to the bottom (the core everyone uses).
    const count = i === 0 ? 0 : Math.min(i, Math.floor(rand() * 6))
    const targets = new Set<number>()
    while (targets.size < count) targets.add(Math.floor(Math.pow(rand(), 2.5) * i))
    const entries: CatalogVersion[] = versionLists[i]!.map((version, v) => {
      const dependencies: Record<string, string> = {}
      for (const target of targets) {
        // The dependency's version of the day: later versions of this module ask for later versions of it.
        const at = versionLists[target]![Math.min(VERSIONS - 1, Math.max(0, v - Math.floor(rand() * 4)))]!
        const kind = rand()
        dependencies[name(target)] = kind < 0.1 ? '*' : kind < 0.2 ? `=${at}` : `^${at}`
      }
      return { version, dependencies }
    })
    catalog.set(name(i), entries)
  }
  return catalog
}

export async function benchResolve(): Promise<Record<string, number>> {
  let started = performance.now()
  const catalog = syntheticCatalog()
  const buildMs = performance.now() - started
  const names = [...catalog.keys()]
  const rand = random(7)
  const times: number[] = []
  let solved = 0
  for (let run = 0; run < RUNS; run++) {
    const specs = Array.from({ length: 5 }, () => ({
      name: names[names.length - 1 - Math.floor(rand() * 300)]!,
      range: '*',
    }))
    started = performance.now()
    const result = resolve(catalog, specs)
    times.push(performance.now() - started)
    if (result.ok) solved++
  }
  times.sort((a, b) => a - b)

  // Clashes through chains: pairs of upper modules, each held at its newest version, whose transitive ranges on
  // some lower module disagree (the pairs that fail are timed), and a top module with a dependency held at its oldest.
  const conflictTimes: number[] = []
  let explanationLines = 0
  const clash = (specs: { name: string; range: string }[]) => {
    started = performance.now()
    const result = resolve(catalog, specs)
    const ms = performance.now() - started
    if (result.ok) return
    conflictTimes.push(ms)
    explanationLines = Math.max(explanationLines, result.explanation.split('\n').length)
  }
  const top = names.slice(-40)
  for (let i = 0; i < top.length && conflictTimes.length < 20; i++) {
    for (let j = i + 1; j < top.length && conflictTimes.length < 20; j += 7) {
      clash([top[i]!, top[j]!].map((name) => ({ name, range: `=${catalog.get(name)!.at(-1)!.version}` })))
    }
  }
  for (const name of names.slice(-10)) {
    const dependency = Object.keys(catalog.get(name)!.at(-1)!.dependencies)[0]
    if (dependency)
      clash([
        { name, range: `=${catalog.get(name)!.at(-1)!.version}` },
        { name: dependency, range: `=${catalog.get(dependency)![0]!.version}` },
      ])
  }
  conflictTimes.sort((a, b) => a - b)

  const figures = {
    modules: MODULES,
    versions_per_module: VERSIONS,
    catalog_build_ms: round(buildMs),
    resolve_runs: RUNS,
    resolve_solved: solved,
    resolve_p50_ms: round(times[Math.floor(times.length / 2)]!),
    resolve_p95_ms: round(times[Math.floor(times.length * 0.95)]!),
    conflict_runs: conflictTimes.length,
    conflict_p50_ms: round(conflictTimes[Math.floor(conflictTimes.length / 2)] ?? NaN),
    conflict_max_ms: round(conflictTimes.at(-1) ?? NaN),
    conflict_explanation_max_lines: explanationLines,
    ...(await incrementalReads()),
  }
  console.log('resolve (1,000 modules x 20 versions)')
  for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(32)}${value}`)
  return figures
}

/** Files read through in-memory HistoryReaders for 1,000 modules of 20 tags: first run, no-op run, one new tag. */
async function incrementalReads(): Promise<Record<string, number>> {
  const modulePattern = compileModulePattern()
  let reads = 0
  const repositories = Array.from({ length: MODULES }, (_, i) => {
    const name = `cim-m${String(i).padStart(4, '0')}`
    const tags: TagRef[] = Array.from({ length: VERSIONS }, (_, v) => ({
      name: `v0.${v + 1}.0`,
      commit: `${i}-${v}`.padEnd(40, '0'),
      date: null,
    }))
    return { name, tags, head: tags.at(-1)!.commit }
  })
  const reader = (repo: (typeof repositories)[number]): HistoryReader => ({
    tags: async () => repo.tags,
    head: async () => ({ commit: repo.head, date: null }),
    readFile: async (commit, path) => {
      reads++
      if (path !== 'Cargo.toml') return null
      const v = repo.tags.find((t) => t.commit === commit)?.name.slice(1) ?? '0.0.0'
      return `[package]\nname = "${repo.name}"\nversion = "${v}"\n`
    },
    listFolder: async () => [],
    ciState: async () => null,
  })
  const known = new Map<string, ModuleHistory>()
  const runAll = async () => {
    reads = 0
    for (const repo of repositories) {
      const update = await readModuleHistory(repo.name, reader(repo), known.get(repo.name), modulePattern)
      const before = known.get(repo.name)?.versions ?? []
      known.set(repo.name, { versions: [...before, ...update.append], head: update.head })
    }
    return reads
  }
  const first = await runAll()
  const noop = await runAll()
  const repo = repositories[500]!
  repo.tags.push({ name: 'v1.0.0', commit: 'f'.repeat(40), date: null })
  repo.head = 'f'.repeat(40)
  const oneTag = await runAll()
  return { history_first_run_file_reads: first, history_noop_file_reads: noop, history_one_new_tag_file_reads: oneTag }
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await benchResolve()
