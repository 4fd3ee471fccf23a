/** The action's inputs, read once and checked, in the shape the modes take. */
import * as core from '@actions/core'
import { compileModulePattern, DEFAULT_MODULE_PATTERN, type ModulePattern } from '../metadata/names.js'

export const MODES = ['update', 'publish', 'validate', 'site'] as const
export type Mode = (typeof MODES)[number]

export interface ActionInputs {
  mode: Mode
  /** validate: the cim.yaml to check. */
  path: string
  /** validate / publish: whether invalid metadata fails the step or only warns. */
  failOnInvalid: boolean
  /** update: a local directory of module repositories instead of the organization on GitHub. */
  source: string
  registryDir: string
  modulePattern: ModulePattern
  org: string
  /** update: repositories with this topic are modules. */
  topic: string
  /** update: the token that reads the organization and commits the registry. */
  token: string
  /** update: the registry repository, owner/name (default: the repository running the workflow). */
  repository: { owner: string; repo: string }
  /** update: the branch to commit to (empty: the default branch). */
  branch: string
  dryRun: boolean
  commitMessage: string
  /** update: seconds before a GitHub request that has not answered is abandoned (and retried). */
  requestTimeout: number
  /** site: where to write the catalog site. */
  siteDir: string
  /** site: the registry to build it from (empty: github:REPOSITORY/REGISTRY-DIR[@BRANCH], what update committed). */
  siteRegistry: string
  /** site: show private modules too. */
  includePrivate: boolean
  siteTitle: string
  /** update: seconds a run may spend waiting on GitHub (retries and rate limits together). */
  maxWait: number
}

export function readMode(): Mode {
  const mode = core.getInput('mode') || 'update'
  if (!(MODES as readonly string[]).includes(mode)) {
    throw new Error(`input mode is ${JSON.stringify(mode)}; it must be one of ${MODES.join(', ')}`)
  }
  return mode as Mode
}

/** The inputs of the update, validate and site modes (publish reads its own, in publish.ts). */
export function readInputs(): ActionInputs {
  return {
    mode: readMode(),
    path: core.getInput('path') || 'cim.yaml',
    failOnInvalid: booleanInput('fail-on-invalid', true),
    source: core.getInput('source'),
    registryDir: core.getInput('registry-dir') || 'registry',
    modulePattern: compileModulePattern(core.getInput('module-pattern') || DEFAULT_MODULE_PATTERN),
    org: core.getInput('org') || (process.env.GITHUB_REPOSITORY_OWNER ?? ''),
    topic: core.getInput('topic') || 'cim',
    token: secretInput('token'),
    repository: repositoryInput(core.getInput('repository') || (process.env.GITHUB_REPOSITORY ?? '')),
    branch: core.getInput('branch'),
    dryRun: booleanInput('dry-run', false),
    commitMessage: core.getInput('commit-message'),
    requestTimeout: positiveNumber('request-timeout', 30),
    siteDir: core.getInput('site-dir') || 'site',
    siteRegistry: core.getInput('site-registry'),
    includePrivate: booleanInput('include-private', false),
    siteTitle: core.getInput('site-title'),
    maxWait: positiveNumber('max-wait', 300),
  }
}

/** An input holding a secret: masked in the log before anything else can print it. */
function secretInput(name: string): string {
  const value = core.getInput(name)
  if (value) core.setSecret(value)
  return value
}

function repositoryInput(value: string): { owner: string; repo: string } {
  const [owner = '', repo = ''] = value.split('/')
  return { owner, repo }
}

function positiveNumber(name: string, fallback: number): number {
  const text = core.getInput(name)
  if (text === '') return fallback
  const value = Number(text)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`input ${name} is ${JSON.stringify(text)}; it must be a positive number`)
  return value
}

/** Like core.getBooleanInput, with a default for an input that is not set at all. */
export function booleanInput(name: string, fallback: boolean): boolean {
  return core.getInput(name) === '' ? fallback : core.getBooleanInput(name)
}
