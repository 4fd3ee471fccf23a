/**
 * HTML as text, escaped at every hole: module data (names, descriptions, URLs) is untrusted, so it enters a page
 * only through `text()`, `attr()` or `safeUrl()`. The page frame is one function: every page gets the same head,
 * with a Content-Security-Policy that allows nothing but the site's own files, and links relative to itself so
 * that the site works at any path (a project Pages site lives under /REPO/).
 */

/** A piece of HTML that is already safe; strings are escaped when joined into it. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

type Hole = Html | string | number | null | undefined | false | readonly Hole[]

/** Text for element content and attribute values: control characters folded to spaces, markup escaped. */
export function text(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  return String(value)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
    .replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

/** A tagged template: strings in holes are escaped, Html is kept, arrays are joined, null/undefined/false vanish. */
export function html(strings: TemplateStringsArray, ...holes: Hole[]): Html {
  let out = strings[0]!
  holes.forEach((hole, i) => {
    out += render(hole) + strings[i + 1]!
  })
  return new Html(out)
}

function render(hole: Hole): string {
  if (hole === null || hole === undefined || hole === false) return ''
  if (hole instanceof Html) return hole.value
  if (Array.isArray(hole)) return hole.map(render).join('')
  return text(hole as string | number)
}

/** An http(s) URL from module data, or null: no `javascript:` or `data:` link can come from a module. */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null
  } catch {
    return null
  }
}

/** The file name of a module's page; module names are [a-z0-9-], so they are safe path segments. */
export function modulePath(name: string): string {
  return `modules/${encodeURIComponent(name)}.html`
}

/**
 * The policy every page carries (GitHub Pages cannot send headers, so it is a meta element): only the site's own
 * scripts, styles, data and images; no inline script or style anywhere, no form posting elsewhere, no <base>.
 * No frame-ancestors, report-uri or sandbox: a meta policy ignores them, and Chromium logs a console error for each
 * (CSP Level 3, "Delivery via meta element"; developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy).
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'"

export const NAV_PAGES = [
  { path: 'index.html', label: 'Catalog' },
  { path: 'graph.html', label: 'Dependency graph' },
  { path: 'health.html', label: 'Health' },
  { path: 'changelog.html', label: 'Changelog' },
] as const

export interface PageFrame {
  /** The page's path inside the site, e.g. `modules/cim-domain.html`: links are made relative to it. */
  path: string
  title: string
  siteTitle: string
  body: Html
  /** Scripts of the site's own (paths inside the site), loaded deferred. */
  scripts?: string[]
}

/** A link from the page at `from` to the site path `to`. */
export function relative(from: string, to: string): string {
  const depth = from.split('/').length - 1
  return '../'.repeat(depth) + to
}

export function page(frame: PageFrame): string {
  const link = (to: string) => relative(frame.path, to)
  const nav = NAV_PAGES.map(
    (item) =>
      html`<li><a href="${link(item.path)}"${item.path === frame.path ? new Html(' aria-current="page"') : ''}>${item.label}</a></li>`,
  )
  const scripts = (frame.scripts ?? []).map((script) => html`<script defer src="${link(script)}"></script>`)
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${frame.title} · ${frame.siteTitle}</title>
<link rel="stylesheet" href="${link('assets/site.css')}">
${scripts}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="${link('index.html')}">${frame.siteTitle}</a>
<nav aria-label="Site"><ul>${nav}</ul></nav>
</header>
<main id="main">
${frame.body}
</main>
</body>
</html>
`.value
}

/** A health as a word with a class for its colour: never colour alone. */
export function healthBadge(health: string): Html {
  return html`<span class="health health-${health}">${health}</span>`
}
