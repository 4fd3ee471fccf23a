/**
 * Lock files as evidence of what a build used: Cargo.lock (formats 3 and 4), package-lock.json (lockfileVersion 1
 * to 3) and flake.lock inputs that point at another module's repository. Each reader keeps only cim packages (the
 * module pattern), direct or transitive, since a lock describes the whole build; an unreadable lock is a problem,
 * never an exception.
 */
import semver from 'semver'
import { parse as parseToml } from 'smol-toml'
import { firstLine } from '../util/text.js'
import { sortRecord } from '../util/order.js'
import { cleanVersion } from '../metadata/semver.js'
import type { Problem } from '../format/types.js'
import { tagVersion } from './tags.js'
import type { LockEvidence, LockedDependency, LockSource } from './types.js'

export const CARGO_LOCK = 'Cargo.lock'
export const PACKAGE_LOCK = 'package-lock.json'
export const FLAKE_LOCK = 'flake.lock'
export const LOCK_FILES = [CARGO_LOCK, PACKAGE_LOCK, FLAKE_LOCK] as const

export interface LockReading {
  /** The evidence of every lock file found; null when there is none. */
  locked: LockEvidence | null
  problems: Problem[]
}

/**
 * The evidence of all lock files in `files` for module `name`. `isCim` says whether a package name is a cim
 * module; `internal` names the module's own crates (a workspace's members), which are not dependencies.
 */
export function readLocks(
  files: Readonly<Record<string, string | undefined>>,
  isCim: (name: string) => boolean,
  internal: ReadonlySet<string>,
): LockReading {
  const problems: Problem[] = []
  const evidence: LockEvidence = {}
  let found = false
  const keep = (name: string, locked: LockedDependency) => {
    const normalized = name.replace(/_/g, '-')
    if (!isCim(normalized) || internal.has(normalized)) return
    // Two versions of one package in one lock (Cargo allows it): the highest is the one the module is built with.
    const known = evidence[normalized]
    if (!known || (locked.version !== null && (known.version === null || semver.gt(locked.version, known.version))))
      evidence[normalized] = locked
  }
  const readers: [string, (text: string) => void][] = [
    [CARGO_LOCK, (text) => cargoLock(text).forEach(([name, locked]) => keep(name, locked))],
    [PACKAGE_LOCK, (text) => packageLock(text).forEach(([name, locked]) => keep(name, locked))],
    [FLAKE_LOCK, (text) => flakeLock(text).forEach(([name, locked]) => keep(name, locked))],
  ]
  for (const [file, read] of readers) {
    const text = files[file]
    if (text === undefined) continue
    found = true
    try {
      read(text)
    } catch (error) {
      problems.push({
        level: 'warning',
        code: 'invalid-lock',
        message: `${file} cannot be read: ${firstLine((error as Error).message)}`,
        file,
      })
    }
  }
  return { locked: found ? sortRecord(evidence) : null, problems }
}

/**
 * Cargo.lock: `[[package]]` tables with name, version and source. No source: a path dependency (or the
 * workspace itself). `git+URL?branch=B#SHA`, `?tag=T#SHA`, `?rev=R#SHA`, or no query (the default branch). Format
 * 4 percent-encodes the query values, format 3 did not; both decode the same.
 * https://doc.rust-lang.org/cargo/reference/resolver.html#lockfile-versions
 */
export function cargoLock(text: string): [string, LockedDependency][] {
  const table = parseToml(text) as { package?: unknown }
  if (table.package !== undefined && !Array.isArray(table.package))
    throw new Error('`package` is not an array of tables')
  const found: [string, LockedDependency][] = []
  for (const entry of (table.package ?? []) as Record<string, unknown>[]) {
    if (typeof entry?.name !== 'string') continue
    const version = typeof entry.version === 'string' ? cleanVersion(entry.version) : null
    found.push([entry.name, { version, ...cargoSource(typeof entry.source === 'string' ? entry.source : null) }])
  }
  return found
}

function cargoSource(source: string | null): { source: LockSource; commit: string | null } {
  if (source === null) return { source: 'path', commit: null }
  if (!source.startsWith('git+')) return { source: 'registry', commit: null }
  const hash = source.lastIndexOf('#')
  const commit = hash >= 0 ? source.slice(hash + 1) : null
  const url = hash >= 0 ? source.slice(4, hash) : source.slice(4)
  const query = new URL(url).searchParams
  const kind: LockSource = query.has('tag') ? 'git-tag' : query.has('rev') ? 'git-rev' : 'git-branch'
  return { source: kind, commit: commit && /^[0-9a-f]{7,64}$/.test(commit) ? commit : null }
}

/**
 * package-lock.json: lockfileVersion 2 and 3 list `packages["node_modules/NAME"]` (nested paths too), version 1
 * nests `dependencies`. `resolved` tells the source: a git URL with `#SHA`, `file:` or a `link` (path), else the
 * registry. https://docs.npmjs.com/cli/configuring-npm/package-lock-json
 */
export function packageLock(text: string): [string, LockedDependency][] {
  const lock = JSON.parse(text) as Record<string, unknown>
  if (lock === null || typeof lock !== 'object') throw new Error('not a JSON object')
  const found: [string, LockedDependency][] = []
  const add = (name: string, entry: Record<string, unknown>) => {
    const resolved =
      typeof entry.resolved === 'string'
        ? entry.resolved
        : typeof entry.version === 'string' && /^(git|file:|github:)/.test(entry.version)
          ? entry.version
          : ''
    const version = typeof entry.version === 'string' ? cleanVersion(entry.version) : null
    found.push([name, { version, ...npmSource(resolved, entry.link === true) }])
  }
  const packages = lock.packages
  if (packages && typeof packages === 'object') {
    for (const [path, entry] of Object.entries(packages as Record<string, Record<string, unknown>>)) {
      const at = path.lastIndexOf('node_modules/')
      if (at < 0 || !entry || typeof entry !== 'object') continue
      add(path.slice(at + 'node_modules/'.length), entry)
    }
    return found
  }
  const walk = (dependencies: unknown) => {
    for (const [name, entry] of Object.entries((dependencies ?? {}) as Record<string, Record<string, unknown>>)) {
      if (!entry || typeof entry !== 'object') continue
      add(name, entry)
      walk(entry.dependencies)
    }
  }
  walk(lock.dependencies)
  return found
}

function npmSource(resolved: string, link: boolean): { source: LockSource; commit: string | null } {
  if (link || resolved.startsWith('file:')) return { source: 'path', commit: null }
  const git = /^(?:git\+|git:|github:)[^#]*#([0-9a-f]{40})$/.exec(resolved)
  // npm always locks a git dependency to the commit it resolved, whatever the manifest asked for.
  if (git) return { source: 'git-rev', commit: git[1]! }
  return { source: 'registry', commit: null }
}

/**
 * flake.lock: `nodes.NAME.locked` with `type` github (owner, repo, rev) or git (url, rev) and `original` with the
 * ref or rev asked for. An input whose repository is a cim module is evidence of the commit it was built with;
 * the version is that of the tag asked for, when a tag was asked for. https://nix.dev/manual/nix/latest/command-ref/new-cli/nix3-flake
 */
export function flakeLock(text: string): [string, LockedDependency][] {
  const lock = JSON.parse(text) as {
    nodes?: Record<string, { locked?: Record<string, unknown>; original?: Record<string, unknown> }>
  }
  if (!lock || typeof lock.nodes !== 'object' || lock.nodes === null) throw new Error('no `nodes` object')
  const found: [string, LockedDependency][] = []
  for (const node of Object.values(lock.nodes)) {
    const locked = node?.locked
    if (!locked || typeof locked.rev !== 'string') continue
    const repo =
      typeof locked.repo === 'string'
        ? locked.repo
        : typeof locked.url === 'string'
          ? /\/([^/]+?)(?:\.git)?$/.exec(locked.url)?.[1]
          : undefined
    if (!repo) continue
    const original = node.original ?? {}
    const ref = typeof original.ref === 'string' ? original.ref : null
    const tagged = ref !== null ? tagVersion(ref, repo) : null
    const source: LockSource = typeof original.rev === 'string' ? 'git-rev' : tagged !== null ? 'git-tag' : 'git-branch'
    found.push([repo, { version: tagged, source, commit: locked.rev }])
  }
  return found
}
