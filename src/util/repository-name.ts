/** `owner/name` of a GitHub repository, split and checked once, in one place. */

export interface RepositoryName {
  owner: string
  repo: string
}

/**
 * GitHub's rules: an owner is 1 to 39 letters, digits and hyphens, starting with a letter or digit; a repository
 * name is 1 to 100 letters, digits, `.`, `_` and `-`, and never `.` or `..`.
 */
const FULL_NAME = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/

/** `owner/name` split in two; null unless both parts are valid GitHub names. */
export function parseRepositoryName(fullName: string): RepositoryName | null {
  const match = FULL_NAME.exec(fullName)
  if (!match || match[2] === '.' || match[2] === '..') return null
  return { owner: match[1]!, repo: match[2]! }
}

/** `owner/name` split in two, or an Error that names `what` and says what is wrong. */
export function requireRepositoryName(fullName: string, what: string): RepositoryName {
  const name = parseRepositoryName(fullName)
  if (!name) throw new Error(`${what} ${JSON.stringify(fullName)} is not owner/name`)
  return name
}
