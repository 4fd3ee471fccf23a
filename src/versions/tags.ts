/**
 * Version tags: `vX.Y.Z`, `X.Y.Z`, and `NAME-vX.Y.Z` (a workspace's per-crate tag, counted only for the module's
 * own name). Any other tag (`latest`, `release-2025`, a member crate's tag) is not a version of the module.
 */
import { cleanVersion } from '../metadata/semver.js'

export function tagVersion(tag: string, moduleName: string): string | null {
  const prefix = `${moduleName}-`
  const rest = tag.startsWith(prefix) ? tag.slice(prefix.length) : tag
  if (rest !== tag && !rest.startsWith('v')) return null
  if (!/^v?\d/.test(rest)) return null
  return cleanVersion(rest)
}
