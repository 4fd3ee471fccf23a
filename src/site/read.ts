/**
 * Reads what the site is built from, from any registry the query commands take (a directory, a base URL,
 * github:OWNER/REPO): modules.yaml and status.json (required), changelog.md and the version history (optional).
 */
import { DEFAULT_TIMEOUT_MS, type RegistryClientOptions } from '../client/client.js'
import { RegistryFileNotFoundError } from '../client/errors.js'
import { parseModulesFile, parseStatusFile } from '../client/parse.js'
import { directorySource, githubSource, urlSource, type RegistrySource } from '../client/file-readers.js'
import type { SiteInput, VersionHistoryEntry } from './model.js'
import { REGISTRY_FILES } from '../format/files.js'

/** Version history files of the registry's version tracking: `history/NAME.jsonl`, one JSON object a line. */
export const historyFile = (name: string) => `history/${name}.jsonl`
const HISTORY_READS_AT_ONCE = 8
/**
 * Over the network a history costs a request a module; GitHub allows a workflow's GITHUB_TOKEN 1,000 requests an
 * hour per repository (docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api), so above this many
 * modules the history is read only from a directory (a checkout of the registry repository).
 */
export const REMOTE_HISTORY_LIMIT = 300

export interface RegistryRead {
  input: Omit<SiteInput, 'includePrivate' | 'title'>
  location: string
  /** What was left out and why, for the user. */
  notes: string[]
}

export async function readSiteInput(
  options: RegistryClientOptions,
  { includePrivate = false } = {},
): Promise<RegistryRead> {
  const source = openSource(options)
  // The contents API takes the path's slashes as they are (a file name is one encoded segment there).
  const historyFolder =
    options.github &&
    githubSource({ ...options.github, path: `${options.github.path ?? 'registry'}/history` }, settingsOf(options))
  const history = historyFolder || source
  const historyName = options.github ? (name: string) => `${name}.jsonl` : historyFile
  const read = async (file: string) => (await source.read(file)).text
  const [modulesText, statusText, changelog] = await Promise.all([
    source.read(REGISTRY_FILES.modules),
    source.read(REGISTRY_FILES.status),
    optional(read(REGISTRY_FILES.changelog)),
  ])
  const modules = parseModulesFile(modulesText.text, modulesText.where)
  const status = parseStatusFile(statusText.text, statusText.where)
  // Only the modules the site shows: a private module's history would be read for nothing.
  const shown = Object.keys(modules.modules)
    .filter((name) => includePrivate || modules.modules[name]!.visibility !== 'private')
    .sort()
  const remote = options.directory === undefined
  // Through the contents API, one listing of the folder says which modules have a history; a plain URL cannot be
  // listed, so there the first module's file stands for all (see readHistory).
  const listed = options.github && (await listHistoryFolder(options.github, settingsOf(options)))
  const toRead = listed ? shown.filter((name) => listed.has(historyName(name))) : shown
  const notes: string[] = []
  let versions: Map<string, VersionHistoryEntry[]> | undefined
  if (remote && toRead.length > REMOTE_HISTORY_LIMIT) {
    notes.push(
      `version history not read: over the network it takes a request a module, and the site shows ${toRead.length} (more than ${REMOTE_HISTORY_LIMIT}); build the site from a checkout of the registry repository to include it`,
    )
  } else versions = await readHistory(history, historyName, toRead, remote && !listed)
  return { input: { modules, status, changelog: changelog ?? '', history: versions }, location: source.location, notes }
}

/** GitHub's contents API lists at most this many entries of a folder (docs.github.com/en/rest/repos/contents#get-repository-content). */
const CONTENTS_LISTING_LIMIT = 1000

/**
 * The file names in the registry's history folder, from one request to the contents API: a folder answers a JSON
 * array of its entries (name, path, type, ...). An empty set when there is no such folder (404: no version tracking);
 * undefined when the listing cannot be trusted to be whole (CONTENTS_LISTING_LIMIT entries or more, or not an array),
 * and each module is then asked for.
 */
async function listHistoryFolder(
  github: NonNullable<RegistryClientOptions['github']>,
  settings: ReturnType<typeof settingsOf>,
): Promise<Set<string> | undefined> {
  const text = await optional(
    githubSource({ ...github, path: github.path ?? 'registry' }, settings)
      .read('history')
      .then((read) => read.text),
  )
  if (text === undefined) return new Set()
  let entries: unknown
  try {
    entries = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!Array.isArray(entries) || entries.length >= CONTENTS_LISTING_LIMIT) return undefined
  return new Set(
    entries
      .filter(
        (entry): entry is { name: string; type: string } =>
          typeof entry === 'object' && entry !== null && typeof entry.name === 'string',
      )
      .filter((entry) => entry.type === 'file')
      .map((entry) => entry.name),
  )
}

/**
 * The history of each module that has one. Over a plain URL, which cannot be listed, a registry without version
 * tracking has none: when the first module's file is missing (`probe`), the others are not asked for (10,000
 * requests that would all answer 404).
 */
async function readHistory(
  source: RegistrySource,
  file: (name: string) => string,
  names: string[],
  probe: boolean,
): Promise<Map<string, VersionHistoryEntry[]> | undefined> {
  const history = new Map<string, VersionHistoryEntry[]>()
  const readOne = async (name: string) => {
    const text = await optional(source.read(file(name)).then((read) => read.text))
    if (text !== undefined) history.set(name, parseHistory(text))
    return text !== undefined
  }
  let next = 0
  if (probe && names.length > 0) {
    if (!(await readOne(names[0]!))) return undefined
    next = 1
  }
  const worker = async () => {
    while (next < names.length) await readOne(names[next++]!)
  }
  await Promise.all(Array.from({ length: HISTORY_READS_AT_ONCE }, worker))
  return history.size > 0 ? history : undefined
}

/** One object a line; a line that is not a JSON object is skipped (the site shows what it can read). */
export function parseHistory(text: string): VersionHistoryEntry[] {
  const entries: VersionHistoryEntry[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      const value: unknown = JSON.parse(line)
      if (typeof value === 'object' && value !== null && !Array.isArray(value))
        entries.push(pickHistory(value as Record<string, unknown>))
    } catch {
      // skipped: see above
    }
  }
  return entries
}

function pickHistory(value: Record<string, unknown>): VersionHistoryEntry {
  const str = (from: Record<string, unknown>, key: string) =>
    typeof from[key] === 'string' ? (from[key] as string) : undefined
  const isRecord = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x)
  const { dependencies, locked } = value
  return {
    version: str(value, 'version'),
    tag: str(value, 'tag'),
    commit: str(value, 'commit'),
    date: str(value, 'date'),
    ci: str(value, 'ci') ?? null,
    dependencies: isRecord(dependencies)
      ? Object.fromEntries(
          Object.entries(dependencies).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
        )
      : undefined,
    locked: isRecord(locked)
      ? Object.fromEntries(
          Object.entries(locked)
            .filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]))
            .map(([name, lock]) => [
              name,
              { version: str(lock, 'version'), source: str(lock, 'source'), commit: str(lock, 'commit') },
            ]),
        )
      : locked === null
        ? null
        : undefined,
  }
}

function openSource(options: RegistryClientOptions): RegistrySource {
  if (options.directory !== undefined) return directorySource(options.directory)
  if (options.github !== undefined) return githubSource(options.github, settingsOf(options))
  return urlSource(options.url!, settingsOf(options))
}

function settingsOf(options: RegistryClientOptions) {
  return {
    token: options.token || undefined,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
  }
}

async function optional<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof RegistryFileNotFoundError) return undefined
    throw error
  }
}
