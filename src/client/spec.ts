/**
 * A registry named in one string, as `--registry` and CIM_REGISTRY take it: an http(s) URL, `github:OWNER/REPO`
 * (optionally `/PATH` to the registry folder and `@REF`), or a directory. Tokens come from the environment only,
 * so that they never appear on a command line or in a shell history.
 */
import type { RegistryClientOptions } from './client.js'

const GITHUB_SPEC = /^github:([^/@\s]+)\/([^/@\s]+)(?:\/([^@\s]*))?(?:@(\S+))?$/

export const REGISTRY_SPEC_HELP =
  'an http(s) URL of the registry folder, github:OWNER/REPO[/PATH][@REF], or a directory'

/**
 * The client options for `spec`. A URL gets CIM_REGISTRY_TOKEN; `github:` gets CIM_REGISTRY_TOKEN or GITHUB_TOKEN
 * and the API at GITHUB_API_URL (default https://api.github.com).
 */
export function registryOptions(spec: string, env: NodeJS.ProcessEnv = process.env): RegistryClientOptions {
  const token = env.CIM_REGISTRY_TOKEN || undefined
  if (/^https?:\/\//i.test(spec)) return { url: spec, token }
  if (spec.startsWith('github:')) {
    const match = GITHUB_SPEC.exec(spec)
    if (!match) throw new TypeError(`${JSON.stringify(spec)} is not github:OWNER/REPO[/PATH][@REF]`)
    const [, owner, repo, path, ref] = match
    return {
      github: { owner: owner!, repo: repo!, path: path || undefined, ref, apiUrl: env.GITHUB_API_URL || undefined },
      token: token ?? (env.GITHUB_TOKEN || undefined),
    }
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec))
    throw new TypeError(`${JSON.stringify(spec)}: only http and https URLs are supported`)
  return { directory: spec }
}
