/**
 * The changelog page: changelog.md as HTML. The engine writes a small Markdown subset (headings, paragraphs, lists
 * nested one level, **bold**, [links](https://...), `code`, backslash escapes), and only that subset is read here:
 * anything else stays text, and every character of it is escaped.
 */
import { html, Html, page, safeUrl, text } from '../html.js'
import type { SiteView } from '../model.js'

export function changelogPage(view: SiteView): string {
  const body = html`<h1>Changelog</h1>
${view.changelog.trim() === '' ? html`<p>The registry has no changelog yet.</p>` : markdownToHtml(view.changelog)}`
  return page({ path: 'changelog.html', title: 'Changelog', siteTitle: view.title, body })
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
