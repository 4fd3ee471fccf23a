/** check-dist: the committed dist/ must equal a fresh build of the source, since the action runs from it. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { ROOT } from './support/run.js'
import { tempDir } from './support/temp.js'

describe('dist', () => {
  it('equals a fresh build', () => {
    const fresh = join(tempDir('cim-dist-'), 'dist')
    execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), fresh], { cwd: ROOT, stdio: 'pipe' })
    const committed = join(ROOT, 'dist')
    expect(files(fresh)).toEqual(files(committed))
    const stale = files(fresh).filter((file) => !readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file))))
    expect(stale).toEqual([])
  }, 180_000)
})

function files(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) walk(path)
      else out.push(relative(root, path))
    }
  }
  walk(root)
  return out.sort()
}
