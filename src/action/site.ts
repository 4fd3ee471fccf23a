/**
 * mode: site: builds the catalog site for GitHub Pages (actions/upload-pages-artifact then actions/deploy-pages).
 * By default it reads the registry that `update` committed, through the contents API at the branch it committed
 * to: update commits through the API, so the job's checkout (if any) does not have that commit.
 */
import * as core from '@actions/core'
import type { RegistryClientOptions } from '../client/client.js'
import { registryOptions } from '../client/spec.js'
import { buildSiteFromRegistry } from '../modes/build-site.js'
import type { ActionInputs } from './inputs.js'

export async function site(inputs: ActionInputs): Promise<void> {
  const result = await buildSiteFromRegistry({
    registry: siteRegistry(inputs),
    out: inputs.siteDir,
    includePrivate: inputs.includePrivate,
    title: inputs.siteTitle || undefined,
  })
  for (const note of result.notes) core.notice(note)
  const hidden = result.hidden > 0 ? `, ${result.hidden} private left out` : ''
  core.info(`site of ${result.location}: ${result.modules} modules${hidden}; ${result.files} files (${Math.round(result.bytes / 1024)} kB) in ${inputs.siteDir}`)
  core.setOutput('site-dir', inputs.siteDir)
  core.setOutput('modules', String(result.modules))
}

/**
 * The `site-registry` input, or the registry repository on GitHub. The token goes only to the GitHub API (a
 * github: registry); a URL registry gets CIM_REGISTRY_TOKEN from the environment, if any, never the GitHub token.
 */
export function siteRegistry(inputs: ActionInputs, env: NodeJS.ProcessEnv = process.env): RegistryClientOptions {
  const { owner, repo } = inputs.repository
  const spec = inputs.siteRegistry || (owner && repo ? `github:${owner}/${repo}/${inputs.registryDir}${inputs.branch ? `@${inputs.branch}` : ''}` : '')
  if (!spec) throw new Error('site needs the registry: set `site-registry` (a directory, URL or github:OWNER/REPO/PATH) or `repository`')
  return registryOptions(spec, { ...env, GITHUB_TOKEN: inputs.token || env.GITHUB_TOKEN })
}
