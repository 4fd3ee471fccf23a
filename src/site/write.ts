/**
 * Writes the site into a folder. A folder that holds anything else is refused (the site replaces its whole
 * content, so that a removed module's page does not linger); a folder this command wrote before is recognised by
 * its marker file and emptied first.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { SiteFiles } from './build.js'

/** The marker of a folder written by `cim-registry site`. */
export const SITE_MARKER = '.cim-registry-site'
/** Files written at a time: a site of 10,000 modules has 10,000 pages. */
const WRITES_AT_ONCE = 16

export async function writeSite(out: string, files: SiteFiles): Promise<void> {
  const existing = await readdir(out).catch((error: NodeJS.ErrnoException): string[] => {
    if (error.code === 'ENOENT') return []
    throw new Error(`${out}: ${error.message}`)
  })
  if (existing.length > 0 && !existing.includes(SITE_MARKER)) {
    throw new Error(`${out} is not empty and was not written by cim-registry site; give an empty or new folder`)
  }
  for (const name of existing) await rm(join(out, name), { recursive: true, force: true })
  await mkdir(out, { recursive: true })
  const folders = new Set([...files.keys()].map((path) => dirname(join(out, path))))
  for (const folder of folders) await mkdir(folder, { recursive: true })
  const queue = [...files]
  const writer = async () => {
    for (let next = queue.pop(); next; next = queue.pop()) await writeFile(join(out, next[0]), next[1])
  }
  await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writer))
  await writeFile(
    join(out, SITE_MARKER),
    'Written by cim-registry site; the next run replaces everything in this folder.\n',
  )
}
