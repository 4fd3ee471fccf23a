/**
 * The local source: a directory whose immediate subdirectories are module repositories (checkouts or plain
 * folders). A subdirectory is a module when it holds a cim.yaml, or when its name matches the module pattern and
 * it holds a Cargo.toml or package.json. Git checkouts give the head commit and its time through real git.
 *
 * A module folder is somebody else's content: only its regular files are read, never through a symbolic link,
 * never outside the folder and never more than 1 MiB; a subdirectory that is a link is not a module. What is
 * refused is reported, so that a README linked to another checkout's .git/config or a cim.yaml linked to
 * /dev/zero gives a message instead of a leak or a hang.
 *
 * A file `NAME.bundle` (made by `git bundle create`) is a module repository too: its head's files and its tags are
 * read through git, so that a committed folder (the example organization) can carry real history. Every git
 * repository, checkout or bundle, also yields a HistoryReader for its version history.
 */
import { lstat, readdir, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { gitIn } from '../git/git.js'
import { CIM_YAML, MAX_CIM_YAML_BYTES } from '../metadata/cim-yaml.js'
import { CARGO_TOML, PACKAGE_JSON, workspaceMemberManifests } from '../metadata/manifests.js'
import { moduleNameError, type ModulePattern } from '../metadata/names.js'
import { compareStrings } from '../util/order.js'
import { decodeUtf8 } from '../util/text.js'
import { isFolderWithin, readFolderFile } from '../util/folder-file.js'
import { toUtcSeconds } from '../util/clock.js'
import type { Problem, RepositorySnapshot } from '../format/types.js'
import { filesAt, type HistoryReader } from '../versions/collect.js'
import { gitHistoryReader, openBundle } from './git-history.js'

/** No module file needs more; a larger one is reported, not read. */
const MAX_FILE_BYTES = 1024 * 1024
/** One byte over the cim.yaml limit is enough for its reader to say that it is too large. */
const CIM_YAML_READ_BYTES = MAX_CIM_YAML_BYTES + 1

export interface LocalSourceOptions {
  modulePattern: ModulePattern
  /** GitHub organization, for repository URLs of folders that have no `origin` remote. */
  org?: string
}

export interface LocalListing {
  snapshots: RepositorySnapshot[]
  /** Problems that belong to no module: a folder that looks like a module but cannot be one, a file not read. */
  problems: Problem[]
  /** A HistoryReader for each module that is a git repository (checkout or bundle), by module name. */
  history: Map<string, HistoryReader>
  /** Removes the temporary repositories of the bundles read; the history readers stop working then. */
  close(): Promise<void>
}

const BUNDLE_SUFFIX = '.bundle'

export async function readLocalSource(dir: string, options: LocalSourceOptions): Promise<LocalListing> {
  const entries = await readdir(dir, { withFileTypes: true })
  const problems: Problem[] = []
  const snapshots: RepositorySnapshot[] = []
  const history = new Map<string, HistoryReader>()
  const closers: (() => Promise<void>)[] = []
  const close = async () => {
    await Promise.all(closers.map((closeOne) => closeOne()))
  }
  for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) {
    if (entry.isFile() && entry.name.endsWith(BUNDLE_SUFFIX) && !entry.name.startsWith('.')) {
      const name = entry.name.slice(0, -BUNDLE_SUFFIX.length)
      const nameError = moduleNameError(name)
      if (nameError) {
        problems.push({
          level: 'error',
          code: 'invalid-name',
          message: `bundle ${JSON.stringify(entry.name)} is not registered: ${nameError}`,
        })
        continue
      }
      try {
        const bundle = await openBundle(join(dir, entry.name))
        closers.push(bundle.close)
        const reader = gitHistoryReader(bundle.dir)
        const snapshot = await readBundle(name, reader, options)
        if (!snapshot) continue
        snapshots.push(snapshot)
        history.set(name, reader)
      } catch (error) {
        problems.push({
          level: 'warning',
          code: 'invalid-manifest',
          message: `${entry.name} is not read: ${(error as Error).message}`,
        })
      }
      continue
    }
    // A Dirent describes the entry itself (lstat), so a symbolic link to a folder is not a directory here: a link
    // would make a module of a folder outside the source.
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    const declares = await present(join(path, CIM_YAML))
    const looksLikeModule =
      options.modulePattern.matches(entry.name) &&
      ((await present(join(path, CARGO_TOML))) || (await present(join(path, PACKAGE_JSON))))
    if (!declares && !looksLikeModule) continue
    const nameError = moduleNameError(entry.name)
    if (nameError) {
      problems.push({
        level: 'error',
        code: 'invalid-name',
        message: `folder ${JSON.stringify(entry.name)} is not registered: ${nameError}`,
      })
      continue
    }
    const snapshot = await readRepository(path, entry.name, options, problems)
    snapshots.push(snapshot)
    if (snapshot.headCommit !== null) history.set(entry.name, gitHistoryReader(path))
  }
  return { snapshots, problems, history, close }
}

/** A bundle's head as a snapshot; null when its name is not a module's and it holds no cim.yaml. */
async function readBundle(
  name: string,
  reader: HistoryReader,
  options: LocalSourceOptions,
): Promise<RepositorySnapshot | null> {
  const head = await reader.head()
  if (!head) throw new Error('it has no HEAD (create it with `git bundle create FILE --all`, HEAD included)')
  const files = await filesAt(reader, head.commit, ['README.md'])
  if (files[CIM_YAML] === undefined && !options.modulePattern.matches(name)) return null
  return {
    name,
    url: options.org ? `https://github.com/${options.org}/${name}` : null,
    description: null,
    topics: [],
    visibility: null,
    archived: false,
    headCommit: head.commit,
    committedAt: head.date,
    tags: (await reader.tags()).map((tag) => tag.name),
    files,
  }
}

async function readRepository(
  path: string,
  name: string,
  options: LocalSourceOptions,
  problems: Problem[],
): Promise<RepositorySnapshot> {
  const realFolder = await realpath(path)
  const files: RepositorySnapshot['files'] = {}
  let readError: string | undefined
  const read = async (file: string) => {
    const found = await readFolderFile(
      path,
      realFolder,
      file,
      file === CIM_YAML ? { maxBytes: CIM_YAML_READ_BYTES, prefix: true } : { maxBytes: MAX_FILE_BYTES },
    )
    if (found.kind === 'read') files[file] = decodeUtf8(found.bytes) ?? found.bytes
    if (found.kind !== 'refused') return
    // Without its cim.yaml the module would pass for one that declares nothing: it is kept stale instead.
    if (file === CIM_YAML) readError = `${CIM_YAML} ${found.reason}`
    else
      problems.push({
        level: 'warning',
        code: file.endsWith(CARGO_TOML) || file === PACKAGE_JSON ? 'invalid-manifest' : 'invalid-metadata',
        message: `${name}/${file} ${found.reason}`,
      })
  }
  for (const file of [CIM_YAML, CARGO_TOML, PACKAGE_JSON, 'README.md']) await read(file)
  const rootCargo = files[CARGO_TOML]
  if (typeof rootCargo === 'string') {
    for (const member of await workspaceMemberManifests(rootCargo, subfolders(path, realFolder))) await read(member)
  }
  const git = await readGit(path)
  return {
    name,
    url: git.url ?? (options.org ? `https://github.com/${options.org}/${name}` : null),
    description: null,
    topics: [],
    topicsUnknown: true,
    visibility: null,
    archived: false,
    headCommit: git.head,
    committedAt: git.committedAt,
    tags: git.tags,
    files,
    ...(readError !== undefined ? { readError } : {}),
  }
}

/** The names of the subfolders of `dir` (relative to the module's root), none when it leads outside through a link. */
function subfolders(root: string, realRoot: string): (dir: string) => Promise<string[]> {
  return async (dir) => {
    if (!(await isFolderWithin(realRoot, join(root, dir)))) return []
    const children = await readdir(join(root, dir), { withFileTypes: true }).catch(() => [])
    return children.filter((child) => child.isDirectory()).map((child) => child.name)
  }
}

/** Head commit, its time, tags and web URL of a git checkout; all empty for a plain folder. */
async function readGit(
  path: string,
): Promise<{ head: string | null; committedAt: string | null; tags: string[]; url: string | null }> {
  if (!(await present(join(path, '.git')))) return { head: null, committedAt: null, tags: [], url: null }
  const git = gitIn(path)
  const [log, tags, remote] = await Promise.all([
    git('log', '-1', '--format=%H %cI').catch(() => ''),
    git('tag', '--list').catch(() => ''),
    git('remote', 'get-url', 'origin').catch(() => ''),
  ])
  const [head, date] = log.split(' ')
  return {
    head: head && /^[0-9a-f]{40}$/.test(head) ? head : null,
    committedAt: date ? toUtcSeconds(date) : null,
    tags: tags ? tags.split('\n').filter(Boolean) : [],
    url: webUrl(remote),
  }
}

/** git@github.com:org/repo.git and https://github.com/org/repo.git -> https://github.com/org/repo */
export function webUrl(remote: string): string | null {
  const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote)
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`
  const https = /^https:\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(remote)
  return https ? `https://${https[1]}/${https[2]}` : null
}

/** Whether anything is at `path`, not following a symbolic link: a link counts, so that refusing it is reported. */
async function present(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  )
}
