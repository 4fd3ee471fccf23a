// Rebuilds the committed bundles: dist/index.js (the action), dist/cli.js (the cim-registry command) and
// dist/lib/ with dist/types/ (the RegistryClient library and its type declarations, the package's export).
// ncc writes each entry's bundle as index.js in its own folder; dist/cli.js is a one-line launcher of dist/cli/.
// `node scripts/bundle.mjs OUT` builds into OUT instead (the check-dist test compares that with dist/).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const out = process.argv[2] ?? 'dist'

const ncc = (entry, out) =>
  execFileSync('npx', ['--no-install', 'ncc', 'build', entry, '-o', out, '--source-map', '--license', 'licenses.txt', '--quiet'], {
    stdio: 'inherit',
  })

rmSync(out, { recursive: true, force: true })
ncc('src/index.ts', out)
ncc('src/cli.ts', join(out, 'cli'))
ncc('src/lib.ts', join(out, 'lib'))
execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.types.json', '--outDir', join(out, 'types')], { stdio: 'inherit' })
writeFileSync(join(out, 'cli.js'), "#!/usr/bin/env node\n// The cim-registry command; the bundle itself is dist/cli/index.js.\nimport './cli/index.js'\n", { mode: 0o755 })

// The catalog site's static files (`cim-registry site`, mode: site): the stylesheet and script of src/site/assets/
// and MiniSearch's browser build with its license, copied as they are into OUT/site-assets/, beside the bundles, where
// src/site/assets.ts looks for them (OUT/site-assets from dist/index.js, ../site-assets from dist/cli/ and dist/lib/).
mkdirSync(join(out, 'site-assets'), { recursive: true })
for (const file of ['site.css', 'site.js']) copyFileSync(join('src/site/assets', file), join(out, 'site-assets', file))
copyFileSync('node_modules/minisearch/dist/umd/index.js', join(out, 'site-assets', 'minisearch.js'))
copyFileSync('node_modules/minisearch/LICENSE.txt', join(out, 'site-assets', 'minisearch.LICENSE.txt'))
