/**
 * One page per module: its metadata with where each field came from, its problems at file:line:col (linked to the
 * file in the repository), its dependencies and dependents, and its version history when the registry records one.
 */
import type { DependencyLink } from '../../client/model.js'
import { FIELD_NAMES, type FieldName, type FieldOrigin, type Problem } from '../../format/types.js'
import { html, healthBadge, Html, modulePath, page, relative, safeUrl } from '../html.js'
import type { SiteModule, SiteView, VersionHistoryEntry } from '../model.js'

const ORIGIN_TEXT: Record<FieldOrigin, string> = {
  declared: 'cim.yaml',
  inferred: 'inferred from the manifests',
  carried: 'kept from the hand-written registry',
  topic: 'a GitHub topic',
}

export function modulePage(view: SiteView, module: SiteModule): string {
  const path = modulePath(module.name)
  const repository = safeUrl(module.repository)
  const body = html`<h1>${module.name}</h1>
<p class="lead">${module.description ?? 'No description.'}</p>
<p class="module-links">${healthBadge(module.health)} ${repository ? html`<a href="${repository}">Repository</a>` : ''}${
    repository && module.metadata === 'declared' ? html` · <a href="${fileUrl(module, 'cim.yaml')}">cim.yaml</a>` : ''
  } · <a href="${relative(path, `graph.html#${module.name}`)}">Show in the dependency graph</a></p>
${module.moduleStatus?.stale ? html`<p class="notice">The last update could not read this repository: ${module.moduleStatus.stale}. The entry is the one read before.</p>` : ''}
<section aria-labelledby="metadata"><h2 id="metadata">Metadata</h2>
${metadataTable(module)}
</section>
<section aria-labelledby="problems"><h2 id="problems">Problems</h2>
${problemList(module)}
</section>
<section aria-labelledby="dependencies"><h2 id="dependencies">Dependencies</h2>
${linkTable(view, path, module.dependencyLinks, 'to', `${module.name} depends on no module`, module.hiddenDependencies)}
</section>
<section aria-labelledby="dependents"><h2 id="dependents">Dependents</h2>
${linkTable(view, path, module.dependentLinks, 'from', `No module depends on ${module.name}`, module.hiddenDependents)}
</section>
${module.history ? versionHistorySection(module.history) : ''}`
  return page({ path, title: module.name, siteTitle: view.title, body })
}

function metadataTable(module: SiteModule): Html {
  const origins = module.moduleStatus?.origins ?? {}
  const fieldValue = (field: FieldName) => {
    const value = module[field]
    return value === null || value === undefined || value === '' ? null : String(value)
  }
  const repository = safeUrl(module.repository)
  const commit = module.last_commit
  const rows: [string, Html | string | null, string][] = [
    ...FIELD_NAMES.map((field): [string, string | null, string] => [
      field,
      fieldValue(field),
      fieldValue(field) === null ? '' : ORIGIN_TEXT[origins[field] ?? module.metadata],
    ]),
    ['visibility', module.visibility, origins.visibility === 'topic' ? 'the cim-private topic' : 'GitHub'],
    ['topics', module.topics.join(', ') || null, 'GitHub'],
    ['archived', module.archived ? 'yes' : null, 'GitHub'],
    [
      'last commit',
      commit
        ? repository
          ? html`<a href="${repository}/commit/${commit}"><code>${commit.slice(0, 7)}</code></a>`
          : commit.slice(0, 7)
        : null,
      'GitHub',
    ],
    ['last updated', module.last_updated, 'GitHub'],
    ['metadata', module.metadata === 'declared' ? 'declared in cim.yaml' : 'inferred: no valid cim.yaml', ''],
  ]
  return html`<table class="fields"><caption class="visually-hidden">Metadata of ${module.name}</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">From</th></tr></thead>
<tbody>
${rows.map(([field, value, origin]) => html`<tr><th scope="row">${field}</th><td>${value ?? '–'}</td><td>${value === null ? '' : origin}</td></tr>\n`)}
</tbody></table>`
}

/** The module's problems; those that name a private module are counted, so that a health of error or warning is
 *  never left without its reason. */
export function problemList(module: SiteModule): Html {
  const problems = module.moduleStatus?.problems ?? []
  const hidden = module.hiddenProblems
  const note =
    hidden === 0
      ? ''
      : html`<p class="muted">${hidden} problem${hidden === 1 ? '' : 's'}${problems.length > 0 ? ' more' : ''} about private modules, not shown on this site.</p>`
  if (problems.length === 0) return hidden === 0 ? html`<p>None.</p>` : html`${note}`
  return html`<ul class="problems">${problems.map((problem) => html`<li>${problemLine(module, problem)}</li>`)}</ul>${note}`
}

/** `level code: message`, after the place (file:line:col, linked to the line in the repository) when known. */
export function problemLine(module: { repository: string | null; last_commit: string | null }, problem: Problem): Html {
  const where = problem.file
    ? [problem.file, problem.line, problem.col].filter((part) => part !== undefined).join(':')
    : ''
  const url = problem.file ? fileUrl(module, problem.file, problem.line) : null
  const place = where ? (url ? html`<a href="${url}"><code>${where}</code></a>: ` : html`<code>${where}</code>: `) : ''
  return html`${place}<span class="level level-${problem.level}">${problem.level}</span> <code>${problem.code}</code> ${problem.message}`
}

/** The file on GitHub at the module's last known commit (or its default branch), with the line anchor. */
function fileUrl(
  module: { repository: string | null; last_commit: string | null },
  file: string,
  line?: number,
): string | null {
  const repository = safeUrl(module.repository)
  if (!repository || !/^https:\/\/[^/]+\/[^/]+\/[^/]+$/.test(repository.replace(/\/$/, ''))) return null
  const path = file.split('/').map(encodeURIComponent).join('/')
  return `${repository.replace(/\/$/, '')}/blob/${module.last_commit ?? 'HEAD'}/${path}${line ? `#L${line}` : ''}`
}

/** The links in a table; `hidden` links to private modules are counted below it, never named. */
function linkTable(
  view: SiteView,
  path: string,
  links: DependencyLink[],
  side: 'to' | 'from',
  empty: string,
  hidden: number,
): Html {
  const note =
    hidden === 0
      ? ''
      : html`<p class="muted">${hidden} private module${hidden === 1 ? '' : 's'}${links.length > 0 ? ' more' : ''}, not shown on this site.</p>`
  if (links.length === 0) return hidden === 0 ? html`<p>${empty}.</p>` : html`${note}`
  const name = (module: string) =>
    view.byName.has(module)
      ? html`<a href="${relative(path, modulePath(module))}">${module}</a>`
      : html`${module} <span class="muted">(not registered)</span>`
  const satisfied = (link: DependencyLink) =>
    link.satisfied === null ? '–' : link.satisfied ? 'yes' : html`<strong class="level-error">no</strong>`
  const header = side === 'to' ? 'Registered version' : 'Version required of this module'
  return html`<table class="links"><thead><tr><th scope="col">Module</th><th scope="col">Range</th><th scope="col">${header}</th><th scope="col">Satisfied</th></tr></thead>
<tbody>
${links.map((link) => html`<tr><td>${name(link[side])}</td><td><code>${link.range}</code></td><td>${link.version ?? '–'}</td><td>${satisfied(link)}</td></tr>\n`)}
</tbody></table>
${note}`
}

/**
 * The hook for version history (`history/NAME.jsonl`, written by the registry's version tracking): rendered only
 * when the registry has a history for this module; newest version first. "Built with" (each dependency's locked
 * version, the evidence of what works together) appears when any version has a lock file.
 */
export function versionHistorySection(history: readonly VersionHistoryEntry[]): Html {
  const rows = [...history].reverse()
  const withLocks = rows.some((entry) => entry.locked)
  const list = (record: Record<string, string> | undefined) =>
    Object.entries(record ?? {})
      .map(([name, value]) => `${name} ${value}`)
      .join(', ') || '–'
  const builtWith = (entry: VersionHistoryEntry) =>
    entry.locked === null || entry.locked === undefined
      ? 'no lock file'
      : list(
          Object.fromEntries(
            Object.entries(entry.locked).map(([name, lock]) => [
              name,
              [lock.version ?? '?', lock.source && `(${lock.source})`].filter(Boolean).join(' '),
            ]),
          ),
        )
  return html`<section aria-labelledby="history"><h2 id="history">Version history</h2>
${
  rows.length === 0
    ? html`<p>No version recorded yet.</p>`
    : html`<div class="table-wrap"><table class="history"><thead><tr><th scope="col">Version</th><th scope="col">Tag</th><th scope="col">Date</th><th scope="col">Commit</th><th scope="col">CI</th><th scope="col">Dependencies</th>${withLocks ? html`<th scope="col">Built with</th>` : ''}</tr></thead>
<tbody>
${rows.map(
  (entry) =>
    html`<tr><td>${entry.version ?? '–'}</td><td>${entry.tag ?? '–'}</td><td>${entry.date?.slice(0, 10) ?? '–'}</td><td>${entry.commit ? html`<code>${entry.commit.slice(0, 7)}</code>` : '–'}</td><td>${entry.ci ?? '–'}</td><td>${list(entry.dependencies)}</td>${withLocks ? html`<td>${builtWith(entry)}</td>` : ''}</tr>\n`,
)}
</tbody></table></div>`
}
</section>`
}
