// Rebuilds the committed bundles:
// - dist/programs/: the action and the cim-registry command, one bundle (src/programs.ts); dist/index.js (the action
//   that action.yml runs) and dist/cli.js (the command) are one-line launchers of it;
// - dist/site-assets/: the catalog site's static files (below);
// - dist/lib/ with dist/types/: the RegistryClient library and its type declarations (the package's export), kept
//   apart so that consumers do not load the engine.
// The builds run at once (each is one process, mostly single-threaded) and write disjoint folders, so their bytes do
// not depend on the order. `node scripts/bundle.mjs OUT` builds into OUT instead of dist/ (scripts/check-dist.mjs).
import { spawn } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const out = process.argv[2] ?? 'dist'

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`)),
    )
  })
}

const ncc = (entry, folder) =>
  run('npx', [
    '--no-install',
    'ncc',
    'build',
    entry,
    '-o',
    folder,
    '--source-map',
    '--license',
    'licenses.txt',
    '--quiet',
  ])

const launcher = (comment, body) => `#!/usr/bin/env node\n// ${comment}\n${body}\n`

rmSync(out, { recursive: true, force: true })
await Promise.all([
  ncc('src/programs.ts', join(out, 'programs')),
  ncc('src/index.ts', join(out, 'lib')),
  run('npx', ['--no-install', 'tsc', '-p', 'tsconfig.types.json', '--outDir', join(out, 'types')]),
])
writeFileSync(join(out, 'package.json'), '{\n  "type": "module"\n}\n')
writeFileSync(
  join(out, 'index.js'),
  launcher(
    'The action (action.yml: runs.main); the bundle is dist/programs/.',
    "import { runAction } from './programs/index.js'\n\nawait runAction()",
  ),
)
writeFileSync(
  join(out, 'cli.js'),
  launcher(
    'The cim-registry command; the bundle is dist/programs/.',
    "import { runCli } from './programs/index.js'\n\nprocess.exitCode = await runCli(process.argv.slice(2))",
  ),
  { mode: 0o755 },
)

// The catalog site's static files (`cim-registry site`, mode: site): the stylesheet and script of src/site/assets/
// and MiniSearch's browser build with its license, copied as they are into OUT/site-assets/, one level above the
// bundles, where src/site/assets.ts looks for them.
mkdirSync(join(out, 'site-assets'), { recursive: true })
for (const file of ['site.css', 'site.js']) copyFileSync(join('src/site/assets', file), join(out, 'site-assets', file))
copyFileSync('node_modules/minisearch/dist/umd/index.js', join(out, 'site-assets', 'minisearch.js'))
copyFileSync('node_modules/minisearch/LICENSE.txt', join(out, 'site-assets', 'minisearch.LICENSE.txt'))
