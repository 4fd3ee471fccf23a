/** Runs the committed bundles as child processes, the way a user or the Actions runner does. */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { tempDir } from './temp.js'

/** The project root: the nearest folder up with a package.json (from __tests__/support, or build/ for the benchmarks). */
export const ROOT = findRoot(import.meta.dirname)
/** The bundles under test: the committed dist/, or a scratch build named by CIM_DIST (`node scripts/bundle.mjs DIR`). */
const DIST = process.env.CIM_DIST ? resolve(process.env.CIM_DIST) : join(ROOT, 'dist')
export const CLI = join(DIST, 'cli.js')
export const ACTION = join(DIST, 'index.js')

export interface ProcessResult {
  status: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ProcessResult {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', ...options.env },
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>
  summary: string
}

function findRoot(dir: string): string {
  for (let current = dir; ; current = dirname(current)) {
    if (existsSync(join(current, 'package.json')) && existsSync(join(current, 'action.yml'))) return current
    if (dirname(current) === current) throw new Error(`no project root above ${dir}`)
  }
}

type RunnerOptions = { cwd?: string; env?: NodeJS.ProcessEnv; event?: unknown; eventName?: string }

/**
 * Runs dist/index.js as the runner does: inputs as INPUT_<NAME> (upper-cased, hyphens kept), GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, the event payload in GITHUB_EVENT_PATH.
 */
export function runAction(inputs: Record<string, string>, options: RunnerOptions = {}): ActionResult {
  const runner = prepareRunner(inputs, options)
  const result = spawnSync(process.execPath, [ACTION], { cwd: runner.cwd, env: runner.env, encoding: 'utf8' })
  return runner.collect(result.status, result.stdout, result.stderr)
}

/** The same, without blocking the test's event loop (for runs that race each other or a server in the test). */
export function runActionAsync(inputs: Record<string, string>, options: RunnerOptions = {}): Promise<ActionResult> {
  const runner = prepareRunner(inputs, options)
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [ACTION], {
      cwd: runner.cwd,
      env: runner.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (status) => resolve(runner.collect(status, stdout, stderr)))
  })
}

function prepareRunner(inputs: Record<string, string>, options: RunnerOptions) {
  const dir = tempDir('cim-runner-')
  const output = join(dir, 'output')
  const summary = join(dir, 'summary.md')
  const eventPath = join(dir, 'event.json')
  writeFileSync(output, '')
  writeFileSync(summary, '')
  writeFileSync(eventPath, JSON.stringify(options.event ?? {}))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: options.eventName ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: 'example-org/cim',
    GITHUB_REPOSITORY_OWNER: 'example-org',
    GITHUB_WORKSPACE: options.cwd ?? ROOT,
    RUNNER_TEMP: dir,
    SOURCE_DATE_EPOCH: '1767225600',
    ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value])),
    ...options.env,
  }
  const collect = (status: number | null, stdout: string, stderr: string): ActionResult => ({
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(output, 'utf8')),
    summary: existsSync(summary) ? readFileSync(summary, 'utf8') : '',
  })
  return { cwd: options.cwd ?? ROOT, env, collect }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}
