/**
 * The local source's HistoryReader over real git: a checkout (its `.git`) or a `git bundle` file, which is cloned
 * once into a temporary bare repository (a committed folder cannot hold a nested repository; a bundle is a single
 * file that git reads as one). The local source has no CI: ciState is always null.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { toUtcSeconds } from '../util/clock.js'
import { decodeUtf8 } from '../util/text.js'
import type { HistoryReader, TagRef } from '../versions/collect.js'

const run = promisify(execFile)

/** Lock files are the largest files read (a big Cargo.lock is a few hundred KB); more is refused with a message. */
const MAX_FILE_BYTES = 8 * 1024 * 1024
const FIELD = '%00'
/** No git command of a read may hang the run: one that takes longer is killed and the module's history waits. */
const GIT_TIMEOUT_MS = 120_000

/** git in `dir`, never prompting for credentials, killed when it takes too long. */
function git(dir: string, maxBuffer = 1024 * 1024): (...args: string[]) => Promise<string> {
  return async (...args) =>
    (
      await run('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], {
        encoding: 'utf8',
        maxBuffer,
        timeout: GIT_TIMEOUT_MS,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
      })
    ).stdout
}

/** Listings (tags, trees) of large repositories run to megabytes; files are read with their own limit. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024

export function gitHistoryReader(dir: string): HistoryReader {
  const inRepo = git(dir, MAX_LISTING_BYTES)
  return {
    async tags() {
      // %(*objectname) is the commit an annotated tag points at; a lightweight tag points at it itself.
      const format = [
        '%(refname:strip=2)',
        '%(objectname)',
        '%(*objectname)',
        '%(committerdate:iso-strict)',
        '%(*committerdate:iso-strict)',
        '%(objecttype)',
        '%(*objecttype)',
      ].join(FIELD)
      const out = await inRepo('for-each-ref', `--format=${format}`, 'refs/tags')
      const tags: TagRef[] = []
      for (const line of out.split('\n')) {
        if (!line) continue
        const [name, object, peeled, date, peeledDate, type, peeledType] = line.split('\0')
        // A tag may point at a tree or a blob (git allows it): that is no version of the module.
        if ((peeledType || type) !== 'commit') continue
        const commit = peeled || object
        if (!name || !commit) continue
        const when = peeledDate || date
        tags.push({ name, commit, date: when ? toUtcSeconds(when) : null })
      }
      return tags
    },
    async head() {
      const out = await inRepo('log', '-1', '--format=%H%x00%cI', 'HEAD').catch(() => '')
      const [commit, date] = out.trim().split('\0')
      return commit && /^[0-9a-f]{40}$/.test(commit) ? { commit, date: date ? toUtcSeconds(date) : null } : null
    },
    async readFile(commit, path) {
      const spec = `${commit}:${path}`
      const type = await inRepo('cat-file', '-t', spec).catch(() => '')
      if (type.trim() !== 'blob') return null
      const size = Number((await inRepo('cat-file', '-s', spec)).trim())
      if (size > MAX_FILE_BYTES) throw new Error(`it is ${size} bytes, more than the ${MAX_FILE_BYTES} read`)
      const { stdout } = await run('git', ['-C', dir, 'cat-file', 'blob', spec], {
        encoding: 'buffer',
        maxBuffer: MAX_FILE_BYTES + 1,
        timeout: GIT_TIMEOUT_MS,
      })
      const text = decodeUtf8(stdout)
      if (text === null) throw new Error('it is not UTF-8 text')
      return text
    },
    async listFolder(commit, path) {
      const out = await inRepo('ls-tree', path ? `${commit}:${path}` : commit).catch(() => '')
      return out
        .split('\n')
        .map((line) => /^\d+ tree [0-9a-f]+\t(.+)$/.exec(line)?.[1])
        .filter((name): name is string => name !== undefined)
    },
    async ciState() {
      return null
    },
  }
}

/** A bundle cloned into a temporary bare repository; `close` removes it. */
export async function openBundle(file: string): Promise<{ dir: string; close: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'cim-bundle-'))
  const close = () => rm(dir, { recursive: true, force: true })
  try {
    await git(tmpdir())('clone', '--quiet', '--mirror', file, dir)
  } catch (error) {
    await close()
    const message = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim().split('\n')[0]
    throw new Error(`not a readable git bundle: ${message}`)
  }
  return { dir, close }
}
