/**
 * The registry directory on disk: read the registry files found there, write the ones that changed. Only the
 * registry's own file names are ever read or written, and each write is atomic (a temporary file renamed over).
 */
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { isChangelogArchive } from '../registry/render/changelog.js'
import { HISTORY_DIR, isHistoryFile } from '../versions/index-file.js'
import { REGISTRY_FILES, type RegistryFileTexts } from '../format/files.js'

const NAMES: readonly string[] = Object.values(REGISTRY_FILES)

export async function readRegistryDir(dir: string): Promise<RegistryFileTexts> {
  return readRegistryFiles(dir, [...NAMES, ...(await historyNames(dir))])
}

/** These registry files of `dir` (registry-relative names), those that exist. */
export async function readRegistryFiles(dir: string, names: readonly string[]): Promise<RegistryFileTexts> {
  const texts: RegistryFileTexts = {}
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw new Error(`cannot read ${join(dir, name)}: ${error.message}`)
    })
    if (text !== undefined) texts[name] = text
  }
  return texts
}

/** Writes `names` from `files` into `dir`, creating it when needed. */
export async function writeRegistryFiles(
  dir: string,
  files: Record<string, string>,
  names: readonly string[],
): Promise<void> {
  if (names.length === 0) return
  await mkdir(dir, { recursive: true })
  for (const name of names) {
    if (!NAMES.includes(name) && !isHistoryFile(name) && !isChangelogArchive(name))
      throw new Error(`refusing to write ${name}: not a registry file`)
    const target = join(dir, name)
    await mkdir(dirname(target), { recursive: true })
    const temporary = `${target}.${process.pid}.tmp`
    await writeFile(temporary, files[name]!, 'utf8')
    await rename(temporary, target)
  }
}

/** The version history's files in `dir/history` (see src/versions/index-file.ts), as registry-relative names. */
async function historyNames(dir: string): Promise<string[]> {
  const entries = await readdir(join(dir, HISTORY_DIR), { withFileTypes: true }).catch(() => [])
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => `${HISTORY_DIR}/${entry.name}`)
    .filter(isHistoryFile)
    .sort()
}
