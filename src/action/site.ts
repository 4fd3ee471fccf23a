/**
 * mode: site: builds the catalog site for GitHub Pages (actions/upload-pages-artifact then actions/deploy-pages).
 * By default it reads the registry that `update` committed, through the contents API at the branch it committed
 * to: update commits through the API, so the job's checkout (if any) does not have that commit.
 */
import * as core from '@actions/core'
import { buildSiteFromRegistry } from '../modes/build-site.js'
import type { SiteSettings } from './settings.js'

export async function site(settings: SiteSettings): Promise<void> {
  const result = await buildSiteFromRegistry({
    registry: settings.registry,
    out: settings.out,
    includePrivate: settings.includePrivate,
    title: settings.title,
  })
  for (const note of result.notes) core.notice(note)
  const hidden = result.hidden > 0 ? `, ${result.hidden} private left out` : ''
  core.info(
    `site of ${result.location}: ${result.modules} modules${hidden}; ${result.files} files (${Math.round(result.bytes / 1024)} kB) in ${settings.out}`,
  )
  core.setOutput('site-dir', settings.out)
  core.setOutput('modules', String(result.modules))
}
