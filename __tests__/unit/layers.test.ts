/**
 * The import graph flows one way (README, "Developing"): each top-level part of src/ may import only from its own
 * layer or a lower one, so the pure core never reaches an adapter, and the client never reaches the engine.
 */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { ROOT } from '../support/run.js'

/** Lower numbers are lower layers. Parts of one layer may import each other. */
const LAYERS: Record<string, number> = {
  'errors.ts': 0,
  util: 0,
  format: 0,
  metadata: 1,
  versions: 2,
  registry: 3,
  client: 4,
  site: 4,
  disk: 4,
  events: 4,
  git: 4,
  github: 4,
  'nats-registry': 4,
  sources: 4,
  modes: 5,
  action: 6,
  cli: 6,
  'index.ts': 7,
  'programs.ts': 7,
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  )
}

/** The top-level part of src/ a path is in (`registry` for src/registry/render/x.ts). */
const partOf = (path: string) => relative(join(ROOT, 'src'), path).split('/')[0]!.replace(/\.js$/, '.ts')

describe('the import graph', () => {
  const src = join(ROOT, 'src')
  const files = sourceFiles(src)

  it('knows the layer of every part of src/', () => {
    expect(files.map(partOf).filter((part) => !(part in LAYERS))).toEqual([])
  })

  it('has no import from a higher layer into a lower one', () => {
    const upward: string[] = []
    for (const file of files) {
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
        const target = join(dirname(file), spec!)
        if (!target.startsWith(src + '/')) continue
        const [from, to] = [partOf(file), partOf(target)]
        if (LAYERS[to]! > LAYERS[from]!) upward.push(`${relative(ROOT, file)} -> ${relative(ROOT, target)}`)
      }
    }
    expect(upward).toEqual([])
  })

  it('keeps I/O out of the pure core (metadata/, versions/, registry/, format/)', () => {
    const io = /from '(node:fs|node:fs\/promises|node:child_process|node:net|node:http|node:https|@actions\/core)'/
    const core = files.filter((file) => ['metadata', 'versions', 'registry', 'format'].includes(partOf(file)))
    expect(core.filter((file) => io.test(readFileSync(file, 'utf8'))).map((file) => relative(ROOT, file))).toEqual([])
  })
})
