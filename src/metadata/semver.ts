/** Versions and ranges, read with the `semver` package (npm's semver rules; prereleases as semver defines them). */
import semver from 'semver'

/** The canonical form of a version, or null when it is not semver. Tags may carry a leading `v`. */
export function cleanVersion(text: string): string | null {
  return semver.valid(text.trim().replace(/^v(?=\d)/, ''))
}

export function isVersion(text: string): boolean {
  return semver.valid(text) !== null && semver.valid(text) === text
}

export function isRange(text: string): boolean {
  return text.trim().length > 0 && semver.validRange(text) !== null
}

/** The highest semver tag, or null when no tag is a version. */
export function highestTagVersion(tags: readonly string[]): string | null {
  const versions = tags.map(cleanVersion).filter((version): version is string => version !== null)
  return versions.length === 0 ? null : semver.rsort(versions)[0]!
}

/**
 * A Cargo version requirement as a semver range: Cargo reads a bare `0.3.0` as `^0.3.0` and separates
 * comparators with commas, where npm's semver reads a bare version as exact and separates with spaces.
 */
export function cargoRequirementToRange(requirement: string): string | null {
  const comparators = requirement
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => (/^\d/.test(part) ? `^${part}` : part))
  const range = comparators.join(' ')
  return isRange(range) ? range : null
}

/** Does `version` satisfy `range`? Prereleases count when the range names the same major.minor.patch. */
export function satisfiesRange(version: string, range: string): boolean {
  return semver.satisfies(version, range)
}
