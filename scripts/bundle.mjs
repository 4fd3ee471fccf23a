// Rebuilds the committed bundles: dist/index.js (the action), dist/cli.js (the cim-registry command) and
// dist/lib/ with dist/types/ (the RegistryClient library and its type declarations, the package's export).
// ncc writes each entry's bundle as index.js in its own folder; dist/cli.js is a one-line launcher of dist/cli/.
// `node scripts/bundle.mjs OUT` builds into OUT instead (the check-dist test compares that with dist/).
import { execFileSync } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
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
