/**
 * Where the registry files come from: a directory (a checkout of the registry repository, for offline use), a base
 * URL (such as the raw files of ORG/cim at a ref), or the GitHub contents API (private registry repositories).
 */
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { decodeUtf8 } from '../util/text.js'
import { RegistryError, RegistryFileNotFoundError, RegistryParseError } from './errors.js'
import { HttpReader, shownUrl, type HttpSettings } from './http.js'
import { REGISTRY_FILES } from '../format/files.js'

export interface RegistryText {
  text: string
  /** Where the text was read from, for messages: a path, or a URL without its query. */
  where: string
}

export interface RegistrySource {
  /** The registry's location, for messages. */
  readonly location: string
  /** The text of one registry file (a name of REGISTRY_FILES). */
  read(file: string): Promise<RegistryText>
}

/** A registry repository on GitHub, read through the contents API. */
export interface GitHubRegistry {
  owner: string
  repo: string
  /** The folder that holds the registry files (default `registry`). */
  path?: string
  /** Branch, tag or commit (default: the repository's default branch). */
  ref?: string
  /** The API's base URL (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3). */
  apiUrl?: string
}

/**
 * A directory holding the registry files, or a checkout of the registry repository holding them in `registry/`.
 */
export function directorySource(directory: string): RegistrySource {
  const dir = resolve(directory)
  return {
    location: dir,
    async read(file) {
      const path = join(await registryRoot(dir), file)
      let bytes: Uint8Array
      try {
        bytes = await readFile(path)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new RegistryFileNotFoundError(`${path}: no such file`)
        throw new RegistryError(`${path}: ${(error as Error).message}`)
      }
      const text = decodeUtf8(bytes)
      if (text === null) throw new RegistryParseError(`${path}: not UTF-8 text`)
      return { text, where: path }
    },
  }
}

async function registryRoot(dir: string): Promise<string> {
  for (const candidate of [dir, join(dir, 'registry')]) {
    if (await isFile(join(candidate, REGISTRY_FILES.modules))) return candidate
  }
  const found = await stat(dir).catch(() => null)
  if (!found) throw new RegistryFileNotFoundError(`${dir}: no such directory`)
  if (!found.isDirectory()) throw new RegistryFileNotFoundError(`${dir}: not a directory`)
  const { modules } = REGISTRY_FILES
  throw new RegistryFileNotFoundError(
    `${dir} holds no ${modules} (nor registry/${modules}); give the registry folder or a checkout of the registry repository`,
  )
}

async function isFile(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false
}

/** The files under a base URL: `BASE/modules.yaml` and so on. A query on the base is kept on every file's URL. */
export function urlSource(url: string | URL, settings: HttpSettings): RegistrySource {
  const base = parseUrl(url, 'registry URL')
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  const reader = new HttpReader(base, {
    ...settings,
    notFoundHint: 'the URL must be the folder that holds modules.yaml',
  })
  return {
    location: shownUrl(base),
    async read(file) {
      const fileUrl = new URL(file, base)
      fileUrl.search = base.search
      return { text: await reader.read(fileUrl), where: shownUrl(fileUrl) }
    },
  }
}

const GITHUB_NAME = /^[A-Za-z0-9._-]+$/

export function githubSource(github: GitHubRegistry, settings: HttpSettings): RegistrySource {
  for (const key of ['owner', 'repo'] as const) {
    if (typeof github[key] !== 'string' || !GITHUB_NAME.test(github[key])) {
      const what = key === 'owner' ? 'user or organization' : 'repository'
      throw new TypeError(`github.${key} must be a GitHub ${what} name, not ${JSON.stringify(github[key])}`)
    }
  }
  const api = parseUrl(github.apiUrl ?? 'https://api.github.com', 'GitHub API URL')
  if (!api.pathname.endsWith('/')) api.pathname += '/'
  const folder = (github.path ?? 'registry').split('/').filter(Boolean)
  const reader = new HttpReader(api, {
    ...settings,
    // The raw media type: the body is the file itself, not JSON with base64 content (which stops at 1 MB).
    headers: { accept: 'application/vnd.github.raw+json', 'x-github-api-version': '2022-11-28' },
    notFoundHint:
      'check owner, repository, path and ref; a private repository also answers 404 to a token that cannot read it',
  })
  const ref = github.ref ? `@${github.ref}` : ''
  return {
    location: `${github.owner}/${github.repo}/${folder.join('/')}${ref} (${shownUrl(api)})`,
    async read(file) {
      const segments = ['repos', github.owner, github.repo, 'contents', ...folder, ...file.split('/')].map(
        encodeURIComponent,
      )
      const fileUrl = new URL(segments.join('/'), api)
      if (github.ref) fileUrl.searchParams.set('ref', github.ref)
      return { text: await reader.read(fileUrl), where: `${shownUrl(fileUrl)}${ref}` }
    },
  }
}

function parseUrl(url: string | URL, what: string): URL {
  try {
    return new URL(url)
  } catch {
    throw new TypeError(`${JSON.stringify(String(url))} is not a valid ${what}`)
  }
}
