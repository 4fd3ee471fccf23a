/**
 * Reads what the site is built from, from any registry the query commands take (a directory, a base URL,
 * github:OWNER/REPO): modules.yaml and status.json (required), changelog.md and the version history (optional).
 */
import { DEFAULT_TIMEOUT_MS, type RegistryClientOptions } from '../client/client.js'
import { RegistryFileNotFoundError } from '../client/errors.js'
import { parseModulesFile, parseStatusFile } from '../client/files.js'
import { directorySource, githubSource, urlSource, type RegistrySource } from '../client/sources.js'
import { REGISTRY_FILES } from '../registry/previous.js'
import type { SiteInput, VersionHistoryEntry } from './model.js'

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

export async function readSiteInput(options: RegistryClientOptions, { includePrivate = false } = {}): Promise<RegistryRead> {
  const source = openSource(options)
  // The contents API takes the path's slashes as they are (a file name is one encoded segment there).
  const history = options.github ? githubSource({ ...options.github, path: `${options.github.path ?? 'registry'}/history` }, settingsOf(options)) : source
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
  const notes: string[] = []
  let versions: Map<string, VersionHistoryEntry[]> | undefined
  if (remote && shown.length > REMOTE_HISTORY_LIMIT) {
    notes.push(
      `version history not read: over the network it takes a request a module, and the site shows ${shown.length} (more than ${REMOTE_HISTORY_LIMIT}); build the site from a checkout of the registry repository to include it`,
    )
  } else versions = await readHistory(history, historyName, shown, remote)
  return { input: { modules, status, changelog: changelog ?? '', history: versions }, location: source.location, notes }
}

/**
 * The history of each module that has one. A registry without version tracking has none: when the first module's
 * file is missing over the network, the others are not asked for (10,000 requests that would all answer 404).
 */
async function readHistory(
  source: RegistrySource,
  file: (name: string) => string,
  names: string[],
  remote: boolean,
): Promise<Map<string, VersionHistoryEntry[]> | undefined> {
  const history = new Map<string, VersionHistoryEntry[]>()
  const readOne = async (name: string) => {
    const text = await optional(source.read(file(name)).then((read) => read.text))
    if (text !== undefined) history.set(name, parseHistory(text))
    return text !== undefined
  }
  let next = 0
  if (remote && names.length > 0) {
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
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) entries.push(pickHistory(value as Record<string, unknown>))
    } catch {
      // skipped: see above
    }
  }
  return entries
}

function pickHistory(value: Record<string, unknown>): VersionHistoryEntry {
  const str = (from: Record<string, unknown>, key: string) => (typeof from[key] === 'string' ? (from[key] as string) : undefined)
  const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)
  const { dependencies, locked } = value
  return {
    version: str(value, 'version'),
    tag: str(value, 'tag'),
    commit: str(value, 'commit'),
    date: str(value, 'date'),
    ci: str(value, 'ci') ?? null,
    dependencies: isRecord(dependencies)
      ? Object.fromEntries(Object.entries(dependencies).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
      : undefined,
    locked: isRecord(locked)
      ? Object.fromEntries(
          Object.entries(locked)
            .filter((entry): entry is [string, Record<string, unknown>] => isRecord(entry[1]))
            .map(([name, lock]) => [name, { version: str(lock, 'version'), source: str(lock, 'source'), commit: str(lock, 'commit') }]),
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
  return { token: options.token || undefined, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes: options.maxBytes ?? 64 * 1024 * 1024 }
}

async function optional<T>(promise: Promise<T>): Promise<T | undefined> {
  try {
    return await promise
  } catch (error) {
    if (error instanceof RegistryFileNotFoundError) return undefined
    throw error
  }
}
