/**
 * The registry client on a registry of 10,000 modules: built by the real engine (planUpdate over synthetic
 * snapshots), served by the local HTTP server. Measures, as medians, the load (fetch, parse, check and index
 * modules.yaml, in ms) and the time of one query (in µs). Targets: the whole load under 500 ms, a query under 1 ms.
 */
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { RegistryClient } from '../src/client/client.js'
import { MODULE_TYPES } from '../src/format/types.js'
import { engineRegistry, snapshot, startRegistryServer } from '../__tests__/support/registry-server.js'
import type { RepositorySnapshot } from '../src/format/types.js'

const MODULES = 10_000
const LOADS = 7
const BATCHES = 15
const BATCH = 1_000

export async function benchClient(): Promise<Record<string, number>> {
  let started = performance.now()
  const files = engineRegistry(syntheticSnapshots(MODULES))
  const buildSeconds = (performance.now() - started) / 1000
  const server = await startRegistryServer()
  server.serveRegistry('/bench/registry', files)
  const url = `${server.origin}/bench/registry/`
  try {
    const load = await median(LOADS, async () => {
      const client = new RegistryClient({ url })
      started = performance.now()
      await client.listModules()
      return performance.now() - started
    })
    const client = new RegistryClient({ url })
    await client.listModules()
    const revalidate = await median(LOADS, async () => {
      client.refresh()
      started = performance.now()
      await client.listModules()
      return performance.now() - started
    })
    const names = (await client.listModules()).map((module) => module.name)
    const getModule = await perQuery((i) => client.getModule(names[(i * 7919) % names.length]!))
    const listByType = await perQuery((i) => client.listByType(MODULE_TYPES[i % MODULE_TYPES.length]!))
    const dependentsOf = await perQuery((i) => client.dependentsOf(names[(i * 7919) % names.length]!))
    const results = {
      modules: MODULES,
      modules_yaml_mb: round(Buffer.byteLength(files['modules.yaml']!) / 1e6),
      build_s: round(buildSeconds),
      load_ms: round(load),
      revalidate_304_ms: round(revalidate),
      get_module_us: round(getModule),
      list_by_type_us: round(listByType),
      dependents_of_us: round(dependentsOf),
    }
    printTable(results)
    return results
  } finally {
    await server.close()
  }
}

/** Modules of every type, each depending on up to three modules before it, with ranges that mostly hold. */
function syntheticSnapshots(count: number): RepositorySnapshot[] {
  const name = (i: number) => `cim-bench-${String(i).padStart(5, '0')}`
  const version = (i: number) => `0.${i % 20}.${i % 7}`
  return Array.from({ length: count }, (_, i) => {
    const dependencies = [1, 17, 331]
      .filter((step) => i - step >= 0)
      .map((step) => `    - ${name(i - step)}: "${i % 10 === 0 ? '>=1.0.0' : `^${version(i - step)}`}"`)
    const cimYaml = [
      'module:',
      `  name: ${name(i)}`,
      `  type: ${MODULE_TYPES[i % MODULE_TYPES.length]}`,
      `  version: "${version(i)}"`,
      `  description: "Synthetic module ${i} of the client benchmark, with a description of a realistic length"`,
      `  category: "category-${i % 40}"`,
      ...(dependencies.length > 0 ? ['  dependencies:', ...dependencies] : []),
    ].join('\n')
    return snapshot(name(i), { 'cim.yaml': `${cimYaml}\n` })
  })
}

async function median(runs: number, measure: () => Promise<number>): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < runs; run++) times.push(await measure())
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}

/** Median over batches of the mean time of one query, in µs; queries are awaited one after another. */
function perQuery(query: (i: number) => Promise<unknown>): Promise<number> {
  let i = 0
  return median(BATCHES, async () => {
    const started = performance.now()
    for (let n = 0; n < BATCH; n++) await query(i++)
    return ((performance.now() - started) * 1000) / BATCH
  })
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function printTable(results: Record<string, number>): void {
  const rows: [string, string][] = [
    [
      `registry of ${results.modules} modules (modules.yaml ${results.modules_yaml_mb} MB)`,
      `built in ${results.build_s} s`,
    ],
    ['load: fetch, parse, check, index modules.yaml', `${results.load_ms} ms (target < 500 ms)`],
    ['revalidate after refresh() (HTTP 304)', `${results.revalidate_304_ms} ms`],
    ['getModule, one query', `${results.get_module_us} µs (target < 1000 µs)`],
    ['listByType, one query', `${results.list_by_type_us} µs (target < 1000 µs)`],
    ['dependentsOf, one query', `${results.dependents_of_us} µs`],
  ]
  const width = Math.max(...rows.map(([label]) => label.length))
  console.log('RegistryClient')
  for (const [label, value] of rows) console.log(`  ${label.padEnd(width)}  ${value}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchClient()
