/**
 * `resolve`: versions of the named modules and of all their transitive cim dependencies that satisfy every
 * declared range of the chosen versions, preferring verified combinations, then newest versions; or a plain-words
 * explanation of which ranges clash through which chain.
 *
 * The solver is PubGrub (Natalie Weizenbaum's algorithm, as Dart's pub and uv use it:
 * https://github.com/dart-lang/pub/blob/master/doc/solver.md), written here because npm has no maintained
 * JavaScript implementation. It is kept small by one simplification: every module's versions are known and few,
 * so a term is a bit set over them (bigint), with one more bit for "not selected at all". Then a positive term
 * ("cim-domain ^0.8") is the set of its versions, a negative one ("not cim-domain ^0.8") is the complement,
 * absence included, and every operation of the algorithm is set algebra: intersection, subset, disjointness.
 */
import semver from 'semver'
import { compareStrings } from '../util/order.js'

/** One version of a module as the resolver sees it. */
export interface CatalogVersion {
  version: string
  /** Dependency module -> declared range (`*` for any). Names the catalog does not hold are not modules: ignored. */
  dependencies: Record<string, string>
  /** Dependency -> the version this one was built with and passed CI with (preferred when allowed). */
  verified?: Record<string, string>
}

/** Module name -> its versions, any order. */
export type Catalog = ReadonlyMap<string, readonly CatalogVersion[]>

export interface ResolveSpec {
  name: string
  /** A semver range; `*` when the spec names no range. */
  range: string
}

export type ResolveResult = { ok: true; versions: Record<string, string> } | { ok: false; explanation: string }

/** `NAME` or `NAME@RANGE`. */
export function parseResolveSpec(text: string): ResolveSpec {
  const at = text.indexOf('@', 1)
  const name = at < 0 ? text : text.slice(0, at)
  const range = at < 0 ? '*' : text.slice(at + 1).trim()
  if (name === '' || range === '' || semver.validRange(range) === null)
    throw new RangeError(`${JSON.stringify(text)} is not NAME or NAME@RANGE (a semver range)`)
  return { name, range }
}

const ROOT = '\u0000root'

/** One range per named module: two specs of one module must both hold (`cim-a@^1 cim-a@<1.5` is `^1 <1.5`). */
function requestedRanges(specs: readonly ResolveSpec[]): Record<string, string> {
  const ranges = new Map<string, string>()
  for (const { name, range } of specs) {
    const known = ranges.get(name)
    if (known !== undefined && (known.includes('||') || range.includes('||')))
      throw new RangeError(`${name} is named twice with a range that has ||: give it one range`)
    ranges.set(name, known === undefined ? range : `${known} ${range}`)
  }
  return Object.fromEntries(ranges)
}

interface Package {
  name: string
  versions: CatalogVersion[]
  /** The versions parsed once, for range tests. */
  parsed: semver.SemVer[]
  /** Range -> the set of this package's versions it accepts, computed once. */
  ranges: Map<string, bigint>
  /** Bits 0..n-1: the versions, ascending; bit n: "not selected". */
  full: bigint
  absent: bigint
}

interface Term {
  pkg: Package
  set: bigint
}

type Cause =
  | { kind: 'root' }
  | { kind: 'dependency'; range: string }
  | { kind: 'no-versions' }
  | { kind: 'derived'; left: Incompatibility; right: Incompatibility }

interface Incompatibility {
  terms: Term[]
  cause: Cause
}

interface Assignment {
  pkg: Package
  set: bigint
  level: number
  decision: boolean
  cause: Incompatibility | null
}

class SolveFailure extends Error {
  constructor(readonly incompatibility: Incompatibility) {
    super('version solving failed')
  }
}

export function resolve(catalog: Catalog, specs: readonly ResolveSpec[]): ResolveResult {
  return new Solver(catalog, specs).run()
}

class Solver {
  private readonly packages = new Map<string, Package>()
  private readonly incompatibilities = new Map<Package, Incompatibility[]>()
  private readonly assignments: Assignment[] = []
  /** The intersection of the assignments of each package (absent: no assignment, i.e. anything). */
  private readonly solution = new Map<Package, bigint>()
  private readonly decided = new Map<Package, number>()
  /** Undecided packages whose solution is positive (they must be selected): the candidates of the next decision. */
  private readonly required = new Set<Package>()
  /** `name version-run dependency` of the dependency incompatibilities added: a version decided again after a
   *  backtrack does not add them twice. */
  private readonly added = new Set<string>()
  private level = 0
  private readonly root: Package

  /** Named modules the catalog does not hold. */
  private readonly unknown: string[]

  constructor(
    private readonly catalog: Catalog,
    specs: readonly ResolveSpec[],
  ) {
    this.root = this.makePackage(ROOT, [{ version: '0.0.0', dependencies: requestedRanges(specs) }])
    this.unknown = specs.map((spec) => spec.name).filter((name) => !catalog.has(name))
  }

  run(): ResolveResult {
    if (this.unknown.length > 0)
      return {
        ok: false,
        explanation: `${this.unknown.join(', ')} ${this.unknown.length === 1 ? 'is' : 'are'} not in the registry.`,
      }
    // "The root not selected" is incompatible: unit propagation derives that the root is selected.
    this.addIncompatibility({ terms: [{ pkg: this.root, set: this.root.absent }], cause: { kind: 'root' } })
    try {
      let next: Package | null = this.root
      while (next) {
        this.propagate(next)
        next = this.decide()
      }
    } catch (error) {
      if (error instanceof SolveFailure) return { ok: false, explanation: explain(error.incompatibility) }
      throw error
    }
    const versions: Record<string, string> = {}
    for (const [pkg, index] of [...this.decided].sort(([a], [b]) => compareStrings(a.name, b.name))) {
      if (pkg !== this.root) versions[pkg.name] = pkg.versions[index]!.version
    }
    return { ok: true, versions }
  }

  private makePackage(name: string, versions: readonly CatalogVersion[]): Package {
    const parsed = [...new Map(versions.map((v) => [v.version, v])).values()].map((v) => ({
      v,
      semver: new semver.SemVer(v.version),
    }))
    parsed.sort((a, b) => a.semver.compare(b.semver))
    const absent = 1n << BigInt(parsed.length)
    const pkg = {
      name,
      versions: parsed.map((p) => p.v),
      parsed: parsed.map((p) => p.semver),
      ranges: new Map(),
      absent,
      full: (absent << 1n) - 1n,
    }
    this.packages.set(name, pkg)
    return pkg
  }

  private pkg(name: string): Package | null {
    const known = this.packages.get(name)
    if (known) return known
    const versions = this.catalog.get(name)
    return versions ? this.makePackage(name, versions) : null
  }

  private addIncompatibility(incompatibility: Incompatibility): void {
    for (const term of incompatibility.terms) {
      const list = this.incompatibilities.get(term.pkg) ?? []
      list.push(incompatibility)
      this.incompatibilities.set(term.pkg, list)
    }
  }

  private solutionOf(pkg: Package): bigint {
    return this.solution.get(pkg) ?? pkg.full
  }

  private assign(pkg: Package, set: bigint, decision: boolean, cause: Incompatibility | null): void {
    if (decision) this.level++
    this.assignments.push({ pkg, set, level: this.level, decision, cause })
    const now = this.solutionOf(pkg) & set
    this.solution.set(pkg, now)
    if (decision) {
      this.decided.set(pkg, highestBit(set))
      this.required.delete(pkg)
    } else if ((now & pkg.absent) === 0n && !this.decided.has(pkg)) this.required.add(pkg)
  }

  /** satisfied, contradicted, or the one term left undecided (almost satisfied); null when inconclusive. */
  private relation(incompatibility: Incompatibility): 'satisfied' | 'contradicted' | Term | null {
    let open: Term | null = null
    for (const term of incompatibility.terms) {
      const have = this.solutionOf(term.pkg)
      if ((have & term.set) === 0n) return 'contradicted'
      if ((have & ~term.set & term.pkg.full) === 0n) continue
      if (open) return null
      open = term
    }
    return open ?? 'satisfied'
  }

  private propagate(start: Package): void {
    const changed = [start]
    while (changed.length > 0) {
      const pkg = changed.pop()!
      const list = this.incompatibilities.get(pkg) ?? []
      for (let i = list.length - 1; i >= 0; i--) {
        const incompatibility = list[i]!
        const relation = this.relation(incompatibility)
        if (relation === 'contradicted' || relation === null) continue
        if (relation === 'satisfied') {
          const learned = this.resolveConflict(incompatibility)
          const term = this.relation(learned)
          if (term === 'satisfied' || term === 'contradicted' || term === null)
            throw new Error('internal: a learned incompatibility is not almost satisfied')
          this.assign(term.pkg, ~term.set & term.pkg.full, false, learned)
          changed.length = 0
          changed.push(term.pkg)
          break
        }
        this.assign(relation.pkg, ~relation.set & relation.pkg.full, false, incompatibility)
        changed.push(relation.pkg)
      }
    }
  }

  /** The index of the assignment at which `terms` become satisfied (-1: before any), counting `extra` first. */
  private satisfier(terms: Term[], upTo: number, extra?: Assignment): number {
    let latest = -1
    for (const term of terms) {
      let have = extra && extra.pkg === term.pkg ? term.pkg.full & extra.set : term.pkg.full
      let found = -1
      if ((have & ~term.set & term.pkg.full) !== 0n) {
        for (let i = 0; i < upTo; i++) {
          const assignment = this.assignments[i]!
          if (assignment.pkg !== term.pkg) continue
          have &= assignment.set
          if ((have & ~term.set & term.pkg.full) === 0n) {
            found = i
            break
          }
        }
      }
      latest = Math.max(latest, found)
    }
    return latest
  }

  private resolveConflict(start: Incompatibility): Incompatibility {
    let incompatibility = start
    for (;;) {
      const terms = incompatibility.terms
      if (
        terms.length === 0 ||
        (terms.length === 1 && terms[0]!.pkg === this.root && (terms[0]!.set & this.root.absent) === 0n)
      )
        throw new SolveFailure(incompatibility)
      const at = this.satisfier(terms, this.assignments.length)
      const satisfier = this.assignments[at]!
      const term = terms.find((t) => t.pkg === satisfier.pkg)!
      const previous = this.satisfier(terms, at, satisfier)
      const previousLevel = previous >= 0 ? Math.max(1, this.assignments[previous]!.level) : 1
      if (satisfier.decision || previousLevel !== satisfier.level) {
        if (incompatibility !== start) this.addIncompatibility(incompatibility)
        this.backtrack(previousLevel)
        return incompatibility
      }
      const merged = new Map<Package, bigint>()
      const add = (t: Term) => merged.set(t.pkg, (merged.get(t.pkg) ?? t.pkg.full) & t.set)
      for (const t of [...terms, ...satisfier.cause!.terms]) if (t.pkg !== satisfier.pkg) add(t)
      // The part of the satisfier that the term does not cover still needs ruling out.
      if ((satisfier.set & ~term.set & satisfier.pkg.full) !== 0n)
        add({ pkg: satisfier.pkg, set: (~satisfier.set & satisfier.pkg.full) | term.set })
      incompatibility = {
        terms: [...merged].filter(([pkg, set]) => set !== pkg.full).map(([pkg, set]) => ({ pkg, set })),
        cause: { kind: 'derived', left: incompatibility, right: satisfier.cause! },
      }
    }
  }

  private backtrack(level: number): void {
    while (this.assignments.length > 0 && this.assignments.at(-1)!.level > level) {
      const removed = this.assignments.pop()!
      if (removed.decision) this.decided.delete(removed.pkg)
    }
    this.level = level
    this.solution.clear()
    this.required.clear()
    for (const assignment of this.assignments) {
      const now = this.solutionOf(assignment.pkg) & assignment.set
      this.solution.set(assignment.pkg, now)
      if ((now & assignment.pkg.absent) === 0n && !this.decided.has(assignment.pkg)) this.required.add(assignment.pkg)
    }
  }

  /** Picks the undecided required package with the fewest candidates and decides a version of it. */
  private decide(): Package | null {
    let best: Package | null = null
    let bestCount = Infinity
    for (const pkg of this.required) {
      const count = popcount(this.solutionOf(pkg))
      if (count < bestCount) [best, bestCount] = [pkg, count]
      if (count <= 1) break
    }
    if (!best) return null
    const allowed = this.solutionOf(best) & ~best.absent
    if (allowed === 0n) {
      this.addIncompatibility({ terms: [{ pkg: best, set: this.solutionOf(best) }], cause: { kind: 'no-versions' } })
      return best
    }
    const index = this.preferred(best, allowed)
    this.addDependencies(best, index)
    // As pub does: a version whose dependencies the partial solution already rules out is not decided; unit
    // propagation of its dependency incompatibility then rules the version out, without a conflict to resolve.
    if (!this.clashes(best.versions[index]!)) this.assign(best, 1n << BigInt(index), true, null)
    return best
  }

  private clashes(version: CatalogVersion): boolean {
    for (const [name, range] of Object.entries(version.dependencies)) {
      const dependency = this.packages.get(name)
      if (dependency && (rangeSet(dependency, range) & this.solutionOf(dependency)) === 0n) return true
    }
    return false
  }

  /** A version some decided module was built with and verified, when allowed; else the newest allowed. */
  private preferred(pkg: Package, allowed: bigint): number {
    for (const [decided, index] of this.decided) {
      const verified = decided.versions[index]!.verified?.[pkg.name]
      const at = verified === undefined ? -1 : pkg.versions.findIndex((v) => v.version === verified)
      if (at >= 0 && (allowed & (1n << BigInt(at))) !== 0n) return at
    }
    return highestBit(allowed)
  }

  /** One incompatibility per dependency, over the run of neighbouring versions that declare the same range. */
  private addDependencies(pkg: Package, index: number): void {
    const chosen = pkg.versions[index]!
    for (const [name, range] of Object.entries(chosen.dependencies).sort(([a], [b]) => compareStrings(a, b))) {
      if (name === pkg.name) continue
      const dependency = this.pkg(name)
      if (!dependency) continue
      let low = index
      let high = index
      while (low > 0 && pkg.versions[low - 1]!.dependencies[name] === range) low--
      while (high < pkg.versions.length - 1 && pkg.versions[high + 1]!.dependencies[name] === range) high++
      const key = `${pkg.name}\u0000${low}\u0000${name}`
      if (this.added.has(key)) continue
      this.added.add(key)
      let versions = 0n
      for (let i = low; i <= high; i++) versions |= 1n << BigInt(i)
      const accepted = rangeSet(dependency, range)
      this.addIncompatibility({
        terms: [
          { pkg, set: versions },
          { pkg: dependency, set: ~accepted & dependency.full },
        ],
        cause: { kind: 'dependency', range },
      })
    }
  }
}

function rangeSet(pkg: Package, range: string): bigint {
  let set = pkg.ranges.get(range)
  if (set === undefined) {
    set = 0n
    const parsed = new semver.Range(range)
    for (let i = 0; i < pkg.parsed.length; i++) if (parsed.test(pkg.parsed[i]!)) set |= 1n << BigInt(i)
    pkg.ranges.set(range, set)
  }
  return set
}

/** Set bits, 30 at a time as small integers (bigint arithmetic allocates). */
function popcount(set: bigint): number {
  let count = 0
  for (let rest = set; rest !== 0n; rest >>= 30n) {
    let word = Number(rest & 0x3fffffffn)
    while (word !== 0) {
      word &= word - 1
      count++
    }
  }
  return count
}

function highestBit(set: bigint): number {
  return set.toString(2).length - 1
}

// ---- Explanations, after pub's error reporting: each derived incompatibility is said as "because A and B, C". ----

function explain(failure: Incompatibility): string {
  const lines: string[] = []
  /** The line (1-based) that explains each derived incompatibility, and the lines referred to by number. */
  const lineOf = new Map<Incompatibility, number>()
  const referenced = new Set<number>()
  const ref = (cause: Incompatibility) => {
    const line = lineOf.get(cause)!
    referenced.add(line)
    return `${describe(cause)} (\u0000${line}\u0000)`
  }
  const visit = (incompatibility: Incompatibility): void => {
    if (incompatibility.cause.kind !== 'derived' || lineOf.has(incompatibility)) return
    const { left, right } = incompatibility.cause
    visit(left)
    visit(right)
    const conclusion = incompatibility === failure ? conclude(incompatibility) : describe(incompatibility)
    const derived = [left, right].filter((c) => c.cause.kind === 'derived')
    const external = [left, right].filter((c) => c.cause.kind !== 'derived')
    if (derived.length === 0) lines.push(`Because ${describe(left)} and ${describe(right)}, ${conclusion}.`)
    else if (derived.length === 1 && lineOf.get(derived[0]!) === lines.length)
      lines.push(`And because ${describe(external[0]!)}, ${conclusion}.`)
    else if (derived.length === 1)
      lines.push(`Because ${describe(external[0]!)} and ${ref(derived[0]!)}, ${conclusion}.`)
    else lines.push(`Thus, because ${ref(left)} and ${ref(right)}, ${conclusion}.`)
    lineOf.set(incompatibility, lines.length)
  }
  visit(failure)
  if (lines.length === 0) return `${capitalize(conclude(failure))}.`
  const numbers = new Map([...referenced].sort((a, b) => a - b).map((line, i) => [line, i + 1]))
  return lines
    .map((line, i) => (numbers.has(i + 1) ? `${line} (${numbers.get(i + 1)})` : line))
    .join('\n')
    .replace(/\u0000(\d+)\u0000/g, (_, line: string) => String(numbers.get(Number(line))))
}

function conclude(incompatibility: Incompatibility): string {
  const terms = incompatibility.terms.filter((t) => t.pkg.name !== ROOT)
  if (terms.length === 0) return 'no set of versions satisfies the request'
  return `${describe(incompatibility)}, so no set of versions satisfies the request`
}

function describe(incompatibility: Incompatibility): string {
  const { cause, terms } = incompatibility
  if (cause.kind === 'dependency') {
    const [dependent, dependency] = terms as [Term, Term]
    if (dependent.pkg.name === ROOT) return `the request asks for ${dependency.pkg.name} ${cause.range}`
    const accepted = ~dependency.set & dependency.pkg.full & ~dependency.pkg.absent
    const none =
      accepted === 0n ? `, which no version of ${dependency.pkg.name} satisfies (${knownText(dependency.pkg)})` : ''
    return `${named(dependent.pkg, dependent.set)} depends on ${dependency.pkg.name} ${cause.range}${none}`
  }
  if (cause.kind === 'no-versions')
    return `no version of ${terms[0]!.pkg.name} is ${versionsText(terms[0]!.pkg, terms[0]!.set)}`
  if (cause.kind === 'root') return 'the request is made'
  const isRoot = (t: Term) => t.pkg.name === ROOT
  const positive = terms.filter((t) => (t.set & t.pkg.absent) === 0n && !isRoot(t))
  const negative = terms.filter((t) => (t.set & t.pkg.absent) !== 0n)
  const byRequest = terms.some(isRoot)
  const name = (t: Term) => named(t.pkg, t.set)
  const negated = (t: Term) => `${t.pkg.name} ${versionsText(t.pkg, ~t.set & t.pkg.full & ~t.pkg.absent)}`
  const subject = [...(byRequest ? ['the request'] : []), ...positive.map(name)]
  if (subject.length === 0) return `one of ${negative.map(negated).join(', ')} must be used`
  if (negative.length === 0) {
    if (subject.length === 1) return `${subject[0]} cannot be used`
    if (byRequest)
      return `the request cannot use ${positive.map((t) => (isEvery(t) ? `any version of ${t.pkg.name}` : name(t))).join(' with ')}`
    return `${subject.join(' and ')} cannot be used together`
  }
  return `${subject.join(' together with ')} ${subject.length === 1 ? 'requires' : 'require'} ${negative.map(negated).join(' or ')}`
}

/** `every version of cim-domain`, or `cim-domain 0.8.1` / `cim-domain >=0.8.0`. */
function named(pkg: Package, set: bigint): string {
  const text = versionsText(pkg, set)
  return text === 'any version' ? `every version of ${pkg.name}` : `${pkg.name} ${text}`
}

function isEvery(term: Term | undefined): boolean {
  return term !== undefined && (term.set & ~term.pkg.absent) === (term.pkg.full & ~term.pkg.absent)
}

/** A set of versions in words: `any version`, `0.8.1`, `>=0.8.0`, `<=0.7.8`, `>=0.7.0 <=0.7.8 or 0.9.0`. */
function versionsText(pkg: Package, set: bigint): string {
  const n = pkg.versions.length
  const runs: [number, number][] = []
  for (let i = 0; i < n; i++) {
    if ((set & (1n << BigInt(i))) === 0n) continue
    const last = runs.at(-1)
    if (last && last[1] === i - 1) last[1] = i
    else runs.push([i, i])
  }
  if (pkg.name === ROOT) return ''
  if (runs.length === 0) return '(no version)'
  const v = (i: number) => pkg.versions[i]!.version
  return runs
    .map(([low, high]) => {
      if (low === 0 && high === n - 1) return 'any version'
      if (low === high) return v(low)
      if (low === 0) return `<=${v(high)}`
      if (high === n - 1) return `>=${v(low)}`
      return `>=${v(low)} <=${v(high)}`
    })
    .join(' or ')
}

function knownText(pkg: Package): string {
  return pkg.versions.length === 0 ? 'it has no versions' : `it has ${pkg.versions.map((v) => v.version).join(', ')}`
}

function capitalize(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1)
}
