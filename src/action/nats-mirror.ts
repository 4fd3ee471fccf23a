/**
 * update's NATS step in the action: with `nats-servers` set (and publish's connection inputs), mirror the registry
 * into the key-value bucket and announce the commit. A failure is a warning and `nats-mirror: failed`, never the
 * step's failure: the registry commit stands and the next run repairs the mirror.
 */
import * as core from '@actions/core'
import { describeMirror, mirrorAfterUpdate } from '../nats-registry/after-update.js'
import { DEFAULT_BUCKET, PRIVATE_POLICIES, type PrivatePolicy } from '../nats-registry/records.js'
import type { UpdatePlan } from '../registry/update.js'
import type { ActionInputs } from './inputs.js'
import { natsInputs } from './publish.js'

export async function mirrorToNats(inputs: ActionInputs, result: { plan: UpdatePlan; commitSha: string | null }): Promise<void> {
  const nats = inputs.dryRun ? null : natsInputs()
  const privatePolicy = (core.getInput('nats-private-modules') || 'bucket') as PrivatePolicy
  if (!PRIVATE_POLICIES.includes(privatePolicy)) {
    throw new Error(`input nats-private-modules is ${JSON.stringify(privatePolicy)}; it must be one of ${PRIVATE_POLICIES.join(', ')}`)
  }
  const replicas = Number(core.getInput('nats-replicas') || '1')
  if (![1, 3, 5].includes(replicas)) throw new Error('input nats-replicas must be 1, 3 or 5')
  const settings = nats && { nats, bucket: core.getInput('nats-bucket') || DEFAULT_BUCKET, privatePolicy, replicas }
  const outcome = await mirrorAfterUpdate(settings, result.plan, result.commitSha)
  core.setOutput('nats-mirror', outcome.status)
  if (outcome.status === 'failed') core.warning(describeMirror(outcome))
  else if (outcome.status === 'mirrored') core.info(describeMirror(outcome))
}
