/** The registry's health: totals, whether the last update saw everything, registry problems, modules with problems. */
import { HEALTHS, MODULE_TYPES, VISIBILITIES } from '../../format/types.js'
import { html, healthBadge, modulePath, page, relative } from '../html.js'
import type { SiteView } from '../model.js'
import { problemLine, problemList } from './module.js'

export function healthPage(view: SiteView): string {
  const path = 'health.html'
  const { totals } = view
  const table = (caption: string, counts: Record<string, number>, keys: readonly string[]) =>
    html`<table class="totals"><caption>${caption}</caption><tbody>${keys.map((key) => html`<tr><th scope="row">${key}</th><td>${counts[key] ?? 0}</td></tr>`)}</tbody></table>`
  const withProblems = view.modules.filter((module) => module.health !== 'ok')
  const body = html`<h1>Registry health</h1>
<p class="lead">${totals.modules} modules: ${totals.byHealth.ok} ok, ${totals.byHealth.warning} with warnings, ${totals.byHealth.error} with errors.</p>
${view.completeView ? '' : html`<p class="notice">The last update could not see every repository (a token that cannot read private repositories, or a failed read): some entries may be out of date.</p>`}
<div class="totals-grid">
${table('By health', totals.byHealth, HEALTHS)}
${table('By type', totals.byType, MODULE_TYPES)}
${view.includePrivate ? table('By visibility', totals.byVisibility, VISIBILITIES) : ''}
</div>
<section aria-labelledby="registry-problems"><h2 id="registry-problems">Registry problems</h2>
${
  view.problems.length === 0
    ? html`<p>None.</p>`
    : html`<ul class="problems">${view.problems.map((problem) => html`<li>${problemLine({ repository: null, last_commit: null }, problem)}</li>`)}</ul>`
}
${view.hiddenProblems > 0 ? html`<p class="muted">And ${view.hiddenProblems} that name private modules or repositories that are not registered, not shown on this site.</p>` : ''}
</section>
<section aria-labelledby="module-problems"><h2 id="module-problems">Modules with problems</h2>
${
  withProblems.length === 0
    ? html`<p>None.</p>`
    : withProblems.map(
        (
          module,
        ) => html`<h3><a href="${relative(path, modulePath(module.name))}">${module.name}</a> ${healthBadge(module.health)}</h3>
${problemList(module)}\n`,
      )
}
</section>
<p class="muted">Registry hash <code>${view.registryHash}</code></p>`
  return page({ path, title: 'Health', siteTitle: view.title, body })
}
