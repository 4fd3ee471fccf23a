/**
 * The update's NATS step: after a successful run (a commit, or a no-op run that still repairs a drifted bucket),
 * mirror the registry and announce the commit. NATS never fails the run: whatever goes wrong comes back as a
 * `failed` outcome with a reason, which the action turns into a warning and an output; the next run repairs.
 */
import type { UpdatePlan } from '../registry/update.js'
import { closeConnection, openNats, type NatsSettings } from './connect.js'
import { mirrorRegistry, type MirrorReport } from './mirror.js'
import type { PrivatePolicy } from './records.js'

export interface RegistryMirrorSettings {
  nats: NatsSettings
  bucket?: string
  privatePolicy?: PrivatePolicy
  replicas?: number
  /** The whole step's budget: connecting, writing, announcing (default 60 s). */
  timeoutMs?: number
}

export type MirrorOutcome =
  { status: 'skipped' } | { status: 'mirrored'; report: MirrorReport; ms: number } | { status: 'failed'; error: string }

export async function mirrorAfterUpdate(
  settings: RegistryMirrorSettings | null | undefined,
  plan: UpdatePlan,
  commitSha: string | null,
): Promise<MirrorOutcome> {
  if (!settings) return { status: 'skipped' }
  const started = Date.now()
  const budget = settings.timeoutMs ?? 60_000
  let timer: NodeJS.Timeout | undefined
  const nc = await openNats(settings.nats, 'cim-registry-update', 'run', Math.min(budget, 10_000)).catch(
    (error: Error) => error,
  )
  if (nc instanceof Error) return { status: 'failed', error: nc.message }
  try {
    const changes = plan.changes
    const mirror = mirrorRegistry(
      nc,
      plan.registry,
      { registry_hash: plan.registryHash, commit: commitSha },
      {
        bucket: settings.bucket,
        privatePolicy: settings.privatePolicy,
        replicas: settings.replicas,
        previousHash: plan.previousHash,
        changed: [...changes.added, ...changes.removed, ...changes.updated.keys()],
      },
    )
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the NATS mirror did not finish within ${budget / 1000}s`)), budget)
    })
    const report = await Promise.race([mirror, timeout])
    return { status: 'mirrored', report, ms: Date.now() - started }
  } catch (error) {
    return { status: 'failed', error: `mirroring the registry to NATS failed: ${(error as Error).message}` }
  } finally {
    clearTimeout(timer)
    await closeConnection(nc)
  }
}

/** One line for the log. */
export function describeMirror(outcome: MirrorOutcome): string {
  switch (outcome.status) {
    case 'skipped':
      return 'NATS mirror: no NATS servers given'
    case 'failed':
      return `NATS mirror failed (the registry commit stands; the next run repairs the mirror): ${outcome.error}`
    case 'mirrored':
      return outcome.report.buckets
        .map(
          (b) =>
            `NATS mirror ${b.bucket}: ${b.put} keys written, ${b.deleted} deleted${b.event ? `, announced ${b.event.counts.added} added, ${b.event.counts.removed} removed, ${b.event.counts.updated} updated` : ''}`,
        )
        .join('; ')
        .concat(` (${outcome.ms} ms)`)
  }
}
