/**
 * Who is asking: the token of a request, resolved to what it may see and do. The token itself is never kept or
 * printed; rate limits are counted under a digest of it.
 */
import { createHash } from 'node:crypto'
import type { TokenGrant } from './types.js'

/** GitHub's words for a token not authorized for an organization's SAML SSO (REST 403 and GraphQL FORBIDDEN); see
 *  https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api#personal-access-tokens-and-saml-sso. */
export const SAML_MESSAGE =
  'Resource protected by organization SAML enforcement. You must grant your Personal Access token access to this organization.'

export interface Access {
  canSeePrivate: boolean
  canWrite: boolean
  ssoBlocked: boolean
  /** A digest of the token, to count its rate limits under. */
  key: string
}

export type AccessResult = { ok: true; access: Access } | { ok: false; reason: 'missing' | 'invalid' }

/** `Authorization: token X` or `bearer X`, as Octokit and the Actions toolkit send it. */
export function resolveAccess(
  authorization: string | undefined,
  tokens: Record<string, TokenGrant> | undefined,
): AccessResult {
  const match = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization?.trim() ?? '')
  if (!match) return { ok: false, reason: authorization ? 'invalid' : 'missing' }
  const token = match[1]!
  const grant = tokens ? tokens[token] : {}
  if (!grant) return { ok: false, reason: 'invalid' }
  return {
    ok: true,
    access: {
      canSeePrivate: grant.canSeePrivate ?? true,
      canWrite: grant.canWrite ?? true,
      ssoBlocked: grant.ssoBlocked ?? false,
      key: createHash('sha256').update(token).digest('hex').slice(0, 16),
    },
  }
}
