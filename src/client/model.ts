/**
 * The modules of one modules.yaml, indexed once for the queries: by name, by type and by reverse dependency, so
 * that every query after the load is a lookup. Pure and synchronous; the client adds the loading.
 */
import { compareStrings } from '../util/order.js'
import { CONVENTION_TOPICS, isTopic } from '../metadata/topics.js'
import { isRange, satisfiesRange } from '../metadata/semver.js'
import {
  MODULE_TYPES,
  VISIBILITIES,
  type ModuleEntry,
  type ModulesFile,
  type ModuleType,
  type Visibility,
} from '../format/types.js'
import { ModuleNotFoundError } from './errors.js'
import { closestNames } from './suggest.js'

/** A modules.yaml entry with its name. */
export interface ModuleInfo extends ModuleEntry {
  name: string
}

/** One dependency edge: `from` requires `to` in `range`; `version` is what the registry has of `to`. */
export interface DependencyLink {
  from: string
  to: string
  range: string
  /** Whether `to` is in the registry (the engine reports an `unknown-dependency` problem when it is not). */
  registered: boolean
  /** The registered version of `to`; null when `to` is not registered or has no version. */
  version: string | null
  /** Whether `version` satisfies `range` (the engine's semver rules); null when there is no version to check. */
  satisfied: boolean | null
}

/** What listModules keeps; every given field must match. */
export interface ModuleFilter {
  type?: ModuleType
  visibility?: Visibility
  category?: string
  /** Lifecycle status: planning, development, pilot, production, deprecated. */
  status?: string
  /** A GitHub topic the module's repository carries, e.g. `graph` (case-insensitive, as GitHub's topics are). */
  topic?: string
}

/** One topic and the modules whose repositories carry it. */
export interface TopicUse {
  topic: string
  /** In name order. */
  modules: string[]
  /** True for the topics of the CIM convention (`cim`, `cim-module`, `cim-domain`, `cim-private`, `core`, `domain`,
   *  `template`), false for subject topics such as `graph` or `ai`. */
  convention: boolean
}

export class ModuleIndex {
  private readonly byName = new Map<string, ModuleInfo>()
  private readonly byType = new Map<ModuleType, ModuleInfo[]>(MODULE_TYPES.map((type) => [type, []]))
  private readonly dependents = new Map<string, ModuleInfo[]>()
  /** Modules by topic, in name order, built on the first query that needs it. */
  private byTopic?: Map<string, ModuleInfo[]>
  /** Lower-cased searchable text per module, built on the first search. */
  private searchText?: Map<ModuleInfo, { name: string; rest: string }>

  constructor(file: ModulesFile) {
    for (const name of Object.keys(file.modules).sort(compareStrings)) {
      const entry = file.modules[name]!
      Object.freeze(entry.topics)
      Object.freeze(entry.dependencies)
      // Frozen, since every query hands out the same object; the name is set last as well, so that no stray
      // `name` key in an entry can hide it.
      const module: ModuleInfo = Object.freeze(Object.assign({ name }, entry, { name }))
      this.byName.set(name, module)
      this.byType.get(module.type)!.push(module)
      for (const target of Object.keys(module.dependencies)) {
        let list = this.dependents.get(target)
        if (!list) this.dependents.set(target, (list = []))
        list.push(module)
      }
    }
  }

  get size(): number {
    return this.byName.size
  }

  has(name: string): boolean {
    return this.byName.has(name)
  }

  get(name: string): ModuleInfo {
    const module = this.byName.get(name)
    if (!module) throw new ModuleNotFoundError(name, closestNames(name, this.byName.keys()))
    return module
  }

  list(filter: ModuleFilter = {}): ModuleInfo[] {
    if (filter.visibility !== undefined) checkOneOf('visibility', filter.visibility, VISIBILITIES)
    const { visibility, category, status } = filter
    const topic = filter.topic === undefined ? undefined : checkTopic(filter.topic)
    let modules = filter.type !== undefined ? this.ofType(filter.type) : [...this.byName.values()]
    if (topic !== undefined) modules = modules.filter((module) => module.topics.includes(topic))
    if (visibility === undefined && category === undefined && status === undefined) return modules
    return modules.filter(
      (module) =>
        (visibility === undefined || module.visibility === visibility) &&
        (category === undefined || module.category === category) &&
        (status === undefined || module.status === status),
    )
  }

  /** Every topic the modules carry, most used first (ties by topic), with the modules that carry it. */
  topics(): TopicUse[] {
    if (!this.byTopic) {
      this.byTopic = new Map()
      for (const module of this.byName.values()) {
        for (const topic of new Set(module.topics)) {
          let list = this.byTopic.get(topic)
          if (!list) this.byTopic.set(topic, (list = []))
          list.push(module)
        }
      }
    }
    return [...this.byTopic]
      .map(([topic, modules]) => ({
        topic,
        modules: modules.map((module) => module.name),
        convention: CONVENTION_TOPICS.has(topic),
      }))
      .sort((a, b) => b.modules.length - a.modules.length || compareStrings(a.topic, b.topic))
  }

  ofType(type: ModuleType): ModuleInfo[] {
    checkOneOf('module type', type, MODULE_TYPES)
    return [...this.byType.get(type)!]
  }

  /**
   * Modules whose name, description, category, owner or topics contain every word of `text` (case-insensitive),
   * best first: an exact name, then words found in the name, then elsewhere; ties by name.
   */
  search(text: string): ModuleInfo[] {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean)
    if (words.length === 0) throw new RangeError('search needs at least one word')
    this.searchText ??= new Map(
      [...this.byName.values()].map((module) => [
        module,
        {
          name: module.name,
          rest: [module.description, module.category, module.owner, ...module.topics].join('\n').toLowerCase(),
        },
      ]),
    )
    const phrase = words.join(' ')
    const hits: [ModuleInfo, number][] = []
    for (const [module, { name, rest }] of this.searchText) {
      let score = name === phrase ? 0 : 1
      for (const word of words) {
        if (name.includes(word)) continue
        if (!rest.includes(word)) {
          score = -1
          break
        }
        score += 1
      }
      if (score >= 0) hits.push([module, score])
    }
    return hits.sort(([a, x], [b, y]) => x - y || compareStrings(a.name, b.name)).map(([module]) => module)
  }

  /** What `name` depends on, in name order; targets that are not registered are included, with a null version. */
  dependenciesOf(name: string): DependencyLink[] {
    const module = this.get(name)
    return Object.keys(module.dependencies)
      .sort(compareStrings)
      .map((target) => this.link(module, target))
  }

  /** The modules that depend on `name` (reverse dependencies), in name order, with the range each requires. */
  dependentsOf(name: string): DependencyLink[] {
    this.get(name)
    return (this.dependents.get(name) ?? []).map((module) => this.link(module, name))
  }

  /** Does the registered version of `name` satisfy `range`? False when the module has no version. */
  satisfies(name: string, range: string): boolean {
    if (!isRange(range))
      throw new RangeError(`${JSON.stringify(range)} is not a semver range (e.g. ^0.3, >=0.1.0 <0.3.0)`)
    const { version } = this.get(name)
    return version !== null && satisfiesRange(version, range)
  }

  private link(module: ModuleInfo, target: string): DependencyLink {
    const range = module.dependencies[target]!
    const registered = this.byName.get(target)
    const version = registered?.version ?? null
    return {
      from: module.name,
      to: target,
      range,
      registered: registered !== undefined,
      version,
      satisfied: version === null ? null : satisfiesRange(version, range),
    }
  }
}

/** A topic as GitHub stores it (lowercase); a RangeError for text that cannot be one. */
function checkTopic(topic: string): string {
  const lower = typeof topic === 'string' ? topic.trim().toLowerCase() : topic
  if (!isTopic(lower)) {
    throw new RangeError(
      `${JSON.stringify(topic)} is not a GitHub topic (lowercase letters, digits and hyphens, at most 50 characters, e.g. graph)`,
    )
  }
  return lower
}

function checkOneOf(what: string, value: string, allowed: readonly string[]): void {
  if (!allowed.includes(value))
    throw new RangeError(`unknown ${what} ${JSON.stringify(value)}; one of ${allowed.join(', ')}`)
}
