/**
 * Known inaccuracies of GitHub's OpenAPI description that the strict contract would otherwise report against
 * responses GitHub really sends. The list is short on purpose: anything else the validator rejects is a bug in the
 * fake. GitHub tracks such bugs as "[Schema Inaccuracy]" issues in github/rest-api-description.
 */
import type { ErrorObject } from 'ajv'

interface Inaccuracy {
  /** The operation, or every operation. */
  operation?: string
  /** The property, as the end of the error's instance path. */
  path: RegExp
  keyword: string
  why: string
}

export const SPEC_INACCURACIES: readonly Inaccuracy[] = [
  {
    path: /\/homepage$/,
    keyword: 'format',
    why:
      'Repository objects declare `homepage` as `format: uri`, but it is whatever the owner typed in the settings: ' +
      'GitHub returns "" once a homepage is cleared, and bare host names such as "example.com".',
  },
]

export function isAllowedInaccuracy(operationId: string, error: ErrorObject): boolean {
  return SPEC_INACCURACIES.some(
    (entry) =>
      (!entry.operation || entry.operation === operationId) &&
      entry.keyword === error.keyword &&
      entry.path.test(error.instancePath),
  )
}
