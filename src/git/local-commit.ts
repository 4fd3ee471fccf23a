/** Commits registry files in the local git repository that holds the registry directory (the CLI's --commit). */
import { resolve } from 'node:path'
import { gitIn } from './git.js'

/**
 * Commits those of `names` under `dir` that differ from git's HEAD (changed, or not tracked yet); returns the new
 * commit's SHA, or null when all of them are committed already. Comparing with HEAD rather than with what this run
 * changed catches up files an earlier run wrote but failed to commit.
 */
export async function commitRegistryFiles(
  dir: string,
  names: readonly string[],
  message: string,
): Promise<string | null> {
  // Absolute, and every git command runs in it with paths relative to it: a relative --registry-dir would
  // otherwise be applied twice (git -C registry add registry/x).
  const cwd = resolve(dir)
  const git = gitIn(cwd)
  await git('rev-parse', '--show-toplevel').catch(() => {
    throw new Error(`--commit: ${cwd} is not inside a git repository`)
  })
  if (names.length === 0) return null
  const pending = await git('status', '--porcelain', '--untracked-files=all', '--', ...names)
  if (pending === '') return null
  await git('add', '--', ...names)
  await git('commit', '--quiet', '--message', message, '--', ...names).catch((error: Error & { stderr?: string }) => {
    throw new Error(`git commit failed: ${(error.stderr ?? error.message).trim()}`)
  })
  return git('rev-parse', 'HEAD')
}
