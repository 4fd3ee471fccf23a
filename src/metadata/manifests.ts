/**
 * What a repository's build manifests say about it: Cargo.toml (root and workspace members) and package.json.
 * Used when a module has no cim.yaml, which is every module of the real organization today.
 */
import { parse as parseToml } from 'smol-toml'
import { firstLine } from '../util/text.js'
import type { Problem } from '../format/types.js'
import type { ModulePattern } from './names.js'
import { cargoRequirementToRange, cleanVersion, isRange } from './semver.js'

export const CARGO_TOML = 'Cargo.toml'
export const PACKAGE_JSON = 'package.json'

/** Folders whose manifests describe somebody else's code or build output, never the module itself. */
const IGNORED_DIRS = new Set(['vendor', 'target', 'node_modules'])

export interface ManifestFacts {
  /** The version the manifests give, already in canonical semver form. */
  version: string | null
  /** Dependencies on other modules: name -> semver range. */
  dependencies: Record<string, string>
  problems: Problem[]
}

type Table = Record<string, unknown>

interface CargoManifest {
  path: string
  table: Table
}

/**
 * Paths under which the repository's workspace members would keep their Cargo.toml, as globs. A glob that could
 * lead out of the repository (a `..` segment, an absolute path) is never a member: it is listed in `outside`, and
 * no source reads or asks for a file there.
 */
export function cargoWorkspaceMembers(rootCargoToml: string): {
  members: string[]
  exclude: string[]
  outside: string[]
} {
  try {
    const workspace = asTable(parseToml(rootCargoToml).workspace)
    const members = stringList(workspace?.members)
    return {
      members: members.filter((glob) => !leavesRepository(glob)),
      exclude: stringList(workspace?.exclude),
      outside: members.filter(leavesRepository),
    }
  } catch {
    return { members: [], exclude: [], outside: [] }
  }
}

/** `../x`, `a/../../x`, `/abs` and their Windows spellings; `..` inside a name (`a..b`) is harmless. */
function leavesRepository(glob: string): boolean {
  return /^[/\\]/.test(glob) || /^[a-zA-Z]:/.test(glob) || glob.split(/[/\\]/).some((segment) => segment === '..')
}

/** True when `dir` (a path relative to the root, no trailing slash) is matched by a Cargo workspace glob. */
export function matchesWorkspaceGlob(dir: string, glob: string): boolean {
  const pattern = glob.replace(/\/+$/, '').replace(/^\.\//, '')
  const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('[^/]*')}$`)
  return regex.test(dir)
}

/**
 * The paths of the Cargo.toml of the workspace members `rootCargoToml` lists, found by expanding the member globs
 * one folder level at a time with `listFolders` (the names of the subfolders of a folder, '' being the root), in
 * path order. Each source lists folders its own way: the file system, or git at a commit.
 */
export async function workspaceMemberManifests(
  rootCargoToml: string,
  listFolders: (dir: string) => Promise<string[]>,
): Promise<string[]> {
  const found = new Set<string>()
  for (const glob of cargoWorkspaceMembers(rootCargoToml).members) {
    let dirs = ['']
    for (const segment of glob.replace(/^\.\//, '').replace(/\/+$/, '').split('/')) {
      const next: string[] = []
      for (const dir of dirs) {
        if (!segment.includes('*')) next.push(dir ? `${dir}/${segment}` : segment)
        else
          for (const child of await listFolders(dir))
            if (matchesWorkspaceGlob(child, segment)) next.push(dir ? `${dir}/${child}` : child)
      }
      dirs = next
    }
    for (const dir of dirs) if (!isIgnoredPath(`${dir}/${CARGO_TOML}`)) found.add(`${dir}/${CARGO_TOML}`)
  }
  return [...found].sort()
}

export function isIgnoredPath(path: string): boolean {
  return path.split('/').some((segment) => IGNORED_DIRS.has(segment))
}

/**
 * Version and module dependencies from the manifests in `files`: the root Cargo.toml and those of its workspace
 * members, then package.json. A dependency on the module itself or on a crate of the same workspace is internal.
 */
export function readManifests(
  moduleName: string,
  files: Record<string, string>,
  isModule: ModulePattern,
): ManifestFacts {
  const problems: Problem[] = []
  const cargo = readCargoManifests(files, problems)
  const packageJson = readPackageJson(files[PACKAGE_JSON], problems)

  const internal = new Set([
    moduleName,
    ...cargo.map((m) => crateName(asTable(m.table.package)?.name)).filter(isString),
  ])
  // A Map, not an object: a module may be named like an Object.prototype member (`constructor`).
  const dependencies = new Map<string, string>()
  const add = (name: string, range: string) => {
    if (!isModule.matches(name) || internal.has(name)) return
    // A concrete range from one manifest beats `*` from another (e.g. a member that only names the git repo).
    const known = dependencies.get(name)
    if (known === undefined || known === '*') dependencies.set(name, range)
  }
  for (const manifest of cargo) {
    for (const [name, range] of cargoDependencies(manifest, problems)) add(name, range)
  }
  for (const [name, spec] of Object.entries(asTable(packageJson?.dependencies) ?? {})) {
    add(name, typeof spec === 'string' && isRange(spec) ? spec.trim() : '*')
  }

  return {
    version: manifestVersion(cargo[0], packageJson, problems),
    dependencies: Object.fromEntries(dependencies),
    problems,
  }
}

/** The root manifest first, then the workspace members it lists (minus its excludes), in path order. */
function readCargoManifests(files: Record<string, string>, problems: Problem[]): CargoManifest[] {
  const rootText = files[CARGO_TOML]
  if (rootText === undefined) return []
  const root = parseManifest(CARGO_TOML, rootText, problems)
  if (!root) return []
  const { members, exclude, outside } = cargoWorkspaceMembers(rootText)
  for (const glob of outside) {
    problems.push({
      level: 'warning',
      code: 'invalid-manifest',
      message: `${CARGO_TOML}: workspace member ${JSON.stringify(glob)} is outside the repository; ignored`,
      file: CARGO_TOML,
    })
  }
  const memberPaths = Object.keys(files)
    .filter((path) => path.endsWith(`/${CARGO_TOML}`) && !isIgnoredPath(path))
    .filter((path) => {
      const dir = path.slice(0, -CARGO_TOML.length - 1)
      return (
        members.some((glob) => matchesWorkspaceGlob(dir, glob)) &&
        !exclude.some((glob) => matchesWorkspaceGlob(dir, glob))
      )
    })
    .sort()
  const manifests = [root]
  for (const path of memberPaths) {
    const member = parseManifest(path, files[path]!, problems)
    if (member) manifests.push(member)
  }
  return manifests
}

function parseManifest(path: string, text: string, problems: Problem[]): CargoManifest | null {
  try {
    return { path, table: parseToml(text) as Table }
  } catch (error) {
    const { line, column } = error as { line?: number; column?: number }
    problems.push({
      level: 'warning',
      code: 'invalid-manifest',
      message: `${path} is not valid TOML: ${firstLine((error as Error).message)}`,
      file: path,
      ...(line ? { line } : {}),
      ...(column ? { col: column } : {}),
    })
    return null
  }
}

/** [dependencies], [target.*.dependencies] and [workspace.dependencies]; never dev- or build-dependencies. */
function cargoDependencies(manifest: CargoManifest, problems: Problem[]): [string, string][] {
  const tables = [
    asTable(manifest.table.dependencies),
    asTable(asTable(manifest.table.workspace)?.dependencies),
    ...Object.values(asTable(manifest.table.target) ?? {}).map((target) => asTable(asTable(target)?.dependencies)),
  ]
  const found: [string, string][] = []
  for (const table of tables) {
    for (const [key, spec] of Object.entries(table ?? {})) {
      const detail = asTable(spec)
      if (detail?.workspace === true) continue // inherited: the root's [workspace.dependencies] names it
      const name = crateName(detail?.package ?? key)
      if (!name) continue
      found.push([name, cargoRange(name, spec, manifest.path, problems)])
    }
  }
  return found
}

/** A version requirement if one is given, `=X.Y.Z` for a git dependency pinned to tag vX.Y.Z, `*` otherwise. */
function cargoRange(name: string, spec: unknown, path: string, problems: Problem[]): string {
  const detail = asTable(spec)
  const requirement = typeof spec === 'string' ? spec : detail?.version
  if (typeof requirement === 'string') {
    const range = cargoRequirementToRange(requirement)
    if (range) return range
    problems.push({
      level: 'warning',
      code: 'invalid-manifest',
      message: `${path}: dependency ${name} has version requirement ${JSON.stringify(requirement)}, which is not a semver range`,
      file: path,
    })
    return '*'
  }
  const tagVersion = typeof detail?.tag === 'string' ? cleanVersion(detail.tag) : null
  return tagVersion ? `=${tagVersion}` : '*'
}

function manifestVersion(
  root: CargoManifest | undefined,
  packageJson: Table | null,
  problems: Problem[],
): string | null {
  const pkg = asTable(root?.table.package)
  const workspaceVersion = asTable(asTable(root?.table.workspace)?.package)?.version
  const candidates: [string, unknown][] = [
    [CARGO_TOML, typeof pkg?.version === 'string' ? pkg.version : workspaceVersion],
    [PACKAGE_JSON, packageJson?.version],
  ]
  for (const [file, value] of candidates) {
    if (typeof value !== 'string') continue
    const version = cleanVersion(value)
    if (version) return version
    problems.push({
      level: 'warning',
      code: 'invalid-manifest',
      message: `${file}: version ${JSON.stringify(value)} is not semver`,
      file,
    })
  }
  return null
}

function readPackageJson(text: string | undefined, problems: Problem[]): Table | null {
  if (text === undefined) return null
  try {
    return asTable(JSON.parse(text))
  } catch (error) {
    problems.push({
      level: 'warning',
      code: 'invalid-manifest',
      message: `${PACKAGE_JSON} is not valid JSON: ${(error as Error).message}`,
      file: PACKAGE_JSON,
    })
    return null
  }
}

/** Cargo treats `-` and `_` in crate names alike; module names use `-`. */
function crateName(value: unknown): string | null {
  return typeof value === 'string' ? value.replace(/_/g, '-') : null
}

function asTable(value: unknown): Table | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Table) : null
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter(isString) : []
}

function isString(value: unknown): value is string {
  return typeof value === 'string'
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
