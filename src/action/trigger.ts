/**
 * What started the run, read from the event the runner hands over. A repository_dispatch payload is only a hint
 * (every run reconciles the whole organization): it is checked, named in the log, commit and changelog when valid,
 * and reported and ignored when not — never trusted.
 */
import { readFileSync } from 'node:fs'
import { isModuleName } from '../metadata/names.js'

export interface Trigger {
  /** For people: `repository_dispatch (cim-domain@1a2b3c4)`, `schedule`... */
  description: string
  /** Why a dispatch payload was ignored, when it was. */
  ignoredPayload?: string
  /** A push that changed nothing but the registry directory: the run has nothing to do. */
  registryOnlyPush: boolean
}

export function readTrigger(env: NodeJS.ProcessEnv, registryDir: string): Trigger {
  const eventName = env.GITHUB_EVENT_NAME ?? 'manual'
  const event = readEvent(env.GITHUB_EVENT_PATH)
  if (eventName === 'repository_dispatch') {
    const payload = (event as { client_payload?: unknown }).client_payload
    const problem = payloadProblem(payload)
    if (problem) return { description: 'repository_dispatch', ignoredPayload: problem, registryOnlyPush: false }
    const { module, commit } = payload as { module: string; commit: string }
    return { description: `repository_dispatch (${module}@${commit.slice(0, 7)})`, registryOnlyPush: false }
  }
  if (eventName === 'push') return { description: 'push', registryOnlyPush: touchesOnly(event, registryDir) }
  return { description: eventName, registryOnlyPush: false }
}

/** The event payload the runner wrote to GITHUB_EVENT_PATH; empty when there is none (a local run). */
export function readEvent(path: string | undefined): Record<string, unknown> {
  if (!path) return {}
  try {
    const event = JSON.parse(readFileSync(path, 'utf8'))
    return event && typeof event === 'object' ? event : {}
  } catch {
    return {}
  }
}

function payloadProblem(payload: unknown): string | undefined {
  if (!payload || typeof payload !== 'object') return 'client_payload is missing'
  const { module, commit } = payload as Record<string, unknown>
  if (typeof module !== 'string' || !isModuleName(module)) return 'client_payload.module is not a module name'
  if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit))
    return 'client_payload.commit is not a 40-hex commit SHA'
  return undefined
}

/** True when every commit of a push changed only files under `dir` (the action's own registry commits). */
function touchesOnly(event: Record<string, unknown>, dir: string): boolean {
  const commits = event.commits
  // GitHub lists at most 20 commits in a push event: a longer push may hold others, so it is never skipped.
  if (!Array.isArray(commits) || commits.length === 0 || commits.length >= 20) return false
  const prefix = `${dir.replace(/\/+$/, '')}/`
  return commits.every((commit: Record<string, unknown>) =>
    ['added', 'modified', 'removed'].every((key) =>
      ((commit[key] as string[] | undefined) ?? []).every((path) => path.startsWith(prefix)),
    ),
  )
}
