/**
 * The site generator: registry data in, files out (path inside the site -> content). Pure apart from the layout
 * library's work: no clock, no environment, no file system, and every list in a fixed order, so that the same
 * registry always gives the same bytes.
 */
import { compareStrings } from '../util/order.js'
import { modulePath } from './html.js'
import { siteView, type SiteInput } from './model.js'
import { catalogPages } from './pages/catalog.js'
import { changelogPages } from './pages/changelog.js'
import { graphModules, graphPage, layoutGraph } from './pages/graph.js'
import { healthPage } from './pages/health.js'
import { modulePage } from './pages/module.js'
import { catalogData, searchIndex } from './search-data.js'

/** The site's static files, which the generator copies as they are: the stylesheet, the script, MiniSearch and
 *  its license (MIT: the notice goes with every copy). */
export type SiteAssets = Record<'site.css' | 'site.js' | 'minisearch.js' | 'minisearch.LICENSE.txt', string>

export type SiteFiles = Map<string, string>

export async function buildSite(input: SiteInput, assets: SiteAssets): Promise<SiteFiles> {
  const view = siteView(input)
  const files: SiteFiles = new Map()
  for (const [path, content] of catalogPages(view)) files.set(path, content)
  for (const module of view.modules) files.set(modulePath(module.name), modulePage(view, module))
  files.set('graph.html', graphPage(view, await layoutGraph(graphModules(view.modules))))
  files.set('health.html', healthPage(view))
  for (const [path, content] of changelogPages(view)) files.set(path, content)
  files.set('data/catalog.json', JSON.stringify(catalogData(view.modules)))
  files.set('data/search-index.json', JSON.stringify(searchIndex(view.modules)))
  for (const [name, content] of Object.entries(assets)) files.set(`assets/${name}`, content)
  // GitHub Pages runs Jekyll on a branch deployment unless this file exists; the site is already built.
  files.set('.nojekyll', '')
  return new Map([...files].sort(([a], [b]) => compareStrings(a, b)))
}
