/**
 * A "heavy" organization for the execution-time limit (graphql-execution.ts): every module has a large Cargo.toml
 * and many tags, so that a batch of 50 module reads runs past GitHub's 10 s, and a few modules have a README of
 * several megabytes (and no description, so that it is read), which no batch size can read in time.
 * Built by code, so that nothing large is committed.
 */
import { syntheticOrg } from './synthetic.js'
import type { OrgSnapshot } from './types.js'

export interface HeavyOrgOptions {
  /** Every n-th module has a README too large to read in time (default 50). */
  hugeEvery?: number
  /** Bytes of each module's Cargo.toml (default 150 KB). */
  manifestBytes?: number
  /** Tags per module (default 200). */
  tags?: number
}

export function heavyOrg(count: number, options: HeavyOrgOptions = {}): OrgSnapshot {
  const snapshot = syntheticOrg(count, { org: 'heavy-org' })
  const hugeEvery = options.hugeEvery ?? 50
  const padding = `# ${'dependency notes '.repeat(8)}\n`.repeat(Math.ceil((options.manifestBytes ?? 150_000) / 146))
  let modules = 0
  snapshot.repositories.forEach((repository) => {
    if (!repository.name.startsWith('cim-') || !repository.files?.['Cargo.toml']) return
    const i = modules++
    repository.files['Cargo.toml'] = `${repository.files['Cargo.toml']}\n${padding}`
    repository.tags = Array.from({ length: options.tags ?? 200 }, (_, k) => `v0.${Math.floor(k / 10)}.${k % 10}`)
    if (i % hugeEvery === 1) {
      repository.description = null
      repository.files['README.md'] = `# ${repository.name}\n\n${'A very long readme line.\n'.repeat(600_000)}`
    }
  })
  return snapshot
}
