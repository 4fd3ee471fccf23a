/**
 * Text from modules (descriptions, versions, owners) made safe for Markdown tables and mermaid labels: whatever a
 * module writes, it cannot break a table row, inject HTML or a link, or end a mermaid node early.
 */

/** One line of inline Markdown: newlines folded, Markdown and HTML metacharacters escaped. */
export function mdText(text: string | null | undefined): string {
  if (text === null || text === undefined) return ''
  return text
    .replace(/[\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`)
}

/** A link when the URL is http(s); plain escaped text otherwise (no `javascript:` links from a module). */
export function mdLink(text: string, url: string | null | undefined): string {
  if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url)) return mdText(text)
  return `[${mdText(text)}](${url})`
}

/** Short commit id for people; the full SHA stays in the data files. */
export function shortSha(sha: string | null | undefined): string {
  return sha ? sha.slice(0, 7) : '-'
}

/** A mermaid node id: module names are already [a-z0-9-], and mermaid ids read best without hyphens. */
export function mermaidId(name: string): string {
  return name.replace(/[^a-z0-9]/g, '_')
}

/** A quoted mermaid label; quotes and angle brackets become entity codes, which mermaid renders as the characters. */
export function mermaidLabel(text: string): string {
  const safe = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/["<>]/g, (char) => `#${char.charCodeAt(0)};`)
  return `"${safe}"`
}

/** Text for an HTML context (the job summary's table cells). */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}
