/**
 * Reading one file of a folder that somebody else controls (a module checkout) without being led out of it: only a
 * regular file, never through a symbolic link, never one whose real path leaves the folder, and never more bytes
 * than asked for. A link to another checkout's .git/config, to /dev/zero or to a FIFO is refused, not read.
 */
import { constants, type Stats } from 'node:fs'
import { lstat, open, realpath } from 'node:fs/promises'
import { isAbsolute, join, relative, sep } from 'node:path'

/** What reading `path` found: nothing there, a refusal with its reason, or the file's first bytes and full size. */
export type FolderFile =
  { kind: 'absent' } | { kind: 'refused'; reason: string } | { kind: 'read'; bytes: Uint8Array; size: number }

export interface FolderFileOptions {
  /** Bytes to read at most. */
  maxBytes: number
  /** A larger file is refused unread, unless `prefix` asks for its first `maxBytes` (so that a reader can say how
   *  it is too large in its own terms). */
  prefix?: boolean
}

// O_NOFOLLOW closes the gap between the checks and the open (a file swapped for a link in between); O_NONBLOCK
// keeps a FIFO swapped in from blocking the open. Windows has neither flag; the checks before still hold there.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)
const READ_CHUNK = 64 * 1024

/** Reads `path` (relative, `/`-separated) of `folder`; `realFolder` is the folder's real path (`realpath`). */
export async function readFolderFile(
  folder: string,
  realFolder: string,
  path: string,
  options: FolderFileOptions,
): Promise<FolderFile> {
  const full = join(folder, path)
  let info: Stats
  try {
    info = await lstat(full)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'absent' }
    return { kind: 'refused', reason: `could not be read (${code ?? (error as Error).message})` }
  }
  if (info.isSymbolicLink()) return { kind: 'refused', reason: 'is a symbolic link; not read' }
  if (!info.isFile()) return { kind: 'refused', reason: 'is not a regular file; not read' }
  // lstat looks only at the last component: a folder on the way may still be a link that leads elsewhere.
  if (!isWithin(realFolder, await realpath(full).catch(() => ''))) {
    return { kind: 'refused', reason: 'lies outside the module folder (through a symbolic link); not read' }
  }
  const tooLarge = (size: number): FolderFile => ({
    kind: 'refused',
    reason: `is ${size} bytes; files over ${byteText(options.maxBytes)} are not read`,
  })
  if (info.size > options.maxBytes && !options.prefix) return tooLarge(info.size)

  const handle = await open(full, OPEN_FLAGS).catch((error: NodeJS.ErrnoException) => error)
  if (handle instanceof Error)
    return { kind: 'refused', reason: `could not be read (${handle.code ?? handle.message})` }
  try {
    const opened = await handle.stat()
    if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) {
      return { kind: 'refused', reason: 'changed while being read; not read' }
    }
    // Bounded whatever the size said: the file may grow while it is read. One byte past the limit tells a file
    // that grew too large from one that just fits.
    const cap = options.prefix ? options.maxBytes : options.maxBytes + 1
    const chunks: Buffer[] = []
    let length = 0
    while (length < cap) {
      const chunk = Buffer.alloc(Math.min(READ_CHUNK, cap - length))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length)
      if (bytesRead === 0) break
      chunks.push(chunk.subarray(0, bytesRead))
      length += bytesRead
    }
    if (length > options.maxBytes) return tooLarge(Math.max(opened.size, length))
    return { kind: 'read', bytes: new Uint8Array(Buffer.concat(chunks, length)), size: Math.max(opened.size, length) }
  } catch (error) {
    return {
      kind: 'refused',
      reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    }
  } finally {
    await handle.close()
  }
}

/** True when `path` is a directory inside `realFolder` (or the folder itself), reached through no link that leaves it. */
export async function isFolderWithin(realFolder: string, path: string): Promise<boolean> {
  const info = await lstat(path).catch(() => null)
  if (!info?.isDirectory()) return false
  return isWithin(realFolder, await realpath(path).catch(() => ''))
}

function isWithin(realFolder: string, realPath: string): boolean {
  if (!realPath) return false
  const rel = relative(realFolder, realPath)
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`))
}

/** 1048576 -> `1 MiB`, 65536 -> `64 KiB`, anything else in bytes. */
function byteText(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`
  if (bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}
