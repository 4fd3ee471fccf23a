export const id = 961;
export const ids = [961];
export const modules = {

/***/ 32139:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ DEFAULT_TIMEOUT_MS),
  b: () => (/* binding */ RegistryClient)
});

// EXTERNAL MODULE: ./src/client/parse.ts
var parse = __webpack_require__(18900);
// EXTERNAL MODULE: ./src/client/model.ts + 1 modules
var model = __webpack_require__(64092);
// EXTERNAL MODULE: ./src/client/nats.ts + 1 modules
var nats = __webpack_require__(62564);
// EXTERNAL MODULE: ./src/client/file-readers.ts + 1 modules
var file_readers = __webpack_require__(91229);
// EXTERNAL MODULE: ./src/client/errors.ts
var errors = __webpack_require__(66468);
// EXTERNAL MODULE: ./src/versions/index-file.ts
var index_file = __webpack_require__(12908);
;// CONCATENATED MODULE: ./src/versions/catalog.ts
/**
 * The resolver's view of the registry: each module's versions (its tags, plus the head's version when no tag has
 * it) with the ranges declared at each, and the dependency versions each was built with and passed CI with.
 */

function catalogVersions(module, history) {
    const versions = (0,index_file/* currentVersions */.lJ)(history?.versions ?? []).map((entry) => ({
        version: entry.version,
        dependencies: entry.dependencies,
        ...verifiedOf(entry.ci === 'success' ? entry.locked : null),
    }));
    if (module.version !== null && !versions.some((entry) => entry.version === module.version)) {
        const head = history?.head ?? null;
        versions.push({
            version: module.version,
            dependencies: module.dependencies,
            ...verifiedOf(head?.ci === 'success' ? head.locked : null),
        });
    }
    return versions;
}
/** Every dependency name any version of the module declares: where a lazy reader looks next. */
function dependencyNames(versions) {
    return new Set(versions.flatMap((version) => Object.keys(version.dependencies)));
}
function verifiedOf(locked) {
    if (!locked)
        return {};
    const verified = Object.fromEntries(Object.entries(locked).flatMap(([name, lock]) => (lock.version ? [[name, lock.version]] : [])));
    return Object.keys(verified).length ? { verified } : {};
}

// EXTERNAL MODULE: ./src/versions/evidence.ts
var evidence = __webpack_require__(56868);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(semver);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/versions/resolve.ts
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


/** `NAME` or `NAME@RANGE`. */
function parseResolveSpec(text) {
    const at = text.indexOf('@', 1);
    const name = at < 0 ? text : text.slice(0, at);
    const range = at < 0 ? '*' : text.slice(at + 1).trim();
    if (name === '' || range === '' || semver_default().validRange(range) === null)
        throw new RangeError(`${JSON.stringify(text)} is not NAME or NAME@RANGE (a semver range)`);
    return { name, range };
}
const ROOT = '\u0000root';
/** One range per named module: two specs of one module must both hold (`cim-a@^1 cim-a@<1.5` is `^1 <1.5`). */
function requestedRanges(specs) {
    const ranges = new Map();
    for (const { name, range } of specs) {
        const known = ranges.get(name);
        if (known !== undefined && (known.includes('||') || range.includes('||')))
            throw new RangeError(`${name} is named twice with a range that has ||: give it one range`);
        ranges.set(name, known === undefined ? range : `${known} ${range}`);
    }
    return Object.fromEntries(ranges);
}
class SolveFailure extends Error {
    incompatibility;
    constructor(incompatibility) {
        super('version solving failed');
        this.incompatibility = incompatibility;
    }
}
function resolve(catalog, specs) {
    return new Solver(catalog, specs).run();
}
class Solver {
    catalog;
    packages = new Map();
    incompatibilities = new Map();
    assignments = [];
    /** The intersection of the assignments of each package (absent: no assignment, i.e. anything). */
    solution = new Map();
    decided = new Map();
    /** Undecided packages whose solution is positive (they must be selected): the candidates of the next decision. */
    required = new Set();
    /** `name version-run dependency` of the dependency incompatibilities added: a version decided again after a
     *  backtrack does not add them twice. */
    added = new Set();
    level = 0;
    root;
    /** Named modules the catalog does not hold. */
    unknown;
    constructor(catalog, specs) {
        this.catalog = catalog;
        this.root = this.makePackage(ROOT, [{ version: '0.0.0', dependencies: requestedRanges(specs) }]);
        this.unknown = specs.map((spec) => spec.name).filter((name) => !catalog.has(name));
    }
    run() {
        if (this.unknown.length > 0)
            return {
                ok: false,
                explanation: `${this.unknown.join(', ')} ${this.unknown.length === 1 ? 'is' : 'are'} not in the registry.`,
            };
        // "The root not selected" is incompatible: unit propagation derives that the root is selected.
        this.addIncompatibility({ terms: [{ pkg: this.root, set: this.root.absent }], cause: { kind: 'root' } });
        try {
            let next = this.root;
            while (next) {
                this.propagate(next);
                next = this.decide();
            }
        }
        catch (error) {
            if (error instanceof SolveFailure)
                return { ok: false, explanation: explain(error.incompatibility) };
            throw error;
        }
        const versions = {};
        for (const [pkg, index] of [...this.decided].sort(([a], [b]) => (0,order/* compareStrings */.Kt)(a.name, b.name))) {
            if (pkg !== this.root)
                versions[pkg.name] = pkg.versions[index].version;
        }
        return { ok: true, versions };
    }
    makePackage(name, versions) {
        const parsed = [...new Map(versions.map((v) => [v.version, v])).values()].map((v) => ({
            v,
            semver: new (semver_default()).SemVer(v.version),
        }));
        parsed.sort((a, b) => a.semver.compare(b.semver));
        const absent = 1n << BigInt(parsed.length);
        const pkg = {
            name,
            versions: parsed.map((p) => p.v),
            parsed: parsed.map((p) => p.semver),
            ranges: new Map(),
            absent,
            full: (absent << 1n) - 1n,
        };
        this.packages.set(name, pkg);
        return pkg;
    }
    pkg(name) {
        const known = this.packages.get(name);
        if (known)
            return known;
        const versions = this.catalog.get(name);
        return versions ? this.makePackage(name, versions) : null;
    }
    addIncompatibility(incompatibility) {
        for (const term of incompatibility.terms) {
            const list = this.incompatibilities.get(term.pkg) ?? [];
            list.push(incompatibility);
            this.incompatibilities.set(term.pkg, list);
        }
    }
    solutionOf(pkg) {
        return this.solution.get(pkg) ?? pkg.full;
    }
    assign(pkg, set, decision, cause) {
        if (decision)
            this.level++;
        this.assignments.push({ pkg, set, level: this.level, decision, cause });
        const now = this.solutionOf(pkg) & set;
        this.solution.set(pkg, now);
        if (decision) {
            this.decided.set(pkg, highestBit(set));
            this.required.delete(pkg);
        }
        else if ((now & pkg.absent) === 0n && !this.decided.has(pkg))
            this.required.add(pkg);
    }
    /** satisfied, contradicted, or the one term left undecided (almost satisfied); null when inconclusive. */
    relation(incompatibility) {
        let open = null;
        for (const term of incompatibility.terms) {
            const have = this.solutionOf(term.pkg);
            if ((have & term.set) === 0n)
                return 'contradicted';
            if ((have & ~term.set & term.pkg.full) === 0n)
                continue;
            if (open)
                return null;
            open = term;
        }
        return open ?? 'satisfied';
    }
    propagate(start) {
        const changed = [start];
        while (changed.length > 0) {
            const pkg = changed.pop();
            const list = this.incompatibilities.get(pkg) ?? [];
            for (let i = list.length - 1; i >= 0; i--) {
                const incompatibility = list[i];
                const relation = this.relation(incompatibility);
                if (relation === 'contradicted' || relation === null)
                    continue;
                if (relation === 'satisfied') {
                    const learned = this.resolveConflict(incompatibility);
                    const term = this.relation(learned);
                    if (term === 'satisfied' || term === 'contradicted' || term === null)
                        throw new Error('internal: a learned incompatibility is not almost satisfied');
                    this.assign(term.pkg, ~term.set & term.pkg.full, false, learned);
                    changed.length = 0;
                    changed.push(term.pkg);
                    break;
                }
                this.assign(relation.pkg, ~relation.set & relation.pkg.full, false, incompatibility);
                changed.push(relation.pkg);
            }
        }
    }
    /** The index of the assignment at which `terms` become satisfied (-1: before any), counting `extra` first. */
    satisfier(terms, upTo, extra) {
        let latest = -1;
        for (const term of terms) {
            let have = extra && extra.pkg === term.pkg ? term.pkg.full & extra.set : term.pkg.full;
            let found = -1;
            if ((have & ~term.set & term.pkg.full) !== 0n) {
                for (let i = 0; i < upTo; i++) {
                    const assignment = this.assignments[i];
                    if (assignment.pkg !== term.pkg)
                        continue;
                    have &= assignment.set;
                    if ((have & ~term.set & term.pkg.full) === 0n) {
                        found = i;
                        break;
                    }
                }
            }
            latest = Math.max(latest, found);
        }
        return latest;
    }
    resolveConflict(start) {
        let incompatibility = start;
        for (;;) {
            const terms = incompatibility.terms;
            if (terms.length === 0 ||
                (terms.length === 1 && terms[0].pkg === this.root && (terms[0].set & this.root.absent) === 0n))
                throw new SolveFailure(incompatibility);
            const at = this.satisfier(terms, this.assignments.length);
            const satisfier = this.assignments[at];
            const term = terms.find((t) => t.pkg === satisfier.pkg);
            const previous = this.satisfier(terms, at, satisfier);
            const previousLevel = previous >= 0 ? Math.max(1, this.assignments[previous].level) : 1;
            if (satisfier.decision || previousLevel !== satisfier.level) {
                if (incompatibility !== start)
                    this.addIncompatibility(incompatibility);
                this.backtrack(previousLevel);
                return incompatibility;
            }
            const merged = new Map();
            const add = (t) => merged.set(t.pkg, (merged.get(t.pkg) ?? t.pkg.full) & t.set);
            for (const t of [...terms, ...satisfier.cause.terms])
                if (t.pkg !== satisfier.pkg)
                    add(t);
            // The part of the satisfier that the term does not cover still needs ruling out.
            if ((satisfier.set & ~term.set & satisfier.pkg.full) !== 0n)
                add({ pkg: satisfier.pkg, set: (~satisfier.set & satisfier.pkg.full) | term.set });
            incompatibility = {
                terms: [...merged].filter(([pkg, set]) => set !== pkg.full).map(([pkg, set]) => ({ pkg, set })),
                cause: { kind: 'derived', left: incompatibility, right: satisfier.cause },
            };
        }
    }
    backtrack(level) {
        while (this.assignments.length > 0 && this.assignments.at(-1).level > level) {
            const removed = this.assignments.pop();
            if (removed.decision)
                this.decided.delete(removed.pkg);
        }
        this.level = level;
        this.solution.clear();
        this.required.clear();
        for (const assignment of this.assignments) {
            const now = this.solutionOf(assignment.pkg) & assignment.set;
            this.solution.set(assignment.pkg, now);
            if ((now & assignment.pkg.absent) === 0n && !this.decided.has(assignment.pkg))
                this.required.add(assignment.pkg);
        }
    }
    /** Picks the undecided required package with the fewest candidates and decides a version of it. */
    decide() {
        let best = null;
        let bestCount = Infinity;
        for (const pkg of this.required) {
            const count = popcount(this.solutionOf(pkg));
            if (count < bestCount)
                [best, bestCount] = [pkg, count];
            if (count <= 1)
                break;
        }
        if (!best)
            return null;
        const allowed = this.solutionOf(best) & ~best.absent;
        if (allowed === 0n) {
            this.addIncompatibility({ terms: [{ pkg: best, set: this.solutionOf(best) }], cause: { kind: 'no-versions' } });
            return best;
        }
        const index = this.preferred(best, allowed);
        this.addDependencies(best, index);
        // As pub does: a version whose dependencies the partial solution already rules out is not decided; unit
        // propagation of its dependency incompatibility then rules the version out, without a conflict to resolve.
        if (!this.clashes(best.versions[index]))
            this.assign(best, 1n << BigInt(index), true, null);
        return best;
    }
    clashes(version) {
        for (const [name, range] of Object.entries(version.dependencies)) {
            const dependency = this.packages.get(name);
            if (dependency && (rangeSet(dependency, range) & this.solutionOf(dependency)) === 0n)
                return true;
        }
        return false;
    }
    /** A version some decided module was built with and verified, when allowed; else the newest allowed. */
    preferred(pkg, allowed) {
        for (const [decided, index] of this.decided) {
            const verified = decided.versions[index].verified?.[pkg.name];
            const at = verified === undefined ? -1 : pkg.versions.findIndex((v) => v.version === verified);
            if (at >= 0 && (allowed & (1n << BigInt(at))) !== 0n)
                return at;
        }
        return highestBit(allowed);
    }
    /** One incompatibility per dependency, over the run of neighbouring versions that declare the same range. */
    addDependencies(pkg, index) {
        const chosen = pkg.versions[index];
        for (const [name, range] of Object.entries(chosen.dependencies).sort(([a], [b]) => (0,order/* compareStrings */.Kt)(a, b))) {
            if (name === pkg.name)
                continue;
            const dependency = this.pkg(name);
            if (!dependency)
                continue;
            let low = index;
            let high = index;
            while (low > 0 && pkg.versions[low - 1].dependencies[name] === range)
                low--;
            while (high < pkg.versions.length - 1 && pkg.versions[high + 1].dependencies[name] === range)
                high++;
            const key = `${pkg.name}\u0000${low}\u0000${name}`;
            if (this.added.has(key))
                continue;
            this.added.add(key);
            let versions = 0n;
            for (let i = low; i <= high; i++)
                versions |= 1n << BigInt(i);
            const accepted = rangeSet(dependency, range);
            this.addIncompatibility({
                terms: [
                    { pkg, set: versions },
                    { pkg: dependency, set: ~accepted & dependency.full },
                ],
                cause: { kind: 'dependency', range },
            });
        }
    }
}
function rangeSet(pkg, range) {
    let set = pkg.ranges.get(range);
    if (set === undefined) {
        set = 0n;
        const parsed = new (semver_default()).Range(range);
        for (let i = 0; i < pkg.parsed.length; i++)
            if (parsed.test(pkg.parsed[i]))
                set |= 1n << BigInt(i);
        pkg.ranges.set(range, set);
    }
    return set;
}
/** Set bits, 30 at a time as small integers (bigint arithmetic allocates). */
function popcount(set) {
    let count = 0;
    for (let rest = set; rest !== 0n; rest >>= 30n) {
        let word = Number(rest & 0x3fffffffn);
        while (word !== 0) {
            word &= word - 1;
            count++;
        }
    }
    return count;
}
function highestBit(set) {
    return set.toString(2).length - 1;
}
// ---- Explanations, after pub's error reporting: each derived incompatibility is said as "because A and B, C". ----
function explain(failure) {
    const lines = [];
    /** The line (1-based) that explains each derived incompatibility, and the lines referred to by number. */
    const lineOf = new Map();
    const referenced = new Set();
    const ref = (cause) => {
        const line = lineOf.get(cause);
        referenced.add(line);
        return `${describe(cause)} (\u0000${line}\u0000)`;
    };
    const visit = (incompatibility) => {
        if (incompatibility.cause.kind !== 'derived' || lineOf.has(incompatibility))
            return;
        const { left, right } = incompatibility.cause;
        visit(left);
        visit(right);
        const conclusion = incompatibility === failure ? conclude(incompatibility) : describe(incompatibility);
        const derived = [left, right].filter((c) => c.cause.kind === 'derived');
        const external = [left, right].filter((c) => c.cause.kind !== 'derived');
        if (derived.length === 0)
            lines.push(`Because ${describe(left)} and ${describe(right)}, ${conclusion}.`);
        else if (derived.length === 1 && lineOf.get(derived[0]) === lines.length)
            lines.push(`And because ${describe(external[0])}, ${conclusion}.`);
        else if (derived.length === 1)
            lines.push(`Because ${describe(external[0])} and ${ref(derived[0])}, ${conclusion}.`);
        else
            lines.push(`Thus, because ${ref(left)} and ${ref(right)}, ${conclusion}.`);
        lineOf.set(incompatibility, lines.length);
    };
    visit(failure);
    if (lines.length === 0)
        return `${capitalize(conclude(failure))}.`;
    const numbers = new Map([...referenced].sort((a, b) => a - b).map((line, i) => [line, i + 1]));
    return lines
        .map((line, i) => (numbers.has(i + 1) ? `${line} (${numbers.get(i + 1)})` : line))
        .join('\n')
        .replace(/\u0000(\d+)\u0000/g, (_, line) => String(numbers.get(Number(line))));
}
function conclude(incompatibility) {
    const terms = incompatibility.terms.filter((t) => t.pkg.name !== ROOT);
    if (terms.length === 0)
        return 'no set of versions satisfies the request';
    return `${describe(incompatibility)}, so no set of versions satisfies the request`;
}
function describe(incompatibility) {
    const { cause, terms } = incompatibility;
    if (cause.kind === 'dependency') {
        const [dependent, dependency] = terms;
        if (dependent.pkg.name === ROOT)
            return `the request asks for ${dependency.pkg.name} ${cause.range}`;
        const accepted = ~dependency.set & dependency.pkg.full & ~dependency.pkg.absent;
        const none = accepted === 0n ? `, which no version of ${dependency.pkg.name} satisfies (${knownText(dependency.pkg)})` : '';
        return `${named(dependent.pkg, dependent.set)} depends on ${dependency.pkg.name} ${cause.range}${none}`;
    }
    if (cause.kind === 'no-versions')
        return `no version of ${terms[0].pkg.name} is ${versionsText(terms[0].pkg, terms[0].set)}`;
    if (cause.kind === 'root')
        return 'the request is made';
    const isRoot = (t) => t.pkg.name === ROOT;
    const positive = terms.filter((t) => (t.set & t.pkg.absent) === 0n && !isRoot(t));
    const negative = terms.filter((t) => (t.set & t.pkg.absent) !== 0n);
    const byRequest = terms.some(isRoot);
    const name = (t) => named(t.pkg, t.set);
    const negated = (t) => `${t.pkg.name} ${versionsText(t.pkg, ~t.set & t.pkg.full & ~t.pkg.absent)}`;
    const subject = [...(byRequest ? ['the request'] : []), ...positive.map(name)];
    if (subject.length === 0)
        return `one of ${negative.map(negated).join(', ')} must be used`;
    if (negative.length === 0) {
        if (subject.length === 1)
            return `${subject[0]} cannot be used`;
        if (byRequest)
            return `the request cannot use ${positive.map((t) => (isEvery(t) ? `any version of ${t.pkg.name}` : name(t))).join(' with ')}`;
        return `${subject.join(' and ')} cannot be used together`;
    }
    return `${subject.join(' together with ')} ${subject.length === 1 ? 'requires' : 'require'} ${negative.map(negated).join(' or ')}`;
}
/** `every version of cim-domain`, or `cim-domain 0.8.1` / `cim-domain >=0.8.0`. */
function named(pkg, set) {
    const text = versionsText(pkg, set);
    return text === 'any version' ? `every version of ${pkg.name}` : `${pkg.name} ${text}`;
}
function isEvery(term) {
    return term !== undefined && (term.set & ~term.pkg.absent) === (term.pkg.full & ~term.pkg.absent);
}
/** A set of versions in words: `any version`, `0.8.1`, `>=0.8.0`, `<=0.7.8`, `>=0.7.0 <=0.7.8 or 0.9.0`. */
function versionsText(pkg, set) {
    const n = pkg.versions.length;
    const runs = [];
    for (let i = 0; i < n; i++) {
        if ((set & (1n << BigInt(i))) === 0n)
            continue;
        const last = runs.at(-1);
        if (last && last[1] === i - 1)
            last[1] = i;
        else
            runs.push([i, i]);
    }
    if (pkg.name === ROOT)
        return '';
    if (runs.length === 0)
        return '(no version)';
    const v = (i) => pkg.versions[i].version;
    return runs
        .map(([low, high]) => {
        if (low === 0 && high === n - 1)
            return 'any version';
        if (low === high)
            return v(low);
        if (low === 0)
            return `<=${v(high)}`;
        if (high === n - 1)
            return `>=${v(low)}`;
        return `>=${v(low)} <=${v(high)}`;
    })
        .join(' or ');
}
function knownText(pkg) {
    return pkg.versions.length === 0 ? 'it has no versions' : `it has ${pkg.versions.map((v) => v.version).join(', ')}`;
}
function capitalize(text) {
    return text[0].toUpperCase() + text.slice(1);
}

// EXTERNAL MODULE: ./src/format/files.ts
var files = __webpack_require__(21140);
;// CONCATENATED MODULE: ./src/client/client.ts










const DEFAULT_TIMEOUT_MS = 10_000;
/** The cache key of the module index built from the NATS bucket. */
const NATS_MODULES = 'nats:modules';
/** The key of every module's head, heads.json and its shards together (not a file of its own). */
const ALL_HEADS = 'heads: every shard';
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
class RegistryClient {
    /** Where the registry is read from, for messages. */
    location;
    source = null;
    nats = null;
    /** The parse of each file in flight or done, shared by every query until refresh(). */
    pending = new Map();
    /** The text each value was parsed from: a revalidated file with the same text is not parsed again. */
    loaded = new Map();
    constructor(options) {
        const given = ['url', 'github', 'directory', 'nats'].filter((key) => options?.[key] !== undefined);
        if (given.length !== 1)
            throw new TypeError('RegistryClient needs exactly one of url, github, directory or nats');
        const settings = {
            token: options.token || undefined,
            timeoutMs: positive(options.timeoutMs, 'timeoutMs') ?? DEFAULT_TIMEOUT_MS,
            maxBytes: positive(options.maxBytes, 'maxBytes') ?? DEFAULT_MAX_BYTES,
        };
        if (options.nats !== undefined)
            this.nats = new nats/* NatsRegistrySource */.L(options.nats, settings.timeoutMs);
        else if (options.directory !== undefined)
            this.source = (0,file_readers/* directorySource */.X5)(options.directory);
        else if (options.github !== undefined)
            this.source = (0,file_readers/* githubSource */.jM)(options.github, settings);
        else
            this.source = (0,file_readers/* urlSource */.Lo)(options.url, settings);
        this.location = (this.nats ?? this.source).location;
    }
    /** Every module, in name order; with a filter, those that match all of its fields. */
    async listModules(filter) {
        return (await this.modules()).list(filter);
    }
    /** One module; a ModuleNotFoundError (with close names as suggestions) when the registry has none of that name. */
    async getModule(name) {
        return (await this.modules()).get(name);
    }
    /** The modules of one type, in name order; a RangeError for a type that does not exist. */
    async listByType(type) {
        return (await this.modules()).ofType(type);
    }
    /**
     * The GitHub topics of the modules, most used first, each with the modules that carry it; `convention` marks the
     * CIM convention's own topics (`cim`, `cim-module`, `cim-domain`, ...) apart from subject topics (`graph`, `ai`).
     */
    async topics() {
        return (await this.modules()).topics();
    }
    /** Modules whose name, description, category, owner or topics hold every word of `text`, best match first. */
    async search(text) {
        return (await this.modules()).search(text);
    }
    /** What a module depends on, with the registered version of each dependency and whether it satisfies the range. */
    async dependenciesOf(name) {
        return (await this.modules()).dependenciesOf(name);
    }
    /** The modules that depend on `name` (reverse dependencies), with the range each requires. */
    async dependentsOf(name) {
        return (await this.modules()).dependentsOf(name);
    }
    /** Does the registered version of `name` satisfy the semver `range`? False when the module has no version. */
    async satisfies(name, range) {
        return (await this.modules()).satisfies(name, range);
    }
    /** status.json: health, problems and dependents per module, and totals. */
    status() {
        return this.load(files/* REGISTRY_FILES */.M.status, parse/* parseStatusFile */.Yv);
    }
    /** private-domains.yaml: the private modules by category, with the values people keep there by hand. */
    privateDomains() {
        return this.load(files/* REGISTRY_FILES */.M.privateDomains, parse/* parsePrivateDomainsFile */.sK);
    }
    /**
     * Every version tag of a module, oldest first: its commit and date, the ranges declared at it, what its lock
     * files pinned (`locked`, null without a lock file) and its CI state. Empty for a module whose history is unknown.
     */
    async versions(name) {
        await this.getModule(name);
        return (0,index_file/* currentVersions */.lJ)((await this.history(name)).versions);
    }
    /**
     * How a module (its head, or `version`) stands to each dependency: the declared range, the locked version, the
     * newest registered one, whether that satisfies the range, and the versions it was built with and verified with.
     * A VersionNotFoundError for a version the module's history does not have.
     */
    async compat(name, version) {
        const module = await this.getModule(name);
        const [history, newest] = await Promise.all([this.history(name), this.newest()]);
        const known = (0,index_file/* currentVersions */.lJ)(history.versions).map((entry) => entry.version);
        if (version !== undefined && !known.includes(version))
            throw new errors/* VersionNotFoundError */.gu(name, version, known);
        return (0,evidence/* compat */.Vv)(name, history, module.dependencies, newest, version);
    }
    /** Every cim package of every head lock whose version differs from the newest registered one or that cannot be reproduced. */
    async drift() {
        const [heads, newest] = await Promise.all([this.heads(), this.newest()]);
        return (0,evidence/* drift */.UL)(new Map([...heads].map(([name, head]) => [name, { versions: [], head }])), newest);
    }
    /**
     * Versions of the modules named by `specs` (`NAME` or `NAME@RANGE`) and of all their transitive dependencies that
     * satisfy every declared range, preferring verified combinations, then newest versions; or why none exist. Only
     * the history files of the modules reached are read (as cargo's sparse index does).
     */
    async resolve(specs) {
        if (specs.length === 0)
            throw new RangeError('resolve needs at least one NAME or NAME@RANGE');
        const parsed = specs.map(parseResolveSpec);
        const modules = await this.modules();
        for (const spec of parsed)
            modules.get(spec.name); // a ModuleNotFoundError, with suggestions, for an unknown name
        const catalog = new Map();
        let frontier = [...new Set(parsed.map((spec) => spec.name))];
        while (frontier.length > 0) {
            const reached = await Promise.all(frontier.map(async (name) => [name, catalogVersions(modules.get(name), await this.history(name))]));
            frontier = [];
            for (const [name, versions] of reached) {
                catalog.set(name, versions);
                for (const next of dependencyNames(versions))
                    if (modules.has(next) && !catalog.has(next) && !frontier.includes(next))
                        frontier.push(next);
            }
        }
        return resolve(catalog, parsed);
    }
    /** Forgets what was loaded: the next query of each file asks again (conditionally over HTTP). */
    refresh() {
        this.pending.clear();
        this.nats?.refresh();
    }
    /**
     * NATS only: every change to the registry from now on (added, updated, removed, with the entries), across
     * reconnects and server restarts, resuming where it stopped; the client's queries follow the changes. Ends when
     * `signal` aborts (or break out of the loop).
     */
    async *watch(signal) {
        if (!this.nats)
            throw new TypeError('watch() needs a NATS source: new RegistryClient({ nats: { servers } })');
        for await (const change of this.nats.watch(signal)) {
            this.pending.delete(NATS_MODULES);
            yield change;
        }
    }
    /** Closes the NATS connection, if there is one; the other sources hold nothing open. */
    async close() {
        await this.nats?.close();
    }
    modules() {
        const nats = this.nats;
        if (nats)
            return this.cached(NATS_MODULES, async () => new model/* ModuleIndex */.$(await nats.modulesFile()));
        return this.load(files/* REGISTRY_FILES */.M.modules, (text, where) => new model/* ModuleIndex */.$((0,parse/* parseModulesFile */.Rv)(text, where)));
    }
    /** A module's history: its index file (absent: no tags read yet) and its head. */
    async history(name) {
        const [versions, heads] = await Promise.all([this.optional((0,index_file/* historyFile */.p2)(name), index_file/* parseVersionLines */.pl, []), this.heads()]);
        return { versions, head: heads.get(name) ?? null };
    }
    /** Every module's head: heads.json, and the shards it lists in a large registry (src/versions/index-file.ts). */
    heads() {
        return this.cached(ALL_HEADS, async () => {
            const text = await this.optional(index_file/* HEADS_FILE */.d1, (found) => found, undefined);
            const shards = (0,index_file/* headsShards */.rR)(text);
            const texts = await Promise.all(shards.map((shard) => this.optional(shard, (found) => found, undefined)));
            return (0,index_file/* readHeads */.W4)({ [index_file/* HEADS_FILE */.d1]: text, ...Object.fromEntries(shards.map((shard, i) => [shard, texts[i]])) });
        });
    }
    async newest() {
        const [modules, heads] = await Promise.all([this.modules(), this.heads()]);
        return new Map(modules.list().map((module) => [module.name, (0,evidence/* newestOf */.su)(module.version, heads.get(module.name))]));
    }
    /** A history file, or `empty` when the registry has none (a registry written before version history). */
    optional(file, parse, empty) {
        return this.load(file, parse).catch((error) => {
            if (error instanceof errors/* RegistryFileNotFoundError */.J9)
                return empty;
            throw error;
        });
    }
    cached(key, make) {
        let promise = this.pending.get(key);
        if (!promise) {
            promise = make();
            promise.catch(() => this.pending.get(key) === promise && this.pending.delete(key));
            this.pending.set(key, promise);
        }
        return promise;
    }
    load(file, parse) {
        const source = this.source;
        if (!source)
            return Promise.reject(new errors/* RegistryError */.gl(`${this.location}: ${file} is not mirrored on NATS; read it from the registry repository`));
        // A failure is not kept (cached() forgets it): the next query tries again.
        return this.cached(file, () => source.read(file).then(({ text, where }) => {
            const previous = this.loaded.get(file);
            if (previous?.text === text)
                return previous.value;
            const value = parse(text, where);
            this.loaded.set(file, { text, value });
            return value;
        }));
    }
}
function positive(value, name) {
    if (value === undefined)
        return undefined;
    if (!Number.isFinite(value) || value <= 0)
        throw new TypeError(`${name} must be a positive number, not ${value}`);
    return value;
}


/***/ }),

/***/ 66468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J9: () => (/* binding */ RegistryFileNotFoundError),
/* harmony export */   Lx: () => (/* binding */ RegistryParseError),
/* harmony export */   eM: () => (/* binding */ ModuleNotFoundError),
/* harmony export */   gl: () => (/* binding */ RegistryError),
/* harmony export */   gu: () => (/* binding */ VersionNotFoundError),
/* harmony export */   k3: () => (/* binding */ SchemaVersionError),
/* harmony export */   sY: () => (/* binding */ RegistryNetworkError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/**
 * What a RegistryClient can fail with. Each error says what went wrong and where (the file's URL without its query,
 * or its path), in words a person can act on; no message ever carries a token. Each has a `code` (src/errors.ts).
 */

class RegistryError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CimError */ .o {
    name = 'RegistryError';
    constructor(message, options) {
        super('REGISTRY', message, options);
    }
}
/** The registry has no module of that name. */
class ModuleNotFoundError extends RegistryError {
    module;
    suggestions;
    name = 'ModuleNotFoundError';
    code = 'MODULE_NOT_FOUND';
    constructor(module, 
    /** Registered names close to the one asked for, best first. */
    suggestions) {
        const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
        super(`no module ${JSON.stringify(module)} in the registry${hint}`);
        this.module = module;
        this.suggestions = suggestions;
    }
}
/** The module has no such version in the registry's history. */
class VersionNotFoundError extends RegistryError {
    module;
    version;
    known;
    name = 'VersionNotFoundError';
    code = 'VERSION_NOT_FOUND';
    constructor(module, version, 
    /** The versions the history knows, oldest first. */
    known) {
        super(`${module} has no version ${version} in its history (known: ${known.join(', ') || 'none'})`);
        this.module = module;
        this.version = version;
        this.known = known;
    }
}
/** A registry file is not where the client looked (HTTP 404, or no such file in the directory). */
class RegistryFileNotFoundError extends RegistryError {
    name = 'RegistryFileNotFoundError';
    code = 'REGISTRY_FILE_NOT_FOUND';
}
/** The file could not be fetched: no answer within the timeout, no connection, or an HTTP status other than 200/304. */
class RegistryNetworkError extends RegistryError {
    status;
    name = 'RegistryNetworkError';
    code = 'REGISTRY_NETWORK';
    constructor(message, 
    /** The HTTP status, when there was an answer. */
    status, options) {
        super(message, options);
        this.status = status;
    }
}
/** The file is not what a registry file must be: not UTF-8, not YAML or JSON, or not the registry's structure. */
class RegistryParseError extends RegistryError {
    name = 'RegistryParseError';
    code = 'REGISTRY_PARSE';
}
/** The file was written for a schema_version this client does not read. */
class SchemaVersionError extends RegistryError {
    found;
    supported;
    name = 'SchemaVersionError';
    code = 'SCHEMA_VERSION';
    constructor(message, 
    /** The schema_version found (undefined when the file has none). */
    found, supported) {
        super(message);
        this.found = found;
        this.supported = supported;
    }
}


/***/ }),

/***/ 91229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X5: () => (/* binding */ directorySource),
  jM: () => (/* binding */ githubSource),
  Lo: () => (/* binding */ urlSource)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/client/errors.ts
var errors = __webpack_require__(66468);
;// CONCATENATED MODULE: ./src/client/http.ts
/**
 * Registry files over HTTP. One GET per file, with a timeout that covers the whole exchange (redirects and body);
 * conditional requests (If-None-Match with the ETag of the copy held, and a 304 returns that copy); a size limit;
 * and a token sent to the configured origin only: redirects are followed by hand so that it never leaves it.
 */


const USER_AGENT = 'cim-registry-client';
const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
class HttpReader {
    options;
    origin;
    /** The last copy of each file that came with an ETag, by URL. */
    copies = new Map();
    constructor(base, options) {
        this.options = options;
        if (base.protocol !== 'http:' && base.protocol !== 'https:')
            throw new TypeError(`the registry URL must be http or https, not ${base.protocol}`);
        if (base.username || base.password)
            throw new TypeError('the registry URL must not hold credentials; pass a token instead');
        if (options.token && base.protocol === 'http:' && !isLoopback(base.hostname)) {
            throw new TypeError(`refusing to send a token over plain http to ${base.host}; use https`);
        }
        this.origin = base.origin;
    }
    async read(url) {
        const where = shownUrl(url);
        const copy = this.copies.get(url.href);
        const signal = AbortSignal.timeout(this.options.timeoutMs);
        try {
            const response = await this.follow(url, copy?.etag, signal);
            if (response.status === 304 && copy)
                return copy.text;
            if (response.status !== 200) {
                await response.body?.cancel();
                throw this.statusError(response, where);
            }
            const text = await readText(response, this.options.maxBytes, where);
            const etag = response.headers.get('etag');
            if (etag)
                this.copies.set(url.href, { etag, text });
            else
                this.copies.delete(url.href);
            return text;
        }
        catch (error) {
            if (error instanceof errors/* RegistryError */.gl)
                throw error;
            if (signal.aborted) {
                throw new errors/* RegistryNetworkError */.sY(`${where}: no complete answer within ${this.options.timeoutMs} ms`, undefined, {
                    cause: error,
                });
            }
            throw new errors/* RegistryNetworkError */.sY(`${where}: request failed (${failureDetail(error)})`, undefined, { cause: error });
        }
    }
    async follow(start, etag, signal) {
        let url = start;
        for (let hops = 0;; hops++) {
            const headers = { 'user-agent': USER_AGENT, ...this.options.headers };
            if (etag)
                headers['if-none-match'] = etag;
            if (this.options.token && url.origin === this.origin)
                headers.authorization = `Bearer ${this.options.token}`;
            const response = await fetch(url, { headers, redirect: 'manual', signal });
            const location = response.headers.get('location');
            if (!REDIRECT_STATUSES.has(response.status) || location === null)
                return response;
            await response.body?.cancel();
            if (hops === MAX_REDIRECTS)
                throw new errors/* RegistryNetworkError */.sY(`${shownUrl(start)}: more than ${MAX_REDIRECTS} redirects`, response.status);
            url = new URL(location, url);
            if (url.protocol !== 'http:' && url.protocol !== 'https:') {
                throw new errors/* RegistryNetworkError */.sY(`${shownUrl(start)}: redirected to a ${url.protocol} URL`, response.status);
            }
        }
    }
    statusError(response, where) {
        const { status } = response;
        if (status === 404)
            return new errors/* RegistryFileNotFoundError */.J9(`${where}: not found (HTTP 404); ${this.options.notFoundHint}`);
        if ((status === 403 || status === 429) && response.headers.get('x-ratelimit-remaining') === '0') {
            const hint = this.options.token ? '' : ', or pass a token';
            return new errors/* RegistryNetworkError */.sY(`${where}: rate limit exhausted (HTTP ${status}); try later${hint}`, status);
        }
        if (status === 401 || status === 403) {
            const why = this.options.token
                ? 'the token was refused or cannot read the registry'
                : 'the registry needs a token';
            return new errors/* RegistryNetworkError */.sY(`${where}: access denied (HTTP ${status}); ${why}`, status);
        }
        if (status === 304)
            return new errors/* RegistryNetworkError */.sY(`${where}: HTTP 304 to a request that was not conditional`, status);
        return new errors/* RegistryNetworkError */.sY(`${where}: HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`, status);
    }
}
/** A URL as shown in messages: without its query, which may hold a per-file token (raw.githubusercontent.com does). */
function shownUrl(url) {
    return `${url.origin}${url.pathname}`;
}
async function readText(response, maxBytes, where) {
    const tooLarge = () => new errors/* RegistryNetworkError */.sY(`${where}: larger than ${maxBytes} bytes, the most this client accepts`);
    if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
        await response.body?.cancel();
        throw tooLarge();
    }
    const chunks = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
        size += chunk.byteLength;
        if (size > maxBytes)
            throw tooLarge(); // leaving the loop cancels the stream
        chunks.push(chunk);
    }
    const text = (0,util_text/* decodeUtf8 */._6)(Buffer.concat(chunks));
    if (text === null)
        throw new errors/* RegistryParseError */.Lx(`${where}: not UTF-8 text`);
    return text;
}
function isLoopback(hostname) {
    return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
/** undici says `fetch failed` and puts the reason (ECONNREFUSED, a closed socket...) in `cause`. */
function failureDetail(error) {
    const cause = error.cause;
    return cause?.code ?? cause?.message ?? error.message;
}

// EXTERNAL MODULE: ./src/format/files.ts
var files = __webpack_require__(21140);
;// CONCATENATED MODULE: ./src/client/file-readers.ts
/**
 * Where the registry files come from: a directory (a checkout of the registry repository, for offline use), a base
 * URL (such as the raw files of ORG/cim at a ref), or the GitHub contents API (private registry repositories).
 */






/**
 * A directory holding the registry files, or a checkout of the registry repository holding them in `registry/`.
 */
function directorySource(directory) {
    const dir = (0,external_node_path_.resolve)(directory);
    return {
        location: dir,
        async read(file) {
            const path = (0,external_node_path_.join)(await registryRoot(dir), file);
            let bytes;
            try {
                bytes = await (0,promises_.readFile)(path);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    throw new errors/* RegistryFileNotFoundError */.J9(`${path}: no such file`);
                throw new errors/* RegistryError */.gl(`${path}: ${error.message}`);
            }
            const text = (0,util_text/* decodeUtf8 */._6)(bytes);
            if (text === null)
                throw new errors/* RegistryParseError */.Lx(`${path}: not UTF-8 text`);
            return { text, where: path };
        },
    };
}
async function registryRoot(dir) {
    for (const candidate of [dir, (0,external_node_path_.join)(dir, 'registry')]) {
        if (await isFile((0,external_node_path_.join)(candidate, files/* REGISTRY_FILES */.M.modules)))
            return candidate;
    }
    const found = await (0,promises_.stat)(dir).catch(() => null);
    if (!found)
        throw new errors/* RegistryFileNotFoundError */.J9(`${dir}: no such directory`);
    if (!found.isDirectory())
        throw new errors/* RegistryFileNotFoundError */.J9(`${dir}: not a directory`);
    const { modules } = files/* REGISTRY_FILES */.M;
    throw new errors/* RegistryFileNotFoundError */.J9(`${dir} holds no ${modules} (nor registry/${modules}); give the registry folder or a checkout of the registry repository`);
}
async function isFile(path) {
    return (await (0,promises_.stat)(path).catch(() => null))?.isFile() ?? false;
}
/** The files under a base URL: `BASE/modules.yaml` and so on. A query on the base is kept on every file's URL. */
function urlSource(url, settings) {
    const base = parseUrl(url, 'registry URL');
    if (!base.pathname.endsWith('/'))
        base.pathname += '/';
    const reader = new HttpReader(base, {
        ...settings,
        notFoundHint: 'the URL must be the folder that holds modules.yaml',
    });
    return {
        location: shownUrl(base),
        async read(file) {
            const fileUrl = new URL(file, base);
            fileUrl.search = base.search;
            return { text: await reader.read(fileUrl), where: shownUrl(fileUrl) };
        },
    };
}
const GITHUB_NAME = /^[A-Za-z0-9._-]+$/;
function githubSource(github, settings) {
    for (const key of ['owner', 'repo']) {
        if (typeof github[key] !== 'string' || !GITHUB_NAME.test(github[key])) {
            const what = key === 'owner' ? 'user or organization' : 'repository';
            throw new TypeError(`github.${key} must be a GitHub ${what} name, not ${JSON.stringify(github[key])}`);
        }
    }
    const api = parseUrl(github.apiUrl ?? 'https://api.github.com', 'GitHub API URL');
    if (!api.pathname.endsWith('/'))
        api.pathname += '/';
    const folder = (github.path ?? 'registry').split('/').filter(Boolean);
    const reader = new HttpReader(api, {
        ...settings,
        // The raw media type: the body is the file itself, not JSON with base64 content (which stops at 1 MB).
        headers: { accept: 'application/vnd.github.raw+json', 'x-github-api-version': '2022-11-28' },
        notFoundHint: 'check owner, repository, path and ref; a private repository also answers 404 to a token that cannot read it',
    });
    const ref = github.ref ? `@${github.ref}` : '';
    return {
        location: `${github.owner}/${github.repo}/${folder.join('/')}${ref} (${shownUrl(api)})`,
        async read(file) {
            const segments = ['repos', github.owner, github.repo, 'contents', ...folder, ...file.split('/')].map(encodeURIComponent);
            const fileUrl = new URL(segments.join('/'), api);
            if (github.ref)
                fileUrl.searchParams.set('ref', github.ref);
            return { text: await reader.read(fileUrl), where: `${shownUrl(fileUrl)}${ref}` };
        },
    };
}
function parseUrl(url, what) {
    try {
        return new URL(url);
    }
    catch {
        throw new TypeError(`${JSON.stringify(String(url))} is not a valid ${what}`);
    }
}


/***/ }),

/***/ 64092:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $: () => (/* binding */ ModuleIndex)
});

// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/metadata/topics.ts
var topics = __webpack_require__(397);
// EXTERNAL MODULE: ./src/metadata/semver.ts
var semver = __webpack_require__(80821);
// EXTERNAL MODULE: ./src/format/types.ts
var types = __webpack_require__(52626);
// EXTERNAL MODULE: ./src/client/errors.ts
var errors = __webpack_require__(66468);
;// CONCATENATED MODULE: ./src/client/suggest.ts
/** "Did you mean": the registered names closest to a name that is not registered. */

/** At most `limit` names within a small edit distance of `wanted`, or containing it, closest first. */
function closestNames(wanted, names, limit = 3) {
    const maxDistance = Math.max(2, Math.floor(wanted.length / 4));
    const scored = [];
    for (const name of names) {
        const distance = editDistance(wanted, name, maxDistance);
        if (distance <= maxDistance)
            scored.push([name, distance]);
        else if (wanted.length >= 3 && name.includes(wanted))
            scored.push([name, maxDistance + 1]);
    }
    return scored
        .sort(([a, x], [b, y]) => x - y || (0,order/* compareStrings */.Kt)(a, b))
        .slice(0, limit)
        .map(([name]) => name);
}
/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
function editDistance(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
            best = Math.min(best, current[j]);
        }
        if (best > max)
            return max + 1;
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./src/client/model.ts
/**
 * The modules of one modules.yaml, indexed once for the queries: by name, by type and by reverse dependency, so
 * that every query after the load is a lookup. Pure and synchronous; the client adds the loading.
 */






class ModuleIndex {
    byName = new Map();
    byType = new Map(types/* MODULE_TYPES */.rI.map((type) => [type, []]));
    dependents = new Map();
    /** Modules by topic, in name order, built on the first query that needs it. */
    byTopic;
    /** Lower-cased searchable text per module, built on the first search. */
    searchText;
    constructor(file) {
        for (const name of Object.keys(file.modules).sort(order/* compareStrings */.Kt)) {
            const entry = file.modules[name];
            Object.freeze(entry.topics);
            Object.freeze(entry.dependencies);
            // Frozen, since every query hands out the same object; the name is set last as well, so that no stray
            // `name` key in an entry can hide it.
            const module = Object.freeze(Object.assign({ name }, entry, { name }));
            this.byName.set(name, module);
            this.byType.get(module.type).push(module);
            for (const target of Object.keys(module.dependencies)) {
                let list = this.dependents.get(target);
                if (!list)
                    this.dependents.set(target, (list = []));
                list.push(module);
            }
        }
    }
    get size() {
        return this.byName.size;
    }
    has(name) {
        return this.byName.has(name);
    }
    get(name) {
        const module = this.byName.get(name);
        if (!module)
            throw new errors/* ModuleNotFoundError */.eM(name, closestNames(name, this.byName.keys()));
        return module;
    }
    list(filter = {}) {
        if (filter.visibility !== undefined)
            checkOneOf('visibility', filter.visibility, types/* VISIBILITIES */.jZ);
        const { visibility, category, status } = filter;
        const topic = filter.topic === undefined ? undefined : checkTopic(filter.topic);
        let modules = filter.type !== undefined ? this.ofType(filter.type) : [...this.byName.values()];
        if (topic !== undefined)
            modules = modules.filter((module) => module.topics.includes(topic));
        if (visibility === undefined && category === undefined && status === undefined)
            return modules;
        return modules.filter((module) => (visibility === undefined || module.visibility === visibility) &&
            (category === undefined || module.category === category) &&
            (status === undefined || module.status === status));
    }
    /** Every topic the modules carry, most used first (ties by topic), with the modules that carry it. */
    topics() {
        if (!this.byTopic) {
            this.byTopic = new Map();
            for (const module of this.byName.values()) {
                for (const topic of new Set(module.topics)) {
                    let list = this.byTopic.get(topic);
                    if (!list)
                        this.byTopic.set(topic, (list = []));
                    list.push(module);
                }
            }
        }
        return [...this.byTopic]
            .map(([topic, modules]) => ({
            topic,
            modules: modules.map((module) => module.name),
            convention: topics/* CONVENTION_TOPICS */.Rj.has(topic),
        }))
            .sort((a, b) => b.modules.length - a.modules.length || (0,order/* compareStrings */.Kt)(a.topic, b.topic));
    }
    ofType(type) {
        checkOneOf('module type', type, types/* MODULE_TYPES */.rI);
        return [...this.byType.get(type)];
    }
    /**
     * Modules whose name, description, category, owner or topics contain every word of `text` (case-insensitive),
     * best first: an exact name, then words found in the name, then elsewhere; ties by name.
     */
    search(text) {
        const words = text.toLowerCase().split(/\s+/).filter(Boolean);
        if (words.length === 0)
            throw new RangeError('search needs at least one word');
        this.searchText ??= new Map([...this.byName.values()].map((module) => [
            module,
            {
                name: module.name,
                rest: [module.description, module.category, module.owner, ...module.topics].join('\n').toLowerCase(),
            },
        ]));
        const phrase = words.join(' ');
        const hits = [];
        for (const [module, { name, rest }] of this.searchText) {
            let score = name === phrase ? 0 : 1;
            for (const word of words) {
                if (name.includes(word))
                    continue;
                if (!rest.includes(word)) {
                    score = -1;
                    break;
                }
                score += 1;
            }
            if (score >= 0)
                hits.push([module, score]);
        }
        return hits.sort(([a, x], [b, y]) => x - y || (0,order/* compareStrings */.Kt)(a.name, b.name)).map(([module]) => module);
    }
    /** What `name` depends on, in name order; targets that are not registered are included, with a null version. */
    dependenciesOf(name) {
        const module = this.get(name);
        return Object.keys(module.dependencies)
            .sort(order/* compareStrings */.Kt)
            .map((target) => this.link(module, target));
    }
    /** The modules that depend on `name` (reverse dependencies), in name order, with the range each requires. */
    dependentsOf(name) {
        this.get(name);
        return (this.dependents.get(name) ?? []).map((module) => this.link(module, name));
    }
    /** Does the registered version of `name` satisfy `range`? False when the module has no version. */
    satisfies(name, range) {
        if (!(0,semver/* isRange */._Z)(range))
            throw new RangeError(`${JSON.stringify(range)} is not a semver range (e.g. ^0.3, >=0.1.0 <0.3.0)`);
        const { version } = this.get(name);
        return version !== null && (0,semver/* satisfiesRange */.jY)(version, range);
    }
    link(module, target) {
        const range = module.dependencies[target];
        const registered = this.byName.get(target);
        const version = registered?.version ?? null;
        return {
            from: module.name,
            to: target,
            range,
            registered: registered !== undefined,
            version,
            satisfied: version === null ? null : (0,semver/* satisfiesRange */.jY)(version, range),
        };
    }
}
/** A topic as GitHub stores it (lowercase); a RangeError for text that cannot be one. */
function checkTopic(topic) {
    const lower = typeof topic === 'string' ? topic.trim().toLowerCase() : topic;
    if (!(0,topics/* isTopic */.EL)(lower)) {
        throw new RangeError(`${JSON.stringify(topic)} is not a GitHub topic (lowercase letters, digits and hyphens, at most 50 characters, e.g. graph)`);
    }
    return lower;
}
function checkOneOf(what, value, allowed) {
    if (!allowed.includes(value))
        throw new RangeError(`unknown ${what} ${JSON.stringify(value)}; one of ${allowed.join(', ')}`);
}


/***/ }),

/***/ 62564:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ NatsRegistrySource)
});

// EXTERNAL MODULE: ./src/nats-registry/bucket.ts
var nats_registry_bucket = __webpack_require__(59596);
// EXTERNAL MODULE: ./src/nats-registry/connect.ts
var connect = __webpack_require__(12722);
// EXTERNAL MODULE: ./src/nats-registry/records.ts
var records = __webpack_require__(20078);
;// CONCATENATED MODULE: ./src/nats-registry/watch.ts

const RETRY_MS = 500;
const STALL_CHECK_MS = 2000;
/** Changes of `bucket` from revision `from` on; ends when `signal` aborts or the connection closes. */
async function* watchBucket(nc, bucket, from, signal) {
    let next = Math.max(1, from);
    let kv = null;
    while (!signal?.aborted && !nc.isClosed()) {
        let watcher = null;
        const stop = () => watcher?.stop();
        signal?.addEventListener('abort', stop);
        const reconnects = watchReconnects(nc, stop);
        let watchdog;
        try {
            kv ??= await (0,nats_registry_bucket/* openBucket */.xB)(nc, bucket, {}, false);
            watcher = await kv.watch({ resumeFromRevision: next });
            watchdog = stallWatchdog(kv, () => next, stop);
            for await (const entry of watcher) {
                if (entry.revision < next)
                    continue;
                next = entry.revision + 1;
                yield { key: entry.key, value: entry.operation === 'PUT' ? entry.string() : null, revision: entry.revision };
            }
        }
        catch {
            // The server is away or the bucket's stream has no leader yet (a cluster electing one): try again shortly.
            kv = null;
            await sleep(RETRY_MS, signal);
        }
        finally {
            clearInterval(watchdog);
            reconnects.stop();
            signal?.removeEventListener('abort', stop);
            watcher?.stop();
        }
    }
}
/** Calls `onStall` when the bucket holds revisions at or past `next()` at two checks in a row without progress. */
function stallWatchdog(kv, next, onStall) {
    let behindAt = null;
    const timer = setInterval(() => {
        kv.status().then((status) => {
            const expected = next();
            if (status.streamInfo.state.last_seq < expected)
                behindAt = null;
            else if (behindAt === expected)
                onStall();
            else
                behindAt = expected;
        }, () => { });
    }, STALL_CHECK_MS);
    timer.unref();
    return timer;
}
/** Calls `onReconnect` each time the connection comes back. */
function watchReconnects(nc, onReconnect) {
    const statuses = nc.status()[Symbol.asyncIterator]();
    (async () => {
        for (let next = await statuses.next(); !next.done; next = await statuses.next())
            if (next.value.type === 'reconnect')
                onReconnect();
    })().catch(() => { });
    return { stop: () => void statuses.return?.() };
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
    });
}

// EXTERNAL MODULE: ./src/format/types.ts
var types = __webpack_require__(52626);
// EXTERNAL MODULE: ./src/client/errors.ts
var errors = __webpack_require__(66468);
// EXTERNAL MODULE: ./src/client/parse.ts
var parse = __webpack_require__(18900);
;// CONCATENATED MODULE: ./src/client/nats.ts







class NatsRegistrySource {
    options;
    timeoutMs;
    location;
    bucket;
    settings;
    connection = null;
    /** The record text of each module, and the revision they are current at. */
    texts = new Map();
    revision = 0;
    loading = null;
    /** The last parse of each module's record, reused while its text stays the same (a rebuild after one change
     *  parses one record, not ten thousand). */
    parsed = new Map();
    constructor(options, timeoutMs) {
        this.options = options;
        this.timeoutMs = timeoutMs;
        const { bucket, onInvalidRecord: _, servers, ...auth } = options;
        this.settings = {
            servers: Array.isArray(servers) ? servers : servers.split(',').map((server) => server.trim()),
            ...auth,
        };
        this.bucket = bucket ?? records/* DEFAULT_BUCKET */.hg;
        this.location = `NATS bucket ${this.bucket} at ${this.settings.servers.join(', ')}`;
    }
    /** The modules as a modules.yaml would hold them; read from the bucket once, then kept current by watch(). */
    async modulesFile() {
        await this.load();
        const modules = {};
        for (const [name, text] of this.texts) {
            const module = this.parse(name, text);
            if (module)
                modules[name] = module.entry;
        }
        return { schema_version: types/* REGISTRY_SCHEMA_VERSION */.zu, modules };
    }
    /** Rereads the bucket on the next query. */
    refresh() {
        this.loading = null;
    }
    /** Every change from now on, across reconnects and server restarts; ends when `signal` aborts. */
    async *watch(signal) {
        await this.load();
        const nc = await this.connect();
        const seen = new Map(this.texts);
        for await (const change of watchBucket(nc, this.bucket, this.revision + 1, signal)) {
            this.revision = Math.max(this.revision, change.revision);
            if (!change.key.startsWith(records/* MODULE_KEY_PREFIX */._p))
                continue;
            const name = change.key.slice(records/* MODULE_KEY_PREFIX */._p.length);
            const before = seen.get(name);
            if (change.value === (before ?? null))
                continue;
            const previous = before === undefined ? null : (this.parse(name, before, true)?.info ?? null);
            if (change.value === null) {
                seen.delete(name);
                this.texts.delete(name);
                this.parsed.delete(name);
                yield { type: 'removed', name, module: null, previous, revision: change.revision };
                continue;
            }
            const module = this.parse(name, change.value);
            if (!module)
                continue;
            seen.set(name, change.value);
            this.texts.set(name, change.value);
            yield { type: previous ? 'updated' : 'added', name, module: module.info, previous, revision: change.revision };
        }
    }
    async close() {
        const connection = this.connection;
        this.connection = null;
        if (connection)
            await (0,connect/* closeConnection */.Bn)(await connection.catch(() => null)).catch(() => { });
    }
    load() {
        this.loading ??= this.read().catch((error) => {
            this.loading = null;
            throw error;
        });
        return this.loading;
    }
    async read() {
        const nc = await this.connect();
        const kv = await (0,nats_registry_bucket/* openBucket */.xB)(nc, this.bucket, {}, false).catch((error) => {
            if (/not found/i.test(error.message))
                throw new errors/* RegistryFileNotFoundError */.J9(`${this.location}: no such bucket (has update run with NATS inputs?)`);
            throw new errors/* RegistryNetworkError */.sY(`${this.location}: ${error.message}`, undefined, { cause: error });
        });
        const { values, revision } = await (0,nats_registry_bucket/* readBucket */.jk)(kv);
        if (!(0,records/* parseMeta */.By)(values.get(records/* META_KEY */.iI)))
            throw new errors/* RegistryFileNotFoundError */.J9(`${this.location} holds no registry yet (no ${records/* META_KEY */.iI} record)`);
        this.texts = new Map([...values]
            .filter(([key]) => key.startsWith(records/* MODULE_KEY_PREFIX */._p))
            .map(([key, text]) => [key.slice(records/* MODULE_KEY_PREFIX */._p.length), text]));
        this.revision = revision;
    }
    connect() {
        this.connection ??= (0,connect/* openNats */.vv)(this.settings, 'cim-registry-client', 'service', this.timeoutMs).catch((error) => {
            this.connection = null;
            throw new errors/* RegistryNetworkError */.sY(error.message, undefined, { cause: error });
        });
        return this.connection;
    }
    /** A record's entry, checked; null (and onInvalidRecord, once per text) when it is not one. */
    parse(name, text, quiet = false) {
        const known = this.parsed.get(name);
        if (known?.text === text)
            return known.result;
        const result = this.parseRecord(name, text, quiet);
        if (!quiet)
            this.parsed.set(name, { text, result });
        return result;
    }
    parseRecord(name, text, quiet) {
        const where = `${this.location}, key ${records/* MODULE_KEY_PREFIX */._p}${name}`;
        try {
            let record;
            try {
                record = JSON.parse(text);
            }
            catch (error) {
                throw new errors/* RegistryParseError */.Lx(`${where}: not JSON (${error.message})`);
            }
            if (record?.name !== name)
                throw new errors/* RegistryParseError */.Lx(`${where}: the record names ${JSON.stringify(record?.name)}`);
            const entry = (0,parse/* checkModuleEntry */.XP)(record.entry, where);
            return { entry, info: Object.freeze({ ...entry, name }) };
        }
        catch (error) {
            if (!quiet && error instanceof errors/* RegistryError */.gl)
                this.options.onInvalidRecord?.(`${records/* MODULE_KEY_PREFIX */._p}${name}`, error.message);
            else if (!(error instanceof errors/* RegistryError */.gl))
                throw error;
            return null;
        }
    }
}


/***/ }),

/***/ 18900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rv: () => (/* binding */ parseModulesFile),
/* harmony export */   XP: () => (/* binding */ checkModuleEntry),
/* harmony export */   Yv: () => (/* binding */ parseStatusFile),
/* harmony export */   sK: () => (/* binding */ parsePrivateDomainsFile)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _format_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(52626);
/* harmony import */ var _metadata_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98713);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66468);
/**
 * The registry files as the client reads them: parsed, checked against the structure the engine writes, and frozen
 * (here, or modules.yaml's entries by the index), because the client hands the same objects to every query. The
 * schema_version is checked first, since a file of another version may have another structure; the structure check
 * then lets the results keep the types they promise.
 *
 * YAML is read with js-yaml: on a 10,000-module modules.yaml (5 MB) it is about 30 times faster than the `yaml`
 * package, which the engine keeps for writing (and for editing private-domains.yaml in place).
 */




class Mismatch {
    path;
    expected;
    value;
    constructor(path, expected, value) {
        this.path = path;
        this.expected = expected;
        this.value = value;
    }
}
const isText = (value) => typeof value === 'string';
const isMapping = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const is = (test, expected) => (value, path) => {
    if (!test(value))
        throw new Mismatch(path, expected, value);
};
const optional = (check) => (value, path) => {
    if (value !== undefined)
        check(value, path);
};
const listOf = (check, expected) => (value, path) => {
    if (!Array.isArray(value))
        throw new Mismatch(path, expected, value);
    value.forEach((item, i) => check(item, `${path}[${i}]`));
};
/** A mapping whose values pass `check`, and whose keys pass `key` when given. */
const mapOf = (check, expected, key) => (value, path) => {
    if (!isMapping(value))
        throw new Mismatch(path, expected, value);
    for (const [name, item] of Object.entries(value)) {
        if (key && !key[0](name))
            throw new Mismatch(path, key[1], name);
        check(item, `${path}.${name}`);
    }
};
const fields = (checks) => (value, path) => {
    if (!isMapping(value))
        throw new Mismatch(path, 'a mapping', value);
    for (const [name, check] of Object.entries(checks))
        check(value[name], path ? `${path}.${name}` : name);
};
const text = is(isText, 'text');
const textOrNull = is((value) => value === null || isText(value), 'text or null');
const flag = is((value) => typeof value === 'boolean', 'true or false');
const oneOf = (values) => is((value) => values.includes(value), `one of ${values.join(', ')}`);
const deployed = optional(is((value) => typeof value === 'boolean' || isText(value), 'true, false or text'));
const metadata = oneOf(['declared', 'inferred']);
const moduleName = is((value) => isText(value) && (0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isModuleName */ .yZ)(value), 'a module name');
const moduleNames = [_metadata_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isModuleName */ .yZ, 'keyed by module names'];
const problems = listOf(fields({ level: oneOf(['error', 'warning']), code: text, message: text }), 'a list of problems');
/** Keyed by the shared types' fields, so that a field added to the engine's files cannot be forgotten here. */
const MODULE_ENTRY = {
    type: oneOf(_format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MODULE_TYPES */ .rI),
    description: textOrNull,
    repository: textOrNull,
    version: textOrNull,
    last_commit: textOrNull,
    last_updated: textOrNull,
    topics: listOf(text, 'a list of text'),
    visibility: oneOf(_format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .VISIBILITIES */ .jZ),
    category: textOrNull,
    status: optional(text),
    owner: optional(text),
    deployed,
    archived: optional(flag),
    dependencies: mapOf(is(isText, 'a range'), 'a mapping of module name to range', moduleNames),
    metadata,
};
const MODULES_FILE = fields({ modules: mapOf(fields(MODULE_ENTRY), 'a mapping of module name to entry', moduleNames) });
const MODULE_STATUS = {
    health: oneOf(_format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .HEALTHS */ .e8),
    metadata,
    origins: mapOf(oneOf(_format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FIELD_ORIGINS */ .FR), 'a mapping of field to origin'),
    dependents: listOf(moduleName, 'a list of module names'),
    stale: optional(text),
    listed: optional(text),
    history: optional(text),
    problems,
};
const STATUS_FILE = fields({
    registry_hash: text,
    rules_version: optional(text),
    totals: is((value) => isMapping(value) && typeof value.modules === 'number', 'a mapping with the number of modules'),
    complete_view: flag,
    problems,
    modules: mapOf(fields(MODULE_STATUS), 'a mapping of module name to status', moduleNames),
});
/** Hand-edited values are checked too: the message then says which one to fix. */
const PRIVATE_DOMAIN = {
    name: moduleName,
    description: optional(text),
    owner: optional(text),
    status: optional(text),
    deployed,
    modules_used: optional(listOf(moduleName, 'a list of module names')),
    verified: optional(flag),
};
const PRIVATE_DOMAINS_FILE = fields({
    private_domains: optional(mapOf(listOf(fields(PRIVATE_DOMAIN), 'a list of domains'), 'a mapping of category to list of domains')),
});
/** Checked, not frozen: the client indexes the entries into objects of its own, and freezes those. */
function parseModulesFile(text, location) {
    return checked(parseYamlMapping(text, location), location, true, MODULES_FILE);
}
/** One module entry on its own (a record of the NATS bucket), checked like an entry of modules.yaml. */
function checkModuleEntry(value, location) {
    try {
        fields(MODULE_ENTRY)(value, '');
    }
    catch (error) {
        if (!(error instanceof Mismatch))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryParseError */ .Lx(`${location}: ${error.path || 'the entry'} must be ${error.expected}, not ${describe(error.value)}`);
    }
    return value;
}
function parseStatusFile(text, location) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryParseError */ .Lx(`${location}: not valid JSON (${error.message})`);
    }
    return deepFreeze(checked(expectMapping(data, location), location, true, STATUS_FILE));
}
/** private-domains.yaml may lack a schema_version (kept by hand before the first run); a wrong one is refused. */
function parsePrivateDomainsFile(text, location) {
    const data = checked(parseYamlMapping(text, location), location, false, PRIVATE_DOMAINS_FILE);
    return deepFreeze({ ...data, private_domains: data.private_domains ?? {} });
}
/** The schema_version first (another version may have another structure), then the structure. */
function checked(data, location, versionRequired, check) {
    checkSchemaVersion(data, location, versionRequired);
    try {
        check(data, '');
    }
    catch (error) {
        if (!(error instanceof Mismatch))
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryParseError */ .Lx(`${location}: ${error.path} must be ${error.expected}, not ${describe(error.value)}`);
    }
    return data;
}
function parseYamlMapping(text, location) {
    let data;
    try {
        // The core schema (YAML 1.2): no timestamps or other implicit types beyond null, booleans and numbers.
        data = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
    }
    catch (error) {
        if (!(error instanceof js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .YAMLException */ .tB))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryParseError */ .Lx(`${location}: not valid YAML (${error.message})`);
        const { line, column } = error.mark;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryParseError */ .Lx(`${location}:${line + 1}:${column + 1}: not valid YAML (${error.reason})`);
    }
    return expectMapping(data, location);
}
function expectMapping(data, location) {
    if (isMapping(data))
        return data;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .RegistryParseError */ .Lx(`${location}: not a registry file (expected a mapping with schema_version, found ${describe(data)})`);
}
function checkSchemaVersion(data, location, required) {
    const found = data.schema_version;
    if (found === _format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_SCHEMA_VERSION */ .zu || (found === undefined && !required))
        return;
    const message = found === undefined
        ? `${location} has no schema_version: it was not generated by cim-registry-action (run \`cim-registry update\`)`
        : typeof found === 'number' && found > _format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_SCHEMA_VERSION */ .zu
            ? `${location} has schema_version ${found}, newer than this client reads (${_format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_SCHEMA_VERSION */ .zu}): upgrade cim-registry-action`
            : `${location} has schema_version ${JSON.stringify(found)}; this client reads schema_version ${_format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_SCHEMA_VERSION */ .zu}`;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaVersionError */ .k3(message, found, _format_types_js__WEBPACK_IMPORTED_MODULE_3__/* .REGISTRY_SCHEMA_VERSION */ .zu);
}
function describe(value) {
    if (value === undefined)
        return 'missing';
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    const shown = JSON.stringify(value);
    return shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
}
/** Objects seen once only: YAML aliases can make one object appear many times. */
function deepFreeze(value, seen = new WeakSet()) {
    if (typeof value !== 'object' || value === null || seen.has(value))
        return value;
    seen.add(value);
    for (const child of Object.values(value))
        deepFreeze(child, seen);
    return Object.freeze(value);
}


/***/ }),

/***/ 17961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ buildSiteFromRegistry)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(73136);
;// CONCATENATED MODULE: ./src/site/assets.ts
/**
 * Finds the site's static files: the stylesheet and script of src/site/assets/, and MiniSearch's browser build.
 * From the sources (tests, the benchmark) they are read where they are; the bundles (dist/programs/, dist/lib/)
 * find the copies that scripts/bundle.mjs puts in dist/site-assets/, one level up.
 */



/** The folder scripts/bundle.mjs copies the assets into, beside the bundles. */
const BUNDLED_ASSETS_DIR = 'site-assets';
/** MiniSearch's browser build (UMD: it defines the global MiniSearch that site.js uses). */
const MINISEARCH_BROWSER_BUILD = 'minisearch/dist/umd/index.js';
const MINISEARCH_LICENSE = 'minisearch/LICENSE.txt';
function readSiteAssets(from = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    const bundled = [(0,external_node_path_.join)(from, BUNDLED_ASSETS_DIR), (0,external_node_path_.join)(from, '..', BUNDLED_ASSETS_DIR)].find((dir) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'site.js')));
    const files = bundled
        ? {
            css: (0,external_node_path_.join)(bundled, 'site.css'),
            js: (0,external_node_path_.join)(bundled, 'site.js'),
            minisearch: (0,external_node_path_.join)(bundled, 'minisearch.js'),
            license: (0,external_node_path_.join)(bundled, 'minisearch.LICENSE.txt'),
        }
        : {
            css: (0,external_node_path_.join)(from, 'assets', 'site.css'),
            js: (0,external_node_path_.join)(from, 'assets', 'site.js'),
            minisearch: findPackageFile(from, MINISEARCH_BROWSER_BUILD),
            license: findPackageFile(from, MINISEARCH_LICENSE),
        };
    try {
        return {
            'site.css': (0,external_node_fs_.readFileSync)(files.css, 'utf8'),
            'site.js': (0,external_node_fs_.readFileSync)(files.js, 'utf8'),
            'minisearch.js': (0,external_node_fs_.readFileSync)(files.minisearch, 'utf8'),
            'minisearch.LICENSE.txt': (0,external_node_fs_.readFileSync)(files.license, 'utf8'),
        };
    }
    catch (error) {
        throw new Error(`the site's static files are missing (${error.message}); rebuild the bundle with scripts/bundle.mjs`);
    }
}
/** `node_modules/<file>` in the nearest folder up from `dir` that has it. */
function findPackageFile(dir, file) {
    for (let current = dir;; current = (0,external_node_path_.dirname)(current)) {
        const candidate = (0,external_node_path_.join)(current, 'node_modules', file);
        if ((0,external_node_fs_.existsSync)(candidate))
            return candidate;
        if ((0,external_node_path_.dirname)(current) === current)
            return (0,external_node_path_.join)(dir, 'node_modules', file);
    }
}

// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/site/html.ts
/**
 * HTML as text, escaped at every hole: module data (names, descriptions, URLs) is untrusted, so it enters a page
 * only through `text()`, `attr()` or `safeUrl()`. The page frame is one function: every page gets the same head,
 * with a Content-Security-Policy that allows nothing but the site's own files, and links relative to itself so
 * that the site works at any path (a project Pages site lives under /REPO/).
 */
/** A piece of HTML that is already safe; strings are escaped when joined into it. */
class Html {
    value;
    constructor(value) {
        this.value = value;
    }
    toString() {
        return this.value;
    }
}
/** Text for element content and attribute values: control characters folded to spaces, markup escaped. */
function html_text(value) {
    if (value === null || value === undefined)
        return '';
    return String(value)
        .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' ')
        .replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
/** A tagged template: strings in holes are escaped, Html is kept, arrays are joined, null/undefined/false vanish. */
function html(strings, ...holes) {
    let out = strings[0];
    holes.forEach((hole, i) => {
        out += render(hole) + strings[i + 1];
    });
    return new Html(out);
}
function render(hole) {
    if (hole === null || hole === undefined || hole === false)
        return '';
    if (hole instanceof Html)
        return hole.value;
    if (Array.isArray(hole))
        return hole.map(render).join('');
    return html_text(hole);
}
/** An http(s) URL from module data, or null: no `javascript:` or `data:` link can come from a module. */
function safeUrl(url) {
    if (!url)
        return null;
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
    }
    catch {
        return null;
    }
}
/** The file name of a module's page; module names are [a-z0-9-], so they are safe path segments. */
function modulePath(name) {
    return `modules/${encodeURIComponent(name)}.html`;
}
/**
 * The policy every page carries (GitHub Pages cannot send headers, so it is a meta element): only the site's own
 * scripts, styles, data and images; no inline script or style anywhere, no form posting elsewhere, no <base>.
 * No frame-ancestors, report-uri or sandbox: a meta policy ignores them, and Chromium logs a console error for each
 * (CSP Level 3, "Delivery via meta element"; developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy).
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'";
const NAV_PAGES = [
    { path: 'index.html', label: 'Catalog' },
    { path: 'graph.html', label: 'Dependency graph' },
    { path: 'health.html', label: 'Health' },
    { path: 'changelog.html', label: 'Changelog' },
];
/** A link from the page at `from` to the site path `to`. */
function relative(from, to) {
    const depth = from.split('/').length - 1;
    return '../'.repeat(depth) + to;
}
function page(frame) {
    const link = (to) => relative(frame.path, to);
    const nav = NAV_PAGES.map((item) => html `<li><a href="${link(item.path)}"${item.path === frame.path ? new Html(' aria-current="page"') : ''}>${item.label}</a></li>`);
    const scripts = (frame.scripts ?? []).map((script) => html `<script defer src="${link(script)}"></script>`);
    return html `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${frame.title} · ${frame.siteTitle}</title>
<link rel="stylesheet" href="${link('assets/site.css')}">
${scripts}
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-title" href="${link('index.html')}">${frame.siteTitle}</a>
<nav aria-label="Site"><ul>${nav}</ul></nav>
</header>
<main id="main">
${frame.body}
</main>
</body>
</html>
`.value;
}
/** A health as a word with a class for its colour: never colour alone. */
function healthBadge(health) {
    return html `<span class="health health-${health}">${health}</span>`;
}

// EXTERNAL MODULE: ./src/client/model.ts + 1 modules
var model = __webpack_require__(64092);
// EXTERNAL MODULE: ./src/format/types.ts
var types = __webpack_require__(52626);
;// CONCATENATED MODULE: ./src/site/model.ts



function siteView(input) {
    const includePrivate = input.includePrivate === true;
    const index = new model/* ModuleIndex */.$(input.modules);
    const all = index.list();
    const hidden = new Set(all.filter((module) => !includePrivate && module.visibility === 'private').map((module) => module.name));
    const shownLink = (name) => !hidden.has(name);
    const mentionsHidden = (text) => hidden.size > 0 && namesIn(text).some((name) => hidden.has(name));
    const modules = all
        .filter((module) => !hidden.has(module.name))
        .map((module) => {
        const status = input.status.modules[module.name];
        const dependencies = index.dependenciesOf(module.name);
        const dependents = index.dependentsOf(module.name);
        const problems = status?.problems.filter((problem) => !mentionsHidden(problem.message));
        return {
            ...module,
            health: status?.health ?? 'ok',
            // A problem that names a private module (a dependency on it that does not hold) is left out with it.
            moduleStatus: status && { ...status, problems: problems },
            hiddenProblems: (status?.problems.length ?? 0) - (problems?.length ?? 0),
            dependencyLinks: dependencies.filter((link) => shownLink(link.to)),
            hiddenDependencies: dependencies.filter((link) => !shownLink(link.to)).length,
            dependentLinks: dependents.filter((link) => shownLink(link.from)),
            hiddenDependents: dependents.filter((link) => !shownLink(link.from)).length,
            history: withoutHiddenDependencies(latestPerTag(input.history?.get(module.name)), hidden),
        };
    });
    const count = (keys, key) => {
        const counts = Object.fromEntries(keys.map((k) => [k, 0]));
        for (const module of modules)
            counts[key(module)] += 1;
        return counts;
    };
    const problems = input.status.problems.filter((problem) => includePrivate || (!UNREGISTERED_REPOSITORY_PROBLEMS.has(problem.code) && !mentionsHidden(problem.message)));
    // The changelog also names modules that are no longer registered (removed, renamed), and the registry no longer
    // says whether they were private: without --include-private their lines go too.
    const unregisteredInChangelog = new Set(changelogModuleNames(input.changelog).filter((name) => !Object.hasOwn(input.modules.modules, name)));
    const mentionsHiddenOrUnregistered = (text) => includePrivate ? false : namesIn(text).some((name) => hidden.has(name) || unregisteredInChangelog.has(name));
    return {
        title: input.title ?? 'CIM registry',
        includePrivate,
        modules,
        byName: new Map(modules.map((module) => [module.name, module])),
        problems,
        hiddenProblems: input.status.problems.length - problems.length,
        completeView: input.status.complete_view,
        registryHash: input.status.registry_hash,
        totals: {
            modules: modules.length,
            byType: count(types/* MODULE_TYPES */.rI, (module) => module.type),
            byVisibility: count(types/* VISIBILITIES */.jZ, (module) => module.visibility),
            byHealth: count(types/* HEALTHS */.e8, (module) => module.health),
        },
        changelog: withoutHiddenLines(input.changelog, mentionsHiddenOrUnregistered),
        categories: distinct(modules.map((module) => module.category)),
        statuses: distinct(modules.map((module) => module.status)),
    };
}
/**
 * Registry problems about a repository that is not registered, so that the registry records nothing of it, not
 * even whether it is private: one that looks like a module but lacks the topic (`missing-topic`), one with the
 * topic but a name that is not a module name (`invalid-name`) (src/sources/github.ts, src/sources/local.ts). A
 * private repository's name would reach a public site through them: without --include-private they are counted,
 * never shown.
 */
const UNREGISTERED_REPOSITORY_PROBLEMS = new Set([
    'missing-topic',
    'invalid-name',
]);
/**
 * The names the changelog marks as modules, as render/changelog.ts writes them: a list item that starts with
 * `**name**` or `**[name](url)**`, and `**breaks name**`.
 */
function changelogModuleNames(markdown) {
    const name = '([a-z0-9]+(?:-[a-z0-9]+)*)';
    const marked = new RegExp(`^\\s*- \\*\\*\\[?${name}(?:\\]\\([^)\\s]*\\))?\\*\\*|\\*\\*breaks ${name}\\*\\*`, 'gm');
    return [...markdown.matchAll(marked)].map((match) => (match[1] ?? match[2]));
}
/**
 * One entry a tag. The history is append-only: a tag whose CI state settled, or that moved to another commit, gets
 * a new line, and the last line of a tag is the one that holds (issue 11's history/NAME.jsonl, after the crates.io
 * index: doc.rust-lang.org/cargo/reference/registry-index.html). The tag keeps the place of its first line, so the
 * order stays the order in which the versions were read; lines without a tag are kept as they are.
 */
function latestPerTag(history) {
    if (!history)
        return history;
    const last = new Map();
    for (const entry of history)
        if (entry.tag !== undefined)
            last.set(entry.tag, entry);
    const seen = new Set();
    return history.flatMap((entry) => {
        if (entry.tag === undefined)
            return [entry];
        if (seen.has(entry.tag))
            return [];
        seen.add(entry.tag);
        return [last.get(entry.tag)];
    });
}
/** Version history whose dependency and lock lists name no hidden module. */
function withoutHiddenDependencies(history, hidden) {
    if (!history || hidden.size === 0)
        return history;
    const shown = (record) => record ? Object.fromEntries(Object.entries(record).filter(([name]) => !hidden.has(name))) : record;
    return history.map((entry) => ({
        ...entry,
        dependencies: shown(entry.dependencies),
        locked: shown(entry.locked),
    }));
}
/** Module-like names in free text (module names are [a-z0-9-]). */
function namesIn(text) {
    return text.toLowerCase().match(/[a-z0-9][a-z0-9-]*/g) ?? [];
}
/** Drops each Markdown line that names a hidden module, with the lines indented under a dropped list item. */
function withoutHiddenLines(markdown, mentionsHidden) {
    const kept = [];
    let droppedIndent = -1;
    for (const line of markdown.split('\n')) {
        const indent = line.length - line.trimStart().length;
        if (droppedIndent >= 0 && line.trim() !== '' && indent > droppedIndent)
            continue;
        droppedIndent = -1;
        if (mentionsHidden(line)) {
            droppedIndent = indent;
            continue;
        }
        kept.push(line);
    }
    return kept.join('\n');
}
function distinct(values) {
    return [...new Set(values.filter((value) => typeof value === 'string' && value !== ''))].sort(order/* compareStrings */.Kt);
}

;// CONCATENATED MODULE: ./src/site/pages/catalog.ts
/**
 * The catalog: every shown module in pages of CATALOG_PAGE_SIZE rows, each page plain HTML (readable without
 * JavaScript, and small at any registry size). The search and filter form is in every page but hidden; site.js
 * shows it, and answers it from the data files over the whole registry.
 */


const CATALOG_PAGE_SIZE = 100;
/** The path of catalog page `n` (1-based): the first is the site's index. */
function catalogPath(n) {
    return n === 1 ? 'index.html' : `page-${n}.html`;
}
function catalogPages(view) {
    const pages = new Map();
    const count = Math.max(1, Math.ceil(view.modules.length / CATALOG_PAGE_SIZE));
    for (let n = 1; n <= count; n++) {
        const rows = view.modules.slice((n - 1) * CATALOG_PAGE_SIZE, n * CATALOG_PAGE_SIZE);
        pages.set(catalogPath(n), catalogPage(view, n, count, rows));
    }
    return pages;
}
function catalogPage(view, n, count, modules) {
    const path = catalogPath(n);
    const first = (n - 1) * CATALOG_PAGE_SIZE + 1;
    const range = modules.length === 0 ? 'no module' : `modules ${first}–${first + modules.length - 1} of ${view.modules.length}`;
    const body = html `<h1>Modules</h1>
<p class="lead">${view.modules.length} module${view.modules.length === 1 ? '' : 's'}${view.includePrivate ? '' : ', private ones not shown'}.</p>
${filterForm(view, path)}
<p id="result-count" class="result-count" role="status" aria-live="polite">${range}</p>
<div class="table-wrap">
<table class="catalog" id="catalog" data-catalog="${relative(path, 'data/catalog.json')}" data-index="${relative(path, 'data/search-index.json')}" data-modules="${relative(path, 'modules/')}">
<caption class="visually-hidden">Registered modules</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Version</th><th scope="col">Health</th><th scope="col">Category</th><th scope="col">Status</th>${view.includePrivate ? html `<th scope="col">Visibility</th>` : ''}<th scope="col">Description</th></tr></thead>
<tbody id="catalog-rows">
${modules.map((module) => catalogRow(view, path, module))}
</tbody>
</table>
</div>
<p><button type="button" id="show-more" class="show-more" hidden>Show more</button></p>
${pageNav(n, count)}`;
    return page({
        path,
        title: n === 1 ? 'Modules' : `Modules, page ${n}`,
        siteTitle: view.title,
        body,
        scripts: ['assets/minisearch.js', 'assets/site.js'],
    });
}
function catalogRow(view, path, module) {
    return html `<tr><td><a href="${relative(path, modulePath(module.name))}">${module.name}</a></td><td>${module.type}</td><td>${module.version ?? '–'}</td><td>${healthBadge(module.health)}</td><td>${module.category ?? '–'}</td><td>${module.status ?? '–'}</td>${view.includePrivate ? html `<td>${module.visibility}</td>` : ''}<td>${module.description ?? ''}</td></tr>\n`;
}
function filterForm(view, path) {
    const select = (name, label, values) => html `<div class="field"><label for="filter-${name}">${label}</label><select id="filter-${name}" name="${name}"><option value="">any</option>${values.map((value) => html `<option>${value}</option>`)}</select></div>`;
    return html `<form id="filters" class="filters" role="search" action="${relative(path, 'index.html')}" hidden>
<div class="field field-search"><label for="filter-q">Search</label><input type="search" id="filter-q" name="q" autocomplete="off" placeholder="name, description, category, topic"></div>
${select('type', 'Type', types/* MODULE_TYPES */.rI)}
${view.includePrivate ? select('visibility', 'Visibility', types/* VISIBILITIES */.jZ) : ''}
${select('health', 'Health', types/* HEALTHS */.e8)}
${select('category', 'Category', view.categories)}
${select('status', 'Status', view.statuses)}
<div class="field field-reset"><button type="reset" id="filter-reset">Clear</button></div>
</form>`;
}
/** Links to the first, previous, nearby, next and last pages. */
function pageNav(n, count) {
    if (count === 1)
        return '';
    const shown = [...new Set([1, n - 2, n - 1, n, n + 1, n + 2, count])]
        .filter((k) => k >= 1 && k <= count)
        .sort((a, b) => a - b);
    const items = [];
    if (n > 1)
        items.push(html `<li><a href="${catalogPath(n - 1)}" rel="prev">Previous</a></li>`);
    let last = 0;
    for (const k of shown) {
        if (k > last + 1)
            items.push(html `<li aria-hidden="true">…</li>`);
        items.push(k === n
            ? html `<li><a href="${catalogPath(k)}" aria-current="page">${k}</a></li>`
            : html `<li><a href="${catalogPath(k)}">${k}</a></li>`);
        last = k;
    }
    if (n < count)
        items.push(html `<li><a href="${catalogPath(n + 1)}" rel="next">Next</a></li>`);
    return html `<nav class="pages" id="catalog-pages" aria-label="Catalog pages"><ul>${items}</ul></nav>`;
}

;// CONCATENATED MODULE: ./src/site/pages/changelog.ts
/**
 * The changelog page: changelog.md as HTML. The engine writes a small Markdown subset (headings, paragraphs, lists
 * nested one level, **bold**, [links](https://...), `code`, backslash escapes), and only that subset is read here:
 * anything else stays text, and every character of it is escaped.
 */

/** Entries (one `##` section per registry change) a page: the changelog grows with every run that changes something. */
const CHANGELOG_PAGE_ENTRIES = 25;
const changelogPath = (n) => (n === 1 ? 'changelog.html' : `changelog-${n}.html`);
/** The changelog in pages of CHANGELOG_PAGE_ENTRIES entries, newest first (the order of changelog.md). */
function changelogPages(view) {
    const entries = splitEntries(view.changelog);
    const count = Math.max(1, Math.ceil(entries.length / CHANGELOG_PAGE_ENTRIES));
    const pages = new Map();
    for (let n = 1; n <= count; n++) {
        const shown = entries.slice((n - 1) * CHANGELOG_PAGE_ENTRIES, n * CHANGELOG_PAGE_ENTRIES);
        const nav = count === 1
            ? ''
            : html `<nav class="pages" aria-label="Changelog pages"><ul>${n > 1 ? html `<li><a href="${changelogPath(n - 1)}" rel="prev">Newer</a></li>` : ''}<li>page ${n} of ${count}</li>${n < count ? html `<li><a href="${changelogPath(n + 1)}" rel="next">Older</a></li>` : ''}</ul></nav>`;
        const body = html `<h1>Changelog</h1>
${shown.length === 0 ? html `<p>The registry has no changelog yet.</p>` : markdownToHtml(shown.join('\n'))}
${nav}`;
        pages.set(changelogPath(n), page({
            path: changelogPath(n),
            title: n === 1 ? 'Changelog' : `Changelog, page ${n}`,
            siteTitle: view.title,
            body,
        }));
    }
    return pages;
}
/** The `##` sections of the changelog; what comes before the first (the `#` title) is left out. */
function splitEntries(markdown) {
    const entries = [];
    for (const line of markdown.split('\n')) {
        if (/^## /.test(line))
            entries.push(line);
        else if (entries.length > 0)
            entries[entries.length - 1] += `\n${line}`;
    }
    return entries.filter((entry) => entry.trim() !== '');
}
/** Block structure: `#` titles are dropped (the page has its own), `##`-`###` become h2-h3, `-` items lists. */
function markdownToHtml(markdown) {
    const out = [];
    const open = []; // indents of the open lists
    let paragraph = [];
    const closeParagraph = () => {
        if (paragraph.length > 0)
            out.push(`<p>${inline(paragraph.join(' '))}</p>`);
        paragraph = [];
    };
    const closeLists = (toIndent) => {
        while (open.length > 0 && open[open.length - 1] >= toIndent) {
            out.push('</li></ul>');
            open.pop();
        }
    };
    for (const line of markdown.split('\n')) {
        const item = /^(\s*)[-*] (.*)$/.exec(line);
        const heading = /^(#{1,6}) (.*)$/.exec(line);
        if (item) {
            closeParagraph();
            const indent = item[1].length;
            const top = open[open.length - 1];
            if (top === undefined || indent > top) {
                out.push('<ul><li>');
                open.push(indent);
            }
            else {
                closeLists(indent + 1);
                out.push('</li><li>');
            }
            out.push(inline(item[2]));
        }
        else if (heading) {
            closeParagraph();
            closeLists(0);
            const level = heading[1].length;
            if (level > 1)
                out.push(`<h${Math.min(level, 3)}>${inline(heading[2])}</h${Math.min(level, 3)}>`);
        }
        else if (line.trim() === '') {
            closeParagraph();
            closeLists(0);
        }
        else if (open.length > 0) {
            out.push(` ${inline(line.trim())}`);
        }
        else {
            paragraph.push(line.trim());
        }
    }
    closeParagraph();
    closeLists(0);
    return new Html(out.join('\n'));
}
const INLINE = /\\([\\`*_{}[\]()<>#+!|~.-])|\*\*|\[((?:\\.|[^\]\\])*)\]\(([^\s()]+)\)|`([^`]*)`/g;
/** Inline Markdown of one line: escapes, **strong**, [text](http-url), `code`. */
function inline(source) {
    let out = '';
    let last = 0;
    let strong = false;
    for (const match of source.matchAll(INLINE)) {
        out += html_text(source.slice(last, match.index));
        last = match.index + match[0].length;
        const [token, escaped, label, url, code] = match;
        if (escaped !== undefined)
            out += html_text(escaped);
        else if (token === '**') {
            out += strong ? '</strong>' : '<strong>';
            strong = !strong;
        }
        else if (label !== undefined) {
            const href = safeUrl(url);
            out += href ? html `<a href="${href}">${new Html(inline(label))}</a>`.value : inline(label);
        }
        else
            out += html `<code>${code}</code>`.value;
    }
    out += html_text(source.slice(last));
    return strong ? `${out}</strong>` : out;
}

// EXTERNAL MODULE: ./node_modules/elkjs/lib/elk.bundled.js
var elk_bundled = __webpack_require__(12605);
var elk_bundled_default = /*#__PURE__*/__webpack_require__.n(elk_bundled);
;// CONCATENATED MODULE: ./src/site/pages/graph.ts
/**
 * The dependency graph, laid out when the site is built (elkjs, the layered algorithm) and drawn as inline SVG, so
 * it shows without JavaScript; each module is a link to its page. site.js adds the highlight: choosing a module
 * marks what it depends on and what depends on it. Above GRAPH_LIMIT modules the layout would take minutes and the
 * drawing would be unreadable, so the graph keeps the GRAPH_LIMIT most depended-on modules and says so.
 */



// elk.bundled.js is CommonJS whose module.exports is the class; its typings describe an ES default export.
const ELK = (elk_bundled_default());
const GRAPH_LIMIT = 200;
const NODE_HEIGHT = 26;
/** Text is 12px system-ui; 7px a character is wide enough for module names (a-z, 0-9, hyphens). */
const charWidth = 7;
/** The modules drawn: all of them, or the GRAPH_LIMIT with most dependents (ties by name), in name order. */
function graphModules(modules) {
    if (modules.length <= GRAPH_LIMIT)
        return [...modules];
    return [...modules]
        .sort((a, b) => b.dependentLinks.length - a.dependentLinks.length || (0,order/* compareStrings */.Kt)(a.name, b.name))
        .slice(0, GRAPH_LIMIT)
        .sort((a, b) => (0,order/* compareStrings */.Kt)(a.name, b.name));
}
async function layoutGraph(modules) {
    const drawn = new Set(modules.map((module) => module.name));
    const edges = modules.flatMap((module) => module.dependencyLinks
        .filter((link) => drawn.has(link.to) && link.to !== module.name)
        .map((link) => ({ from: module.name, to: link.to })));
    const graph = {
        id: 'root',
        layoutOptions: {
            'elk.algorithm': 'layered',
            'elk.direction': 'RIGHT',
            'elk.spacing.nodeNode': '10',
            'elk.layered.spacing.nodeNodeBetweenLayers': '48',
            'elk.layered.crossingMinimization.semiInteractive': 'false',
            'elk.randomSeed': '1',
        },
        children: modules.map((module) => ({
            id: module.name,
            width: module.name.length * charWidth + 20,
            height: NODE_HEIGHT,
        })),
        edges: edges.map((edge, i) => ({ id: `e${i}`, sources: [edge.from], targets: [edge.to] })),
    };
    const laid = await new ELK().layout(graph);
    const byName = new Map(modules.map((module) => [module.name, module]));
    const round = (value) => Math.round((value ?? 0) * 10) / 10;
    return {
        width: Math.ceil(laid.width ?? 0),
        height: Math.ceil(laid.height ?? 0),
        nodes: (laid.children ?? []).map((node) => ({
            name: node.id,
            type: byName.get(node.id).type,
            health: byName.get(node.id).health,
            x: round(node.x),
            y: round(node.y),
            width: round(node.width),
            height: round(node.height),
        })),
        edges: (laid.edges ?? []).map((edge, i) => ({
            ...edges[i],
            points: (edge.sections ?? []).flatMap((section) => [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => [
                round(p.x),
                round(p.y),
            ])),
        })),
    };
}
function graphPage(view, layout) {
    const path = 'graph.html';
    const pad = 8;
    const shown = layout.nodes.length;
    const svg = html `<svg id="graph" class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="${-pad} ${-pad} ${layout.width + 2 * pad} ${layout.height + 2 * pad}" width="${layout.width + 2 * pad}" height="${layout.height + 2 * pad}" role="group" aria-label="Dependency graph: an arrow goes from a module to a module it depends on">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path class="arrow-head" d="M0,0L10,5L0,10z"/></marker></defs>
<g class="edges">
${layout.edges.map((edge) => html `<path class="edge" data-from="${edge.from}" data-to="${edge.to}" d="${edge.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('')}" marker-end="url(#arrow)"/>\n`)}
</g>
<g class="nodes">
${layout.nodes.map((node) => html `<a class="node node-${node.type} node-health-${node.health}" href="${modulePath(node.name)}" data-name="${node.name}" aria-label="${node.name} (${node.type}, ${node.health})"><rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="4"/><text x="${round1(node.x + node.width / 2)}" y="${round1(node.y + node.height / 2)}" text-anchor="middle" dominant-baseline="central">${node.name}</text></a>\n`)}
</g>
</svg>`;
    const body = html `<h1>Dependency graph</h1>
<p class="lead">An arrow goes from a module to a module it depends on. ${shown < view.modules.length
        ? `The ${shown} most depended-on of ${view.modules.length} modules are drawn; every module's page lists all its links.`
        : `${shown} modules.`} Each box links to the module's page.</p>
<form id="graph-focus-form" class="filters" hidden><div class="field"><label for="graph-focus">Highlight a module</label><select id="graph-focus"><option value="">none</option>${layout.nodes
        .map((node) => node.name)
        .sort(order/* compareStrings */.Kt)
        .map((name) => html `<option>${name}</option>`)}</select></div></form>
<p id="graph-selection" class="result-count" role="status" aria-live="polite"></p>
<ul class="legend"><li><span class="key key-focus"></span>chosen module</li><li><span class="key key-dependency"></span>what it depends on</li><li><span class="key key-dependent"></span>what depends on it</li></ul>
<div class="graph-wrap">
${svg}
</div>`;
    return page({ path, title: 'Dependency graph', siteTitle: view.title, body, scripts: ['assets/site.js'] });
}
function round1(value) {
    return Math.round(value * 10) / 10;
}

;// CONCATENATED MODULE: ./src/site/pages/module.ts


const ORIGIN_TEXT = {
    declared: 'cim.yaml',
    inferred: 'inferred from the manifests',
    carried: 'kept from the hand-written registry',
    topic: 'a GitHub topic',
};
function modulePage(view, module) {
    const path = modulePath(module.name);
    const repository = safeUrl(module.repository);
    const body = html `<h1>${module.name}</h1>
<p class="lead">${module.description ?? 'No description.'}</p>
<p class="module-links">${healthBadge(module.health)} ${repository ? html `<a href="${repository}">Repository</a>` : ''}${repository && module.metadata === 'declared' ? html ` · <a href="${fileUrl(module, 'cim.yaml')}">cim.yaml</a>` : ''} · <a href="${relative(path, `graph.html#${module.name}`)}">Show in the dependency graph</a></p>
${module.moduleStatus?.stale ? html `<p class="notice">The last update could not read this repository: ${module.moduleStatus.stale}. The entry is the one read before.</p>` : ''}
<section aria-labelledby="metadata"><h2 id="metadata">Metadata</h2>
${metadataTable(module)}
</section>
<section aria-labelledby="problems"><h2 id="problems">Problems</h2>
${problemList(module)}
</section>
<section aria-labelledby="dependencies"><h2 id="dependencies">Dependencies</h2>
${linkTable(view, path, module.dependencyLinks, 'to', `${module.name} depends on no module`, module.hiddenDependencies)}
</section>
<section aria-labelledby="dependents"><h2 id="dependents">Dependents</h2>
${linkTable(view, path, module.dependentLinks, 'from', `No module depends on ${module.name}`, module.hiddenDependents)}
</section>
${module.history ? versionHistorySection(module.history) : ''}`;
    return page({ path, title: module.name, siteTitle: view.title, body });
}
function metadataTable(module) {
    const origins = module.moduleStatus?.origins ?? {};
    const fieldValue = (field) => {
        const value = module[field];
        return value === null || value === undefined || value === '' ? null : String(value);
    };
    const repository = safeUrl(module.repository);
    const commit = module.last_commit;
    const rows = [
        ...types/* FIELD_NAMES */.Yr.map((field) => [
            field,
            fieldValue(field),
            fieldValue(field) === null ? '' : ORIGIN_TEXT[origins[field] ?? module.metadata],
        ]),
        ['visibility', module.visibility, origins.visibility === 'topic' ? 'the cim-private topic' : 'GitHub'],
        ['topics', module.topics.join(', ') || null, 'GitHub'],
        ['archived', module.archived ? 'yes' : null, 'GitHub'],
        [
            'last commit',
            commit
                ? repository
                    ? html `<a href="${repository}/commit/${commit}"><code>${commit.slice(0, 7)}</code></a>`
                    : commit.slice(0, 7)
                : null,
            'GitHub',
        ],
        ['last updated', module.last_updated, 'GitHub'],
        ['metadata', module.metadata === 'declared' ? 'declared in cim.yaml' : 'inferred: no valid cim.yaml', ''],
    ];
    return html `<table class="fields"><caption class="visually-hidden">Metadata of ${module.name}</caption>
<thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">From</th></tr></thead>
<tbody>
${rows.map(([field, value, origin]) => html `<tr><th scope="row">${field}</th><td>${value ?? '–'}</td><td>${value === null ? '' : origin}</td></tr>\n`)}
</tbody></table>`;
}
/** The module's problems; those that name a private module are counted, so that a health of error or warning is
 *  never left without its reason. */
function problemList(module) {
    const problems = module.moduleStatus?.problems ?? [];
    const hidden = module.hiddenProblems;
    const note = hidden === 0
        ? ''
        : html `<p class="muted">${hidden} problem${hidden === 1 ? '' : 's'}${problems.length > 0 ? ' more' : ''} about private modules, not shown on this site.</p>`;
    if (problems.length === 0)
        return hidden === 0 ? html `<p>None.</p>` : html `${note}`;
    return html `<ul class="problems">${problems.map((problem) => html `<li>${problemLine(module, problem)}</li>`)}</ul>${note}`;
}
/** `level code: message`, after the place (file:line:col, linked to the line in the repository) when known. */
function problemLine(module, problem) {
    const where = problem.file
        ? [problem.file, problem.line, problem.col].filter((part) => part !== undefined).join(':')
        : '';
    const url = problem.file ? fileUrl(module, problem.file, problem.line) : null;
    const place = where ? (url ? html `<a href="${url}"><code>${where}</code></a>: ` : html `<code>${where}</code>: `) : '';
    return html `${place}<span class="level level-${problem.level}">${problem.level}</span> <code>${problem.code}</code> ${problem.message}`;
}
/** The file on GitHub at the module's last known commit (or its default branch), with the line anchor. */
function fileUrl(module, file, line) {
    const repository = safeUrl(module.repository);
    if (!repository || !/^https:\/\/[^/]+\/[^/]+\/[^/]+$/.test(repository.replace(/\/$/, '')))
        return null;
    const path = file.split('/').map(encodeURIComponent).join('/');
    return `${repository.replace(/\/$/, '')}/blob/${module.last_commit ?? 'HEAD'}/${path}${line ? `#L${line}` : ''}`;
}
/** The links in a table; `hidden` links to private modules are counted below it, never named. */
function linkTable(view, path, links, side, empty, hidden) {
    const note = hidden === 0
        ? ''
        : html `<p class="muted">${hidden} private module${hidden === 1 ? '' : 's'}${links.length > 0 ? ' more' : ''}, not shown on this site.</p>`;
    if (links.length === 0)
        return hidden === 0 ? html `<p>${empty}.</p>` : html `${note}`;
    const name = (module) => view.byName.has(module)
        ? html `<a href="${relative(path, modulePath(module))}">${module}</a>`
        : html `${module} <span class="muted">(not registered)</span>`;
    const satisfied = (link) => link.satisfied === null ? '–' : link.satisfied ? 'yes' : html `<strong class="level-error">no</strong>`;
    const header = side === 'to' ? 'Registered version' : 'Version required of this module';
    return html `<table class="links"><thead><tr><th scope="col">Module</th><th scope="col">Range</th><th scope="col">${header}</th><th scope="col">Satisfied</th></tr></thead>
<tbody>
${links.map((link) => html `<tr><td>${name(link[side])}</td><td><code>${link.range}</code></td><td>${link.version ?? '–'}</td><td>${satisfied(link)}</td></tr>\n`)}
</tbody></table>
${note}`;
}
/**
 * The hook for version history (`history/NAME.jsonl`, written by the registry's version tracking): rendered only
 * when the registry has a history for this module; newest version first. "Built with" (each dependency's locked
 * version, the evidence of what works together) appears when any version has a lock file.
 */
function versionHistorySection(history) {
    const rows = [...history].reverse();
    const withLocks = rows.some((entry) => entry.locked);
    const list = (record) => Object.entries(record ?? {})
        .map(([name, value]) => `${name} ${value}`)
        .join(', ') || '–';
    const builtWith = (entry) => entry.locked === null || entry.locked === undefined
        ? 'no lock file'
        : list(Object.fromEntries(Object.entries(entry.locked).map(([name, lock]) => [
            name,
            [lock.version ?? '?', lock.source && `(${lock.source})`].filter(Boolean).join(' '),
        ])));
    return html `<section aria-labelledby="history"><h2 id="history">Version history</h2>
${rows.length === 0
        ? html `<p>No version recorded yet.</p>`
        : html `<div class="table-wrap"><table class="history"><thead><tr><th scope="col">Version</th><th scope="col">Tag</th><th scope="col">Date</th><th scope="col">Commit</th><th scope="col">CI</th><th scope="col">Dependencies</th>${withLocks ? html `<th scope="col">Built with</th>` : ''}</tr></thead>
<tbody>
${rows.map((entry) => html `<tr><td>${entry.version ?? '–'}</td><td>${entry.tag ?? '–'}</td><td>${entry.date?.slice(0, 10) ?? '–'}</td><td>${entry.commit ? html `<code>${entry.commit.slice(0, 7)}</code>` : '–'}</td><td>${entry.ci ?? '–'}</td><td>${list(entry.dependencies)}</td>${withLocks ? html `<td>${builtWith(entry)}</td>` : ''}</tr>\n`)}
</tbody></table></div>`}
</section>`;
}

;// CONCATENATED MODULE: ./src/site/pages/health.ts
/** The registry's health: totals, whether the last update saw everything, registry problems, modules with problems. */



function healthPage(view) {
    const path = 'health.html';
    const { totals } = view;
    const table = (caption, counts, keys) => html `<table class="totals"><caption>${caption}</caption><tbody>${keys.map((key) => html `<tr><th scope="row">${key}</th><td>${counts[key] ?? 0}</td></tr>`)}</tbody></table>`;
    const withProblems = view.modules.filter((module) => module.health !== 'ok');
    const body = html `<h1>Registry health</h1>
<p class="lead">${totals.modules} modules: ${totals.byHealth.ok} ok, ${totals.byHealth.warning} with warnings, ${totals.byHealth.error} with errors.</p>
${view.completeView ? '' : html `<p class="notice">The last update could not see every repository (a token that cannot read private repositories, or a failed read): some entries may be out of date.</p>`}
<div class="totals-grid">
${table('By health', totals.byHealth, types/* HEALTHS */.e8)}
${table('By type', totals.byType, types/* MODULE_TYPES */.rI)}
${view.includePrivate ? table('By visibility', totals.byVisibility, types/* VISIBILITIES */.jZ) : ''}
</div>
<section aria-labelledby="registry-problems"><h2 id="registry-problems">Registry problems</h2>
${view.problems.length === 0
        ? html `<p>None.</p>`
        : html `<ul class="problems">${view.problems.map((problem) => html `<li>${problemLine({ repository: null, last_commit: null }, problem)}</li>`)}</ul>`}
${view.hiddenProblems > 0 ? html `<p class="muted">And ${view.hiddenProblems} that name private modules or repositories that are not registered, not shown on this site.</p>` : ''}
</section>
<section aria-labelledby="module-problems"><h2 id="module-problems">Modules with problems</h2>
${withProblems.length === 0
        ? html `<p>None.</p>`
        : withProblems.map((module) => html `<h3><a href="${relative(path, modulePath(module.name))}">${module.name}</a> ${healthBadge(module.health)}</h3>
${problemList(module)}\n`)}
</section>
<p class="muted">Registry hash <code>${view.registryHash}</code></p>`;
    return page({ path, title: 'Health', siteTitle: view.title, body });
}

// EXTERNAL MODULE: ./node_modules/minisearch/dist/es/index.js
var es = __webpack_require__(72150);
;// CONCATENATED MODULE: ./src/site/search-data.ts
/**
 * The data the catalog's script loads on first use (a search or a filter): one compact row per shown module, and a
 * MiniSearch index built here, at build time, so that the browser only loads it (MiniSearch.loadJS) instead of
 * indexing 10,000 modules itself. The browser must open the index with the same fields: SEARCH_FIELDS is written
 * into the index file, and site.js reads it from there.
 */

/** The columns of a catalog row, in order; site.js reads rows by these positions. */
const CATALOG_COLUMNS = [
    'name',
    'type',
    'version',
    'health',
    'category',
    'status',
    'visibility',
    'description',
];
const SEARCH_FIELDS = ['name', 'description', 'category', 'topics'];
function catalogData(modules) {
    return {
        columns: CATALOG_COLUMNS,
        rows: modules.map((module) => [
            module.name,
            module.type,
            module.version,
            module.health,
            module.category,
            module.status ?? null,
            module.visibility,
            module.description,
        ]),
    };
}
/** The serialized index; document ids are the positions of the rows in catalogData's rows. */
function searchIndex(modules) {
    const search = new es/* default */.A({
        fields: [...SEARCH_FIELDS],
        storeFields: [],
    });
    search.addAll(modules.map((module, id) => ({
        id,
        name: module.name,
        description: module.description ?? '',
        category: module.category ?? '',
        topics: module.topics.join(' '),
    })));
    return { fields: SEARCH_FIELDS, index: search.toJSON() };
}

;// CONCATENATED MODULE: ./src/site/build.ts
/**
 * The site generator: registry data in, files out (path inside the site -> content). Pure apart from the layout
 * library's work: no clock, no environment, no file system, and every list in a fixed order, so that the same
 * registry always gives the same bytes.
 */









async function buildSite(input, assets) {
    const view = siteView(input);
    const files = new Map();
    for (const [path, content] of catalogPages(view))
        files.set(path, content);
    for (const module of view.modules)
        files.set(modulePath(module.name), modulePage(view, module));
    files.set('graph.html', graphPage(view, await layoutGraph(graphModules(view.modules))));
    files.set('health.html', healthPage(view));
    for (const [path, content] of changelogPages(view))
        files.set(path, content);
    files.set('data/catalog.json', JSON.stringify(catalogData(view.modules)));
    files.set('data/search-index.json', JSON.stringify(searchIndex(view.modules)));
    for (const [name, content] of Object.entries(assets))
        files.set(`assets/${name}`, content);
    // GitHub Pages runs Jekyll on a branch deployment unless this file exists; the site is already built.
    files.set('.nojekyll', '');
    return new Map([...files].sort(([a], [b]) => (0,order/* compareStrings */.Kt)(a, b)));
}

// EXTERNAL MODULE: ./src/client/client.ts + 2 modules
var client = __webpack_require__(32139);
// EXTERNAL MODULE: ./src/client/errors.ts
var errors = __webpack_require__(66468);
// EXTERNAL MODULE: ./src/client/parse.ts
var parse = __webpack_require__(18900);
// EXTERNAL MODULE: ./src/client/file-readers.ts + 1 modules
var file_readers = __webpack_require__(91229);
// EXTERNAL MODULE: ./src/format/files.ts
var files = __webpack_require__(21140);
;// CONCATENATED MODULE: ./src/site/read.ts
/**
 * Reads what the site is built from, from any registry the query commands take (a directory, a base URL,
 * github:OWNER/REPO): modules.yaml and status.json (required), changelog.md and the version history (optional).
 */





/** Version history files of the registry's version tracking: `history/NAME.jsonl`, one JSON object a line. */
const historyFile = (name) => `history/${name}.jsonl`;
const HISTORY_READS_AT_ONCE = 8;
/**
 * Over the network a history costs a request a module; GitHub allows a workflow's GITHUB_TOKEN 1,000 requests an
 * hour per repository (docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api), so above this many
 * modules the history is read only from a directory (a checkout of the registry repository).
 */
const REMOTE_HISTORY_LIMIT = 300;
async function readSiteInput(options, { includePrivate = false } = {}) {
    const source = openSource(options);
    // The contents API takes the path's slashes as they are (a file name is one encoded segment there).
    const historyFolder = options.github &&
        (0,file_readers/* githubSource */.jM)({ ...options.github, path: `${options.github.path ?? 'registry'}/history` }, settingsOf(options));
    const history = historyFolder || source;
    const historyName = options.github ? (name) => `${name}.jsonl` : historyFile;
    const read = async (file) => (await source.read(file)).text;
    const [modulesText, statusText, changelog] = await Promise.all([
        source.read(files/* REGISTRY_FILES */.M.modules),
        source.read(files/* REGISTRY_FILES */.M.status),
        optional(read(files/* REGISTRY_FILES */.M.changelog)),
    ]);
    const modules = (0,parse/* parseModulesFile */.Rv)(modulesText.text, modulesText.where);
    const status = (0,parse/* parseStatusFile */.Yv)(statusText.text, statusText.where);
    // Only the modules the site shows: a private module's history would be read for nothing.
    const shown = Object.keys(modules.modules)
        .filter((name) => includePrivate || modules.modules[name].visibility !== 'private')
        .sort();
    const remote = options.directory === undefined;
    // Through the contents API, one listing of the folder says which modules have a history; a plain URL cannot be
    // listed, so there the first module's file stands for all (see readHistory).
    const listed = options.github && (await listHistoryFolder(options.github, settingsOf(options)));
    const toRead = listed ? shown.filter((name) => listed.has(historyName(name))) : shown;
    const notes = [];
    let versions;
    if (remote && toRead.length > REMOTE_HISTORY_LIMIT) {
        notes.push(`version history not read: over the network it takes a request a module, and the site shows ${toRead.length} (more than ${REMOTE_HISTORY_LIMIT}); build the site from a checkout of the registry repository to include it`);
    }
    else
        versions = await readHistory(history, historyName, toRead, remote && !listed);
    return { input: { modules, status, changelog: changelog ?? '', history: versions }, location: source.location, notes };
}
/** GitHub's contents API lists at most this many entries of a folder (docs.github.com/en/rest/repos/contents#get-repository-content). */
const CONTENTS_LISTING_LIMIT = 1000;
/**
 * The file names in the registry's history folder, from one request to the contents API: a folder answers a JSON
 * array of its entries (name, path, type, ...). An empty set when there is no such folder (404: no version tracking);
 * undefined when the listing cannot be trusted to be whole (CONTENTS_LISTING_LIMIT entries or more, or not an array),
 * and each module is then asked for.
 */
async function listHistoryFolder(github, settings) {
    const text = await optional((0,file_readers/* githubSource */.jM)({ ...github, path: github.path ?? 'registry' }, settings)
        .read('history')
        .then((read) => read.text));
    if (text === undefined)
        return new Set();
    let entries;
    try {
        entries = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!Array.isArray(entries) || entries.length >= CONTENTS_LISTING_LIMIT)
        return undefined;
    return new Set(entries
        .filter((entry) => typeof entry === 'object' && entry !== null && typeof entry.name === 'string')
        .filter((entry) => entry.type === 'file')
        .map((entry) => entry.name));
}
/**
 * The history of each module that has one. Over a plain URL, which cannot be listed, a registry without version
 * tracking has none: when the first module's file is missing (`probe`), the others are not asked for (10,000
 * requests that would all answer 404).
 */
async function readHistory(source, file, names, probe) {
    const history = new Map();
    const readOne = async (name) => {
        const text = await optional(source.read(file(name)).then((read) => read.text));
        if (text !== undefined)
            history.set(name, parseHistory(text));
        return text !== undefined;
    };
    let next = 0;
    if (probe && names.length > 0) {
        if (!(await readOne(names[0])))
            return undefined;
        next = 1;
    }
    const worker = async () => {
        while (next < names.length)
            await readOne(names[next++]);
    };
    await Promise.all(Array.from({ length: HISTORY_READS_AT_ONCE }, worker));
    return history.size > 0 ? history : undefined;
}
/** One object a line; a line that is not a JSON object is skipped (the site shows what it can read). */
function parseHistory(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        try {
            const value = JSON.parse(line);
            if (typeof value === 'object' && value !== null && !Array.isArray(value))
                entries.push(pickHistory(value));
        }
        catch {
            // skipped: see above
        }
    }
    return entries;
}
function pickHistory(value) {
    const str = (from, key) => typeof from[key] === 'string' ? from[key] : undefined;
    const isRecord = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
    const { dependencies, locked } = value;
    return {
        version: str(value, 'version'),
        tag: str(value, 'tag'),
        commit: str(value, 'commit'),
        date: str(value, 'date'),
        ci: str(value, 'ci') ?? null,
        dependencies: isRecord(dependencies)
            ? Object.fromEntries(Object.entries(dependencies).filter((entry) => typeof entry[1] === 'string'))
            : undefined,
        locked: isRecord(locked)
            ? Object.fromEntries(Object.entries(locked)
                .filter((entry) => isRecord(entry[1]))
                .map(([name, lock]) => [
                name,
                { version: str(lock, 'version'), source: str(lock, 'source'), commit: str(lock, 'commit') },
            ]))
            : locked === null
                ? null
                : undefined,
    };
}
function openSource(options) {
    if (options.directory !== undefined)
        return (0,file_readers/* directorySource */.X5)(options.directory);
    if (options.github !== undefined)
        return (0,file_readers/* githubSource */.jM)(options.github, settingsOf(options));
    return (0,file_readers/* urlSource */.Lo)(options.url, settingsOf(options));
}
function settingsOf(options) {
    return {
        token: options.token || undefined,
        timeoutMs: options.timeoutMs ?? client/* DEFAULT_TIMEOUT_MS */.t,
        maxBytes: options.maxBytes ?? 64 * 1024 * 1024,
    };
}
async function optional(promise) {
    try {
        return await promise;
    }
    catch (error) {
        if (error instanceof errors/* RegistryFileNotFoundError */.J9)
            return undefined;
        throw error;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/site/write.ts
/**
 * Writes the site into a folder. A folder that holds anything else is refused (the site replaces its whole
 * content, so that a removed module's page does not linger); a folder this command wrote before is recognised by
 * its marker file and emptied first.
 */


/** The marker of a folder written by `cim-registry site`. */
const SITE_MARKER = '.cim-registry-site';
/** Files written at a time: a site of 10,000 modules has 10,000 pages. */
const WRITES_AT_ONCE = 16;
async function writeSite(out, files) {
    const existing = await (0,promises_.readdir)(out).catch((error) => {
        if (error.code === 'ENOENT')
            return [];
        throw new Error(`${out}: ${error.message}`);
    });
    if (existing.length > 0 && !existing.includes(SITE_MARKER)) {
        throw new Error(`${out} is not empty and was not written by cim-registry site; give an empty or new folder`);
    }
    for (const name of existing)
        await (0,promises_.rm)((0,external_node_path_.join)(out, name), { recursive: true, force: true });
    await (0,promises_.mkdir)(out, { recursive: true });
    const folders = new Set([...files.keys()].map((path) => (0,external_node_path_.dirname)((0,external_node_path_.join)(out, path))));
    for (const folder of folders)
        await (0,promises_.mkdir)(folder, { recursive: true });
    const queue = [...files];
    const writer = async () => {
        for (let next = queue.pop(); next; next = queue.pop())
            await (0,promises_.writeFile)((0,external_node_path_.join)(out, next[0]), next[1]);
    };
    await Promise.all(Array.from({ length: WRITES_AT_ONCE }, writer));
    await (0,promises_.writeFile)((0,external_node_path_.join)(out, SITE_MARKER), 'Written by cim-registry site; the next run replaces everything in this folder.\n');
}

;// CONCATENATED MODULE: ./src/modes/build-site.ts




async function buildSiteFromRegistry(options) {
    const { input, location, notes } = await readSiteInput(options.registry, { includePrivate: options.includePrivate });
    const files = await buildSite({ ...input, includePrivate: options.includePrivate, title: options.title }, readSiteAssets());
    await writeSite(options.out, files);
    const all = Object.values(input.modules.modules);
    const hidden = options.includePrivate ? 0 : all.filter((module) => module.visibility === 'private').length;
    return {
        location,
        files: files.size,
        bytes: [...files.values()].reduce((sum, content) => sum + Buffer.byteLength(content), 0),
        modules: all.length - hidden,
        hidden,
        notes,
    };
}


/***/ })

};

//# sourceMappingURL=961.index.js.map