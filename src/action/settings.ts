/**
 * The action's one input reader: every input and runner variable is read here, once, checked and turned into the
 * typed settings of the mode that runs (as actions/checkout's input-helper does). Secrets are masked before
 * anything else can print them. A mode's runner (validate.ts, update.ts, publish.ts, site.ts) gets its settings and
 * reads nothing of the runner's environment itself.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import type { RegistryClientOptions } from '../client/client.js'
import { registryOptions } from '../client/spec.js'
import { parseServers, secretsOf, type NatsSettings } from '../events/connection.js'
import { DEFAULT_SUBJECT } from '../events/event.js'
import { eventRepository, type EventRepository } from '../metadata/module-topics.js'
import { compileModulePattern, DEFAULT_MODULE_PATTERN, type ModulePattern } from '../metadata/names.js'
import { DISPATCH_POLICIES, type DispatchPolicy } from '../modes/publish-module.js'
import type { RegistryMirrorSettings } from '../nats-registry/after-update.js'
import { DEFAULT_BUCKET, PRIVATE_POLICIES, type PrivatePolicy } from '../nats-registry/records.js'
import { parsePositiveNumber } from '../util/numbers.js'
import { parseRepositoryName, type RepositoryName } from '../util/repository-name.js'
import { readEvent, readTrigger, type Trigger } from './trigger.js'

export const MODES = ['update', 'publish', 'validate', 'site'] as const
export type Mode = (typeof MODES)[number]

export type Settings = ValidateSettings | UpdateSettings | PublishSettings | SiteSettings

export interface ValidateSettings {
  mode: 'validate'
  /** The cim.yaml to check. */
  path: string
  failOnInvalid: boolean
  /** The repository's name, which module.name must equal (undefined outside a workflow). */
  expectedName: string | undefined
  /** The repository as the event payload describes it (its topics are checked), or null. */
  eventRepository: EventRepository | null
}

export interface UpdateSettings {
  mode: 'update'
  trigger: Trigger
  registryDir: string
  modulePattern: ModulePattern
  dryRun: boolean
  /** Where the modules are read from: a local directory of repositories, or the organization on GitHub. */
  source: { kind: 'local'; dir: string; org: string | undefined } | GitHubSourceSettings
  /** Where the registry is mirrored on NATS after the run: null without nats-servers, or on a dry run. */
  natsMirror: RegistryMirrorSettings | null
}

export interface GitHubSourceSettings {
  kind: 'github'
  org: string
  /** Repositories with this topic are modules. */
  topic: string
  token: string
  /** The registry repository and the branch to commit to (empty: its default branch). */
  registry: RepositoryName & { branch: string }
  commitMessage: string
  requestTimeoutMs: number
  /** The time a run may spend waiting on GitHub: retries and rate limits together. */
  maxWaitMs: number
}

export interface PublishSettings {
  mode: 'publish'
  path: string
  failOnInvalid: boolean
  /** The push being announced. */
  push: { repository: string; commit: string; ref: string; timestamp: string; runId: string | undefined }
  eventRepository: EventRepository | null
  nats: NatsSettings | null
  subject: string
  timeoutMs: number
  dispatch: DispatchPolicy
  registryRepo: string | undefined
  dispatchToken: string | undefined
}

export interface SiteSettings {
  mode: 'site'
  registry: RegistryClientOptions
  out: string
  includePrivate: boolean
  title: string | undefined
}

const DEFAULT_PUBLISH_TIMEOUT_SECONDS = 30

/** The settings of the mode the `mode` input names. */
export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const mode = core.getInput('mode') || 'update'
  switch (mode) {
    case 'validate':
      return validateSettings(env)
    case 'update':
      return updateSettings(env)
    case 'publish':
      return publishSettings(env)
    case 'site':
      return siteSettings(env)
    default:
      throw new Error(`input mode is ${JSON.stringify(mode)}; it must be one of ${MODES.join(', ')}`)
  }
}

function validateSettings(env: NodeJS.ProcessEnv): ValidateSettings {
  return {
    mode: 'validate',
    path: core.getInput('path') || 'cim.yaml',
    failOnInvalid: booleanInput('fail-on-invalid', true),
    expectedName: env.GITHUB_REPOSITORY ? parseRepositoryName(env.GITHUB_REPOSITORY)?.repo : undefined,
    eventRepository: eventRepository(readEvent(env.GITHUB_EVENT_PATH)),
  }
}

function updateSettings(env: NodeJS.ProcessEnv): UpdateSettings {
  const registryDir = core.getInput('registry-dir') || 'registry'
  const org = core.getInput('org') || (env.GITHUB_REPOSITORY_OWNER ?? '')
  const dir = core.getInput('source')
  const dryRun = booleanInput('dry-run', false)
  return {
    mode: 'update',
    trigger: readTrigger(env, registryDir),
    registryDir,
    modulePattern: compileModulePattern(core.getInput('module-pattern') || DEFAULT_MODULE_PATTERN),
    dryRun,
    source: dir ? { kind: 'local', dir, org: org || undefined } : gitHubSourceSettings(env, org),
    natsMirror: natsMirrorSettings(dryRun),
  }
}

/** update's mirror into the key-value bucket: with nats-servers (and publish's connection inputs) set. */
function natsMirrorSettings(dryRun: boolean): RegistryMirrorSettings | null {
  const privatePolicy = core.getInput('nats-private-modules') || 'bucket'
  if (!(PRIVATE_POLICIES as readonly string[]).includes(privatePolicy)) {
    throw new Error(
      `input nats-private-modules is ${JSON.stringify(privatePolicy)}; it must be one of ${PRIVATE_POLICIES.join(', ')}`,
    )
  }
  const replicas = Number(core.getInput('nats-replicas') || '1')
  if (![1, 3, 5].includes(replicas)) throw new Error('input nats-replicas must be 1, 3 or 5')
  const nats = dryRun ? null : natsInputs()
  return (
    nats && {
      nats,
      bucket: core.getInput('nats-bucket') || DEFAULT_BUCKET,
      privatePolicy: privatePolicy as PrivatePolicy,
      replicas,
    }
  )
}

function gitHubSourceSettings(env: NodeJS.ProcessEnv, org: string): GitHubSourceSettings {
  const token = secretInput('token')
  if (!token) throw new Error('update needs a token: the `token` input (default: github.token) is empty')
  if (!org) throw new Error('update needs the organization: set the `org` input')
  return {
    kind: 'github',
    org,
    topic: core.getInput('topic') || 'cim',
    token,
    registry: { ...registryRepository(env, 'update'), branch: core.getInput('branch') },
    commitMessage: core.getInput('commit-message'),
    requestTimeoutMs: secondsInput('request-timeout', 30) * 1000,
    maxWaitMs: secondsInput('max-wait', 300) * 1000,
  }
}

function publishSettings(env: NodeJS.ProcessEnv): PublishSettings {
  const nats = natsInputs()
  const dispatchToken = secretInput('dispatch-token')
  const dispatch = core.getInput('dispatch') || 'fallback'
  if (!(DISPATCH_POLICIES as readonly string[]).includes(dispatch)) {
    throw new Error(`input dispatch is ${JSON.stringify(dispatch)}; it must be one of ${DISPATCH_POLICIES.join(', ')}`)
  }
  const event = readEvent(env.GITHUB_EVENT_PATH)
  return {
    mode: 'publish',
    path: core.getInput('path') || 'cim.yaml',
    failOnInvalid: booleanInput('fail-on-invalid', true),
    push: {
      repository: requiredEnv(env, 'GITHUB_REPOSITORY'),
      commit: requiredEnv(env, 'GITHUB_SHA'),
      ref: requiredEnv(env, 'GITHUB_REF'),
      timestamp: pushTime(event),
      runId: env.GITHUB_RUN_ID || undefined,
    },
    eventRepository: eventRepository(event),
    nats,
    subject: core.getInput('subject') || DEFAULT_SUBJECT,
    timeoutMs: secondsInput('timeout', DEFAULT_PUBLISH_TIMEOUT_SECONDS, 600) * 1000,
    dispatch: dispatch as DispatchPolicy,
    registryRepo: core.getInput('registry-repo') || undefined,
    dispatchToken: dispatchToken || undefined,
  }
}

function siteSettings(env: NodeJS.ProcessEnv): SiteSettings {
  const token = secretInput('token')
  return {
    mode: 'site',
    registry: siteRegistry(env, token),
    out: core.getInput('site-dir') || 'site',
    includePrivate: booleanInput('include-private', false),
    title: core.getInput('site-title') || undefined,
  }
}

/**
 * The `site-registry` input, or the registry that `update` committed: github:REPOSITORY/REGISTRY-DIR[@BRANCH],
 * read through the contents API, since update commits through the API and the job's checkout lacks that commit.
 * The token goes only to the GitHub API (a github: registry); a URL registry gets CIM_REGISTRY_TOKEN from the
 * environment, if any, never the GitHub token.
 */
function siteRegistry(env: NodeJS.ProcessEnv, token: string): RegistryClientOptions {
  const named = core.getInput('site-registry')
  const branch = core.getInput('branch')
  const spec =
    named ||
    `github:${fullName(registryRepository(env, 'site'))}/${core.getInput('registry-dir') || 'registry'}${branch ? `@${branch}` : ''}`
  return registryOptions(spec, { ...env, GITHUB_TOKEN: token || env.GITHUB_TOKEN })
}

/** The `repository` input (default: the repository running the workflow). */
function registryRepository(env: NodeJS.ProcessEnv, mode: Mode): RepositoryName {
  const text = core.getInput('repository') || (env.GITHUB_REPOSITORY ?? '')
  const repository = parseRepositoryName(text)
  if (!repository) {
    const what = text ? `is ${JSON.stringify(text)}` : 'is not set'
    throw new Error(`${mode} needs the registry repository: the \`repository\` input ${what}; it must be owner/name`)
  }
  return repository
}

const fullName = (repository: RepositoryName) => `${repository.owner}/${repository.repo}`

/** NATS settings from the inputs, with every secret masked first; null when no server is named. */
export function natsInputs(): NatsSettings | null {
  const input = (name: string) => core.getInput(name) || undefined
  const settings = {
    creds: input('nats-creds'),
    token: input('nats-token'),
    user: input('nats-user'),
    password: input('nats-password'),
    nkey: input('nats-nkey'),
    tlsCa: pemInput('nats-tls-ca'),
    tlsCert: pemInput('nats-tls-cert'),
    tlsKey: pemInput('nats-tls-key'),
  }
  for (const secret of secretsOf({ servers: [], ...settings })) mask(secret)
  const servers = core.getInput('nats-servers')
  return servers ? { servers: parseServers(servers), ...settings } : null
}

/** An input holding a secret: masked in the log before anything else can print it. */
function secretInput(name: string): string {
  const value = core.getInput(name)
  if (value) mask(value)
  return value
}

/** Masks a secret, and each line of a multi-line one (the runner matches masks line by line). */
function mask(secret: string): void {
  core.setSecret(secret)
  const lines = secret.split(/\r?\n/)
  if (lines.length > 1) for (const line of lines) if (line.trim().length >= 8) core.setSecret(line.trim())
}

/** A PEM input: its text, or the text of the file it names (e.g. written by an earlier step). */
function pemInput(name: string): string | undefined {
  const value = core.getInput(name)
  if (!value || value.includes('-----BEGIN')) return value || undefined
  try {
    return readFileSync(value, 'utf8')
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new Error(`input ${name} is neither PEM text nor a readable file: ${reason}`)
  }
}

/** A number of seconds, positive (and at most `max`), or `fallback` when the input is not set. */
function secondsInput(name: string, fallback: number, max?: number): number {
  const text = core.getInput(name)
  return text === ''
    ? fallback
    : parsePositiveNumber(text, `input ${name}`, { unit: 'seconds', ...(max ? { max } : {}) })
}

/** Like core.getBooleanInput, with a default for an input that is not set at all. */
function booleanInput(name: string, fallback: boolean): boolean {
  return core.getInput(name) === '' ? fallback : core.getBooleanInput(name)
}

/** The push's time: the head commit's timestamp from the push event, else now (e.g. a workflow_dispatch run). */
function pushTime(event: Record<string, unknown>): string {
  const headCommit = event.head_commit as { timestamp?: unknown } | undefined
  return typeof headCommit?.timestamp === 'string' ? headCommit.timestamp : new Date().toISOString()
}

function requiredEnv(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]
  if (!value) throw new Error(`${name} is not set; publish runs in a GitHub Actions workflow`)
  return value
}
