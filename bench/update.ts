/**
 * The update benchmark: one full `update` run of the bundled action against the fake GitHub with 50 ms of latency
 * per request, for organizations of 100, 1,000 and 10,000 module repositories, side by side with the original
 * workflow's request pattern measured in the same run: one search page per 100 repositories (`cim in:name`), then
 * one commits call and one contents call per repository.
 */
import { getOctokit } from '@actions/github'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'
import { FakeGitHub, heavyOrg, syntheticOrg } from '../__tests__/support/fake-github/index.js'
import type { OrgSnapshot } from '../__tests__/support/fake-github/types.js'
import { ROOT, runActionAsync } from '../__tests__/support/run.js'
import { tempDir } from '../__tests__/support/temp.js'

const LATENCY_MS = 50
/** The baseline's calls in flight at once: the original ran them one by one; 10 keeps the benchmark short. */
const BASELINE_CONCURRENCY = 10

export interface UpdateFigures {
  repos: number
  modules: number
  requests: number
  wallMs: number
  peakRssMb: number
  complete: boolean
  /** The run after it, with nothing changed. */
  noop: RunFigures
  /** The run after one module's push. */
  push: RunFigures
  /** The run after one new version tag on another module's head, without a push (issue 11: at most 2 requests
   *  more than a no-op run). */
  tag: RunFigures
  baselineRequests: number
  baselineWallMs: number
  baselineFound: number
}

export interface RunFigures {
  requests: number
  wallMs: number
  peakRssMb: number
  /** Modules whose files were read (from the job summary's line). */
  modulesRead: number
}

/** CIM_BENCH_SIZES=100,1000 measures only those sizes. */
const SIZES = (process.env.CIM_BENCH_SIZES ?? '100,1000,10000').split(',').map(Number)

export async function benchUpdate(sizes = SIZES): Promise<{ sizes: UpdateFigures[]; heavy: HeavyFigures }> {
  const figures: UpdateFigures[] = []
  for (const size of sizes) figures.push(await measure(size))
  printTable(figures)
  const heavy = await measureHeavy(HEAVY_SIZE)
  return { sizes: figures, heavy }
}

/** Repositories of the heavy organization (large manifests, 200 tags each, some READMEs no query can read in time). */
const HEAVY_SIZE = 200

export interface HeavyFigures {
  repos: number
  first: RunFigures
  noop: RunFigures
  push: RunFigures
  /** Queries the fake cut off at GitHub's 10 s, by the form it answered in. */
  timeouts: Record<string, number>
  /** Modules left stale (their files could not be read in time even alone). */
  stale: number
  registered: number
}

/** The heavy organization under GitHub's execution-time limit: the run adapts and completes. */
async function measureHeavy(size: number): Promise<HeavyFigures> {
  const snapshot = heavyOrg(size)
  const github = await FakeGitHub.start({
    snapshot,
    latencyMs: LATENCY_MS,
    executionLimit: { limitMs: 10_000, seed: 7 },
  })
  try {
    const first = await oneRun(github, snapshot.org, size)
    const timeouts = github.timeouts
    const status = JSON.parse(github.repo('cim').files['registry/status.json'] ?? '{}') as {
      modules: Record<string, { stale?: string }>
    }
    const noop = await oneRun(github, snapshot.org, size)
    const name = Object.keys(status.modules).find((module) => status.modules[module]!.stale === undefined)!
    github.push(name, { files: { 'CHANGELOG.md': '# pushed\n' }, message: 'one push' })
    const push = await oneRun(github, snapshot.org, size)
    const figures: HeavyFigures = {
      repos: size,
      first,
      noop,
      push,
      timeouts,
      stale: Object.values(status.modules).filter((module) => module.stale !== undefined).length,
      registered: Object.keys(status.modules).length,
    }
    const run = (f: RunFigures) =>
      `${f.requests} req, ${(f.wallMs / 1000).toFixed(1)} s, ${f.peakRssMb.toFixed(0)} MB, ${f.modulesRead} read`
    console.log(
      `\nheavy organization (${size} repositories, GitHub's 10 s execution limit): ${figures.registered} modules registered, ${figures.stale} stale`,
    )
    console.log(`  first run: ${run(first)}; cut off: ${JSON.stringify(timeouts)}`)
    console.log(`  no-op: ${run(noop)}; after one push: ${run(push)}`)
    return figures
  } finally {
    await github.stop()
  }
}

async function measure(size: number): Promise<UpdateFigures> {
  const snapshot = syntheticOrg(size)
  const expected = moduleNames(snapshot)
  // GitHub's 10 s execution limit, as for the heavy organization: a run that asks too much in one query shows here.
  const github = await FakeGitHub.start({
    snapshot,
    latencyMs: LATENCY_MS,
    executionLimit: { limitMs: 10_000, seed: 7 },
  })
  try {
    const first = await oneRun(github, snapshot.org, size)
    const requests = first.requests
    const wallMs = first.wallMs
    const registered = Object.keys(
      (parse(github.repo('cim').files['registry/modules.yaml'] ?? '') as { modules: object }).modules,
    )
    const complete = registered.length === expected.length && expected.every((name) => registered.includes(name))
    const noop = await oneRun(github, snapshot.org, size)
    const pushed = expected[Math.floor(expected.length / 2)]!
    github.push(pushed, { files: { 'CHANGELOG.md': '# pushed\n' }, message: 'one push' })
    const push = await oneRun(github, snapshot.org, size)
    github.tag(expected[Math.floor(expected.length / 3)]!, 'v9.0.0')
    const tag = await oneRun(github, snapshot.org, size)

    github.resetCounters()
    const baselineStarted = performance.now()
    const baselineFound = await originalWorkflow(github, snapshot.org)
    const baselineWallMs = performance.now() - baselineStarted
    return {
      repos: size,
      modules: expected.length,
      requests,
      wallMs,
      peakRssMb: first.peakRssMb,
      complete,
      noop,
      push,
      tag,
      baselineRequests: github.counters.total,
      baselineWallMs,
      baselineFound,
    }
  } finally {
    await github.stop()
  }
}

/** One run of the bundled action against the fake: requests, wall time, peak RSS and modules read. */
async function oneRun(github: FakeGitHub, org: string, size: number): Promise<RunFigures> {
  github.resetCounters()
  const rssFile = join(tempDir('cim-bench-'), 'rss')
  const started = performance.now()
  const result = await runActionAsync(
    { mode: 'update', token: 'bench-token', org },
    {
      eventName: 'schedule',
      env: {
        ...github.env(),
        GITHUB_REPOSITORY: `${org}/cim`,
        GITHUB_REPOSITORY_OWNER: org,
        NODE_OPTIONS: `--import=${resolve(ROOT, 'bench/peak-rss.mjs')}`,
        CIM_BENCH_RSS_FILE: rssFile,
      },
    },
  )
  const wallMs = performance.now() - started
  if (result.status !== 0)
    throw new Error(
      `update failed on ${size} repositories:\n${result.stdout}\n${result.stderr}\n${github.violations.join('\n')}`,
    )
  if (github.violations.length > 0) throw new Error(`contract violations:\n${github.violations.join('\n')}`)
  const read = /read (\d+) modules/.exec(result.stdout)
  return {
    requests: github.counters.total,
    wallMs,
    peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024,
    modulesRead: read ? Number(read[1]) : -1,
  }
}

/** The modules a complete run must register: `cim`-topic repositories named cim-*, not forks, not the registry. */
function moduleNames(snapshot: OrgSnapshot): string[] {
  return snapshot.repositories
    .filter(
      (repo) =>
        !repo.fork &&
        repo.name !== 'cim' &&
        (repo.topics ?? []).includes('cim') &&
        /^cim(-[a-z0-9]+)*$/.test(repo.name),
    )
    .map((repo) => repo.name)
}

/** The original workflow's requests (actions/github-script): search by name, then per repository commits + contents. */
async function originalWorkflow(github: FakeGitHub, org: string): Promise<number> {
  const octokit = getOctokit('bench-token', { baseUrl: github.url })
  const found = await octokit.paginate(octokit.rest.search.repos, { q: `org:${org} cim in:name`, per_page: 100 })
  const repos = found.filter((repo) => repo.name === 'cim' || repo.name.startsWith('cim-'))
  let next = 0
  const worker = async () => {
    while (next < repos.length) {
      const repo = repos[next++]!
      await octokit.rest.repos.listCommits({ owner: org, repo: repo.name, per_page: 1 })
      await octokit.rest.repos.getContent({ owner: org, repo: repo.name, path: 'cim.yaml' }).catch(() => undefined)
    }
  }
  await Promise.all(Array.from({ length: BASELINE_CONCURRENCY }, worker))
  return repos.length
}

function printTable(figures: UpdateFigures[]): void {
  const rows = figures.map((f) => [
    f.repos,
    f.modules,
    f.requests,
    `${(f.wallMs / 1000).toFixed(1)} s`,
    `${f.peakRssMb.toFixed(0)} MB`,
    f.complete ? 'yes' : 'NO',
    f.baselineRequests,
    `${(f.baselineWallMs / 1000).toFixed(1)} s`,
    `${f.baselineFound}`,
    `1/${Math.round(f.baselineRequests / f.requests)}`,
    `${f.noop.requests} req, ${(f.noop.wallMs / 1000).toFixed(1)} s, ${f.noop.peakRssMb.toFixed(0)} MB, ${f.noop.modulesRead} read`,
    `${f.push.requests} req (+${f.push.requests - f.noop.requests}), ${(f.push.wallMs / 1000).toFixed(1)} s, ${f.push.peakRssMb.toFixed(0)} MB, ${f.push.modulesRead} read`,
    `${f.tag.requests} req (+${f.tag.requests - f.noop.requests}), ${(f.tag.wallMs / 1000).toFixed(1)} s, ${f.tag.peakRssMb.toFixed(0)} MB, ${f.tag.modulesRead} read`,
  ])
  console.log(
    `\nupdate: one full run against the fake GitHub, ${LATENCY_MS} ms per request (baseline: ${BASELINE_CONCURRENCY} requests in flight)`,
  )
  const header = [
    'repos',
    'modules',
    'requests',
    'wall',
    'peak RSS',
    'complete',
    'baseline req',
    'baseline wall',
    'baseline found',
    'ratio',
    'no-op run',
    'after one push',
    'after one new tag',
  ]
  console.log(formatTable([header, ...rows.map((row) => row.map(String))]))
}

export function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)))
  return rows.map((row) => row.map((cell, i) => cell.padStart(widths[i]!)).join('  ')).join('\n')
}
