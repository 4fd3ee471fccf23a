/**
 * The query commands of `cim-registry`: list, get, deps, dependents, search, topics, status, and the version
 * history's versions, compat, drift and resolve, over a RegistryClient.
 * Tables for people, `--json` for programs. Text from modules is shown with control characters replaced, so that
 * a description cannot move the cursor or recolour the terminal.
 */
import { RegistryClient } from '../client/client.js'
import type { DependencyLink, ModuleInfo, TopicUse } from '../client/model.js'
import { REGISTRY_SPEC_HELP } from '../client/spec.js'
import {
  MODULE_TYPES,
  VISIBILITIES,
  type Health,
  type ModuleStatus,
  type ModuleType,
  type StatusFile,
  type Visibility,
} from '../format/types.js'
import { registryFromOptions, string, usage, UsageError, type Command } from './command.js'
import type { CompatEntry, DriftEntry } from '../versions/evidence.js'
import type { VersionEntry } from '../versions/types.js'
import { formatProblem, errorsOf } from '../format/problems.js'

const COMMON_OPTIONS: Command['options'] = {
  registry: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
}

const COMMON_HELP = `  --registry R          the registry: ${REGISTRY_SPEC_HELP}
                        (default: $CIM_REGISTRY; a checkout of the registry repository works too)
  --timeout SECONDS     time allowed for fetching each registry file (default 10)
  --json                print JSON for programs
  -h, --help            show this help

CIM_REGISTRY_TOKEN is sent to the registry's host, and to no other; github: also takes GITHUB_TOKEN and
GITHUB_API_URL. Exit status: 0 done, 1 unknown module or the registry could not be read, 2 bad usage.`

export const QUERY_COMMANDS: Record<string, Command> = {
  list: {
    summary: 'list the modules of the registry, optionally of one type, visibility or topic',
    usage: `cim-registry list [--type T] [--visibility V] [--category C] [--status S] [--topic T] [options]

Lists the registered modules in name order; each filter given must match.

Options:
  --type T              ${MODULE_TYPES.join(' | ')}
  --visibility V        ${VISIBILITIES.join(' | ')}
  --category C          a category, e.g. financial-services
  --status S            a lifecycle status, e.g. production
  --topic T             a GitHub topic of the module's repository, e.g. graph (cim-registry topics lists them)
${COMMON_HELP}`,
    options: {
      ...COMMON_OPTIONS,
      type: { type: 'string' },
      visibility: { type: 'string' },
      category: { type: 'string' },
      status: { type: 'string' },
      topic: { type: 'string' },
    },
    async run(values, positionals) {
      takes(positionals, 0)
      const modules = await ask(
        openClient(values).listModules({
          type: string(values.type) as ModuleType | undefined,
          visibility: string(values.visibility) as Visibility | undefined,
          category: string(values.category),
          status: string(values.status),
          topic: string(values.topic),
        }),
      )
      print(values, modules, () => moduleTable(modules, 'no module matches these filters'))
      return 0
    },
  },
  get: {
    summary: 'show one module: metadata, dependencies, health and problems',
    usage: `cim-registry get NAME [options]

Shows the module's entry in modules.yaml with its health, dependents and problems from status.json.
With --json: the entry and the status as one object.

Options:
${COMMON_HELP}`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      const name = takes(positionals, 1, 'NAME')
      const client = openClient(values)
      const module = await client.getModule(name)
      const [links, status] = await Promise.all([client.dependenciesOf(name), client.status()])
      const moduleStatus = status.modules[name]
      print(values, { ...module, ...moduleStatus }, () => moduleDetailLines(module, links, moduleStatus))
      return 0
    },
  },
  deps: {
    summary: 'list what a module depends on, and whether the registered versions satisfy the ranges',
    usage: `cim-registry deps NAME [options]

Lists the module's dependencies with the range it requires, the registered version and whether that satisfies
the range.

Options:
${COMMON_HELP}`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      const name = takes(positionals, 1, 'NAME')
      const links = await openClient(values).dependenciesOf(name)
      print(values, links, () => (links.length === 0 ? [`${name} has no dependencies`] : dependencyTable(links)))
      return 0
    },
  },
  dependents: {
    summary: 'list the modules that depend on a module (reverse dependencies)',
    usage: `cim-registry dependents NAME [options]

Lists the modules that depend on NAME, the range each requires and whether NAME's registered version satisfies
it: what a new version of NAME would affect.

Options:
${COMMON_HELP}`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      const name = takes(positionals, 1, 'NAME')
      const links = await openClient(values).dependentsOf(name)
      print(values, links, () =>
        links.length === 0
          ? [`no module depends on ${name}`]
          : table(
              ['DEPENDENT', 'RANGE', 'SATISFIED'],
              links.map((link) => [link.from, link.range, satisfied(link)]),
            ),
      )
      return 0
    },
  },
  search: {
    summary: 'find modules by words in their name, description, category, owner or topics',
    usage: `cim-registry search TEXT... [options]

Lists the modules whose name, description, category, owner or topics contain every word of TEXT
(case-insensitive), best match first.

Options:
${COMMON_HELP}`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      const text = positionals.join(' ').trim()
      if (text === '') throw new UsageError('search needs TEXT')
      const modules = await ask(openClient(values).search(text))
      print(values, modules, () => moduleTable(modules, `no module matches ${JSON.stringify(text)}`))
      return 0
    },
  },
  topics: {
    summary: 'list the subject topics of the modules (graph, ai, ...), most used first',
    usage: `cim-registry topics [--all] [options]

Lists the GitHub topics of the registered modules, most used first, with how many modules carry each and which.
The CIM convention's own topics (cim, cim-module, cim-domain, cim-private, core, domain, template) are left out
unless --all is given. cim-registry list --topic T lists the modules of one topic.
With --json: [{topic, modules, convention}].

Options:
  --all                 include the convention's topics
${COMMON_HELP}`,
    options: { ...COMMON_OPTIONS, all: { type: 'boolean' } },
    async run(values, positionals) {
      takes(positionals, 0)
      const topics = (await openClient(values).topics()).filter((use) => values.all === true || !use.convention)
      const empty = values.all
        ? 'no module carries a topic'
        : "no module carries a subject topic (--all shows the convention's topics too)"
      print(values, topics, () => topicTable(topics, empty))
      return 0
    },
  },
  versions: {
    summary: "list a module's version tags with the dependencies and lock evidence of each",
    usage: `cim-registry versions NAME [options]

Lists every version tag of the module, oldest first: its commit and date, what the lock files pinned at that
commit and its CI state. With --json: an array of {version, tag, commit, date, manifest_version, dependencies,
locked, ci} (locked: name -> {version, source, commit}, or null without a lock file; ci: success, failure,
pending, error or null).

Options:
${COMMON_HELP}`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      const name = takes(positionals, 1, 'NAME')
      const versions = await openClient(values).versions(name)
      print(values, versions, () =>
        versions.length === 0 ? [`${name} has no version tags in the registry's history`] : versionTable(versions),
      )
      return 0
    },
  },
  compat: {
    summary: 'show how a module (or one of its versions) stands to each dependency: declared, locked, newest, verified',
    usage: `cim-registry compat NAME[@VERSION] [options]

For each dependency of the module's head (or of VERSION): the range declared, the version the lock file pins,
the newest registered version, whether that satisfies the range, and the versions it was built with and passed
CI with (verified). With --json: an object keyed by dependency name.

Options:
${COMMON_HELP}`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      const spec = takes(positionals, 1, 'NAME[@VERSION]')
      const at = spec.indexOf('@', 1)
      const [name, version] = at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 1)]
      const result = await ask(openClient(values).compat(name, version))
      print(values, result, () => compatTable(name, result))
      return 0
    },
  },
  drift: {
    summary: "list the cim packages in the modules' lock files that are behind the newest version or not reproducible",
    usage: `cim-registry drift [options]

Every cim package of every module's head lock (direct or transitive) whose locked version differs from the newest
registered one, or that is locked by path or by git branch (not reproducible). With --json: an array of
{module, dependency, locked, newest, source, commit, reproducible}.

Options:
${COMMON_HELP}`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      takes(positionals, 0)
      const entries = await openClient(values).drift()
      print(values, entries, () =>
        entries.length === 0
          ? ['no drift: every lock pins the newest registered versions, reproducibly']
          : driftTable(entries),
      )
      return 0
    },
  },
  resolve: {
    summary: 'find versions of modules (and their dependencies) that work together, or explain why none do',
    usage: `cim-registry resolve SPEC... [options]

SPEC is NAME or NAME@RANGE (a semver range, e.g. cim-domain@^0.8). Chooses versions of the named modules and of
all their transitive dependencies that satisfy every range declared at the chosen versions, preferring
combinations that were built together and passed CI, then the newest versions. When none exist, explains which
ranges clash through which chain. With --json: {"ok": true, "versions": {name: version}} or
{"ok": false, "explanation": "..."}.

Options:
${COMMON_HELP}
resolve exits with status 1 when no versions work together.`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      if (positionals.length === 0) throw new UsageError('resolve needs at least one NAME or NAME@RANGE')
      const result = await ask(openClient(values).resolve(positionals))
      print(values, result, () =>
        result.ok
          ? table(['MODULE', 'VERSION'], Object.entries(result.versions))
          : ['no versions work together:', ...result.explanation.split('\n').map(clean)],
      )
      return result.ok ? 0 : 1
    },
  },
  status: {
    summary: "show the registry's health: totals, problems, modules with errors",
    usage: `cim-registry status [options]

Summarizes status.json: totals by type, visibility and health, whether the last update saw every repository,
registry-wide problems, and the modules with errors (with their problems) or warnings.
With --json: status.json as it is.

Options:
${COMMON_HELP}`,
    options: COMMON_OPTIONS,
    async run(values, positionals) {
      takes(positionals, 0)
      const client = openClient(values)
      const status = await client.status()
      print(values, status, () => describeStatus(status, client.location))
      return 0
    },
  },
}

function openClient(values: Record<string, string | boolean | undefined>): RegistryClient {
  return usage(() => new RegistryClient(registryFromOptions(values)))
}

/** The client's RangeErrors (an unknown type, an empty search) are bad usage of the command. */
async function ask<T>(query: Promise<T>): Promise<T> {
  try {
    return await query
  } catch (error) {
    throw error instanceof RangeError ? new UsageError(error.message) : error
  }
}

/** Checks the number of arguments (none, or one `what`); returns the first. */
function takes(positionals: string[], count: 0 | 1, what = ''): string {
  if (positionals.length > count) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[count])}`)
  if (positionals.length < count) throw new UsageError(`${what} is required`)
  return positionals[0] ?? ''
}

function print(values: Record<string, unknown>, data: unknown, lines: () => string[]): void {
  console.log(values.json ? JSON.stringify(data, null, 2) : lines().join('\n'))
}

function moduleTable(modules: ModuleInfo[], empty: string): string[] {
  if (modules.length === 0) return [empty]
  const rows = modules.map((module) => [
    module.name,
    module.type,
    module.version ?? '-',
    module.visibility,
    module.status ?? '-',
    shorten(module.description ?? '', 72),
  ])
  const count = `${modules.length} module${modules.length === 1 ? '' : 's'}`
  return [...table(['NAME', 'TYPE', 'VERSION', 'VISIBILITY', 'STATUS', 'DESCRIPTION'], rows), count]
}

function topicTable(topics: TopicUse[], empty: string): string[] {
  if (topics.length === 0) return [empty]
  return table(
    ['TOPIC', 'MODULES', 'NAMES'],
    topics.map((use) => [use.topic, String(use.modules.length), shorten(use.modules.join(', '), 72)]),
  )
}

function moduleDetailLines(module: ModuleInfo, links: DependencyLink[], status: ModuleStatus | undefined): string[] {
  const fields: [string, string | null | undefined][] = [
    ['type', module.type],
    ['version', module.version],
    ['visibility', module.visibility],
    ['description', module.description],
    ['repository', module.repository],
    ['category', module.category],
    ['status', module.status],
    ['owner', module.owner],
    ['deployed', module.deployed === undefined ? undefined : String(module.deployed)],
    ['archived', module.archived ? 'yes' : undefined],
    ['topics', module.topics.join(', ') || undefined],
    [
      'last commit',
      module.last_commit && `${module.last_commit}${module.last_updated ? ` (${module.last_updated})` : ''}`,
    ],
    ['metadata', module.metadata === 'declared' ? 'declared in cim.yaml' : 'inferred (no valid cim.yaml)'],
    ['health', status?.health],
    ['dependents', status && (status.dependents.join(', ') || 'none')],
  ]
  const lines = [module.name]
  for (const [label, value] of fields)
    if (value !== null && value !== undefined) lines.push(`  ${label.padEnd(13)}${clean(value)}`)
  if (links.length === 0) lines.push(`  ${'dependencies'.padEnd(13)}none`)
  else lines.push('  dependencies', ...dependencyTable(links).map((line) => `    ${line}`))
  if (status?.stale) lines.push(`  ${'stale'.padEnd(13)}${clean(status.stale)}`)
  if (status && status.problems.length > 0)
    lines.push('  problems', ...status.problems.map((problem) => `    ${clean(formatProblem(problem))}`))
  return lines
}

function describeStatus(status: StatusFile, location: string): string[] {
  const modules = Object.entries(status.modules)
  const withHealth = (health: Health) => modules.filter(([, module]) => module.health === health)
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([key, count]) => `${key} ${count}`)
      .join(', ')
  const lines = [
    `registry    ${location}`,
    `modules     ${status.totals.modules} (${counts(status.totals.by_type)})`,
    `visibility  ${counts(status.totals.by_visibility)}`,
    `health      ${counts(status.totals.by_health)}`,
    `view        ${status.complete_view ? 'complete' : 'partial: the last update could not see every repository'}`,
    `hash        ${status.registry_hash}`,
  ]
  if (status.problems.length > 0)
    lines.push('', 'registry problems:', ...status.problems.map((problem) => `  ${clean(formatProblem(problem))}`))
  const errors = withHealth('error')
  if (errors.length > 0) lines.push('', 'modules with errors:')
  for (const [name, module] of errors) {
    lines.push(`  ${name}`, ...errorsOf(module.problems).map((p) => `    ${clean(formatProblem(p))}`))
  }
  const warnings = withHealth('warning').map(([name]) => name)
  if (warnings.length > 0)
    lines.push('', `modules with warnings (cim-registry get NAME shows them): ${warnings.join(', ')}`)
  return lines
}

function dependencyTable(links: DependencyLink[]): string[] {
  return table(
    ['DEPENDENCY', 'RANGE', 'REGISTERED', 'SATISFIED'],
    links.map((link) => [
      link.to,
      link.range,
      link.registered ? (link.version ?? 'no version') : 'not registered',
      satisfied(link),
    ]),
  )
}

function versionTable(versions: VersionEntry[]): string[] {
  const locked = (entry: VersionEntry) =>
    entry.locked === null
      ? 'no lock file'
      : Object.entries(entry.locked)
          .map(([name, lock]) => `${name} ${lock.version ?? lock.commit?.slice(0, 7) ?? '?'}`)
          .join(', ') || '-'
  return table(
    ['VERSION', 'TAG', 'COMMIT', 'DATE', 'CI', 'BUILT WITH'],
    versions.map((entry) => [
      entry.version +
        (entry.manifest_version !== null && entry.manifest_version !== entry.version
          ? ` (manifest ${entry.manifest_version})`
          : ''),
      entry.tag + (entry.moved_from ? ' (moved)' : ''),
      entry.commit.slice(0, 7),
      entry.date?.slice(0, 10) ?? '-',
      entry.ci ?? '-',
      locked(entry),
    ]),
  )
}

function compatTable(name: string, result: Record<string, CompatEntry>): string[] {
  const rows = Object.entries(result)
  if (rows.length === 0) return [`${name} has no dependencies`]
  return table(
    ['DEPENDENCY', 'DECLARED', 'LOCKED', 'NEWEST', 'SATISFIED', 'VERIFIED'],
    rows.map(([dependency, entry]) => [
      dependency,
      entry.declared ?? '-',
      entry.locked ?? '-',
      entry.newest ?? '-',
      entry.satisfied === null ? '-' : entry.satisfied ? 'yes' : 'no',
      entry.verified.join(', ') || '-',
    ]),
  )
}

function driftTable(entries: DriftEntry[]): string[] {
  const modules = new Set(entries.map((entry) => entry.module)).size
  return [
    ...table(
      ['MODULE', 'DEPENDENCY', 'LOCKED', 'NEWEST', 'SOURCE', 'REPRODUCIBLE'],
      entries.map((entry) => [
        entry.module,
        entry.dependency,
        entry.locked ?? entry.commit?.slice(0, 7) ?? '-',
        entry.newest ?? '-',
        entry.source,
        entry.reproducible ? 'yes' : 'no',
      ]),
    ),
    `${entries.length} drift entr${entries.length === 1 ? 'y' : 'ies'} in ${modules} module${modules === 1 ? '' : 's'}`,
  ]
}

function satisfied(link: DependencyLink): string {
  return link.satisfied === null ? '-' : link.satisfied ? 'yes' : 'no'
}

/** Columns padded to their widest cell, two spaces apart; the last column is not padded. */
function table(header: string[], rows: string[][]): string[] {
  const cells = [header, ...rows.map((row) => row.map(clean))]
  const widths = header.map((_, i) => cells.reduce((width, row) => Math.max(width, row[i]!.length), 0))
  return cells.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd(),
  )
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** Control characters (ESC, newlines, C1) become spaces: module text must not drive the terminal. */
function clean(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
}
