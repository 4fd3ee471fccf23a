/**
 * Finds the site's static files: the stylesheet and script of src/site/assets/, and MiniSearch's browser build.
 * From the sources (tests, the benchmark) they are read where they are; the bundles (dist/programs/, dist/lib/)
 * find the copies that scripts/bundle.mjs puts in dist/site-assets/, one level up.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SiteAssets } from './build.js'

/** The folder scripts/bundle.mjs copies the assets into, beside the bundles. */
export const BUNDLED_ASSETS_DIR = 'site-assets'
/** MiniSearch's browser build (UMD: it defines the global MiniSearch that site.js uses). */
const MINISEARCH_BROWSER_BUILD = 'minisearch/dist/umd/index.js'
const MINISEARCH_LICENSE = 'minisearch/LICENSE.txt'

export function readSiteAssets(from: string = dirname(fileURLToPath(import.meta.url))): SiteAssets {
  const bundled = [join(from, BUNDLED_ASSETS_DIR), join(from, '..', BUNDLED_ASSETS_DIR)].find((dir) =>
    existsSync(join(dir, 'site.js')),
  )
  const files = bundled
    ? {
        css: join(bundled, 'site.css'),
        js: join(bundled, 'site.js'),
        minisearch: join(bundled, 'minisearch.js'),
        license: join(bundled, 'minisearch.LICENSE.txt'),
      }
    : {
        css: join(from, 'assets', 'site.css'),
        js: join(from, 'assets', 'site.js'),
        minisearch: findPackageFile(from, MINISEARCH_BROWSER_BUILD),
        license: findPackageFile(from, MINISEARCH_LICENSE),
      }
  try {
    return {
      'site.css': readFileSync(files.css, 'utf8'),
      'site.js': readFileSync(files.js, 'utf8'),
      'minisearch.js': readFileSync(files.minisearch, 'utf8'),
      'minisearch.LICENSE.txt': readFileSync(files.license, 'utf8'),
    }
  } catch (error) {
    throw new Error(
      `the site's static files are missing (${(error as Error).message}); rebuild the bundle with scripts/bundle.mjs`,
    )
  }
}

/** `node_modules/<file>` in the nearest folder up from `dir` that has it. */
function findPackageFile(dir: string, file: string): string {
  for (let current = dir; ; current = dirname(current)) {
    const candidate = join(current, 'node_modules', file)
    if (existsSync(candidate)) return candidate
    if (dirname(current) === current) return join(dir, 'node_modules', file)
  }
}
