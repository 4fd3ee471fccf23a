/**
 * The bad-input suite: hostile and broken module repositories next to a good one. Each gives its clear message,
 * the good module still lands, nothing crashes, and nothing is written outside the registry directory.
 */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, symlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { compileModulePattern } from '../../src/metadata/names.js'
import { updateFromLocalSource } from '../../src/modes/update-local.js'
import type { StatusFile } from '../../src/format/types.js'
import { listFiles, tempDir, writeTree } from '../support/temp.js'

const GOOD = {
  'cim-good/cim.yaml': 'module:\n  name: cim-good\n  type: core\n  version: "1.2.0"\n  description: "The good one"\n',
}
const cim = (body: string) => ({ 'cim-bad/cim.yaml': body })
const named = (rest: string) => cim(`module:\n  name: cim-bad\n${rest}`)

const LAUGHS = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
for (let i = 1; i < 9; i++)
  LAUGHS.push(
    `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
      .fill(`*${String.fromCharCode(96 + i)}`)
      .join(',')}]`,
  )

/** What a file outside any module holds: none of it may reach the registry. */
const SECRET = 'LEAKED secret text from outside the module, token=abc123\n'

/** Not a regular file: a symbolic link (its target as written) or a FIFO, whose open or read would block. */
type Special = { link: string } | { fifo: true }
const link = (target: string): Special => ({ link: target })

/** Writes the tree below `root`, then the special entries of it (whose targets the plain files may be). */
function writeCase(root: string, files: Record<string, string | Uint8Array | Special>): string {
  const plain = Object.fromEntries(
    Object.entries(files).filter((entry): entry is [string, string | Uint8Array] => !isSpecial(entry[1])),
  )
  writeTree(root, plain)
  for (const [path, entry] of Object.entries(files)) {
    if (!isSpecial(entry)) continue
    mkdirSync(dirname(join(root, path)), { recursive: true })
    if ('link' in entry) symlinkSync(entry.link, join(root, path))
    else execFileSync('mkfifo', [join(root, path)])
  }
  return root
}

function isSpecial(value: string | Uint8Array | Special): value is Special {
  return typeof value === 'object' && !(value instanceof Uint8Array)
}

/** [case, files of the bad repositories (paths below the source folder), text the problem must contain] */
const CASES: [string, Record<string, string | Uint8Array | Special>, string][] = [
  ['empty file', cim(''), 'file is empty'],
  ['only whitespace and comments', cim('  \n# nothing\n'), 'module: {name'],
  ['a list at the root', cim('- module: x\n'), 'must be a mapping'],
  ['a scalar at the root', cim('just text\n'), 'must be a mapping'],
  [
    'a file over 64 KiB',
    cim(`module:\n  name: cim-bad\n  description: "${'x'.repeat(70_000)}"\n`),
    'may have at most 65536',
  ],
  [
    'bytes that are not UTF-8',
    { 'cim-bad/cim.yaml': new Uint8Array([0x6d, 0x3a, 0x20, 0xff, 0xfe, 0x0a]) },
    'not valid UTF-8',
  ],
  ['a billion laughs', cim(`${LAUGHS.join('\n')}\nmodule: {name: cim-bad, description: *i}\n`), 'aliases are capped'],
  ['a YAML syntax error', cim('module:\n  name: "cim-bad\n'), 'YAML:'],
  ['a duplicate key', cim('module:\n  name: cim-bad\n  name: cim-bad\n'), 'Map keys must be unique'],
  ['no module key', cim('name: cim-bad\n'), 'missing required key `module`'],
  ['module is a string', cim('module: cim-bad\n'), 'module: must be object'],
  ['no name', cim('module:\n  type: core\n'), 'missing required key `name`'],
  ['a path-traversal name', cim('module:\n  name: ../x\n'), '"../x" is not a module name'],
  ['a name with spaces', cim('module:\n  name: cim bad\n'), '"cim bad" is not a module name'],
  ['an uppercase name', cim('module:\n  name: CIM-Bad\n'), '"CIM-Bad" is not a module name'],
  ['a control character in the name', cim('module:\n  name: "cim-\\u0007bad"\n'), 'is not a module name'],
  ['a name that is not the repository', cim('module:\n  name: cim-other\n'), 'they must be equal'],
  ['an unknown type', named('  type: framework\n'), 'must be one of template, core, domain, integration, utility'],
  ['a version written as a number', named('  version: 1.0\n'), 'module.version: must be string, in quotes'],
  ['a version that is not semver', named('  version: "1.0"\n'), '"1.0" is not a semver version'],
  ['an invalid range', named('  dependencies:\n    - cim-good: "^^1"\n'), '"^^1" is not a semver range'],
  ['a dependency name with a path', named('  dependencies:\n    - ../evil: "1"\n'), '"../evil" is not a module name'],
  [
    'a list item naming two modules',
    named('  dependencies:\n    - cim-good: "1"\n      cim-x: "1"\n'),
    'each list item names exactly one module',
  ],
  ['dependencies as a string', named('  dependencies: cim-good\n'), 'module.dependencies: must be object'],
  [
    'a dependency listed twice',
    named('  dependencies:\n    - cim-good: "^1"\n    - cim-good: "^1.2"\n'),
    'dependency cim-good is listed twice',
  ],
  ['a self-dependency', named('  dependencies:\n    cim-bad: "*"\n'), 'cim-bad depends on itself'],
  ['an unknown visibility', named('  visibility: secret\n'), 'must be one of public, private'],
  [
    'an unknown status',
    named('  status: alive\n'),
    'must be one of planning, development, pilot, production, deprecated',
  ],
  ['a category with spaces', named('  category: "Financial Services"\n'), 'module.category: must be lowercase'],
  ['a description over 500 characters', named(`  description: "${'y'.repeat(600)}"\n`), 'longer than 500 characters'],
  ['deployed as a list', named('  deployed: [a, b]\n'), 'module.deployed: must be boolean or string'],
  ['an unknown key', named('  maintainer: someone\n'), 'unknown key `maintainer` (ignored)'],
  [
    'a dependency nobody registered',
    named('  dependencies:\n    cim-ghost: "^1"\n'),
    'depends on cim-ghost (^1), which is not in the registry',
  ],
  [
    'a range the registry does not satisfy',
    named('  dependencies:\n    cim-good: "^9"\n'),
    'requires cim-good ^9, but the registry has cim-good 1.2.0',
  ],
  [
    'a dependency cycle',
    {
      ...named('  dependencies:\n    cim-bad-two: "*"\n'),
      'cim-bad-two/cim.yaml': 'module:\n  name: cim-bad-two\n  dependencies:\n    cim-bad: "*"\n',
    },
    'dependency cycle: cim-bad -> cim-bad-two -> cim-bad',
  ],
  [
    'a Cargo.toml that is not TOML',
    { 'cim-bad/Cargo.toml': '[package\nname = "cim-bad"\n' },
    'Cargo.toml is not valid TOML',
  ],
  [
    'a Cargo version that is not semver',
    { 'cim-bad/Cargo.toml': '[package]\nname = "cim-bad"\nversion = "1.0"\n' },
    'version "1.0" is not semver',
  ],
  [
    'a package.json that is not JSON',
    { 'cim-bad/package.json': '{"name": "cim-bad",' },
    'package.json is not valid JSON',
  ],
  [
    'a Cargo requirement that is not a range',
    { 'cim-bad/Cargo.toml': '[package]\nname = "cim-bad"\n[dependencies]\ncim-good = "not a version"\n' },
    'which is not a semver range',
  ],
  [
    'a folder whose name is not a module name',
    { 'Cim_Bad/cim.yaml': 'module:\n  name: cim-bad\n' },
    'folder "Cim_Bad" is not registered',
  ],
  [
    'a README linked to a file outside the module',
    { ...named(''), 'cim-bad/README.md': link('../../outside/.git/config'), '../outside/.git/config': SECRET },
    'cim-bad/README.md is a symbolic link; not read',
  ],
  [
    'a cim.yaml linked to /dev/zero',
    { 'cim-bad/cim.yaml': link('/dev/zero') },
    'cim.yaml is a symbolic link; not read',
  ],
  [
    'a README that is a FIFO',
    { ...named(''), 'cim-bad/README.md': { fifo: true } },
    'cim-bad/README.md is not a regular file; not read',
  ],
  [
    'a README over 1 MiB',
    { ...named(''), 'cim-bad/README.md': `A long README.\n\n${'z'.repeat(1024 * 1024)}\n` },
    'files over 1 MiB are not read',
  ],
  [
    'a workspace member outside the repository',
    {
      'cim-bad/Cargo.toml': '[package]\nname = "cim-bad"\nversion = "0.1.0"\n[workspace]\nmembers = ["../other"]\n',
      'other/Cargo.toml': '[package]\nname = "other"\n[dependencies]\ncim-leaked = "1"\n',
    },
    'workspace member "../other" is outside the repository; ignored',
  ],
  [
    'a workspace member reached through a folder linked out of the module',
    {
      'cim-bad/Cargo.toml': '[package]\nname = "cim-bad"\nversion = "0.1.0"\n[workspace]\nmembers = ["crates/x"]\n',
      'cim-bad/crates': link('../../outside/crates'),
      '../outside/crates/x/Cargo.toml': '[package]\nname = "x"\n[dependencies]\ncim-leaked = "1"\n',
    },
    'cim-bad/crates/x/Cargo.toml lies outside the module folder',
  ],
]

describe('bad input', () => {
  it('has at least 30 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30)
  })

  it.each(CASES)(
    '%s: clear message, the good module still lands, nothing written outside the registry',
    async (_, badFiles, message) => {
      const root = tempDir()
      const source = writeCase(join(root, 'org'), { ...GOOD, ...badFiles })
      const registryDir = join(root, 'registry')
      const before = listFiles(root)

      const result = await updateFromLocalSource({
        source,
        registryDir,
        modulePattern: compileModulePattern(),
        date: '2026-01-01',
      })

      const status = JSON.parse(readFileSync(join(registryDir, 'status.json'), 'utf8')) as StatusFile
      const messages = [...status.problems, ...Object.values(status.modules).flatMap((module) => module.problems)].map(
        (p) => p.message,
      )
      expect(messages.join('\n')).toContain(message)
      expect(status.modules['cim-good']?.health).toBeDefined()
      expect(readFileSync(join(registryDir, 'modules.yaml'), 'utf8')).toContain('  cim-good:\n')
      expect(result.summary.modules).toBeGreaterThanOrEqual(1)
      const written = listFiles(root).filter((path) => !before.includes(path))
      expect(written.every((path) => path.startsWith('registry/'))).toBe(true)
      for (const name of readdirSync(registryDir))
        expect(readFileSync(join(registryDir, name), 'utf8')).not.toMatch(/leaked/i)
    },
  )

  it('does not take a folder linked into the source for a module', async () => {
    const root = tempDir()
    writeTree(join(root, 'elsewhere/cim-linked'), {
      'cim.yaml': 'module:\n  name: cim-linked\n  description: "LEAKED"\n',
    })
    const source = writeCase(join(root, 'org'), { ...GOOD, 'cim-linked': link('../elsewhere/cim-linked') })
    await updateFromLocalSource({
      source,
      registryDir: join(root, 'registry'),
      modulePattern: compileModulePattern(),
      date: '2026-01-01',
    })
    const modules = readFileSync(join(root, 'registry/modules.yaml'), 'utf8')
    expect(modules).toContain('  cim-good:\n')
    expect(modules).not.toContain('cim-linked')
  })

  it('escapes Markdown and HTML from a description in the catalog', async () => {
    const root = tempDir()
    const source = writeTree(join(root, 'org'), {
      ...GOOD,
      ...named(
        '  description: "<script>alert(1)</script> | [x](javascript:alert(1)) ![i](http://t/i.png)\\n# heading"\n',
      ),
    })
    await updateFromLocalSource({
      source,
      registryDir: join(root, 'registry'),
      modulePattern: compileModulePattern(),
      date: '2026-01-01',
    })
    const readme = readFileSync(join(root, 'registry/README.md'), 'utf8')
    const row = readme.split('\n').find((line) => line.includes('cim-bad'))!
    expect(row).not.toContain('<script>')
    expect(row).not.toContain('](javascript:')
    expect(row.split(/(?<!\\)\|/).length).toBe(7) // 5 cells: the description's pipe is escaped
    expect(readme).not.toMatch(/^# heading/m)
  })
})
