export const id = 854;
export const ids = [854];
export const modules = {

/***/ 21140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ UNCATEGORIZED),
/* harmony export */   M: () => (/* binding */ REGISTRY_FILES)
/* harmony export */ });
/**
 * The registry's files: their names and the texts found of them. The registry directory adapter, the GitHub branch
 * reader, the engine and the client all name files from here, so that none of them depends on another's code.
 */
/** The files of a registry folder, written by the engine and read by the client. */
const REGISTRY_FILES = {
    modules: 'modules.yaml',
    status: 'status.json',
    privateDomains: 'private-domains.yaml',
    changelog: 'changelog.md',
    readme: 'README.md',
};
/** private-domains.yaml's group for a private domain without a category. */
const UNCATEGORIZED = 'uncategorized';


/***/ }),

/***/ 52626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FR: () => (/* binding */ FIELD_ORIGINS),
/* harmony export */   Yr: () => (/* binding */ FIELD_NAMES),
/* harmony export */   e8: () => (/* binding */ HEALTHS),
/* harmony export */   jZ: () => (/* binding */ VISIBILITIES),
/* harmony export */   rI: () => (/* binding */ MODULE_TYPES),
/* harmony export */   zu: () => (/* binding */ REGISTRY_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export LIFECYCLE_STATUSES */
/**
 * The registry's vocabulary, shared by the engine (which builds registries) and the client (which reads them).
 *
 * Data flows one way: a source yields a RepositorySnapshot per repository, the metadata layer turns it into a
 * ModuleRecord, the registry builder turns the records into a Registry, and the renderers turn that into files.
 */
const MODULE_TYPES = ['template', 'core', 'domain', 'integration', 'utility'];
const VISIBILITIES = ['public', 'private'];
const LIFECYCLE_STATUSES = (/* unused pure expression or super */ null && (['planning', 'development', 'pilot', 'production', 'deprecated']));
const HEALTHS = ['ok', 'warning', 'error'];
const FIELD_ORIGINS = ['declared', 'inferred', 'carried', 'topic'];
/** The schema version written into every registry file; the client refuses files it does not know. */
const REGISTRY_SCHEMA_VERSION = 1;
const FIELD_NAMES = [
    'type',
    'version',
    'description',
    'category',
    'status',
    'owner',
    'deployed',
];


/***/ }),

/***/ 59596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   jk: () => (/* binding */ readBucket),
/* harmony export */   rg: () => (/* binding */ applyWrites),
/* harmony export */   x4: () => (/* binding */ readKeys),
/* harmony export */   xB: () => (/* binding */ openBucket)
/* harmony export */ });
/* harmony import */ var _nats_io_jetstream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4091);
/* harmony import */ var _nats_io_kv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(52085);
/**
 * The registry's key-value buckets on a connection: open (or create) one, read it whole in one pass, apply a
 * batch of writes with a bounded number of puts in flight.
 */


/** Puts in flight at once: enough to fill the loopback's pipe, few enough to keep JetStream's acks on time. */
const WRITE_WINDOW = 256;
/** Opens `name`; creates it when it does not exist yet (the updater's first run). */
async function openBucket(nc, name, settings = {}, create = true) {
    const kvm = new _nats_io_kv__WEBPACK_IMPORTED_MODULE_1__/* .Kvm */ .Br((0,_nats_io_jetstream__WEBPACK_IMPORTED_MODULE_0__/* .jetstream */ .mm)(nc));
    try {
        // open() binds without asking the server; status() is the round trip that finds out whether the bucket exists.
        const kv = await kvm.open(name);
        await kv.status();
        return kv;
    }
    catch (error) {
        if (!create || !isNotFound(error))
            throw error;
        // One revision per key: watchers resume from a revision and need each key's newest value, not its history.
        return kvm.create(name, {
            history: 1,
            replicas: settings.replicas ?? 1,
            description: 'CIM module registry (cim-registry-action)',
        });
    }
}
function isNotFound(error) {
    return /not found/i.test(error.message);
}
/** Every key's newest value as text; deleted keys are absent. One ordered consumer over the newest of each key. */
async function readBucket(kv) {
    const values = new Map();
    const status = await kv.status();
    const revision = status.streamInfo.state.last_seq;
    if (status.values === 0)
        return { values, revision };
    const watch = await kv.watch();
    for await (const entry of watch) {
        record(values, entry);
        if (entry.delta === 0)
            break;
    }
    watch.stop();
    return { values, revision };
}
/** The newest values of some keys (absent: not in the map), read in parallel. */
async function readKeys(kv, keys) {
    const values = new Map();
    await Promise.all([...keys].map(async (key) => record(values, await kv.get(key))));
    return values;
}
function record(values, entry) {
    if (!entry)
        return;
    if (entry.operation === 'PUT')
        values.set(entry.key, entry.string());
    else
        values.delete(entry.key);
}
/** Puts and deletes, WRITE_WINDOW at a time; the first failure stops the batch and is thrown. */
async function applyWrites(kv, wanted, writes) {
    const jobs = [
        ...writes.put.map((key) => () => kv.put(key, wanted.get(key))),
        ...writes.del.map((key) => () => kv.delete(key)),
    ];
    let next = 0;
    const worker = async () => {
        while (next < jobs.length)
            await jobs[next++]();
    };
    await Promise.all(Array.from({ length: Math.min(WRITE_WINDOW, jobs.length) }, worker));
}


/***/ }),

/***/ 12722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* reexport safe */ _events_connection_js__WEBPACK_IMPORTED_MODULE_0__.Bn),
/* harmony export */   vv: () => (/* binding */ openNats)
/* harmony export */ });
/* unused harmony export UPDATER_INBOX_PREFIX */
/* harmony import */ var _events_connection_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77953);

/**
 * The updater's reply subjects. Its direct gets and watches carry private records back on them, so they are not
 * under `_INBOX.>`, which readers may subscribe to (README: "Permissions").
 */
const UPDATER_INBOX_PREFIX = '_INBOX_CIM_UPDATER';
/**
 * A short-lived connection (a mirror run, the updater): gives up after `timeoutMs` instead of hanging a job.
 * A long-lived one (watch, serve): reconnects for ever, with jitter, so a restarted server is found again.
 */
function openNats(settings, name, lifetime, timeoutMs = 10_000) {
    const extra = lifetime === 'run'
        ? { name, timeout: timeoutMs, reconnect: false, inboxPrefix: UPDATER_INBOX_PREFIX }
        : {
            name,
            timeout: timeoutMs,
            maxReconnectAttempts: -1,
            reconnectTimeWait: 250,
            reconnectJitter: 250,
            waitOnFirstConnect: false,
        };
    return (0,_events_connection_js__WEBPACK_IMPORTED_MODULE_0__/* .connectNats */ .J4)(settings, extra);
}



/***/ }),

/***/ 56868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ drift),
/* harmony export */   Vv: () => (/* binding */ compat),
/* harmony export */   hw: () => (/* binding */ isReproducible),
/* harmony export */   sK: () => (/* binding */ historyWarnings),
/* harmony export */   su: () => (/* binding */ newestOf)
/* harmony export */ });
/* unused harmony exports knownVersions, describeLock, short */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1204);
/* harmony import */ var _index_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12908);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(72177);
/**
 * What the history tells, as pure functions of the index and the newest registered versions: the warnings of each
 * module, the drift of the heads' locks, a module's compatibility with its dependencies. The engine writes the
 * warnings into status.json; the client answers `drift` and `compat` with the same functions.
 */




/**
 * A module's newest version: the higher of the version modules.yaml registers (the head's manifest) and the
 * highest version its tags name (a tag `v0.8.1` over a manifest that still says 0.8.0 is a release of 0.8.1).
 */
function newestOf(registered, head) {
    const candidates = [registered, head?.newest_tag].filter((v) => typeof v === 'string' && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(v) !== null);
    return candidates.sort((semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare))[0] ?? null;
}
function isReproducible(source) {
    return source !== 'path' && source !== 'git-branch';
}
/** Every version a module is known to have had: its tags' versions, their manifests' and the head's. */
function knownVersions(history, newest) {
    const known = new Set((0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .namedVersionsOf */ .sS)(history));
    if (history?.head?.version)
        known.add(history.head.version);
    if (newest)
        known.add(newest);
    return known;
}
/**
 * Every cim package of every head lock whose locked version differs from the newest registered one, or that
 * cannot be reproduced; by module, then dependency. A dependency the registry does not know has no newest.
 */
function drift(index, newest) {
    const entries = [];
    for (const module of [...index.keys()].sort(_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .Kt)) {
        const locked = index.get(module).head?.locked;
        for (const [dependency, lock] of Object.entries(locked ?? {})) {
            const newestVersion = newest.get(dependency) ?? null;
            const reproducible = isReproducible(lock.source);
            const behind = lock.version !== null && newestVersion !== null && lock.version !== newestVersion;
            if (!behind && reproducible)
                continue;
            entries.push({
                module,
                dependency,
                locked: lock.version,
                newest: newestVersion,
                source: lock.source,
                commit: lock.commit,
                reproducible,
            });
        }
    }
    return entries;
}
/**
 * The warnings the history gives each module (status.json problems, never errors): tag-version-mismatch,
 * tag-moved, locked-behind, unreproducible-dependency, unknown-locked-version and ci-failing.
 */
function historyWarnings(index, newest) {
    const warnings = new Map();
    const warn = (module, code, message, file) => (warnings.get(module) ?? warnings.set(module, []).get(module)).push({
        level: 'warning',
        code,
        message,
        ...(file ? { file } : {}),
    });
    for (const [module, history] of [...index].sort(([a], [b]) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .Kt)(a, b))) {
        for (const entry of (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .tagNotes */ .Sw)(history)) {
            if (entry.manifest_version !== null && entry.manifest_version !== entry.version) {
                warn(module, 'tag-version-mismatch', `tag ${entry.tag} (commit ${short(entry.commit)}) names ${entry.version} but the manifest at that commit says ${entry.manifest_version}`);
            }
            if (entry.moved_from) {
                warn(module, 'tag-moved', `tag ${entry.tag} moved from commit ${short(entry.moved_from)} to ${short(entry.commit)}; both readings are kept in history/${module}.jsonl`);
            }
        }
        const head = history.head;
        if (!head)
            continue;
        for (const [dependency, lock] of Object.entries(head.locked ?? {})) {
            const newestVersion = newest.get(dependency) ?? null;
            if (lock.version !== null && newestVersion !== null && semver__WEBPACK_IMPORTED_MODULE_0___default().lt(lock.version, newestVersion)) {
                warn(module, 'locked-behind', `built with ${describeLock(dependency, lock, index.get(dependency))} ${describeSource(lock)}, but the newest registered version is ${newestVersion}`);
            }
            if (!isReproducible(lock.source)) {
                warn(module, 'unreproducible-dependency', `${dependency} is locked by ${lock.source === 'path' ? 'a path (a sibling checkout)' : 'a git branch'}: the build cannot be reproduced from the manifest alone`);
            }
            if (lock.version !== null &&
                newest.has(dependency) &&
                !knownVersions(index.get(dependency), newest.get(dependency)).has(lock.version)) {
                warn(module, 'unknown-locked-version', `the lock pins ${dependency} ${lock.version}, which no known version of ${dependency} has (no tag, no manifest)`);
            }
        }
        for (const reason of head.unreadable ?? []) {
            const at = reason.indexOf(': ');
            const file = reason.slice(0, at);
            warn(module, 'invalid-lock', `${file} at the head commit ${short(head.commit)} is not read: ${reason.slice(at + 2)}`, file);
        }
        if (head.ci === 'failure' || head.ci === 'error')
            warn(module, 'ci-failing', `CI of the head commit ${short(head.commit)} is ${head.ci}`);
    }
    return warnings;
}
/** How a module's version (or its head) stands to each dependency. `declared` is the range at that version. */
function compat(name, history, declaredAtHead, newest, version) {
    const versions = (0,_index_file_js__WEBPACK_IMPORTED_MODULE_1__/* .currentVersions */ .lJ)(history?.versions ?? []);
    const chosen = version === undefined ? null : versions.filter((entry) => entry.version === version);
    if (chosen !== null && chosen.length === 0)
        throw new RangeError(`${name} has no version ${version} in its history (known: ${versions.map((v) => v.version).join(', ') || 'none'})`);
    const declared = chosen ? chosen[chosen.length - 1].dependencies : declaredAtHead;
    const locked = chosen ? chosen[chosen.length - 1].locked : (history?.head?.locked ?? null);
    const builds = (chosen ?? [...versions, ...(history?.head ? [history.head] : [])]).map((b) => ({
        locked: b.locked,
        passed: b.ci === 'success',
    }));
    const names = (0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedUnique */ .Z$)([...Object.keys(declared), ...Object.keys(locked ?? {})]);
    const result = {};
    for (const dependency of names) {
        const range = declared[dependency] ?? null;
        const newestVersion = newest.get(dependency) ?? null;
        const builtWith = builds.map((b) => b.locked?.[dependency]?.version).filter(isString);
        const verified = builds
            .filter((b) => b.passed)
            .map((b) => b.locked?.[dependency]?.version)
            .filter(isString);
        result[dependency] = {
            declared: range,
            locked: locked?.[dependency]?.version ?? null,
            newest: newestVersion,
            satisfied: range !== null && newestVersion !== null ? semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(newestVersion, range) : null,
            verified: sortVersions(verified),
            built_with: sortVersions(builtWith),
        };
    }
    return (0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .sortRecord */ .Ed)(result);
}
/** "cim-domain 0.8.1 (commit 33414f1, tag v0.8.1)": what a lock says, in words. */
function describeLock(name, lock, history) {
    const tag = lock.commit ? (0,_summary_js__WEBPACK_IMPORTED_MODULE_2__/* .tagAt */ .qB)(history, lock.commit) : undefined;
    const parts = [lock.commit ? `commit ${short(lock.commit)}` : null, tag ? `tag ${tag}` : null].filter(isString);
    return `${name} ${lock.version ?? 'at an untagged commit'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
function describeSource(lock) {
    return lock.source === 'registry'
        ? 'from a registry'
        : lock.source === 'path'
            ? 'by path'
            : `by ${lock.source.replace('-', ' ')}`;
}
function short(commit) {
    return commit.slice(0, 7);
}
function sortVersions(versions) {
    return (0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .sortedUnique */ .Z$)(versions).sort((semver__WEBPACK_IMPORTED_MODULE_0___default().compare));
}
function isString(value) {
    return typeof value === 'string';
}


/***/ }),

/***/ 12908:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kf: () => (/* binding */ appendVersionLines),
/* harmony export */   LD: () => (/* binding */ isHistoryFile),
/* harmony export */   Sc: () => (/* binding */ renderHeads),
/* harmony export */   Vq: () => (/* binding */ readHistoryIndex),
/* harmony export */   W4: () => (/* binding */ readHeads),
/* harmony export */   ZC: () => (/* binding */ historyFileModule),
/* harmony export */   d1: () => (/* binding */ HEADS_FILE),
/* harmony export */   lJ: () => (/* binding */ currentVersions),
/* harmony export */   p2: () => (/* binding */ historyFile),
/* harmony export */   pl: () => (/* binding */ parseVersionLines),
/* harmony export */   q8: () => (/* binding */ HEADS_FILES),
/* harmony export */   rE: () => (/* binding */ HISTORY_DIR),
/* harmony export */   rR: () => (/* binding */ headsShards)
/* harmony export */ });
/* unused harmony exports HEADS_SHARDING_BYTES, headsShardFile, parseHeads */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1204);
/* harmony import */ var _metadata_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98713);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(11792);
/**
 * The history index in the registry: `history/NAME.jsonl`, one JSON object per line, one line per version tag as
 * it was read (after the crates.io index: a line is appended, never rewritten; a tag that moved gets a second line
 * that says so), and `history/heads.json`, each module's head (rewritten when a head moves).
 * https://doc.rust-lang.org/cargo/reference/registry-index.html#json-schema
 *
 * heads.json holds the heads, one module a line, while it stays under HEADS_SHARDING_BYTES (about 1,000 modules,
 * with their summaries: types.ts). Past that, the heads go to HEADS_SHARDS files `history/heads-X.json` (X: the first
 * hex digit of the SHA-256 of the module's name) and heads.json lists them (`schema_version: 2`, `shards`): a run that
 * moves one head rewrites one shard, and every file stays under GraphQL's 512,000-byte text limit up to about 20,000
 * modules, so the heads read in one request with nothing fetched whole. A registry once sharded stays sharded: no
 * file is ever deleted.
 */





const HISTORY_DIR = 'history';
const HEADS_FILE = `${HISTORY_DIR}/heads.json`;
/** The size up to which heads.json holds the heads itself; GraphQL cuts a text at 512,000 bytes. */
const HEADS_SHARDING_BYTES = 400_000;
const HEADS_SHARDS = 16;
const HEADS_SHARD = /^heads-[0-9a-f]\.json$/;
/** Every name a heads file can have: heads.json and the shards. */
const HEADS_FILES = [
    HEADS_FILE,
    ...Array.from({ length: HEADS_SHARDS }, (_, digit) => `${HISTORY_DIR}/heads-${digit.toString(16)}.json`),
];
/** The shard file of a module's head, in a sharded registry. */
function headsShardFile(name) {
    return `${HISTORY_DIR}/heads-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(name).digest('hex')[0]}.json`;
}
function historyFile(name) {
    return `${HISTORY_DIR}/${name}.jsonl`;
}
/** The module a history file belongs to, or null for a name that is not one of ours. */
function historyFileModule(file) {
    const match = /^history\/(.+)\.jsonl$/.exec(file);
    return match && (0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isModuleName */ .yZ)(match[1]) ? match[1] : null;
}
function isHistoryFile(file) {
    return file === HEADS_FILE || isHeadsShard(file) || historyFileModule(file) !== null;
}
function isHeadsShard(file) {
    return file.startsWith(`${HISTORY_DIR}/`) && HEADS_SHARD.test(file.slice(HISTORY_DIR.length + 1));
}
/** The lines of an index file that are well-formed entries, in file order; others are skipped (and kept). */
function parseVersionLines(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        try {
            const entry = versionEntry(JSON.parse(line));
            if (entry)
                entries.push(entry);
        }
        catch {
            // A damaged line stays in the file (append-only) and is not read.
        }
    }
    return entries;
}
/** The index text after appending `entries` to `existing`, which is kept byte for byte. */
function appendVersionLines(existing, entries) {
    const start = existing === undefined || existing === '' || existing.endsWith('\n') ? (existing ?? '') : `${existing}\n`;
    return start + entries.map((entry) => `${JSON.stringify(entry)}\n`).join('');
}
function parseHeads(text) {
    const heads = new Map();
    if (text === undefined)
        return heads;
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return heads;
    }
    const modules = value?.modules;
    if (!isObject(modules))
        return heads;
    for (const [name, head] of Object.entries(modules)) {
        const entry = headEntry(head);
        if (entry && (0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_2__/* .isModuleName */ .yZ)(name))
            heads.set(name, entry);
    }
    return heads;
}
/** The shard files a sharded heads.json lists (none for heads.json that holds the heads itself). */
function headsShards(text) {
    if (text === undefined)
        return [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return [];
    }
    const shards = value?.shards;
    if (!Array.isArray(shards))
        return [];
    // Only names of our shards: a reader over HTTP never follows a path it was handed.
    return shards
        .filter((shard) => typeof shard === 'string' && HEADS_SHARD.test(shard))
        .map((shard) => `${HISTORY_DIR}/${shard}`);
}
/** Every module's head: heads.json's own, and those of the shards it lists. */
function readHeads(files) {
    const heads = parseHeads(files[HEADS_FILE]);
    for (const shard of headsShards(files[HEADS_FILE]))
        for (const [name, head] of parseHeads(files[shard]))
            heads.set(name, head);
    return heads;
}
/**
 * The heads files' texts: heads.json alone while it fits HEADS_SHARDING_BYTES and `sharded` is false, else
 * heads.json listing every shard and each shard with its modules.
 */
function renderHeads(heads, sharded = false) {
    const whole = headsText(heads);
    if (!sharded && whole.length <= HEADS_SHARDING_BYTES)
        return { [HEADS_FILE]: whole };
    const shards = new Map(HEADS_FILES.slice(1).map((file) => [file, new Map()]));
    for (const [name, head] of heads)
        shards.get(headsShardFile(name)).set(name, head);
    const names = [...shards.keys()].map((file) => file.slice(HISTORY_DIR.length + 1));
    return {
        [HEADS_FILE]: `${JSON.stringify({ schema_version: 2, shards: names }, null, 1)}\n`,
        ...Object.fromEntries([...shards].map(([file, modules]) => [file, headsText(modules)])),
    };
}
/** One module a line, in name order: a moved head is a one-line diff, and the file is half an indented one's size. */
function headsText(heads) {
    const lines = Object.entries((0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .sortRecord */ .Ed)(Object.fromEntries(heads))).map(([name, head]) => `${JSON.stringify(name)}:${JSON.stringify(head)}`);
    return `{"schema_version":1,"modules":{${lines.length ? `\n${lines.join(',\n')}\n` : ''}}}\n`;
}
/**
 * The versions of a module, one per tag (the last line of a tag wins), oldest first: by version, then date.
 */
function currentVersions(entries) {
    const byTag = new Map();
    for (const entry of entries)
        byTag.set(entry.tag, entry);
    return [...byTag.values()].sort((a, b) => semver__WEBPACK_IMPORTED_MODULE_1___default().compare(a.version, b.version) ||
        (0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .Kt)(a.date ?? '', b.date ?? '') ||
        (0,_util_order_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .Kt)(a.tag, b.tag));
}
function readHistoryIndex(files, notRead = new Set()) {
    const index = new Map();
    const heads = readHeads(files);
    for (const [file, text] of Object.entries(files)) {
        const name = historyFileModule(file);
        if (name !== null && text !== undefined)
            index.set(name, { versions: parseVersionLines(text), head: null });
    }
    for (const name of notRead)
        if (!index.has(name))
            index.set(name, { versions: null, head: null });
    for (const [name, head] of heads) {
        const history = index.get(name) ?? { versions: [], head: null };
        history.head = head;
        index.set(name, history);
    }
    return index;
}
function versionEntry(value) {
    if (!isObject(value))
        return null;
    const { version, tag, commit, date, manifest_version, dependencies, locked, ci, moved_from } = value;
    if (typeof version !== 'string' ||
        semver__WEBPACK_IMPORTED_MODULE_1___default().valid(version) !== version ||
        typeof tag !== 'string' ||
        typeof commit !== 'string')
        return null;
    return {
        version,
        tag,
        commit,
        date: typeof date === 'string' ? date : null,
        manifest_version: typeof manifest_version === 'string' ? manifest_version : null,
        dependencies: stringRecord(dependencies),
        locked: lockEvidence(locked),
        ci: ciState(ci),
        ...(typeof moved_from === 'string' ? { moved_from } : {}),
        ...unreadableOf(value.unreadable),
    };
}
function headEntry(value) {
    if (!isObject(value) || typeof value.commit !== 'string')
        return null;
    const newestTag = typeof value.newest_tag === 'string' && semver__WEBPACK_IMPORTED_MODULE_1___default().valid(value.newest_tag) === value.newest_tag
        ? value.newest_tag
        : undefined;
    const summary = summaryOf(value.summary);
    return {
        commit: value.commit,
        date: typeof value.date === 'string' ? value.date : null,
        version: typeof value.version === 'string' ? value.version : null,
        locked: lockEvidence(value.locked),
        ci: ciState(value.ci),
        ...unreadableOf(value.unreadable),
        ...(newestTag ? { newest_tag: newestTag } : {}),
        // A summary stands for the lines only when it agrees with the head: tags give a newest tag and its ranges.
        ...(summary && agrees(summary, newestTag) ? { summary } : {}),
    };
}
/** Whether a summary fits its head: a module with tags has a newest tag, and the ranges declared at it. */
function agrees(summary, newestTag) {
    const tagged = summary.versions > 0;
    return tagged === (newestTag !== undefined) && tagged === (summary.newest_dependencies !== undefined);
}
/**
 * A head's summary of its lines, when every field is well-formed; a damaged one is left out whole, and the run then
 * reads the lines (a summary in part would answer wrongly for them).
 */
function summaryOf(value) {
    if (!isObject(value))
        return null;
    const { versions, known, tags, newest_dependencies, notes } = value;
    const parsedNotes = notes === undefined ? [] : Array.isArray(notes) ? notes.map(versionNote) : [null];
    const valid = Number.isInteger(versions) &&
        versions >= 0 &&
        Array.isArray(known) &&
        known.every((version) => typeof version === 'string') &&
        isStringRecord(tags) &&
        (newest_dependencies === undefined || isStringRecord(newest_dependencies)) &&
        !parsedNotes.includes(null);
    if (!valid)
        return null;
    return {
        versions: versions,
        known: known,
        tags: { ...tags },
        ...(newest_dependencies !== undefined ? { newest_dependencies: { ...newest_dependencies } } : {}),
        ...(parsedNotes.length ? { notes: parsedNotes } : {}),
    };
}
function isStringRecord(value) {
    return isObject(value) && Object.values(value).every((item) => typeof item === 'string');
}
function versionNote(value) {
    if (!isObject(value))
        return null;
    const { version, tag, commit, manifest_version, moved_from } = value;
    if (typeof version !== 'string' ||
        typeof tag !== 'string' ||
        typeof commit !== 'string' ||
        (manifest_version !== null && typeof manifest_version !== 'string') ||
        (moved_from !== undefined && typeof moved_from !== 'string'))
        return null;
    return { version, tag, commit, manifest_version, ...(moved_from !== undefined ? { moved_from } : {}) };
}
function unreadableOf(value) {
    const list = Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];
    return list.length ? { unreadable: list } : {};
}
function lockEvidence(value) {
    if (!isObject(value))
        return null;
    const evidence = {};
    for (const [name, locked] of Object.entries(value)) {
        if (!isObject(locked) || !_types_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCK_SOURCES */ .$.includes(locked.source))
            continue;
        evidence[name] = {
            version: typeof locked.version === 'string' ? locked.version : null,
            source: locked.source,
            commit: typeof locked.commit === 'string' ? locked.commit : null,
        };
    }
    return evidence;
}
function ciState(value) {
    return _types_js__WEBPACK_IMPORTED_MODULE_4__/* .CI_STATES */ .k.includes(value) ? value : null;
}
function stringRecord(value) {
    if (!isObject(value))
        return {};
    return Object.fromEntries(Object.entries(value).filter((pair) => typeof pair[1] === 'string'));
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}


/***/ }),

/***/ 72177:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ summarizeVersions),
/* harmony export */   Dx: () => (/* binding */ linesOf),
/* harmony export */   Fx: () => (/* binding */ dependenciesAtTag),
/* harmony export */   GN: () => (/* binding */ versionCount),
/* harmony export */   Sw: () => (/* binding */ tagNotes),
/* harmony export */   gL: () => (/* binding */ newestTagOf),
/* harmony export */   qB: () => (/* binding */ tagAt),
/* harmony export */   sS: () => (/* binding */ namedVersionsOf)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1204);
/* harmony import */ var _index_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12908);
/**
 * A module's version lines, or their summary when they were not read (HistorySummary in types.ts): the questions
 * the engine asks of every module's history (how many versions, which versions it ever named, the tag at a commit,
 * the ranges at its newest tag, the notes that give warnings), answered the same from either. A run on a large
 * registry reads the history files of the modules it reads only; planHistory writes every other module's summary
 * back unchanged, and computes the summary of each module whose lines it holds.
 */



/** The highest version a module's tags name (a head's `newest_tag`), when it has any. */
function newestTagOf(versions) {
    return (0,_index_file_js__WEBPACK_IMPORTED_MODULE_1__/* .currentVersions */ .lJ)(versions)
        .map((entry) => entry.version)
        .sort((semver__WEBPACK_IMPORTED_MODULE_0___default().rcompare))[0];
}
function summarizeVersions(versions) {
    const current = (0,_index_file_js__WEBPACK_IMPORTED_MODULE_1__/* .currentVersions */ .lJ)(versions);
    const tags = new Map();
    for (const entry of versions)
        if (!tags.has(entry.commit))
            tags.set(entry.commit, entry.tag);
    const newestTag = newestTagOf(versions);
    const notes = current.filter(isNoted).map(({ version, tag, commit, manifest_version, moved_from }) => ({
        version,
        tag,
        commit,
        manifest_version,
        ...(moved_from ? { moved_from } : {}),
    }));
    return {
        versions: current.length,
        // In string order: a damaged line's manifest_version need not be semver.
        known: (0,_util_order_js__WEBPACK_IMPORTED_MODULE_2__/* .sortedUnique */ .Z$)(versions.flatMap(namedVersions)),
        tags: Object.fromEntries(tags),
        ...(newestTag ? { newest_dependencies: current.find((entry) => entry.version === newestTag).dependencies } : {}),
        ...(notes.length ? { notes } : {}),
    };
}
/** How many versions (tags) a module has. */
function versionCount(history) {
    return history?.versions ? (0,_index_file_js__WEBPACK_IMPORTED_MODULE_1__/* .currentVersions */ .lJ)(history.versions).length : (history?.head?.summary?.versions ?? 0);
}
/** Every version a module's lines name: their tags' and their manifests'. */
function namedVersionsOf(history) {
    return history?.versions ? history.versions.flatMap(namedVersions) : (history?.head?.summary?.known ?? []);
}
/** The first tag read at `commit`, if any. */
function tagAt(history, commit) {
    if (history?.versions)
        return history.versions.find((entry) => entry.commit === commit)?.tag;
    return Object.hasOwn(history?.head?.summary?.tags ?? {}, commit) ? history.head.summary.tags[commit] : undefined;
}
/** The ranges a module declares at `version` when a tag has it; undefined when none does. */
function dependenciesAtTag(history, version) {
    if (history?.versions)
        return (0,_index_file_js__WEBPACK_IMPORTED_MODULE_1__/* .currentVersions */ .lJ)(history.versions).find((entry) => entry.version === version)?.dependencies;
    const head = history?.head;
    return head?.newest_tag === version ? head.summary?.newest_dependencies : undefined;
}
/** The current versions of a module that give a warning: a tag naming another version than its manifest, or moved. */
function tagNotes(history) {
    if (history?.versions)
        return (0,_index_file_js__WEBPACK_IMPORTED_MODULE_1__/* .currentVersions */ .lJ)(history.versions).filter(isNoted);
    return history?.head?.summary?.notes ?? [];
}
/** The lines of a module this run reads: an index that lacks them is a defect of the reader, not of the registry. */
function linesOf(name, history) {
    if (history && history.versions === null)
        throw new Error(`the history of ${name} was not read, but this run reads ${name}: its history file must be read`);
    return history;
}
function namedVersions(entry) {
    return entry.manifest_version ? [entry.version, entry.manifest_version] : [entry.version];
}
function isNoted(entry) {
    return (entry.manifest_version !== null && entry.manifest_version !== entry.version) || Boolean(entry.moved_from);
}


/***/ }),

/***/ 11792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ LOCK_SOURCES),
/* harmony export */   k: () => (/* binding */ CI_STATES)
/* harmony export */ });
/**
 * The vocabulary of version history: what a module was at each version tag and at its head, and the evidence of
 * what it was built with (lock files) and whether that build passed CI. Shared by the engine, which writes the
 * history index, and the client, which answers versions / compat / drift / resolve from it.
 */
/** A commit's combined CI state, as GitHub's GraphQL `StatusState` names it (lower case); null: nothing known. */
const CI_STATES = ['success', 'failure', 'pending', 'error'];
/**
 * How a lock file pins a dependency. `path` (a sibling checkout) and `git-branch` (whatever the branch held when
 * the lock was written) cannot be rebuilt from the manifest alone: they are not reproducible.
 */
const LOCK_SOURCES = ['path', 'git-branch', 'git-tag', 'git-rev', 'registry'];


/***/ })

};

//# sourceMappingURL=854.index.js.map