/// <reference lib="dom" />
/**
 * The catalog site at scale: `cim-registry site` (the bundled CLI, as a process) over a generated registry, then the
 * site in Debian's chromium from 127.0.0.1. Figures: build time and peak memory, files and total size, the catalog
 * page's transfer size (gzip, as GitHub Pages serves it; target < 1 MB), first contentful paint, the search data's
 * load on first use, and search latency in the browser over a set of queries (target < 50 ms).
 * `npm run bench site` (CIM_SITE_BENCH_MODULES sets the size; default 10,000).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { launchChromium } from '../__tests__/support/browser.js'
import { ROOT, runCli } from '../__tests__/support/run.js'
import { serveFolder } from '../__tests__/support/static-server.js'
import { syntheticRegistry } from '../__tests__/support/site-fixtures.js'
import { listFiles, tempDir, writeTree } from '../__tests__/support/temp.js'

const MODULES = Number(process.env.CIM_SITE_BENCH_MODULES ?? 10_000)
/** One word, a prefix, two words, a misspelling, a unique token, a module name: what people type. */
const QUERIES = [
  'ledger',
  'invoice events',
  'harv',
  'glacer',
  'u4242x',
  'cim-site-01234',
  'zephyr service',
  'atlas',
  'pri',
  'handles quorum',
  'category-7',
  'beacon relay',
  'tundra',
  'meadow',
  'ember orbit',
  'cobalt',
  'del',
  'helix',
  'indigo willow',
  'falcon',
]
const ROUNDS = 5

export interface SiteFigures {
  modules: number
  shown: number
  buildS: number
  buildPeakRssMb: number
  files: number
  totalMb: number
  catalogTransferKb: number
  catalogHtmlKb: number
  firstContentfulPaintMs: number
  searchDataKb: number
  firstSearchMs: number
  searchMedianMs: number
  searchP95Ms: number
  slowestQuery: string
}

export async function benchSite(modules = MODULES): Promise<SiteFigures> {
  const registry = writeTree(tempDir('cim-bench-site-reg-'), syntheticRegistry(modules))
  const out = join(tempDir('cim-bench-site-'), 'site')
  const rssFile = join(tempDir('cim-bench-'), 'rss')
  const started = performance.now()
  const run = runCli(['site', '--registry', registry, '--out', out, '--json'], {
    env: { NODE_OPTIONS: `--import=${resolve(ROOT, 'bench/peak-rss.mjs')}`, CIM_BENCH_RSS_FILE: rssFile },
  })
  const buildS = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`cim-registry site failed:\n${run.stdout}\n${run.stderr}`)
  const built = JSON.parse(run.stdout) as { files: number; bytes: number; modules: number }

  const server = await serveFolder(resolve(out))
  const browser = await launchChromium()
  try {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.origin}/index.html`, { waitUntil: 'load' })
    const transfer = server.requests.reduce((sum, request) => sum + request.bytes, 0)
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1)
    const apply = (query: string) =>
      page.evaluate(async (q) => {
        const input = document.getElementById('filter-q') as HTMLInputElement
        input.value = q
        const t = performance.now()
        const count = await (window as unknown as { cimCatalog: { apply(): Promise<number> } }).cimCatalog.apply()
        return { ms: performance.now() - t, count }
      }, query)
    const before = server.requests.length
    const first = await apply('ledger')
    const searchData = server.requests.slice(before).reduce((sum, request) => sum + request.bytes, 0)
    const times: { query: string; ms: number }[] = []
    for (let round = 0; round < ROUNDS; round++)
      for (const query of QUERIES) times.push({ query, ms: (await apply(query)).ms })
    const sorted = [...times].sort((a, b) => a.ms - b.ms)
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.ms
    const byQuery = new Map<string, number[]>()
    for (const { query, ms } of times) byQuery.set(query, [...(byQuery.get(query) ?? []), ms])
    const medianOf = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const slowest = [...byQuery]
      .map(([query, values]) => [query, medianOf(values)] as const)
      .sort((a, b) => b[1] - a[1])[0]!
    const figures: SiteFigures = {
      modules,
      shown: built.modules,
      buildS: round(buildS),
      buildPeakRssMb: Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024),
      files: listFiles(out).length,
      totalMb: round(built.bytes / 1024 / 1024),
      catalogTransferKb: Math.round(transfer / 1024),
      catalogHtmlKb: Math.round(readFileSync(join(out, 'index.html')).length / 1024),
      firstContentfulPaintMs: Math.round(fcp),
      searchDataKb: Math.round(searchData / 1024),
      firstSearchMs: Math.round(first.ms),
      searchMedianMs: round(at(0.5)),
      searchP95Ms: round(at(0.95)),
      slowestQuery: `${slowest[0]} (median ${round(slowest[1])} ms)`,
    }
    printTable(figures)
    return figures
  } finally {
    await browser.close()
    await server.close()
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

function printTable(f: SiteFigures): void {
  const rows: [string, string][] = [
    [`registry of ${f.modules} modules (${f.shown} public, shown)`, ''],
    ['build: cim-registry site', `${f.buildS} s, peak RSS ${f.buildPeakRssMb} MB`],
    ['site', `${f.files} files, ${f.totalMb} MB`],
    [
      'catalog page transfer (HTML, CSS, scripts; gzip)',
      `${f.catalogTransferKb} kB (target < 1 MB); index.html ${f.catalogHtmlKb} kB raw`,
    ],
    ['first contentful paint', `${f.firstContentfulPaintMs} ms`],
    ['search data, loaded on first use (gzip)', `${f.searchDataKb} kB; first search ${f.firstSearchMs} ms`],
    [
      `search in the browser, ${QUERIES.length} queries x ${ROUNDS}`,
      `median ${f.searchMedianMs} ms, p95 ${f.searchP95Ms} ms (target < 50 ms)`,
    ],
    ['slowest query', f.slowestQuery],
  ]
  console.log('\nsite benchmark')
  for (const [what, value] of rows) console.log(`  ${what.padEnd(52)}${value}`)
}
