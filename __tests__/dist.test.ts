/** check-dist: the committed dist/ must equal a fresh build of the source, since the action runs from it. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from './support/run.js'
import { listFiles, tempDir } from './support/temp.js'

describe('dist', () => {
  it('equals a fresh build', () => {
    const fresh = join(tempDir('cim-dist-'), 'dist')
    execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.mjs'), fresh], { cwd: ROOT, stdio: 'pipe' })
    const committed = join(ROOT, 'dist')
    expect(listFiles(fresh)).toEqual(listFiles(committed))
    const stale = listFiles(fresh).filter((file) => !readFileSync(join(fresh, file)).equals(readFileSync(join(committed, file))))
    expect(stale).toEqual([])
  }, 180_000)
})
