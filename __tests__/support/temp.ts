/** Temporary folders and files for tests (removed after each test file) and benchmarks (removed at exit). */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'

const made: string[] = []
const cleanUp = () => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}
// Under jest, after the test file; in a plain node process (the benchmarks), when it exits.
const afterAllTests = (globalThis as { afterAll?: (fn: () => void) => void }).afterAll
if (afterAllTests) afterAllTests(cleanUp)
else process.on('exit', cleanUp)

export function tempDir(prefix = 'cim-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Writes `files` (path relative to `root` -> text or bytes) under `root`, creating folders. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true })
    writeFileSync(join(root, path), content)
  }
  return root
}

/** Every file below `root`, as sorted paths relative to it. */
export function listFiles(root: string): string[] {
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
