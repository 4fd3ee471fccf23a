/**
 * The changelog page: changelog.md as HTML. The engine writes a small Markdown subset (headings, paragraphs, lists
 * nested one level, **bold**, [links](https://...), `code`, backslash escapes), and only that subset is read here:
 * anything else stays text, and every character of it is escaped.
 */
import { html, Html, page, safeUrl, text } from '../html.js'
import type { SiteView } from '../model.js'

/** Entries (one `##` section per registry change) a page: the changelog grows with every run that changes something. */
export const CHANGELOG_PAGE_ENTRIES = 25

export const changelogPath = (n: number) => (n === 1 ? 'changelog.html' : `changelog-${n}.html`)

/** The changelog in pages of CHANGELOG_PAGE_ENTRIES entries, newest first (the order of changelog.md). */
export function changelogPages(view: SiteView): Map<string, string> {
  const entries = splitEntries(view.changelog)
  const count = Math.max(1, Math.ceil(entries.length / CHANGELOG_PAGE_ENTRIES))
  const pages = new Map<string, string>()
  for (let n = 1; n <= count; n++) {
    const shown = entries.slice((n - 1) * CHANGELOG_PAGE_ENTRIES, n * CHANGELOG_PAGE_ENTRIES)
    const nav =
      count === 1
        ? ''
        : html`<nav class="pages" aria-label="Changelog pages"><ul>${n > 1 ? html`<li><a href="${changelogPath(n - 1)}" rel="prev">Newer</a></li>` : ''}<li>page ${n} of ${count}</li>${
            n < count ? html`<li><a href="${changelogPath(n + 1)}" rel="next">Older</a></li>` : ''
          }</ul></nav>`
    const body = html`<h1>Changelog</h1>
${shown.length === 0 ? html`<p>The registry has no changelog yet.</p>` : markdownToHtml(shown.join('\n'))}
${nav}`
    pages.set(
      changelogPath(n),
      page({
        path: changelogPath(n),
        title: n === 1 ? 'Changelog' : `Changelog, page ${n}`,
        siteTitle: view.title,
        body,
      }),
    )
  }
  return pages
}

/** The `##` sections of the changelog; what comes before the first (the `#` title) is left out. */
function splitEntries(markdown: string): string[] {
  const entries: string[] = []
  for (const line of markdown.split('\n')) {
    if (/^## /.test(line)) entries.push(line)
    else if (entries.length > 0) entries[entries.length - 1] += `\n${line}`
  }
  return entries.filter((entry) => entry.trim() !== '')
}

/** Block structure: `#` titles are dropped (the page has its own), `##`-`###` become h2-h3, `-` items lists. */
export function markdownToHtml(markdown: string): Html {
  const out: string[] = []
  const open: number[] = [] // indents of the open lists
  let paragraph: string[] = []
  const closeParagraph = () => {
    if (paragraph.length > 0) out.push(`<p>${inline(paragraph.join(' '))}</p>`)
    paragraph = []
  }
  const closeLists = (toIndent: number) => {
    while (open.length > 0 && open[open.length - 1]! >= toIndent) {
      out.push('</li></ul>')
      open.pop()
    }
  }
  for (const line of markdown.split('\n')) {
    const item = /^(\s*)[-*] (.*)$/.exec(line)
    const heading = /^(#{1,6}) (.*)$/.exec(line)
    if (item) {
      closeParagraph()
      const indent = item[1]!.length
      const top = open[open.length - 1]
      if (top === undefined || indent > top) {
        out.push('<ul><li>')
        open.push(indent)
      } else {
        closeLists(indent + 1)
        out.push('</li><li>')
      }
      out.push(inline(item[2]!))
    } else if (heading) {
      closeParagraph()
      closeLists(0)
      const level = heading[1]!.length
      if (level > 1) out.push(`<h${Math.min(level, 3)}>${inline(heading[2]!)}</h${Math.min(level, 3)}>`)
    } else if (line.trim() === '') {
      closeParagraph()
      closeLists(0)
    } else if (open.length > 0) {
      out.push(` ${inline(line.trim())}`)
    } else {
      paragraph.push(line.trim())
    }
  }
  closeParagraph()
  closeLists(0)
  return new Html(out.join('\n'))
}

const INLINE = /\\([\\`*_{}[\]()<>#+!|~.-])|\*\*|\[((?:\\.|[^\]\\])*)\]\(([^\s()]+)\)|`([^`]*)`/g

/** Inline Markdown of one line: escapes, **strong**, [text](http-url), `code`. */
function inline(source: string): string {
  let out = ''
  let last = 0
  let strong = false
  for (const match of source.matchAll(INLINE)) {
    out += text(source.slice(last, match.index))
    last = match.index + match[0].length
    const [token, escaped, label, url, code] = match
    if (escaped !== undefined) out += text(escaped)
    else if (token === '**') {
      out += strong ? '</strong>' : '<strong>'
      strong = !strong
    } else if (label !== undefined) {
      const href = safeUrl(url)
      out += href ? html`<a href="${href}">${new Html(inline(label))}</a>`.value : inline(label)
    } else out += html`<code>${code}</code>`.value
  }
  out += text(source.slice(last))
  return strong ? `${out}</strong>` : out
}
