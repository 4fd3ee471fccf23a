/** `site`: read a registry, build the catalog site, write it into a folder. Shared by the CLI and the action. */
import type { RegistryClientOptions } from '../client/client.js'
import { readSiteAssets } from '../site/assets.js'
import { buildSite } from '../site/build.js'
import { readSiteInput } from '../site/read.js'
import { writeSite } from '../site/write.js'

export interface SiteOptions {
  registry: RegistryClientOptions
  out: string
  includePrivate?: boolean
  title?: string
}

export interface SiteResult {
  /** Where the registry was read. */
  location: string
  files: number
  bytes: number
  /** The modules shown, and those left out (private). */
  modules: number
  hidden: number
  /** What was left out and why (e.g. the version history of a large registry read over the network). */
  notes: string[]
}

export async function buildSiteFromRegistry(options: SiteOptions): Promise<SiteResult> {
  const { input, location, notes } = await readSiteInput(options.registry, { includePrivate: options.includePrivate })
  const files = await buildSite(
    { ...input, includePrivate: options.includePrivate, title: options.title },
    readSiteAssets(),
  )
  await writeSite(options.out, files)
  const all = Object.values(input.modules.modules)
  const hidden = options.includePrivate ? 0 : all.filter((module) => module.visibility === 'private').length
  return {
    location,
    files: files.size,
    bytes: [...files.values()].reduce((sum, content) => sum + Buffer.byteLength(content), 0),
    modules: all.length - hidden,
    hidden,
    notes,
  }
}
