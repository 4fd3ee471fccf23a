/**
 * The catalog: every shown module in pages of CATALOG_PAGE_SIZE rows, each page plain HTML (readable without
 * JavaScript, and small at any registry size). The search and filter form is in every page but hidden; site.js
 * shows it, and answers it from the data files over the whole registry.
 */
import { html, healthBadge, Html, modulePath, page, relative } from '../html.js'
import type { SiteModule, SiteView } from '../model.js'
import { HEALTHS, MODULE_TYPES, VISIBILITIES } from '../../format/types.js'

export const CATALOG_PAGE_SIZE = 100

/** The path of catalog page `n` (1-based): the first is the site's index. */
export function catalogPath(n: number): string {
  return n === 1 ? 'index.html' : `page-${n}.html`
}

export function catalogPages(view: SiteView): Map<string, string> {
  const pages = new Map<string, string>()
  const count = Math.max(1, Math.ceil(view.modules.length / CATALOG_PAGE_SIZE))
  for (let n = 1; n <= count; n++) {
    const rows = view.modules.slice((n - 1) * CATALOG_PAGE_SIZE, n * CATALOG_PAGE_SIZE)
    pages.set(catalogPath(n), catalogPage(view, n, count, rows))
  }
  return pages
}

function catalogPage(view: SiteView, n: number, count: number, modules: SiteModule[]): string {
  const path = catalogPath(n)
  const first = (n - 1) * CATALOG_PAGE_SIZE + 1
  const range =
    modules.length === 0 ? 'no module' : `modules ${first}–${first + modules.length - 1} of ${view.modules.length}`
  const body = html`<h1>Modules</h1>
<p class="lead">${view.modules.length} module${view.modules.length === 1 ? '' : 's'}${view.includePrivate ? '' : ', private ones not shown'}.</p>
${filterForm(view, path)}
<p id="result-count" class="result-count" role="status" aria-live="polite">${range}</p>
<div class="table-wrap">
<table class="catalog" id="catalog" data-catalog="${relative(path, 'data/catalog.json')}" data-index="${relative(path, 'data/search-index.json')}" data-modules="${relative(path, 'modules/')}">
<caption class="visually-hidden">Registered modules</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Version</th><th scope="col">Health</th><th scope="col">Category</th><th scope="col">Status</th>${view.includePrivate ? html`<th scope="col">Visibility</th>` : ''}<th scope="col">Description</th></tr></thead>
<tbody id="catalog-rows">
${modules.map((module) => catalogRow(view, path, module))}
</tbody>
</table>
</div>
<p><button type="button" id="show-more" class="show-more" hidden>Show more</button></p>
${pageNav(n, count)}`
  return page({
    path,
    title: n === 1 ? 'Modules' : `Modules, page ${n}`,
    siteTitle: view.title,
    body,
    scripts: ['assets/minisearch.js', 'assets/site.js'],
  })
}

function catalogRow(view: SiteView, path: string, module: SiteModule): Html {
  return html`<tr><td><a href="${relative(path, modulePath(module.name))}">${module.name}</a></td><td>${module.type}</td><td>${module.version ?? '–'}</td><td>${healthBadge(module.health)}</td><td>${module.category ?? '–'}</td><td>${module.status ?? '–'}</td>${view.includePrivate ? html`<td>${module.visibility}</td>` : ''}<td>${module.description ?? ''}</td></tr>\n`
}

function filterForm(view: SiteView, path: string): Html {
  const select = (name: string, label: string, values: readonly string[]) =>
    html`<div class="field"><label for="filter-${name}">${label}</label><select id="filter-${name}" name="${name}"><option value="">any</option>${values.map((value) => html`<option>${value}</option>`)}</select></div>`
  return html`<form id="filters" class="filters" role="search" action="${relative(path, 'index.html')}" hidden>
<div class="field field-search"><label for="filter-q">Search</label><input type="search" id="filter-q" name="q" autocomplete="off" placeholder="name, description, category, topic"></div>
${select('type', 'Type', MODULE_TYPES)}
${view.includePrivate ? select('visibility', 'Visibility', VISIBILITIES) : ''}
${select('health', 'Health', HEALTHS)}
${select('category', 'Category', view.categories)}
${select('status', 'Status', view.statuses)}
<div class="field field-reset"><button type="reset" id="filter-reset">Clear</button></div>
</form>`
}

/** Links to the first, previous, nearby, next and last pages. */
function pageNav(n: number, count: number): Html | '' {
  if (count === 1) return ''
  const shown = [...new Set([1, n - 2, n - 1, n, n + 1, n + 2, count])]
    .filter((k) => k >= 1 && k <= count)
    .sort((a, b) => a - b)
  const items: Html[] = []
  if (n > 1) items.push(html`<li><a href="${catalogPath(n - 1)}" rel="prev">Previous</a></li>`)
  let last = 0
  for (const k of shown) {
    if (k > last + 1) items.push(html`<li aria-hidden="true">…</li>`)
    items.push(
      k === n
        ? html`<li><a href="${catalogPath(k)}" aria-current="page">${k}</a></li>`
        : html`<li><a href="${catalogPath(k)}">${k}</a></li>`,
    )
    last = k
  }
  if (n < count) items.push(html`<li><a href="${catalogPath(n + 1)}" rel="next">Next</a></li>`)
  return html`<nav class="pages" id="catalog-pages" aria-label="Catalog pages"><ul>${items}</ul></nav>`
}
