// Prints the release notes of one version from CHANGELOG.md (kept by hand, "Keep a Changelog" style): the text under
// the heading `## [X.Y.Z]` or `## X.Y.Z` (a leading `v` in the argument is ignored) up to the next `## ` heading.
// `node scripts/release-notes.mjs v1.2.3 [CHANGELOG.md]`. Exits 1, naming the headings it found, when the version has
// no section or an empty one: a release without notes is refused (.github/workflows/release.yml).
import { readFileSync } from 'node:fs'

export function releaseNotes(changelog, tag) {
  const version = tag.replace(/^v/, '')
  const sections = changelog.split(/^## /m).slice(1)
  const heading = (section) => section.split('\n', 1)[0].trim()
  const found = sections.find((section) => {
    const title = heading(section)
    return title === version || title.startsWith(`[${version}]`) || title.startsWith(`${version} `)
  })
  if (found === undefined) {
    const known = sections.map(heading).join(', ') || 'none'
    throw new Error(`CHANGELOG.md has no section for ${version} (sections: ${known}); add "## [${version}] - DATE"`)
  }
  const body = found.slice(found.indexOf('\n') + 1).trim()
  if (body === '') throw new Error(`CHANGELOG.md's section for ${version} is empty`)
  return `${body}\n`
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [tag, file = 'CHANGELOG.md'] = process.argv.slice(2)
  if (!tag) {
    console.error('usage: node scripts/release-notes.mjs vX.Y.Z [CHANGELOG.md]')
    process.exit(2)
  }
  try {
    process.stdout.write(releaseNotes(readFileSync(file, 'utf8'), tag))
  } catch (error) {
    console.error(`release-notes: ${error.message}`)
    process.exit(1)
  }
}
