/**
 * update's NATS step in the action: mirror the registry into the key-value bucket and announce the commit. A failure
 * is a warning and `nats-mirror: failed`, never the step's failure: the registry commit stands and the next run
 * repairs the mirror.
 */
import * as core from '@actions/core'
import { describeMirror, mirrorAfterUpdate, type RegistryMirrorSettings } from '../nats-registry/after-update.js'
import type { UpdatePlan } from '../registry/update.js'

export async function mirrorToNats(
  settings: RegistryMirrorSettings | null,
  result: { plan: UpdatePlan; commitSha: string | null },
): Promise<void> {
  const outcome = await mirrorAfterUpdate(settings, result.plan, result.commitSha)
  core.setOutput('nats-mirror', outcome.status)
  if (outcome.status === 'failed') core.warning(describeMirror(outcome))
  else if (outcome.status === 'mirrored') core.info(describeMirror(outcome))
}
