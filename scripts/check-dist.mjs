// check-dist: the committed dist/ must equal a fresh build of the source, since the action runs from it (as in
// actions/typescript-action). Builds into FRESH (default: a temporary folder), compares file lists and bytes, and
// names every file that differs. Exit 0 when equal, 1 when not, 2 when the build fails.
// CI keeps the fresh build (`node scripts/check-dist.mjs .tmp/fresh-dist`) and runs the tests on it, so a source
// change is tested before it is bundled; the workflow uploads it as the expected dist/ when it differs.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

const fresh = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'cim-check-dist-')), 'dist')

function listFiles(root, dir = root) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory() ? listFiles(root, join(dir, entry.name)) : [relative(root, join(dir, entry.name))],
    )
    .sort()
}

try {
  execFileSync(process.execPath, ['scripts/bundle.mjs', fresh], { stdio: 'inherit' })
} catch {
  console.error('check-dist: the build failed')
  process.exit(2)
}
const built = listFiles(fresh)
const committed = listFiles('dist')
const differ = [
  ...built.filter((file) => !committed.includes(file)).map((file) => `only in a fresh build: dist/${file}`),
  ...committed.filter((file) => !built.includes(file)).map((file) => `only in the committed dist/: dist/${file}`),
  ...built
    .filter((file) => committed.includes(file))
    .filter((file) => !readFileSync(join(fresh, file)).equals(readFileSync(join('dist', file))))
    .map((file) => `differs: dist/${file}`),
]
if (differ.length > 0) {
  console.error(
    `check-dist: dist/ differs from a fresh build (run \`npm run bundle\` and commit dist/):\n  ${differ.join('\n  ')}`,
  )
  process.exit(1)
}
console.log(`check-dist: dist/ equals a fresh build (${built.length} files)`)
