/**
 * The action's publish mode: reads its inputs (masking every secret before anything else happens), runs
 * modes/publish, and turns the result into annotations on cim.yaml, outputs (`stream`, `seq`, `duplicate`,
 * `dispatched`) and the step's outcome.
 */
import * as core from '@actions/core'
import { readFileSync } from 'node:fs'
import { parseServers, secretsOf, type NatsSettings } from '../events/connection.js'
import { DEFAULT_SUBJECT } from '../events/event.js'
import { DISPATCH_POLICIES, publishModule, type DispatchPolicy } from '../modes/publish.js'
import { annotate } from './annotations.js'
import { booleanInput } from './inputs.js'
import { readEvent } from './trigger.js'

const DEFAULT_TIMEOUT_SECONDS = 30

export async function publish(): Promise<void> {
  const nats = natsInputs()
  const dispatchToken = core.getInput('dispatch-token')
  if (dispatchToken) core.setSecret(dispatchToken)
  const dispatch = (core.getInput('dispatch') || 'fallback') as DispatchPolicy
  if (!DISPATCH_POLICIES.includes(dispatch)) {
    throw new Error(`input dispatch is ${JSON.stringify(dispatch)}; it must be one of ${DISPATCH_POLICIES.join(', ')}`)
  }
  const timeout = Number(core.getInput('timeout') || DEFAULT_TIMEOUT_SECONDS)
  if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600) {
    throw new Error('input timeout must be a number of seconds between 0 and 600')
  }
  const failOnInvalid = booleanInput('fail-on-invalid', true)
  const repository = requiredEnv('GITHUB_REPOSITORY')

  const result = await publishModule({
    path: core.getInput('path') || 'cim.yaml',
    repository,
    commit: requiredEnv('GITHUB_SHA'),
    ref: requiredEnv('GITHUB_REF'),
    timestamp: pushTime(),
    nats,
    subject: core.getInput('subject') || DEFAULT_SUBJECT,
    timeoutMs: timeout * 1000,
    dispatch,
    registryRepo: core.getInput('registry-repo') || undefined,
    dispatchToken: dispatchToken || undefined,
    log: (message) => core.info(message),
  })

  for (const problem of result.problems) annotate(problem)
  if (!result.cimYamlFound) {
    core.notice(`no ${core.getInput('path') || 'cim.yaml'}: the event names the repository, with the version from its manifests`)
  }
  core.setOutput('stream', result.ack?.stream ?? '')
  core.setOutput('seq', result.ack ? String(result.ack.seq) : '')
  core.setOutput('duplicate', String(result.ack?.duplicate ?? false))
  core.setOutput('dispatched', String(result.dispatched))

  if (result.natsError !== null) {
    if (result.dispatched) core.warning(`${result.natsError}; sent the repository_dispatch directly instead`)
    else {
      const fallback = result.dispatchError ? `; the fallback dispatch failed too: ${result.dispatchError}` : ''
      return core.setFailed(`${result.natsError}${fallback}`)
    }
  } else if (result.dispatchError !== null) {
    return core.setFailed(`published to NATS, but the repository_dispatch failed: ${result.dispatchError}`)
  }
  if (!result.valid) {
    const message = `${result.problems.find((problem) => problem.file)?.file ?? 'cim.yaml'} is not a valid cim.yaml`
    if (failOnInvalid) core.setFailed(message)
    else core.warning(message)
  }
}

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

/** Masks a secret, and each line of a multi-line one (the runner matches masks line by line). */
function mask(secret: string): void {
  core.setSecret(secret)
  for (const line of secret.split(/\r?\n/)) if (line.trim().length >= 8) core.setSecret(line.trim())
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

/** The push's time: the head commit's timestamp from the push event, else now (e.g. a workflow_dispatch run). */
function pushTime(): string {
  const headCommit = readEvent(process.env.GITHUB_EVENT_PATH).head_commit as { timestamp?: unknown } | undefined
  return typeof headCommit?.timestamp === 'string' ? headCommit.timestamp : new Date().toISOString()
}

function requiredEnv(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set; publish runs in a GitHub Actions workflow`)
  return value
}
