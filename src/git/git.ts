/** Real git, run in a folder: the one way the local source and the CLI's --commit call it. */
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** A function that runs `git -C dir ARGS...` and resolves to its trimmed standard output. */
export function gitIn(dir: string): (...args: string[]) => Promise<string> {
  return async (...args) => (await run('git', ['-C', dir, ...args], { encoding: 'utf8' })).stdout.trim()
}
