/**
 * mode: publish: runs modes/publish-module with the settings read (and secrets masked) by settings.ts, and turns the
 * result into annotations on cim.yaml, outputs (`stream`, `seq`, `duplicate`, `dispatched`) and the step's outcome.
 */
import * as core from '@actions/core'
import { publishModule } from '../modes/publish-module.js'
import { annotate } from './annotations.js'
import type { PublishSettings } from './settings.js'

export async function publish(settings: PublishSettings): Promise<void> {
  const { push } = settings
  const result = await publishModule({
    path: settings.path,
    repository: push.repository,
    commit: push.commit,
    ref: push.ref,
    timestamp: push.timestamp,
    ...(push.runId ? { runId: push.runId } : {}),
    nats: settings.nats,
    subject: settings.subject,
    timeoutMs: settings.timeoutMs,
    dispatch: settings.dispatch,
    registryRepo: settings.registryRepo,
    dispatchToken: settings.dispatchToken,
    log: (message) => core.info(message),
    eventRepository: settings.eventRepository,
  })

  for (const problem of result.problems) annotate(problem)
  if (!result.cimYamlFound) {
    core.notice(`no ${settings.path}: the event names the repository, with the version from its manifests`)
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
    if (settings.failOnInvalid) core.setFailed(message)
    else core.warning(message)
  }
}
