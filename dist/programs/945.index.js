export const id = 945;
export const ids = [945];
export const modules = {

/***/ 66758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ describeModule)
});

// UNUSED EXPORTS: typeByConvention

// EXTERNAL MODULE: ./src/format/types.ts
var types = __webpack_require__(52626);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/metadata/cim-yaml.ts + 1 modules
var cim_yaml = __webpack_require__(95920);
// EXTERNAL MODULE: ./src/metadata/manifests.ts
var metadata_manifests = __webpack_require__(91715);
// EXTERNAL MODULE: ./src/metadata/names.ts
var names = __webpack_require__(98713);
;// CONCATENATED MODULE: ./src/metadata/readme.ts
/** A README's first paragraph of prose, as a one-line description: the fallback when a repository has none. */
const MAX_SUMMARY = 300;
function readmeSummary(readme) {
    if (!readme)
        return null;
    const paragraph = [];
    let inFence = false;
    for (const raw of readme.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('```') || line.startsWith('~~~')) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        const isProse = line !== '' && !/^(#|!\[|\[!\[|<|>|\||[-*_=]{3,}$|[-*+] |\d+\. )/.test(line);
        if (isProse)
            paragraph.push(line);
        else if (paragraph.length > 0)
            break;
    }
    const text = plainText(paragraph.join(' '));
    if (text === '')
        return null;
    if (text.length <= MAX_SUMMARY)
        return text;
    const cut = text.slice(0, MAX_SUMMARY);
    return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_SUMMARY)}…`;
}
/** Markdown inline syntax removed: links keep their text, emphasis and code marks go. */
function plainText(markdown) {
    return markdown
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*`]+/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}

// EXTERNAL MODULE: ./src/metadata/topics.ts
var metadata_topics = __webpack_require__(397);
// EXTERNAL MODULE: ./src/metadata/semver.ts
var semver = __webpack_require__(80821);
;// CONCATENATED MODULE: ./src/metadata/describe.ts
/**
 * One repository snapshot -> one module record: its cim.yaml when it has a valid one, inference from its
 * manifests, README, topics and naming convention for every field the cim.yaml does not declare.
 */








function describeModule(snapshot, options) {
    // Not read because unchanged: the registry builder keeps its previous entry (see src/sources/github-read-plan.ts).
    if (snapshot.carried)
        return { ...unreadModule(snapshot), stale: undefined, carried: true };
    if (snapshot.readError !== undefined)
        return unreadModule(snapshot);
    const problems = [];
    let declared = null;
    const cimYaml = snapshot.files[cim_yaml/* CIM_YAML */.gu];
    if (cimYaml === undefined) {
        problems.push({
            level: 'warning',
            code: 'missing-cim-yaml',
            message: 'no cim.yaml: metadata inferred from the repository (add a cim.yaml to declare it)',
        });
    }
    else {
        const parsed = (0,cim_yaml/* parseCimYaml */.Mj)(cimYaml, { expectedName: snapshot.name });
        problems.push(...parsed.problems);
        declared = parsed.metadata;
    }
    const manifests = (0,metadata_manifests/* readManifests */.PX)(snapshot.name, textFiles(snapshot.files), options.modulePattern);
    problems.push(...manifests.problems);
    const fields = emptyFields('core');
    const origins = {};
    const defaults = [];
    const set = (field, value, origin, isDefault = false) => {
        if (value === undefined || value === null || origins[field] !== undefined)
            return;
        fields[field] = value;
        origins[field] = origin;
        if (isDefault)
            defaults.push(field);
    };
    // Declared values first; `set` never overwrites, so what comes later only fills gaps. A topic's or a name's type
    // is a default: a value kept by hand replaces it (see the registry builder).
    if (declared) {
        for (const field of types/* FIELD_NAMES */.Yr)
            set(field, declared[field], 'declared');
    }
    set('version', manifests.version ?? (0,semver/* highestTagVersion */.hn)(snapshot.tags), 'inferred');
    set('description', snapshot.description?.trim() || null, 'inferred');
    set('description', readmeSummary(textFiles(snapshot.files)['README.md']), 'inferred', true);
    const topics = knownTopics(snapshot);
    set('type', (0,metadata_topics/* typeByTopics */.eQ)(topics), 'topic', true);
    set('type', (0,names/* typeByName */.p5)(snapshot.name), 'inferred', true);
    const decided = (0,metadata_topics/* decideVisibility */.JK)(snapshot.visibility, declared?.visibility, topics);
    if (decided.byTopic)
        origins.visibility = 'topic';
    if (declared?.visibility && snapshot.visibility && declared.visibility !== decided.visibility) {
        problems.push({
            level: 'warning',
            code: 'invalid-metadata',
            message: `cim.yaml says visibility ${declared.visibility} but the repository is ${snapshot.visibility}; the repository wins${declared.visibility === 'private' ? ` (a \`${metadata_topics/* PRIVATE_TOPIC */.SM}\` topic lists a public repository as private)` : ''}`,
            file: cim_yaml/* CIM_YAML */.gu,
        });
    }
    if (snapshot.archived) {
        problems.push({ level: 'warning', code: 'archived', message: 'the repository is archived' });
    }
    return {
        name: snapshot.name,
        repository: snapshot.url,
        visibility: decided.visibility,
        archived: snapshot.archived,
        topics: [...snapshot.topics].sort(),
        lastCommit: snapshot.headCommit,
        lastUpdated: snapshot.committedAt,
        metadata: declared ? 'declared' : 'inferred',
        fields,
        origins,
        defaults,
        topicsKnown: !snapshot.topicsUnknown,
        dependencies: (0,order/* sortRecord */.Ed)(declared?.dependencies ?? manifests.dependencies),
        problems,
    };
}
/** The files that are text; a manifest that is not UTF-8 is treated as absent. */
function textFiles(files) {
    return Object.fromEntries(Object.entries(files).filter((entry) => typeof entry[1] === 'string'));
}
/** A repository that was listed but could not be read: the registry builder keeps its previous entry. */
function unreadModule(snapshot) {
    const topicType = (0,metadata_topics/* typeByTopics */.eQ)(knownTopics(snapshot));
    return {
        name: snapshot.name,
        repository: snapshot.url,
        visibility: snapshot.visibility ?? 'public',
        archived: snapshot.archived,
        topics: [...snapshot.topics].sort(),
        lastCommit: snapshot.headCommit,
        lastUpdated: snapshot.committedAt,
        metadata: 'inferred',
        fields: emptyFields(topicType ?? (0,names/* typeByName */.p5)(snapshot.name)),
        origins: { type: topicType ? 'topic' : 'inferred' },
        defaults: ['type'],
        topicsKnown: !snapshot.topicsUnknown,
        dependencies: {},
        problems: [],
        stale: snapshot.readError,
    };
}
/** The type the conventions say when nothing declares one: the topics' (see topics.ts), else the name's. */
function typeByConvention(snapshot) {
    return typeByTopics(knownTopics(snapshot)) ?? typeByName(snapshot.name);
}
/** The topics, or none when the source cannot see them. */
function knownTopics(snapshot) {
    return snapshot.topicsUnknown ? [] : snapshot.topics;
}
/** A module's fields before any evidence: only the type, which every module has. */
function emptyFields(type) {
    return { type, version: null, description: null, category: null, status: null, owner: null, deployed: null };
}


/***/ }),

/***/ 68937:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ readHistories)
});

// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/versions/collect.ts
var collect = __webpack_require__(59443);
// EXTERNAL MODULE: ./src/versions/index-file.ts
var index_file = __webpack_require__(12908);
// EXTERNAL MODULE: ./src/versions/summary.ts
var summary = __webpack_require__(72177);
;// CONCATENATED MODULE: ./src/versions/plan.ts
/**
 * This run's history readings + the index found in the registry -> the history files to write and the index after
 * the run. Pure: the reading (I/O) happens before, in the mode, through each source's HistoryReader.
 */



/** `notRead`: modules whose history file was not read (readHistoryIndex); none of them may be in `updates`. */
function planHistory(existing, updates, notRead = new Set()) {
    const index = (0,index_file/* readHistoryIndex */.Vq)(existing, notRead);
    const previousHeads = new Map([...index].flatMap(([name, history]) => (history.head ? [[name, history.head]] : [])));
    const files = {};
    const appended = new Map();
    const firstRead = new Set();
    for (const name of [...updates.keys()].sort(order/* compareStrings */.Kt)) {
        const update = updates.get(name);
        const history = (0,summary/* linesOf */.Dx)(name, index.get(name)) ?? { versions: [], head: null };
        if (!index.has(name))
            firstRead.add(name);
        if (update.append.length > 0) {
            files[(0,index_file/* historyFile */.p2)(name)] = (0,index_file/* appendVersionLines */.Kf)(existing[(0,index_file/* historyFile */.p2)(name)], update.append);
            history.versions = [...history.versions, ...update.append];
            appended.set(name, update.append);
        }
        history.head = update.head;
        index.set(name, history);
    }
    // What a head says of its module's lines follows the lines; a module whose lines were not read keeps it as it was.
    // The summaries of lines at hand go to the heads files only: in the index the lines answer for themselves (and on
    // a first run over 10,000 modules, keeping them costs 40 MB and seconds of garbage collection).
    const heads = new Map();
    for (const [name, history] of index) {
        if (!history.head)
            continue;
        if (history.versions) {
            const { newest_tag: _, summary: __, ...head } = history.head;
            const tagged = (0,summary/* newestTagOf */.gL)(history.versions);
            history.head = tagged ? { ...head, newest_tag: tagged } : head;
            if (tagged) {
                heads.set(name, { ...history.head, summary: (0,summary/* summarizeVersions */.BB)(history.versions) });
                continue;
            }
        }
        heads.set(name, history.head);
    }
    if (heads.size > 0 || existing[index_file/* HEADS_FILE */.d1] !== undefined)
        Object.assign(files, (0,index_file/* renderHeads */.Sc)(heads, (0,index_file/* headsShards */.rR)(existing[index_file/* HEADS_FILE */.d1]).length > 0));
    return { index, files, appended, firstRead, previousHeads };
}

;// CONCATENATED MODULE: ./src/modes/read-history.ts
/**
 * The I/O half of version history, shared by every source that has HistoryReaders: each module's history is read
 * incrementally against the index found in the registry, a few modules at a time. A module whose history cannot be
 * read keeps its index as it was and gets a warning; the others go on.
 */





const PARALLEL = 4;
async function readHistories(readers, existing, modulePattern, 
/** Modules whose history file was not read (readHistoryIndex): none of them has a reader. */
notRead = new Set()) {
    const index = (0,index_file/* readHistoryIndex */.Vq)(existing, notRead);
    const updates = new Map();
    // By module, then flattened in name order: the workers finish in any order, status.json must not change with it.
    const problemsOf = new Map();
    let reads = 0;
    const queue = [...readers];
    const worker = async () => {
        for (let next = queue.shift(); next; next = queue.shift()) {
            const [name, reader] = next;
            try {
                const update = await (0,collect/* readModuleHistory */.TS)(name, reader, (0,summary/* linesOf */.Dx)(name, index.get(name)), modulePattern);
                updates.set(name, update);
                reads += update.reads;
            }
            catch (error) {
                problemsOf.set(name, [
                    {
                        level: 'warning',
                        code: 'unreadable-history',
                        message: `${name}: version history not read this run (${error.message}); the index keeps what it had`,
                    },
                ]);
            }
        }
    };
    await Promise.all(Array.from({ length: PARALLEL }, worker));
    const problems = [...problemsOf].sort(([a], [b]) => (0,order/* compareStrings */.Kt)(a, b)).flatMap(([, list]) => list);
    return { plan: planHistory(existing, updates, notRead), problems, reads, read: new Set(updates.keys()) };
}


/***/ }),

/***/ 79444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   df: () => (/* binding */ commitMessage),
/* harmony export */   eh: () => (/* binding */ summarize),
/* harmony export */   gp: () => (/* binding */ describeSummary)
/* harmony export */ });
/* harmony import */ var _format_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91255);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(49997);


function summarize(plan, dryRun) {
    const modules = [...plan.registry.modules.values()];
    return {
        changed: plan.changedFiles.length > 0,
        dryRun,
        modules: modules.length,
        added: plan.changes.added,
        removed: plan.changes.removed,
        updated: [...plan.changes.updated.keys()],
        errors: modules.filter((module) => module.health === 'error').map((module) => module.name),
        files: plan.changedFiles,
    };
}
function commitMessage(plan, trigger) {
    const { added, removed, updated } = plan.changes;
    const counts = [
        added.length ? `${added.length} added` : '',
        removed.length ? `${removed.length} removed` : '',
        updated.size ? `${updated.size} updated` : '',
    ].filter(Boolean);
    const subject = plan.adopted
        ? `registry: adopt the hand-kept registry (${plan.registry.modules.size} modules)`
        : `registry: ${counts.length ? counts.join(', ') : 'refresh'}`;
    const body = [
        ...added.map((name) => `+ ${name}`),
        ...removed.map((name) => `- ${name}`),
        ...[...updated.keys()].map((name) => `~ ${name}`),
        ...(trigger ? ['', `Triggered by ${trigger}.`] : []),
    ];
    return body.length ? `${subject}\n\n${body.join('\n')}` : subject;
}
/** Human lines: one per change, then the problems that need a person. */
function describeSummary(plan, summary) {
    const lines = [];
    const verb = summary.dryRun ? 'would change' : 'changed';
    lines.push(summary.changed
        ? `${summary.modules} modules; ${verb}: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listSome */ .XT)(summary.files)}`
        : `${summary.modules} modules; registry unchanged`);
    for (const name of summary.added)
        lines.push(`  + ${name}`);
    for (const name of summary.removed)
        lines.push(`  - ${name}`);
    for (const [name, changes] of plan.changes.updated)
        lines.push(`  ~ ${name} (${changes.map((change) => change.kind).join(', ')})`);
    if (plan.history) {
        const { modules, versions, drift } = plan.history;
        const behind = new Set(drift.map((entry) => entry.module)).size;
        lines.push(`history: ${versions} version tag${versions === 1 ? '' : 's'} of ${modules} module${modules === 1 ? '' : 's'}; drift: ${drift.length} locked dependenc${drift.length === 1 ? 'y' : 'ies'} of ${behind} module${behind === 1 ? '' : 's'} behind or not reproducible (cim-registry drift)`);
    }
    for (const warning of plan.warnings)
        lines.push(`warning: ${warning.message}`);
    for (const problem of plan.registry.problems)
        lines.push(`${problem.level}: ${problem.message}`);
    for (const module of plan.registry.modules.values()) {
        for (const problem of (0,_format_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .errorsOf */ .Bp)(module.problems)) {
            lines.push(`${module.name}: ${(0,_format_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw)(problem)}`);
        }
    }
    return lines;
}


/***/ }),

/***/ 98541:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ updateFromLocalSource)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/registry/render/changelog.ts
var changelog = __webpack_require__(20230);
// EXTERNAL MODULE: ./src/versions/index-file.ts
var index_file = __webpack_require__(12908);
// EXTERNAL MODULE: ./src/format/files.ts
var files = __webpack_require__(21140);
;// CONCATENATED MODULE: ./src/disk/registry-dir.ts
/**
 * The registry directory on disk: read the registry files found there, write the ones that changed. Only the
 * registry's own file names are ever read or written, and each write is atomic (a temporary file renamed over).
 */





const NAMES = Object.values(files/* REGISTRY_FILES */.M);
async function readRegistryDir(dir) {
    return readRegistryFiles(dir, [...NAMES, ...(await historyNames(dir))]);
}
/** These registry files of `dir` (registry-relative names), those that exist. */
async function readRegistryFiles(dir, names) {
    const texts = {};
    for (const name of names) {
        const text = await (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw new Error(`cannot read ${(0,external_node_path_.join)(dir, name)}: ${error.message}`);
        });
        if (text !== undefined)
            texts[name] = text;
    }
    return texts;
}
/** Writes `names` from `files` into `dir`, creating it when needed. */
async function writeRegistryFiles(dir, files, names) {
    if (names.length === 0)
        return;
    await (0,promises_.mkdir)(dir, { recursive: true });
    for (const name of names) {
        if (!NAMES.includes(name) && !(0,index_file/* isHistoryFile */.LD)(name) && !(0,changelog/* isChangelogArchive */.Tr)(name))
            throw new Error(`refusing to write ${name}: not a registry file`);
        const target = (0,external_node_path_.join)(dir, name);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        const temporary = `${target}.${process.pid}.tmp`;
        await (0,promises_.writeFile)(temporary, files[name], 'utf8');
        await (0,promises_.rename)(temporary, target);
    }
}
/** The version history's files in `dir/history` (see src/versions/index-file.ts), as registry-relative names. */
async function historyNames(dir) {
    const entries = await (0,promises_.readdir)((0,external_node_path_.join)(dir, index_file/* HISTORY_DIR */.rE), { withFileTypes: true }).catch(() => []);
    return entries
        .filter((entry) => entry.isFile())
        .map((entry) => `${index_file/* HISTORY_DIR */.rE}/${entry.name}`)
        .filter(index_file/* isHistoryFile */.LD)
        .sort();
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/git/git.ts
/** Real git, run in a folder: the one way the local source and the CLI's --commit call it. */


const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** A function that runs `git -C dir ARGS...` and resolves to its trimmed standard output. */
function gitIn(dir) {
    return async (...args) => (await run('git', ['-C', dir, ...args], { encoding: 'utf8' })).stdout.trim();
}

;// CONCATENATED MODULE: ./src/git/local-commit.ts
/** Commits registry files in the local git repository that holds the registry directory (the CLI's --commit). */


/**
 * Commits those of `names` under `dir` that differ from git's HEAD (changed, or not tracked yet); returns the new
 * commit's SHA, or null when all of them are committed already. Comparing with HEAD rather than with what this run
 * changed catches up files an earlier run wrote but failed to commit.
 */
async function commitRegistryFiles(dir, names, message) {
    // Absolute, and every git command runs in it with paths relative to it: a relative --registry-dir would
    // otherwise be applied twice (git -C registry add registry/x).
    const cwd = (0,external_node_path_.resolve)(dir);
    const git = gitIn(cwd);
    await git('rev-parse', '--show-toplevel').catch(() => {
        throw new Error(`--commit: ${cwd} is not inside a git repository`);
    });
    if (names.length === 0)
        return null;
    const pending = await git('status', '--porcelain', '--untracked-files=all', '--', ...names);
    if (pending === '')
        return null;
    await git('add', '--', ...names);
    await git('commit', '--quiet', '--message', message, '--', ...names).catch((error) => {
        throw new Error(`git commit failed: ${(error.stderr ?? error.message).trim()}`);
    });
    return git('rev-parse', 'HEAD');
}

// EXTERNAL MODULE: ./src/registry/update.ts + 7 modules
var update = __webpack_require__(22836);
// EXTERNAL MODULE: ./src/metadata/cim-yaml.ts + 1 modules
var cim_yaml = __webpack_require__(95920);
// EXTERNAL MODULE: ./src/metadata/manifests.ts
var manifests = __webpack_require__(91715);
// EXTERNAL MODULE: ./src/metadata/names.ts
var names = __webpack_require__(98713);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/util/folder-file.ts
/**
 * Reading one file of a folder that somebody else controls (a module checkout) without being led out of it: only a
 * regular file, never through a symbolic link, never one whose real path leaves the folder, and never more bytes
 * than asked for. A link to another checkout's .git/config, to /dev/zero or to a FIFO is refused, not read.
 */



// O_NOFOLLOW closes the gap between the checks and the open (a file swapped for a link in between); O_NONBLOCK
// keeps a FIFO swapped in from blocking the open. Windows has neither flag; the checks before still hold there.
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
const READ_CHUNK = 64 * 1024;
/** Reads `path` (relative, `/`-separated) of `folder`; `realFolder` is the folder's real path (`realpath`). */
async function readFolderFile(folder, realFolder, path, options) {
    const full = (0,external_node_path_.join)(folder, path);
    let info;
    try {
        info = await (0,promises_.lstat)(full);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return { kind: 'absent' };
        return { kind: 'refused', reason: `could not be read (${code ?? error.message})` };
    }
    if (info.isSymbolicLink())
        return { kind: 'refused', reason: 'is a symbolic link; not read' };
    if (!info.isFile())
        return { kind: 'refused', reason: 'is not a regular file; not read' };
    // lstat looks only at the last component: a folder on the way may still be a link that leads elsewhere.
    if (!isWithin(realFolder, await (0,promises_.realpath)(full).catch(() => ''))) {
        return { kind: 'refused', reason: 'lies outside the module folder (through a symbolic link); not read' };
    }
    const tooLarge = (size) => ({
        kind: 'refused',
        reason: `is ${size} bytes; files over ${byteText(options.maxBytes)} are not read`,
    });
    if (info.size > options.maxBytes && !options.prefix)
        return tooLarge(info.size);
    const handle = await (0,promises_.open)(full, OPEN_FLAGS).catch((error) => error);
    if (handle instanceof Error)
        return { kind: 'refused', reason: `could not be read (${handle.code ?? handle.message})` };
    try {
        const opened = await handle.stat();
        if (!opened.isFile() || opened.ino !== info.ino || opened.dev !== info.dev) {
            return { kind: 'refused', reason: 'changed while being read; not read' };
        }
        // Bounded whatever the size said: the file may grow while it is read. One byte past the limit tells a file
        // that grew too large from one that just fits.
        const cap = options.prefix ? options.maxBytes : options.maxBytes + 1;
        const chunks = [];
        let length = 0;
        while (length < cap) {
            const chunk = Buffer.alloc(Math.min(READ_CHUNK, cap - length));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            length += bytesRead;
        }
        if (length > options.maxBytes)
            return tooLarge(Math.max(opened.size, length));
        return { kind: 'read', bytes: new Uint8Array(Buffer.concat(chunks, length)), size: Math.max(opened.size, length) };
    }
    catch (error) {
        return {
            kind: 'refused',
            reason: `could not be read (${error.code ?? error.message})`,
        };
    }
    finally {
        await handle.close();
    }
}
/** True when `path` is a directory inside `realFolder` (or the folder itself), reached through no link that leaves it. */
async function isFolderWithin(realFolder, path) {
    const info = await (0,promises_.lstat)(path).catch(() => null);
    if (!info?.isDirectory())
        return false;
    return isWithin(realFolder, await (0,promises_.realpath)(path).catch(() => ''));
}
function isWithin(realFolder, realPath) {
    if (!realPath)
        return false;
    const rel = (0,external_node_path_.relative)(realFolder, realPath);
    return rel === '' || (!(0,external_node_path_.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`));
}
/** 1048576 -> `1 MiB`, 65536 -> `64 KiB`, anything else in bytes. */
function byteText(bytes) {
    if (bytes % (1024 * 1024) === 0)
        return `${bytes / (1024 * 1024)} MiB`;
    if (bytes % 1024 === 0)
        return `${bytes / 1024} KiB`;
    return `${bytes} bytes`;
}

// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/versions/collect.ts
var collect = __webpack_require__(59443);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/sources/git-history.ts
/**
 * The local source's HistoryReader over real git: a checkout (its `.git`) or a `git bundle` file, which is cloned
 * once into a temporary bare repository (a committed folder cannot hold a nested repository; a bundle is a single
 * file that git reads as one). The local source has no CI: ciState is always null.
 */







const git_history_run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Lock files are the largest files read (a big Cargo.lock is a few hundred KB); more is refused with a message. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const FIELD = '%00';
/** No git command of a read may hang the run: one that takes longer is killed and the module's history waits. */
const GIT_TIMEOUT_MS = 120_000;
/** git in `dir`, never prompting for credentials, killed when it takes too long. */
function git(dir, maxBuffer = 1024 * 1024) {
    return async (...args) => (await git_history_run('git', ['-C', dir, '-c', 'core.quotePath=false', ...args], {
        encoding: 'utf8',
        maxBuffer,
        timeout: GIT_TIMEOUT_MS,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
    })).stdout;
}
/** Listings (tags, trees) of large repositories run to megabytes; files are read with their own limit. */
const MAX_LISTING_BYTES = 64 * 1024 * 1024;
function gitHistoryReader(dir) {
    const inRepo = git(dir, MAX_LISTING_BYTES);
    return {
        async tags() {
            // %(*objectname) is the commit an annotated tag points at; a lightweight tag points at it itself.
            const format = [
                '%(refname:strip=2)',
                '%(objectname)',
                '%(*objectname)',
                '%(committerdate:iso-strict)',
                '%(*committerdate:iso-strict)',
                '%(objecttype)',
                '%(*objecttype)',
            ].join(FIELD);
            const out = await inRepo('for-each-ref', `--format=${format}`, 'refs/tags');
            const tags = [];
            for (const line of out.split('\n')) {
                if (!line)
                    continue;
                const [name, object, peeled, date, peeledDate, type, peeledType] = line.split('\0');
                // A tag may point at a tree or a blob (git allows it): that is no version of the module.
                if ((peeledType || type) !== 'commit')
                    continue;
                const commit = peeled || object;
                if (!name || !commit)
                    continue;
                const when = peeledDate || date;
                tags.push({ name, commit, date: when ? (0,clock/* toUtcSeconds */.d)(when) : null });
            }
            return tags;
        },
        async head() {
            const out = await inRepo('log', '-1', '--format=%H%x00%cI', 'HEAD').catch(() => '');
            const [commit, date] = out.trim().split('\0');
            return commit && /^[0-9a-f]{40}$/.test(commit) ? { commit, date: date ? (0,clock/* toUtcSeconds */.d)(date) : null } : null;
        },
        async readFile(commit, path) {
            const spec = `${commit}:${path}`;
            const type = await inRepo('cat-file', '-t', spec).catch(() => '');
            if (type.trim() !== 'blob')
                return null;
            const size = Number((await inRepo('cat-file', '-s', spec)).trim());
            if (size > MAX_FILE_BYTES)
                throw new Error(`it is ${size} bytes, more than the ${MAX_FILE_BYTES} read`);
            const { stdout } = await git_history_run('git', ['-C', dir, 'cat-file', 'blob', spec], {
                encoding: 'buffer',
                maxBuffer: MAX_FILE_BYTES + 1,
                timeout: GIT_TIMEOUT_MS,
            });
            const text = (0,util_text/* decodeUtf8 */._6)(stdout);
            if (text === null)
                throw new Error('it is not UTF-8 text');
            return text;
        },
        async listFolder(commit, path) {
            const out = await inRepo('ls-tree', path ? `${commit}:${path}` : commit).catch(() => '');
            return out
                .split('\n')
                .map((line) => /^\d+ tree [0-9a-f]+\t(.+)$/.exec(line)?.[1])
                .filter((name) => name !== undefined);
        },
        async ciState() {
            return null;
        },
    };
}
/** A bundle cloned into a temporary bare repository; `close` removes it. */
async function openBundle(file) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'cim-bundle-'));
    const close = () => (0,promises_.rm)(dir, { recursive: true, force: true });
    try {
        await git((0,external_node_os_.tmpdir)())('clone', '--quiet', '--mirror', file, dir);
    }
    catch (error) {
        await close();
        const message = (error.stderr ?? error.message).trim().split('\n')[0];
        throw new Error(`not a readable git bundle: ${message}`);
    }
    return { dir, close };
}

;// CONCATENATED MODULE: ./src/sources/local.ts
/**
 * The local source: a directory whose immediate subdirectories are module repositories (checkouts or plain
 * folders). A subdirectory is a module when it holds a cim.yaml, or when its name matches the module pattern and
 * it holds a Cargo.toml or package.json. Git checkouts give the head commit and its time through real git.
 *
 * A module folder is somebody else's content: only its regular files are read, never through a symbolic link,
 * never outside the folder and never more than 1 MiB; a subdirectory that is a link is not a module. What is
 * refused is reported, so that a README linked to another checkout's .git/config or a cim.yaml linked to
 * /dev/zero gives a message instead of a leak or a hang.
 *
 * A file `NAME.bundle` (made by `git bundle create`) is a module repository too: its head's files and its tags are
 * read through git, so that a committed folder (the example organization) can carry real history. Every git
 * repository, checkout or bundle, also yields a HistoryReader for its version history.
 */












/** No module file needs more; a larger one is reported, not read. */
const local_MAX_FILE_BYTES = 1024 * 1024;
/** One byte over the cim.yaml limit is enough for its reader to say that it is too large. */
const CIM_YAML_READ_BYTES = cim_yaml/* MAX_CIM_YAML_BYTES */.Fc + 1;
const BUNDLE_SUFFIX = '.bundle';
async function readLocalSource(dir, options) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true });
    const problems = [];
    const snapshots = [];
    const history = new Map();
    const closers = [];
    const close = async () => {
        await Promise.all(closers.map((closeOne) => closeOne()));
    };
    for (const entry of entries.sort((a, b) => (0,order/* compareStrings */.Kt)(a.name, b.name))) {
        if (entry.isFile() && entry.name.endsWith(BUNDLE_SUFFIX) && !entry.name.startsWith('.')) {
            const name = entry.name.slice(0, -BUNDLE_SUFFIX.length);
            const nameError = (0,names/* moduleNameError */.MZ)(name);
            if (nameError) {
                problems.push({
                    level: 'error',
                    code: 'invalid-name',
                    message: `bundle ${JSON.stringify(entry.name)} is not registered: ${nameError}`,
                });
                continue;
            }
            try {
                const bundle = await openBundle((0,external_node_path_.join)(dir, entry.name));
                closers.push(bundle.close);
                const reader = gitHistoryReader(bundle.dir);
                const snapshot = await readBundle(name, reader, options);
                if (!snapshot)
                    continue;
                snapshots.push(snapshot);
                history.set(name, reader);
            }
            catch (error) {
                problems.push({
                    level: 'warning',
                    code: 'invalid-manifest',
                    message: `${entry.name} is not read: ${error.message}`,
                });
            }
            continue;
        }
        // A Dirent describes the entry itself (lstat), so a symbolic link to a folder is not a directory here: a link
        // would make a module of a folder outside the source.
        if (!entry.isDirectory() || entry.name.startsWith('.'))
            continue;
        const path = (0,external_node_path_.join)(dir, entry.name);
        const declares = await present((0,external_node_path_.join)(path, cim_yaml/* CIM_YAML */.gu));
        const looksLikeModule = options.modulePattern.matches(entry.name) &&
            ((await present((0,external_node_path_.join)(path, manifests/* CARGO_TOML */.Oi))) || (await present((0,external_node_path_.join)(path, manifests/* PACKAGE_JSON */.QO))));
        if (!declares && !looksLikeModule)
            continue;
        const nameError = (0,names/* moduleNameError */.MZ)(entry.name);
        if (nameError) {
            problems.push({
                level: 'error',
                code: 'invalid-name',
                message: `folder ${JSON.stringify(entry.name)} is not registered: ${nameError}`,
            });
            continue;
        }
        const snapshot = await readRepository(path, entry.name, options, problems);
        snapshots.push(snapshot);
        if (snapshot.headCommit !== null)
            history.set(entry.name, gitHistoryReader(path));
    }
    return { snapshots, problems, history, close };
}
/** A bundle's head as a snapshot; null when its name is not a module's and it holds no cim.yaml. */
async function readBundle(name, reader, options) {
    const head = await reader.head();
    if (!head)
        throw new Error('it has no HEAD (create it with `git bundle create FILE --all`, HEAD included)');
    const files = await (0,collect/* filesAt */.Tl)(reader, head.commit, ['README.md']);
    if (files[cim_yaml/* CIM_YAML */.gu] === undefined && !options.modulePattern.matches(name))
        return null;
    return {
        name,
        url: options.org ? `https://github.com/${options.org}/${name}` : null,
        description: null,
        topics: [],
        visibility: null,
        archived: false,
        headCommit: head.commit,
        committedAt: head.date,
        tags: (await reader.tags()).map((tag) => tag.name),
        files,
    };
}
async function readRepository(path, name, options, problems) {
    const realFolder = await (0,promises_.realpath)(path);
    const files = {};
    let readError;
    const read = async (file) => {
        const found = await readFolderFile(path, realFolder, file, file === cim_yaml/* CIM_YAML */.gu ? { maxBytes: CIM_YAML_READ_BYTES, prefix: true } : { maxBytes: local_MAX_FILE_BYTES });
        if (found.kind === 'read')
            files[file] = (0,util_text/* decodeUtf8 */._6)(found.bytes) ?? found.bytes;
        if (found.kind !== 'refused')
            return;
        // Without its cim.yaml the module would pass for one that declares nothing: it is kept stale instead.
        if (file === cim_yaml/* CIM_YAML */.gu)
            readError = `${cim_yaml/* CIM_YAML */.gu} ${found.reason}`;
        else
            problems.push({
                level: 'warning',
                code: file.endsWith(manifests/* CARGO_TOML */.Oi) || file === manifests/* PACKAGE_JSON */.QO ? 'invalid-manifest' : 'invalid-metadata',
                message: `${name}/${file} ${found.reason}`,
            });
    };
    for (const file of [cim_yaml/* CIM_YAML */.gu, manifests/* CARGO_TOML */.Oi, manifests/* PACKAGE_JSON */.QO, 'README.md'])
        await read(file);
    const rootCargo = files[manifests/* CARGO_TOML */.Oi];
    if (typeof rootCargo === 'string') {
        for (const member of await (0,manifests/* workspaceMemberManifests */.sg)(rootCargo, subfolders(path, realFolder)))
            await read(member);
    }
    const git = await readGit(path);
    return {
        name,
        url: git.url ?? (options.org ? `https://github.com/${options.org}/${name}` : null),
        description: null,
        topics: [],
        topicsUnknown: true,
        visibility: null,
        archived: false,
        headCommit: git.head,
        committedAt: git.committedAt,
        tags: git.tags,
        files,
        ...(readError !== undefined ? { readError } : {}),
    };
}
/** The names of the subfolders of `dir` (relative to the module's root), none when it leads outside through a link. */
function subfolders(root, realRoot) {
    return async (dir) => {
        if (!(await isFolderWithin(realRoot, (0,external_node_path_.join)(root, dir))))
            return [];
        const children = await (0,promises_.readdir)((0,external_node_path_.join)(root, dir), { withFileTypes: true }).catch(() => []);
        return children.filter((child) => child.isDirectory()).map((child) => child.name);
    };
}
/** Head commit, its time, tags and web URL of a git checkout; all empty for a plain folder. */
async function readGit(path) {
    if (!(await present((0,external_node_path_.join)(path, '.git'))))
        return { head: null, committedAt: null, tags: [], url: null };
    const git = gitIn(path);
    const [log, tags, remote] = await Promise.all([
        git('log', '-1', '--format=%H %cI').catch(() => ''),
        git('tag', '--list').catch(() => ''),
        git('remote', 'get-url', 'origin').catch(() => ''),
    ]);
    const [head, date] = log.split(' ');
    return {
        head: head && /^[0-9a-f]{40}$/.test(head) ? head : null,
        committedAt: date ? (0,clock/* toUtcSeconds */.d)(date) : null,
        tags: tags ? tags.split('\n').filter(Boolean) : [],
        url: webUrl(remote),
    };
}
/** git@github.com:org/repo.git and https://github.com/org/repo.git -> https://github.com/org/repo */
function webUrl(remote) {
    const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    const https = /^https:\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(remote);
    return https ? `https://${https[1]}/${https[2]}` : null;
}
/** Whether anything is at `path`, not following a symbolic link: a link counts, so that refusing it is reported. */
async function present(path) {
    return (0,promises_.lstat)(path).then(() => true, () => false);
}

// EXTERNAL MODULE: ./src/modes/summary.ts
var summary = __webpack_require__(79444);
// EXTERNAL MODULE: ./src/modes/read-history.ts + 1 modules
var read_history = __webpack_require__(68937);
;// CONCATENATED MODULE: ./src/modes/update-local.ts
/** `update` over the local source: read a directory of module repos, rebuild the registry files, write, commit. */








/** The commit of files that were already written, by an earlier run whose commit failed or a run without --commit. */
const CATCH_UP_MESSAGE = 'registry: commit the files written by an earlier run';
async function updateFromLocalSource(options) {
    // Absolute from here on: git runs in other directories than the process.
    const registryDir = (0,external_node_path_.resolve)(options.registryDir);
    const listing = await readLocalSource((0,external_node_path_.resolve)(options.source), {
        modulePattern: options.modulePattern,
        org: options.org,
    });
    const existing = await readRegistryDir(registryDir);
    const history = await (0,read_history/* readHistories */.X)(listing.history, existing, options.modulePattern).finally(() => listing.close());
    const plan = (0,update/* planUpdate */.ZL)({
        snapshots: listing.snapshots,
        existing,
        modulePattern: options.modulePattern,
        sourceProblems: [...listing.problems, ...history.problems],
        history: history.plan,
        date: options.date,
        trigger: options.trigger,
    });
    // Changelog entries that move to their year's archive: the archive files are read only now, when they grow.
    (0,update/* completeArchives */.f1)(plan, await readRegistryFiles(registryDir, [...plan.archived.keys()]), true);
    let commitSha = null;
    if (!options.dryRun) {
        await writeRegistryFiles(registryDir, plan.files, plan.changedFiles);
        if (options.commit) {
            // Every registry file, not only this run's changes: files an earlier run wrote but could not commit are on
            // disk already (so this run sees them unchanged) and still need their commit.
            const message = options.commitMessage ??
                (plan.changedFiles.length > 0 ? (0,summary/* commitMessage */.df)(plan, options.trigger) : CATCH_UP_MESSAGE);
            // History files this run did not touch are on disk too (existing), and may wait for their commit as well.
            const names = new Set([...Object.keys(plan.files), ...Object.keys(existing).filter(index_file/* isHistoryFile */.LD)]);
            commitSha = await commitRegistryFiles(registryDir, [...names].sort(), message);
        }
    }
    return { plan, summary: (0,summary/* summarize */.eh)(plan, Boolean(options.dryRun)), commitSha };
}


/***/ }),

/***/ 92997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ mirrorRegistry)
/* harmony export */ });
/* unused harmony export privateBucketName */
/* harmony import */ var _nats_io_jetstream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4091);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _nats_io_nats_core__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97516);
/* harmony import */ var _bucket_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(59596);
/* harmony import */ var _records_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(20078);
/**
 * Mirrors a registry into its key-value bucket(s) and announces the change with `cim.registry.updated`.
 *
 * The commit-to-watcher path is kept short: when the bucket's `meta` holds the registry this run started from, the
 * keys of the modules this run changed are read, written and announced first (a handful of round trips); only then
 * is the whole bucket read back, to repair what drifted (a key deleted or altered by hand). When `meta` holds
 * anything else (a first run, a run whose mirror failed), the whole bucket is read first and the event tells the
 * difference between what the bucket held and the new registry, so a missed run's changes are announced late, never
 * lost. `meta` is written after the modules and after the event: a bucket whose `meta` names a registry holds all of
 * it, and a failure anywhere leaves the old `meta`, which the next run sees and repairs.
 */





function privateBucketName(bucket) {
    return `${bucket}_PRIVATE`;
}
async function mirrorRegistry(nc, registry, meta, options = {}) {
    const bucket = options.bucket ?? _records_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_BUCKET */ .hg;
    const contents = (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .bucketContents */ .tC)(registry, meta, options.privatePolicy ?? 'bucket');
    const changedKeys = options.changed ? shortPathKeys(registry, options.changed) : null;
    const targets = [[bucket, contents.public, _records_js__WEBPACK_IMPORTED_MODULE_4__/* .UPDATED_SUBJECT */ .Zd]];
    if (contents.private)
        targets.push([privateBucketName(bucket), contents.private, _records_js__WEBPACK_IMPORTED_MODULE_4__/* .PRIVATE_UPDATED_SUBJECT */ .J1]);
    const publisher = new EventPublisher(nc, options.replicas ?? 1);
    const buckets = [];
    for (const [name, wanted, subject] of targets) {
        const kv = await (0,_bucket_js__WEBPACK_IMPORTED_MODULE_3__/* .openBucket */ .xB)(nc, name, { replicas: options.replicas });
        buckets.push(await mirrorBucket(kv, name, wanted, { ...options, changedKeys }, (event) => publisher.publish(subject, event)));
    }
    return { buckets };
}
/** The modules this run changed and the modules they depend on (whose dependents lists changed with them). */
function shortPathKeys(registry, changed) {
    const keys = new Set();
    for (const name of changed) {
        keys.add((0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .moduleKey */ .MP)(name));
        for (const target of Object.keys(registry.modules.get(name)?.dependencies ?? {}))
            keys.add((0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .moduleKey */ .MP)(target));
    }
    return keys;
}
async function mirrorBucket(kv, name, wanted, options, publish) {
    const report = { bucket: name, put: 0, deleted: 0, shortPath: false, event: null };
    const currentMeta = (await kv.get(_records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI))?.string();
    keepKnownCommit(wanted, (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMeta */ .By)(currentMeta));
    const wantedMeta = wanted.get(_records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI);
    const newHash = (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMeta */ .By)(wantedMeta).registry_hash;
    const announce = async (before, keys) => {
        const previousHash = (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMeta */ .By)(currentMeta)?.registry_hash ?? null;
        const meta = { commit: (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMeta */ .By)(wantedMeta).commit, registry_hash: newHash, previous_hash: previousHash };
        report.event = (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .updatedEvent */ .Oi)(meta, [...keys].map((key) => [key, before.get(key), wanted.get(key)]));
        if (report.event)
            await publish(report.event);
    };
    const write = async (current, keys) => {
        const writes = (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .bucketWrites */ .Zv)(current, wanted, keys);
        await (0,_bucket_js__WEBPACK_IMPORTED_MODULE_3__/* .applyWrites */ .rg)(kv, wanted, writes);
        report.put += writes.put.length;
        report.deleted += writes.del.length;
    };
    // The event goes out before the keys are written, meta last. A run that fails after announcing leaves the old meta:
    // the next run recomputes the same change and its event is deduplicated by the commit's message id, so the first,
    // complete event stands. Writing first would let the next run diff against half-written keys and announce
    // `from` = `to` (seen on a 3-node cluster losing a node mid-run).
    let announced = currentMeta === wantedMeta;
    const previousHash = options.previousHash ?? null;
    if (!announced &&
        options.changedKeys &&
        previousHash !== null &&
        (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMeta */ .By)(currentMeta)?.registry_hash === previousHash) {
        const keys = [...options.changedKeys].filter((key) => key !== _records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI);
        const before = await (0,_bucket_js__WEBPACK_IMPORTED_MODULE_3__/* .readKeys */ .x4)(kv, keys);
        await announce(before, keys);
        await write(before, keys);
        await write(new Map([[_records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI, currentMeta]]), [_records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI]);
        announced = report.shortPath = true;
    }
    const { values: current } = await (0,_bucket_js__WEBPACK_IMPORTED_MODULE_3__/* .readBucket */ .jk)(kv);
    if (announced) {
        await write(current);
    }
    else {
        const moduleKeys = new Set([...current.keys(), ...wanted.keys()].filter((key) => key !== _records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI));
        await announce(current, moduleKeys);
        await write(current, moduleKeys);
        await write(current, [_records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI]);
    }
    return report;
}
/**
 * A run that made no commit (nothing to commit, or a local run without --commit) does not know the registry's
 * commit; when the bucket holds the same registry, the commit it names still holds and is kept.
 */
function keepKnownCommit(wanted, current) {
    const meta = (0,_records_js__WEBPACK_IMPORTED_MODULE_4__/* .parseMeta */ .By)(wanted.get(_records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI));
    if (meta.commit === null && current?.commit && current.registry_hash === meta.registry_hash) {
        wanted.set(_records_js__WEBPACK_IMPORTED_MODULE_4__/* .META_KEY */ .iI, JSON.stringify({ ...meta, commit: current.commit }));
    }
}
/**
 * Publishes events into the events stream, which deduplicates by `Nats-Msg-Id` (the registry commit, or the event's
 * digest when the run made no commit): a run repeated after a failure announces nothing twice. Creates the stream when a
 * publish finds none (JetStream answers "no responders" then: https://docs.nats.io/nats-concepts/jetstream/streams).
 */
class EventPublisher {
    nc;
    replicas;
    js;
    constructor(nc, replicas) {
        this.nc = nc;
        this.replicas = replicas;
        this.js = (0,_nats_io_jetstream__WEBPACK_IMPORTED_MODULE_0__/* .jetstream */ .mm)(nc);
    }
    async publish(subject, event) {
        // Without a commit, the event's own digest: two different changes never share an id, a repeat does.
        const id = event.commit ?? `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_1__.createHash)('sha256').update(JSON.stringify(event)).digest('hex')}`;
        const msgID = subject === _records_js__WEBPACK_IMPORTED_MODULE_4__/* .UPDATED_SUBJECT */ .Zd ? id : `private:${id}`;
        const send = () => this.js.publish(subject, JSON.stringify(event), { msgID, timeout: 5000 });
        try {
            await send();
        }
        catch (error) {
            if (!isNoStream(error))
                throw error;
            await this.createStream();
            await send();
        }
    }
    async createStream() {
        const jsm = await (0,_nats_io_jetstream__WEBPACK_IMPORTED_MODULE_0__/* .jetstreamManager */ .xJ)(this.nc);
        await jsm.streams.add({
            name: _records_js__WEBPACK_IMPORTED_MODULE_4__/* .EVENTS_STREAM */ .rh,
            description: 'cim.registry.updated events (cim-registry-action)',
            subjects: [_records_js__WEBPACK_IMPORTED_MODULE_4__/* .UPDATED_SUBJECT */ .Zd, _records_js__WEBPACK_IMPORTED_MODULE_4__/* .PRIVATE_UPDATED_SUBJECT */ .J1],
            num_replicas: this.replicas,
            max_age: (0,_nats_io_nats_core__WEBPACK_IMPORTED_MODULE_2__.nanos)(30 * 24 * 3600 * 1000),
            duplicate_window: (0,_nats_io_nats_core__WEBPACK_IMPORTED_MODULE_2__.nanos)(24 * 3600 * 1000),
        });
    }
}
function isNoStream(error) {
    if (error instanceof _nats_io_jetstream__WEBPACK_IMPORTED_MODULE_0__/* .JetStreamApiError */ .Y_ && error.status === 503)
        return true;
    return /no responders|jetstream is not enabled/i.test(`${error.message} ${error.cause?.message ?? ''}`);
}


/***/ }),

/***/ 76654:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readPreviousRegistry)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33243);
/* harmony import */ var _metadata_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98713);
/* harmony import */ var _render_modules_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38893);
/* harmony import */ var _format_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(52626);
/* harmony import */ var _format_files_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(21140);
/**
 * The registry as it stands before this run: whatever is in the registry directory, generated by us or kept by hand.
 * Read leniently, because it is only ever a source of facts to carry forward; a file that cannot be read is reported
 * and treated as absent, never a reason to abort.
 */
// js-yaml, not `yaml`, reads: on a 10,000-module modules.yaml it is about 30 times faster (see src/client/parse.ts).





function readPreviousRegistry(files) {
    const problems = [];
    const status = readStatus(files[_format_files_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FILES */ .M.status], problems);
    const modulesText = files[_format_files_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FILES */ .M.modules];
    // A modules.yaml that status.json's hash says is byte for byte the one we wrote is in our own layout.
    const ours = modulesText !== undefined &&
        typeof status?.registry_hash === 'string' &&
        status.registry_hash === (0,_render_modules_js__WEBPACK_IMPORTED_MODULE_1__/* .registryHash */ .m3)(modulesText);
    return {
        modules: (ours && ownModulesYaml(modulesText)) || readModules(modulesText, problems),
        health: new Map(Object.entries(status?.modules ?? {}).flatMap(([name, s]) => (isHealth(s?.health) ? [[name, s.health]] : []))),
        origins: new Map(Object.entries(status?.modules ?? {}).map(([name, s]) => [name, s?.origins ?? {}])),
        moduleProblems: new Map(Object.entries(status?.modules ?? {}).map(([name, s]) => [name, Array.isArray(s?.problems) ? s.problems : []])),
        stale: new Set(Object.entries(status?.modules ?? {}).flatMap(([name, s]) => (typeof s?.stale === 'string' ? [name] : []))),
        listed: new Map(Object.entries(status?.modules ?? {}).flatMap(([name, s]) => typeof s?.listed === 'string' ? [[name, s.listed]] : [])),
        history: new Map(Object.entries(status?.modules ?? {}).flatMap(([name, s]) => typeof s?.history === 'string' ? [[name, s.history]] : [])),
        rulesVersion: typeof status?.rules_version === 'string' ? status.rules_version : null,
        registryHash: typeof status?.registry_hash === 'string' ? status.registry_hash : null,
        registryProblems: status ? JSON.stringify(status.problems ?? null) : null,
        completeView: typeof status?.complete_view === 'boolean' ? status.complete_view : null,
        privateDomains: readPrivateDomains(files[_format_files_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FILES */ .M.privateDomains], problems),
        generated: status !== null,
        problems,
    };
}
function readModules(text, problems) {
    const modules = new Map();
    const data = parseLeniently(_format_files_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FILES */ .M.modules, text, problems);
    const entries = data?.modules;
    if (!entries || typeof entries !== 'object')
        return modules;
    for (const [name, value] of Object.entries(entries)) {
        if (!(0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isModuleName */ .yZ)(name) || !value || typeof value !== 'object')
            continue;
        modules.set(name, pickEntry(value));
    }
    return modules;
}
/**
 * modules.yaml as renderModulesYaml writes it (two-space blocks, double-quoted strings, flow lists, no folding),
 * read line by line into entries: on 10,000 modules a whole YAML parse builds the document and then its copy, tens
 * of MB at the peak of a no-op run. Null at the first line outside that layout (an escape, say): the caller parses
 * the file whole.
 */
function ownModulesYaml(text) {
    const raw = new Map();
    let entry = null;
    let dependencies = null;
    let inModules = false;
    let start = 0;
    try {
        while (start < text.length) {
            let stop = text.indexOf('\n', start);
            if (stop < 0)
                stop = text.length;
            const line = text.slice(start, stop);
            start = stop + 1;
            if (line.includes('\\'))
                return null;
            if (!inModules) {
                if (line === 'modules:')
                    inModules = true;
                else if (line !== '' && !line.startsWith('#') && !/^schema_version: \d+$/.test(line))
                    return null;
                continue;
            }
            const match = /^( {2}| {4}| {6})([^\s:"][^:"]*): ?(.*)$/.exec(line);
            if (!match)
                return null;
            const [, indent, key, value] = match;
            if (indent.length < 6 && key !== 'dependencies')
                dependencies = null;
            if (indent.length === 2 && value === '')
                raw.set(key, (entry = {}));
            else if (indent.length === 4 && entry && key === 'dependencies' && (value === '' || value === '{}'))
                entry[key] = dependencies = {};
            else if (indent.length === 4 && entry && value !== '')
                entry[key] = JSON.parse(value);
            else if (indent.length === 6 && dependencies && value !== '')
                dependencies[key] = JSON.parse(value);
            else
                return null;
        }
    }
    catch {
        return null;
    }
    if (!inModules)
        return null;
    const modules = new Map();
    for (const [name, value] of raw)
        if ((0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isModuleName */ .yZ)(name))
            modules.set(name, pickEntry(value));
    return modules;
}
/** The fields of a modules.yaml entry that hold a value of the right type; the rest is dropped. */
function pickEntry(raw) {
    const entry = {};
    const text = (value) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
    const type = text(raw.type);
    if (type && _format_types_js__WEBPACK_IMPORTED_MODULE_4__/* .MODULE_TYPES */ .rI.includes(type))
        entry.type = type;
    const visibility = text(raw.visibility);
    if (visibility && _format_types_js__WEBPACK_IMPORTED_MODULE_4__/* .VISIBILITIES */ .jZ.includes(visibility))
        entry.visibility = visibility;
    for (const key of [
        'description',
        'repository',
        'version',
        'last_commit',
        'last_updated',
        'category',
        'status',
        'owner',
    ]) {
        const value = text(raw[key]);
        if (value !== undefined)
            entry[key] = value;
    }
    if (typeof raw.deployed === 'boolean' || text(raw.deployed))
        entry.deployed = raw.deployed;
    if (raw.archived === true)
        entry.archived = true;
    if (raw.metadata === 'declared' || raw.metadata === 'inferred')
        entry.metadata = raw.metadata;
    if (Array.isArray(raw.topics))
        entry.topics = raw.topics.filter((topic) => typeof topic === 'string');
    if (raw.dependencies && typeof raw.dependencies === 'object' && !Array.isArray(raw.dependencies)) {
        entry.dependencies = Object.fromEntries(Object.entries(raw.dependencies).filter(([name, range]) => (0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isModuleName */ .yZ)(name) && typeof range === 'string'));
    }
    return entry;
}
function readStatus(text, problems) {
    if (text === undefined)
        return null;
    try {
        const status = JSON.parse(text);
        if (status?.schema_version === _format_types_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_SCHEMA_VERSION */ .zu)
            return status;
        problems.push(fileProblem(`${_format_files_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FILES */ .M.status} was not written by this tool (no schema_version ${_format_types_js__WEBPACK_IMPORTED_MODULE_4__/* .REGISTRY_SCHEMA_VERSION */ .zu}); it is replaced`));
    }
    catch (error) {
        problems.push(fileProblem(`${_format_files_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FILES */ .M.status} is not valid JSON (${error.message.replace(/\s+/g, ' ')}); it is replaced`));
    }
    return null;
}
function readPrivateDomains(text, problems) {
    const domains = new Map();
    const data = parseLeniently(_format_files_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_FILES */ .M.privateDomains, text, problems);
    const categories = data?.private_domains;
    if (!categories || typeof categories !== 'object')
        return domains;
    for (const [category, list] of Object.entries(categories)) {
        if (!Array.isArray(list))
            continue;
        for (const item of list) {
            if (!item || typeof item !== 'object' || !(0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isModuleName */ .yZ)(item.name))
                continue;
            // `uncategorized` is where this tool files a module without a category: no hand-written fact to carry.
            const handCategory = category === _format_files_js__WEBPACK_IMPORTED_MODULE_2__/* .UNCATEGORIZED */ .H ? undefined : category;
            domains.set(item.name, { ...item, category: handCategory });
        }
    }
    return domains;
}
function parseLeniently(file, text, problems) {
    if (text === undefined)
        return null;
    try {
        return (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU });
    }
    catch (error) {
        problems.push(fileProblem(`${file} could not be parsed and is treated as absent: ${error.message.split('\n')[0]}`));
        return null;
    }
}
function fileProblem(message) {
    return { level: 'warning', code: 'registry-file', message };
}
function isHealth(value) {
    return typeof value === 'string' && _format_types_js__WEBPACK_IMPORTED_MODULE_4__/* .HEALTHS */ .e8.includes(value);
}


/***/ }),

/***/ 20230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ changelogEntry),
/* harmony export */   Tr: () => (/* binding */ isChangelogArchive),
/* harmony export */   mf: () => (/* binding */ appendToArchive),
/* harmony export */   pv: () => (/* binding */ boundChangelog),
/* harmony export */   zB: () => (/* binding */ prependEntry)
/* harmony export */ });
/* unused harmony exports CHANGELOG_TITLE, CHANGELOG_LIMIT, CHANGELOG_ARCHIVE_DIR, changelogArchivePath */
/* harmony import */ var _util_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(17183);

const CHANGELOG_TITLE = '# CIM Registry Changelog';
function changelogEntry(changes, registry, context) {
    const lines = [`## ${context.date}`, ''];
    if (context.trigger)
        lines.push(`Triggered by ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(context.trigger)}.`, '');
    if (context.adoption)
        lines.push(...adoptionLines(context.adoption, registry), '');
    const link = (name) => `**${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdLink */ .YF)(name, registry.modules.get(name)?.repository)}**`;
    for (const name of changes.added) {
        const module = registry.modules.get(name);
        lines.push(`- ${link(name)} added (${module.fields.type}${module.fields.version ? ` ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(module.fields.version)}` : ''})`);
    }
    for (const name of changes.removed)
        lines.push(`- **${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(name)}** removed`);
    for (const [name, moduleChanges] of changes.updated) {
        const described = moduleChanges.map(describeChange);
        lines.push(`- ${link(name)}: ${described.map((d) => d.summary).join('; ')}`);
        for (const detail of described.flatMap((d) => d.details))
            lines.push(`  - ${detail}`);
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function describeChange(change) {
    switch (change.kind) {
        case 'version':
            return {
                summary: `version ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(change.from ?? 'none')} -> ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(change.to ?? 'none')}`,
                details: change.breaks.map(({ dependent, range }) => `**breaks ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(dependent)}**, which requires ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(range)}`),
            };
        case 'commit':
            return { summary: `new commit ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(change.from)} -> ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(change.to)}`, details: [] };
        case 'visibility':
            return { summary: `visibility ${change.from} -> ${change.to}`, details: [] };
        case 'archived':
            return { summary: change.to ? 'archived' : 'unarchived', details: [] };
        case 'metadata':
            return { summary: `metadata changed (${change.fields.join(', ')})`, details: [] };
        case 'health':
            return {
                summary: `health ${rank(change.to) < rank(change.from) ? 'healed' : 'degraded'} ${change.from} -> ${change.to}`,
                details: [],
            };
    }
}
function rank(health) {
    return ['ok', 'warning', 'error'].indexOf(health);
}
function adoptionLines(adoption, registry) {
    const lines = [
        `Registry adopted by cim-registry-action: ${registry.modules.size} modules, generated from the organization.`,
    ];
    for (const [field, names] of Object.entries(adoption.carried)) {
        if (names.length > 0)
            lines.push(`- Carried ${field} from the hand-kept files for ${names.length}: ${names.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC).join(', ')}`);
    }
    if (adoption.unverified.length > 0) {
        lines.push(`- Kept ${adoption.unverified.length} private domains that no repository matches (verified: false): ${adoption.unverified.map(_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC).join(', ')}`);
    }
    for (const replaced of adoption.replaced)
        lines.push(`- ${(0,_util_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .mdText */ .bC)(replaced)}`);
    return lines;
}
/** The new entry under the title; the old entries below it, with the title (wherever it had drifted) removed. */
function prependEntry(existing, entry) {
    return underTitle(CHANGELOG_TITLE, existing, entry);
}
/** `entries` under `title`, then what `existing` held below its title (wherever that had drifted). */
function underTitle(title, existing, entries) {
    const rest = (existing ?? '')
        .split('\n')
        .filter((line) => line.trim() !== title)
        .join('\n')
        .trim();
    return `${title}\n\n${entries}${rest ? `\n${rest}\n` : ''}`;
}
/** changelog.md's bound in bytes: an entry that would take it over moves older entries to the archive. */
const CHANGELOG_LIMIT = 200_000;
/** What changelog.md keeps after moving entries out: half the bound, so that entries move once per ~100 KB. */
const CHANGELOG_KEEP = 100_000;
const CHANGELOG_ARCHIVE_DIR = 'changelog';
/** The line at the end of changelog.md, once entries have moved, that says where they are. */
const ARCHIVE_FOOTER = `Older entries: one file a year under [${CHANGELOG_ARCHIVE_DIR}/](${CHANGELOG_ARCHIVE_DIR}/).`;
/** The last line of an entry too large for changelog.md, which keeps its head only: it is in the archive whole. */
const SHORTENED_MARK = 'the whole entry is in [';
const changelogArchivePath = (year) => `${CHANGELOG_ARCHIVE_DIR}/${year}.md`;
const isChangelogArchive = (name) => /^changelog\/\d{4}\.md$/.test(name);
/**
 * Keeps changelog.md under CHANGELOG_LIMIT: when it is over, the newest entries stay (up to CHANGELOG_KEEP bytes)
 * and the older ones move to their year's archive. The newest entry always stays; when it alone is over the bound
 * (the first run over 10,000 modules), changelog.md keeps its head with a line that points to the archive, which
 * receives it whole. An entry that already points there is not archived twice. `year` files an entry whose heading
 * has no date.
 */
function boundChangelog(text, year) {
    const archived = new Map();
    if (Buffer.byteLength(text, 'utf8') <= CHANGELOG_LIMIT)
        return { text, archived };
    const lines = text.split('\n').filter((line) => line !== ARCHIVE_FOOTER);
    const first = lines.findIndex((line) => line.startsWith('## '));
    if (first < 0)
        return { text, archived }; // no entries to move (a file kept by hand): left as it is
    const head = `${lines.slice(0, first).join('\n').trimEnd()}\n\n`;
    const entries = [];
    for (let i = first; i < lines.length;) {
        let end = i + 1;
        while (end < lines.length && !lines[end].startsWith('## '))
            end++;
        entries.push(`${lines.slice(i, end).join('\n').trimEnd()}\n`);
        i = end;
    }
    const pathOf = (entry) => changelogArchivePath(/^## (\d{4})-/.exec(entry)?.[1] ?? year);
    const archive = (entry) => {
        if (entry.includes(SHORTENED_MARK))
            return;
        archived.set(pathOf(entry), [...(archived.get(pathOf(entry)) ?? []), entry]);
    };
    const footer = `\n${ARCHIVE_FOOTER}\n`;
    let size = Buffer.byteLength(head + footer, 'utf8');
    const kept = [];
    for (const entry of entries) {
        const bytes = Buffer.byteLength(entry, 'utf8') + 1;
        if (kept.length > 0 && size + bytes > CHANGELOG_KEEP)
            archive(entry);
        else if (kept.length === 0 && size + bytes > CHANGELOG_KEEP) {
            archive(entry);
            kept.push(shortened(entry, CHANGELOG_KEEP - size, pathOf(entry)));
            size = CHANGELOG_KEEP;
        }
        else {
            kept.push(entry);
            size += bytes;
        }
    }
    return { text: `${head}${kept.join('\n')}${footer}`, archived };
}
/** The head of an entry, in whole lines within `budget` bytes, and a line that says where the rest is. */
function shortened(entry, budget, path) {
    const lines = entry.trimEnd().split('\n');
    const kept = [];
    let size = 200; // the pointer line
    for (const line of lines) {
        size += Buffer.byteLength(line, 'utf8') + 1;
        if (size > budget && kept.length > 0)
            break;
        kept.push(line);
    }
    return `${kept.join('\n')}\n- ... and ${lines.length - kept.length} more lines: ${SHORTENED_MARK}${path}](${path}).\n`;
}
/** An archive file with `entries` (newest first, all newer than what it holds) under its title. */
function appendToArchive(existing, path, entries) {
    return underTitle(`${CHANGELOG_TITLE}, ${path.slice(CHANGELOG_ARCHIVE_DIR.length + 1, -'.md'.length)}`, existing, entries.join('\n'));
}


/***/ }),

/***/ 38893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   VM: () => (/* binding */ renderModulesYaml),
/* harmony export */   m3: () => (/* binding */ registryHash)
/* harmony export */ });
/* unused harmony exports modulesFile, renderYaml */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38815);
/* harmony import */ var _format_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52626);
/* harmony import */ var _format_entry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8619);
/** modules.yaml: the registry as data, byte-stable for the same registry, and its hash. */




const MODULES_HEADER = [
    ' CIM module registry: every module of the organization, generated by cim-registry-action.',
    ' Do not edit by hand: a module declares itself in its own cim.yaml, and the next run rewrites this file.',
].join('\n');
function modulesFile(registry) {
    return {
        schema_version: _format_types_js__WEBPACK_IMPORTED_MODULE_2__/* .REGISTRY_SCHEMA_VERSION */ .zu,
        modules: Object.fromEntries([...registry.modules.values()].map((module) => [module.name, (0,_format_entry_js__WEBPACK_IMPORTED_MODULE_3__/* .toModuleEntry */ .S)(module)])),
    };
}
/**
 * Strings double-quoted (so that no YAML 1.1 reader turns a version into a number or a date into a timestamp),
 * lists of topics in flow style, no line folding.
 */
function renderModulesYaml(registry) {
    return renderYaml(modulesFile(registry), MODULES_HEADER);
}
function renderYaml(data, header) {
    const doc = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .Document */ .yo(data);
    if (header)
        doc.commentBefore = header;
    (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .visit */ .YR)(doc, {
        Seq(_, node) {
            node.flow = true;
        },
    });
    return doc.toString({
        defaultStringType: 'QUOTE_DOUBLE',
        defaultKeyType: 'PLAIN',
        lineWidth: 0,
        flowCollectionPadding: false,
    });
}
function registryHash(modulesYaml) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(modulesYaml).digest('hex')}`;
}


/***/ }),

/***/ 22836:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f1: () => (/* binding */ completeArchives),
  pD: () => (/* binding */ planUnchanged),
  ZL: () => (/* binding */ planUpdate)
});

// EXTERNAL MODULE: ./src/metadata/describe.ts + 1 modules
var describe = __webpack_require__(66758);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/metadata/topics.ts
var topics = __webpack_require__(397);
// EXTERNAL MODULE: ./src/metadata/semver.ts
var semver = __webpack_require__(80821);
;// CONCATENATED MODULE: ./src/registry/dependencies.ts


function analyzeDependencies(modules) {
    const dependents = new Map([...modules.keys()].map((name) => [name, []]));
    const problems = new Map([...modules.keys()].map((name) => [name, []]));
    for (const [name, module] of modules) {
        for (const [target, range] of Object.entries(module.dependencies)) {
            const dependency = modules.get(target);
            if (!dependency) {
                problems.get(name).push({
                    level: 'warning',
                    code: 'unknown-dependency',
                    message: `depends on ${target} (${range}), which is not in the registry`,
                });
                continue;
            }
            dependents.get(target).push(name);
            const version = dependency.fields.version;
            if (version !== null && !(0,semver/* satisfiesRange */.jY)(version, range)) {
                problems.get(name).push({
                    level: 'warning',
                    code: 'unsatisfied-range',
                    message: `requires ${target} ${range}, but the registry has ${target} ${version}`,
                });
            }
        }
    }
    for (const list of dependents.values())
        list.sort(order/* compareStrings */.Kt);
    for (const cycle of findCycles(modules)) {
        const path = [...cycle, cycle[0]].join(' -> ');
        for (const name of cycle) {
            problems.get(name).push({ level: 'warning', code: 'dependency-cycle', message: `dependency cycle: ${path}` });
        }
    }
    return { dependents, problems };
}
/**
 * Strongly connected components of more than one module (Tarjan), each as a cycle path starting at its smallest
 * name. Self-dependencies are reported where they are declared, not here.
 */
function findCycles(modules) {
    const index = new Map();
    const lowLink = new Map();
    const onStack = new Set();
    const stack = [];
    const components = [];
    let counter = 0;
    const edges = (name) => Object.keys(modules.get(name)?.dependencies ?? {}).filter((target) => target !== name && modules.has(target));
    // Iterative, so that a long dependency chain cannot overflow the call stack.
    for (const start of [...modules.keys()].sort(order/* compareStrings */.Kt)) {
        if (index.has(start))
            continue;
        const work = [{ name: start, next: 0 }];
        index.set(start, counter);
        lowLink.set(start, counter++);
        stack.push(start);
        onStack.add(start);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const targets = edges(frame.name);
            if (frame.next < targets.length) {
                const target = targets[frame.next++];
                if (!index.has(target)) {
                    index.set(target, counter);
                    lowLink.set(target, counter++);
                    stack.push(target);
                    onStack.add(target);
                    work.push({ name: target, next: 0 });
                }
                else if (onStack.has(target)) {
                    lowLink.set(frame.name, Math.min(lowLink.get(frame.name), index.get(target)));
                }
                continue;
            }
            work.pop();
            const parent = work[work.length - 1];
            if (parent)
                lowLink.set(parent.name, Math.min(lowLink.get(parent.name), lowLink.get(frame.name)));
            if (lowLink.get(frame.name) === index.get(frame.name)) {
                const component = [];
                let member;
                do {
                    member = stack.pop();
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.name);
                if (component.length > 1)
                    components.push(cyclePath(component, edges));
            }
        }
    }
    return components.sort((a, b) => (0,order/* compareStrings */.Kt)(a[0], b[0]));
}
/** One cycle through the component, from its smallest name, following the smallest edge that stays inside. */
function cyclePath(component, edges) {
    const members = new Set(component);
    const start = [...component].sort(order/* compareStrings */.Kt)[0];
    const path = [start];
    const seen = new Set(path);
    let current = start;
    for (;;) {
        const next = edges(current)
            .filter((target) => members.has(target))
            .sort(order/* compareStrings */.Kt)
            .find((target) => target === start || !seen.has(target));
        if (next === undefined || next === start)
            return path;
        path.push(next);
        seen.add(next);
        current = next;
    }
}

// EXTERNAL MODULE: ./src/format/types.ts
var types = __webpack_require__(52626);
// EXTERNAL MODULE: ./src/format/problems.ts
var format_problems = __webpack_require__(91255);
;// CONCATENATED MODULE: ./src/registry/build.ts





/** Fields a hand-kept registry may know better than inference: they are carried when nothing declares them. */
const CARRIED_FIELDS = ['type', 'description', 'category', 'status', 'owner', 'deployed'];
/** Origins of values a run derived itself, from the module's files or topics: derived again, never carried. */
const GENERATED_ORIGINS = ['declared', 'inferred', 'topic'];
function buildRegistry(described, previous, sourceProblems = []) {
    const problems = [...sourceProblems];
    const records = new Map();
    for (const module of [...described].sort((a, b) => (0,order/* compareStrings */.Kt)(a.name, b.name))) {
        const earlier = records.get(module.name);
        if (earlier) {
            // Only a source that is not GitHub (where names are unique) can list a name twice; the first one stays.
            earlier.problems.push({
                level: 'error',
                code: 'duplicate-name',
                message: `two repositories are named ${module.name}: ${earlier.repository ?? 'one'} and ${module.repository ?? 'another'}; only the first is registered`,
            });
            continue;
        }
        records.set(module.name, module.carried
            ? carriedRecord(module, previous)
            : module.stale !== undefined
                ? staleRecord(module, previous)
                : checkTopics(carryForward(module, previous), module.topicsKnown));
    }
    const analysis = analyzeDependencies(records);
    const modules = new Map();
    for (const [name, record] of records) {
        const moduleProblems = [...record.problems, ...analysis.problems.get(name)];
        modules.set(name, {
            ...record,
            problems: moduleProblems,
            health: healthOf(moduleProblems),
            dependents: analysis.dependents.get(name),
        });
    }
    return { modules, problems };
}
/**
 * Fields that nothing declares (or that hold only a convention's guess) take the value people wrote by hand, in
 * modules.yaml or private-domains.yaml. A value the previous run itself generated (its status.json says it was
 * declared, inferred or said by a topic) is not hand-written and is never carried: the module's own sources decide
 * it again.
 */
function carryForward(module, previous) {
    const { defaults, topicsKnown: _, ...record } = module;
    const entry = previous.modules.get(module.name);
    const privateDomain = previous.privateDomains.get(module.name);
    const previousOrigins = previous.origins.get(module.name) ?? {};
    const fields = { ...record.fields };
    const origins = { ...record.origins };
    for (const field of CARRIED_FIELDS) {
        const generated = GENERATED_ORIGINS.includes(previousOrigins[field]);
        const value = generated ? undefined : (entry?.[field] ?? privateDomain?.[field]);
        const replaceable = origins[field] === undefined || defaults.includes(field);
        if (value === undefined || value === null || !replaceable)
            continue;
        fields[field] = value;
        origins[field] = 'carried';
    }
    return { ...record, fields, origins };
}
/**
 * The topic checks, against the type and visibility the record ended with (a carried type included). None for an
 * archived repository: it is read-only, topics included, so the fix could not run
 * (https://docs.github.com/en/repositories/archiving-a-github-repository/archiving-repositories).
 */
function checkTopics(record, topicsKnown) {
    if (!topicsKnown || record.archived)
        return record;
    const subject = {
        repository: (0,topics/* ghRepository */.UG)(record.repository),
        topics: record.topics,
        type: record.fields.type,
        visibility: record.visibility,
    };
    return { ...record, problems: [...record.problems, ...(0,topics/* topicProblems */.o7)(subject)] };
}
/** A repository listed but unreadable this run keeps its previous entry; without one it is listed bare. */
function staleRecord(module, previous) {
    const reason = module.stale;
    const entry = previous.modules.get(module.name);
    const previousOrigins = previous.origins.get(module.name) ?? {};
    const problem = {
        level: entry ? 'warning' : 'error',
        code: 'stale',
        message: entry
            ? `could not be read this run (${reason}); its previous entry is kept`
            : `could not be read this run (${reason}) and has no previous entry`,
    };
    if (!entry)
        return { ...carryForward(module, previous), problems: [problem] };
    return {
        ...module,
        repository: entry.repository ?? module.repository,
        visibility: entry.visibility ?? module.visibility,
        archived: entry.archived ?? module.archived,
        topics: entry.topics ?? module.topics,
        lastCommit: entry.last_commit ?? null,
        lastUpdated: entry.last_updated ?? null,
        metadata: entry.metadata ?? 'inferred',
        fields: {
            type: entry.type ?? module.fields.type,
            version: entry.version ?? null,
            description: entry.description ?? null,
            category: entry.category ?? null,
            status: entry.status ?? null,
            owner: entry.owner ?? null,
            deployed: entry.deployed ?? null,
        },
        // Each kept value keeps the origin the previous run gave it, so that a later readable run re-derives what was
        // declared or inferred instead of mistaking it for a hand-written value.
        origins: {
            ...Object.fromEntries(types/* FIELD_NAMES */.Yr.filter((field) => entry[field] !== undefined).map((field) => [
                field,
                previousOrigins[field] ?? 'carried',
            ])),
            // A visibility a topic decided stays so (and private-domains.yaml keeps the module) until the repository is read.
            ...(previousOrigins.visibility === 'topic' && entry.visibility !== undefined
                ? { visibility: 'topic' }
                : {}),
        },
        dependencies: entry.dependencies ?? {},
        problems: [problem],
    };
}
/**
 * Problems the registry-wide analysis, or the version history (src/versions/evidence.ts, from the whole index),
 * finds again on every run: not carried with an unchanged module.
 */
const ANALYSIS_CODES = new Set([
    'unknown-dependency',
    'unsatisfied-range',
    'dependency-cycle',
    'self-dependency',
    'stale',
    'tag-version-mismatch',
    'tag-moved',
    'locked-behind',
    'unreproducible-dependency',
    'unknown-locked-version',
    'ci-failing',
    'invalid-lock',
]);
/**
 * A module the source did not read because nothing it is built from changed: its previous entry kept as a stale
 * one is (same fields, same origins), but not stale, and with the problems its files had (the dependency analysis
 * runs again). Without a previous entry (the source should then have read it) it is listed bare.
 */
function carriedRecord(module, previous) {
    if (!previous.modules.has(module.name))
        return carryForward(module, previous);
    const { stale: _stale, carried: _carried, ...kept } = staleRecord({ ...module, stale: 'carried' }, previous);
    const problems = (previous.moduleProblems.get(module.name) ?? []).filter((problem) => !ANALYSIS_CODES.has(problem.code));
    return { ...kept, problems };
}
/**
 * A module of the previous registry exactly as it was recorded, problems and health included: for a run in which
 * nothing the registry is built from changed, so that no analysis needs to run again.
 */
function recordedModule(module, previous) {
    const problems = previous.moduleProblems.get(module.name) ?? [];
    const { stale: _stale, carried: _carried, ...record } = staleRecord({ ...module, stale: 'recorded' }, previous);
    return { ...record, problems, health: previous.health.get(module.name) ?? healthOf(problems), dependents: [] };
}
function healthOf(problems) {
    if ((0,format_problems/* hasErrors */.Cs)(problems))
        return 'error';
    if (problems.some((problem) => problem.level === 'warning'))
        return 'warning';
    return 'ok';
}

// EXTERNAL MODULE: ./src/format/entry.ts
var entry = __webpack_require__(8619);
;// CONCATENATED MODULE: ./src/registry/diff.ts
/**
 * What changed between the previous registry and the new one, module by module: the content of a changelog entry
 * and of the action's added / removed / updated outputs.
 */



/** Entry fields whose change is reported as "metadata changed" (version, commit, visibility have their own line). */
const METADATA_FIELDS = [
    'type',
    'description',
    'repository',
    'topics',
    'category',
    'status',
    'owner',
    'deployed',
    'dependencies',
    'metadata',
];
function diffRegistry(previous, next) {
    const added = [...next.modules.keys()].filter((name) => !previous.modules.has(name));
    const removed = [...previous.modules.keys()].filter((name) => !next.modules.has(name)).sort(order/* compareStrings */.Kt);
    const updated = new Map();
    for (const [name, module] of next.modules) {
        const before = previous.modules.get(name);
        if (!before)
            continue;
        const changes = moduleChanges(before, previous.health.get(name), module, next);
        if (changes.length > 0)
            updated.set(name, changes);
    }
    return { added, removed, updated };
}
function isEmpty(changes) {
    return changes.added.length === 0 && changes.removed.length === 0 && changes.updated.size === 0;
}
function moduleChanges(before, healthBefore, module, registry) {
    const after = (0,entry/* toModuleEntry */.S)(module);
    const changes = [];
    if ((before.version ?? null) !== after.version) {
        changes.push({
            kind: 'version',
            from: before.version ?? null,
            to: after.version,
            breaks: brokenDependents(module, before.version ?? null, registry),
        });
    }
    if ((before.last_commit ?? null) !== after.last_commit) {
        changes.push({ kind: 'commit', from: before.last_commit ?? null, to: after.last_commit });
    }
    if (before.visibility !== undefined && before.visibility !== after.visibility) {
        changes.push({ kind: 'visibility', from: before.visibility, to: after.visibility });
    }
    if ((before.archived ?? false) !== (after.archived ?? false))
        changes.push({ kind: 'archived', to: after.archived ?? false });
    const fields = METADATA_FIELDS.filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null));
    if (fields.length > 0)
        changes.push({ kind: 'metadata', fields: [...fields] });
    if (healthBefore !== undefined && healthBefore !== module.health)
        changes.push({ kind: 'health', from: healthBefore, to: module.health });
    return changes;
}
/** Dependents whose range the old version satisfied and the new one does not. */
function brokenDependents(module, oldVersion, registry) {
    const version = module.fields.version;
    if (version === null)
        return [];
    return module.dependents.flatMap((dependent) => {
        const range = registry.modules.get(dependent)?.dependencies[module.name];
        if (range === undefined || (0,semver/* satisfiesRange */.jY)(version, range))
            return [];
        if (oldVersion !== null && !(0,semver/* satisfiesRange */.jY)(oldVersion, range))
            return [];
        return [{ dependent, range }];
    });
}

// EXTERNAL MODULE: ./src/registry/previous.ts
var registry_previous = __webpack_require__(76654);
// EXTERNAL MODULE: ./src/registry/render/changelog.ts
var changelog = __webpack_require__(20230);
// EXTERNAL MODULE: ./src/registry/render/modules.ts
var render_modules = __webpack_require__(38893);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/format/files.ts
var format_files = __webpack_require__(21140);
;// CONCATENATED MODULE: ./src/registry/render/private-domains.ts
/**
 * private-domains.yaml: private modules grouped by category. The file is edited in place through the `yaml`
 * Document API, so that the comments, the order and the values people write into it by hand survive every run.
 */




const HEADER = [
    ' Private CIM domains, grouped by category, kept by cim-registry-action.',
    ' Entries of private module repositories are updated on every run. Hand-written values (owner, status, deployed),',
    ' hand-written entries for domains no token can see (marked verified: false) and these comments are kept.',
].join('\n');
/** Comment lines that hold unexpanded shell text, such as `# Last updated: $(date -I)`, are dropped. */
const STRAY_SHELL_TEXT = /\$\(|`[^`]*`/;
function renderPrivateDomains(registry, existing) {
    const doc = openDocument(existing);
    if (!doc) {
        const parsed = (0,dist/* parseDocument */.Tp)(existing);
        const error = parsed.errors[0];
        const where = error ? ` (${error.message.split('\n')[0]})` : ' (its root is not a mapping)';
        return {
            text: existing,
            unverified: [],
            problem: {
                level: 'error',
                code: 'registry-file',
                message: `private-domains.yaml could not be parsed${where}: it was left unchanged so that nothing written by hand is lost; mend it by hand`,
            },
        };
    }
    const root = doc.contents;
    if (!root.has('schema_version'))
        root.items.unshift(doc.createPair('schema_version', types/* REGISTRY_SCHEMA_VERSION */.zu));
    let byCategory = root.get('private_domains', true);
    if (!(0,dist/* isMap */.jh)(byCategory)) {
        byCategory = new dist/* YAMLMap */.CA();
        root.set('private_domains', byCategory);
    }
    const privateModules = new Map([...registry.modules.values()]
        .filter((module) => module.visibility === 'private')
        .map((module) => [module.name, module]));
    const placed = new Set();
    const unverified = [];
    const categories = byCategory;
    for (const pair of [...categories.items]) {
        const list = pair.value;
        if (!(0,dist/* isSeq */.oP)(list))
            continue;
        for (const item of [...list.items]) {
            if (!(0,dist/* isMap */.jh)(item))
                continue;
            const name = String(item.get('name') ?? '');
            const module = privateModules.get(name);
            const category = module ? categoryOf(module) : null;
            if (registry.modules.has(name) && !module) {
                list.items.splice(list.items.indexOf(item), 1); // the module is public now: it has no place here
            }
            else if (!module) {
                setValue(doc, item, 'verified', false);
                unverified.push(name);
            }
            else if (!sameCategory(keyOf(pair), category)) {
                list.items.splice(list.items.indexOf(item), 1);
                seqFor(doc, categories, category).items.push(item);
                updateItem(doc, item, module);
                placed.add(name);
            }
            else {
                updateItem(doc, item, module);
                placed.add(name);
            }
        }
    }
    for (const module of privateModules.values()) {
        if (placed.has(module.name))
            continue;
        const item = new dist/* YAMLMap */.CA();
        item.set('name', module.name);
        updateItem(doc, item, module);
        seqFor(doc, categories, categoryOf(module)).items.push(item);
    }
    categories.items = categories.items.filter((pair) => !(0,dist/* isSeq */.oP)(pair.value) || pair.value.items.length > 0 || pair.value.commentBefore);
    categories.flow = categories.items.length === 0; // `private_domains: {}` when empty, block style otherwise
    const text = doc.toString(STRINGIFY);
    // The yaml library lays out some hand text its own way (a blank line before a trailing comment, say). When the
    // run changed nothing in the document, the file is kept byte for byte: a hand edit never causes a noise commit.
    const unchanged = existing !== undefined && existing.trim() !== '' && text === openDocument(existing).toString(STRINGIFY);
    return { text: unchanged ? existing : text, unverified: unverified.sort() };
}
const STRINGIFY = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 };
/** The file's document; a fresh one when there is no file; null when the file exists but cannot be edited safely. */
function openDocument(existing) {
    if (existing !== undefined && existing.trim() !== '') {
        const doc = (0,dist/* parseDocument */.Tp)(existing);
        if (doc.errors.length > 0 || !(0,dist/* isMap */.jh)(doc.contents))
            return null;
        doc.commentBefore = withoutStrayText(doc.commentBefore);
        return doc;
    }
    const fresh = (0,dist/* parseDocument */.Tp)('private_domains: {}\n');
    fresh.commentBefore = HEADER;
    return fresh;
}
/** What the registry knows about a module, written over the item; keys it does not know keep their hand value. */
function updateItem(doc, item, module) {
    const { fields } = module;
    if (fields.description !== null)
        setValue(doc, item, 'description', fields.description);
    if (fields.owner !== null)
        setValue(doc, item, 'owner', fields.owner);
    if (fields.status !== null)
        setValue(doc, item, 'status', fields.status);
    if (fields.deployed !== null)
        setValue(doc, item, 'deployed', fields.deployed);
    const used = (0,order/* sortedUnique */.Z$)(Object.keys(module.dependencies));
    if (used.length > 0)
        setValue(doc, item, 'modules_used', used);
    if (item.has('verified'))
        item.delete('verified');
}
/** Sets a value, touching the node only when the value differs, so that its comments and quoting stay. */
function setValue(doc, map, key, value) {
    const current = map.get(key, true);
    if ((0,dist/* isScalar */.jn)(current) && current.value === value)
        return;
    if ((0,dist/* isSeq */.oP)(current) && Array.isArray(value) && sameItems(current, value))
        return;
    if ((0,dist/* isScalar */.jn)(current) && !Array.isArray(value)) {
        current.value = value;
        return;
    }
    const node = doc.createNode(value);
    if ((0,dist/* isSeq */.oP)(node))
        node.flow = false;
    map.set(key, node);
}
function sameItems(seq, values) {
    return seq.items.length === values.length && seq.items.every((item, i) => (0,dist/* isScalar */.jn)(item) && item.value === values[i]);
}
function seqFor(doc, categories, category) {
    const existing = categories.items.find((pair) => sameCategory(keyOf(pair), category))?.value;
    if ((0,dist/* isSeq */.oP)(existing))
        return existing;
    const seq = doc.createNode([]);
    seq.flow = false;
    categories.set(category, seq);
    return seq;
}
/** A map key as text: parsed keys are Scalar nodes, keys this tool adds are plain strings. */
function keyOf(pair) {
    return String((0,dist/* isScalar */.jn)(pair.key) ? pair.key.value : pair.key);
}
/** Hand-kept files write `financial_services` where cim.yaml writes `financial-services`: the same category. */
function sameCategory(a, b) {
    return a.replace(/_/g, '-') === b.replace(/_/g, '-');
}
function categoryOf(module) {
    return module.fields.category ?? format_files/* UNCATEGORIZED */.H;
}
function withoutStrayText(comment) {
    if (!comment)
        return null;
    return comment
        .split('\n')
        .filter((line) => !STRAY_SHELL_TEXT.test(line))
        .join('\n');
}

// EXTERNAL MODULE: ./src/util/markdown.ts
var markdown = __webpack_require__(17183);
;// CONCATENATED MODULE: ./src/registry/render/readme.ts
/** registry/README.md: the catalog for people, a table per module type and a mermaid dependency graph. */


function renderReadme(registry) {
    const modules = [...registry.modules.values()];
    const lines = [
        '# CIM Module Registry',
        '',
        `${modules.length} modules. Generated by cim-registry-action from the organization's repositories: do not edit;`,
        'a module describes itself in its own `cim.yaml`. Data: [modules.yaml](modules.yaml), [status.json](status.json),',
        '[private-domains.yaml](private-domains.yaml), [changelog.md](changelog.md).',
    ];
    for (const type of types/* MODULE_TYPES */.rI) {
        const ofType = modules.filter((module) => module.fields.type === type);
        if (ofType.length === 0)
            continue;
        lines.push('', `## ${type[0].toUpperCase()}${type.slice(1)} (${ofType.length})`, '');
        lines.push('| Module | Version | Description | Visibility | Health |', '| --- | --- | --- | --- | --- |');
        for (const module of ofType)
            lines.push(tableRow(module));
    }
    lines.push('', '## Dependencies', '', ...dependencyGraph(registry), '');
    return lines.join('\n');
}
/** Mermaid's default maxTextSize, which GitHub keeps: a larger diagram shows an error instead of a graph. */
const MERMAID_MAX_TEXT = 50_000;
function dependencyGraph(registry) {
    const modules = [...registry.modules.values()];
    const graph = ['graph LR'];
    for (const module of modules)
        graph.push(`  ${(0,markdown/* mermaidId */.jf)(module.name)}[${(0,markdown/* mermaidLabel */._b)(nodeLabel(module))}]`);
    for (const module of modules) {
        for (const [target, range] of Object.entries(module.dependencies)) {
            if (registry.modules.has(target))
                graph.push(`  ${(0,markdown/* mermaidId */.jf)(module.name)} -->|${(0,markdown/* mermaidLabel */._b)(range)}| ${(0,markdown/* mermaidId */.jf)(target)}`);
        }
    }
    if (graph.join('\n').length > MERMAID_MAX_TEXT) {
        return [
            `The graph of ${modules.length} modules is larger than GitHub renders (mermaid's ${MERMAID_MAX_TEXT.toLocaleString('en')}-character limit);`,
            '`cim-registry deps NAME` and `cim-registry dependents NAME` show it module by module.',
        ];
    }
    return ['```mermaid', ...graph, '```'];
}
function tableRow(module) {
    const cells = [
        (0,markdown/* mdLink */.YF)(module.name, module.repository) + (module.archived ? ' (archived)' : ''),
        (0,markdown/* mdText */.bC)(module.fields.version ?? '-'),
        (0,markdown/* mdText */.bC)(module.fields.description ?? ''),
        module.visibility,
        module.health,
    ];
    return `| ${cells.join(' | ')} |`;
}
function nodeLabel(module) {
    return module.fields.version ? `${module.name} ${module.fields.version}` : module.name;
}

// EXTERNAL MODULE: ./src/versions/evidence.ts
var evidence = __webpack_require__(56868);
// EXTERNAL MODULE: ./src/versions/summary.ts
var summary = __webpack_require__(72177);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
var semver_default = /*#__PURE__*/__webpack_require__.n(node_modules_semver);
// EXTERNAL MODULE: ./src/versions/index-file.ts
var index_file = __webpack_require__(12908);
;// CONCATENATED MODULE: ./src/versions/render.ts
/**
 * What the history adds to the registry's README (a compatibility section and matrix) and to a changelog entry
 * (new versions with their dependency changes, newly verified builds, releases that leave dependents behind).
 */






/** Columns of the matrix: the dependencies most modules are built with. */
const MATRIX_COLUMNS = 6;
/** The newest version of each module (newestOf), as the client computes it from modules.yaml and heads.json. */
function newestVersions(registry, index) {
    return new Map([...registry.modules].map(([name, module]) => [name, (0,evidence/* newestOf */.su)(module.fields.version, index.get(name)?.head)]));
}
function compatibilitySection(registry, index, newest) {
    const lines = ['## Compatibility', ''];
    // The ranges each module declares at its newest version (that tag's, or the head's when no tag has it).
    const holders = [];
    for (const module of registry.modules.values()) {
        const own = newest.get(module.name);
        const declared = (own && (0,summary/* dependenciesAtTag */.Fx)(index.get(module.name), own)) ?? module.dependencies;
        for (const [dependency, range] of Object.entries(declared)) {
            const version = newest.get(dependency);
            if (version && !semver_default().satisfies(version, range))
                holders.push(`${(0,markdown/* mdText */.bC)(module.name)} ${own ?? ''} (requires ${(0,markdown/* mdText */.bC)(dependency)} ${(0,markdown/* mdText */.bC)(range)}, newest ${version})`.replace('  (', ' ('));
        }
    }
    lines.push(holders.length === 0
        ? 'The newest versions of all modules can be used together: the ranges each declares at its newest version accept the newest version of every dependency.'
        : `The newest versions of all modules cannot all be used together (\`cim-registry resolve NAME...\` finds versions that can); held back by ${holders.length}: ${holders.join('; ')}.`, '');
    const built = [...index].filter(([name, history]) => registry.modules.has(name) && Object.keys(history.head?.locked ?? {}).length > 0);
    const usage = new Map();
    for (const [, history] of built)
        for (const dependency of Object.keys(history.head.locked))
            usage.set(dependency, (usage.get(dependency) ?? 0) + 1);
    const columns = [...usage]
        .sort(([a, x], [b, y]) => y - x || (0,order/* compareStrings */.Kt)(a, b))
        .slice(0, MATRIX_COLUMNS)
        .map(([name]) => name);
    if (columns.length === 0) {
        lines.push('No module has a lock file at its head yet: nothing tells which versions were built together.');
        return lines;
    }
    lines.push("What each module's head was built with, by its lock file (`cim-registry compat NAME`, `cim-registry drift`):", '*behind*: older than the newest registered version; *path* / *branch*: not reproducible; ✓: CI passed on that build.', '', `| Module | ${columns.map(markdown/* mdText */.bC).join(' | ')} |`, `| --- |${' --- |'.repeat(columns.length)}`);
    for (const [name, history] of built.sort(([a], [b]) => (0,order/* compareStrings */.Kt)(a, b))) {
        const head = history.head;
        const cells = columns.map((dependency) => {
            const lock = head.locked[dependency];
            if (!lock)
                return '';
            const marks = [
                lock.version && newest.get(dependency) && semver_default().lt(lock.version, newest.get(dependency)) ? 'behind' : null,
                (0,evidence/* isReproducible */.hw)(lock.source) ? null : lock.source === 'path' ? 'path' : 'branch',
            ].filter(Boolean);
            return `${(0,markdown/* mdText */.bC)(lock.version ?? lock.commit?.slice(0, 7) ?? '?')}${marks.length ? ` *${marks.join(', ')}*` : ''}${head.ci === 'success' ? ' ✓' : ''}`;
        });
        lines.push(`| ${(0,markdown/* mdText */.bC)(name)} | ${cells.join(' | ')} |`);
    }
    return lines;
}
/** Changelog lines for what the history learned this run. */
function historyChangelogLines(plan, newest) {
    const lines = [];
    for (const [name, entries] of plan.appended) {
        if (plan.firstRead.has(name)) {
            const versions = (0,index_file/* currentVersions */.lJ)(entries).map((entry) => entry.version);
            lines.push(`- **${(0,markdown/* mdText */.bC)(name)}**: history read, ${versions.length} version${versions.length === 1 ? '' : 's'} (${versions.map(markdown/* mdText */.bC).join(', ')})`);
            continue;
        }
        // A module that gained lines this run was read, lines and all.
        const known = plan.index.get(name).versions.slice(0, -entries.length);
        for (const entry of entries) {
            if (known.some((k) => k.tag === entry.tag && k.commit === entry.commit)) {
                // The same tag at the same commit again: its CI state settled since it was read.
                lines.push(`- **${(0,markdown/* mdText */.bC)(name)}** ${(0,markdown/* mdText */.bC)(entry.version)} (${(0,markdown/* mdText */.bC)(entry.tag)}): CI ${entry.ci ?? 'unknown'}${entry.ci === 'success' ? builtWith(entry) : ''}`);
                continue;
            }
            const before = (0,index_file/* currentVersions */.lJ)(known.filter((k) => semver_default().lt(k.version, entry.version))).at(-1);
            lines.push(`- **${(0,markdown/* mdText */.bC)(name)}** ${entry.moved_from ? `tag ${(0,markdown/* mdText */.bC)(entry.tag)} moved` : `${(0,markdown/* mdText */.bC)(entry.version)} tagged`} (${(0,markdown/* mdText */.bC)(entry.tag)})${dependencyChanges(before, entry)}`);
            if (entry.ci === 'success')
                lines.push(`  - CI passed${builtWith(entry)}`);
            if (newest.get(name) === entry.version) {
                const behind = [...plan.index].filter(([, h]) => {
                    const locked = h.head?.locked?.[name]?.version;
                    return locked && semver_default().lt(locked, entry.version);
                });
                if (behind.length)
                    lines.push(`  - ${behind.length} module${behind.length === 1 ? ' is' : 's are'} built with older versions: ${behind.map(([n]) => (0,markdown/* mdText */.bC)(n)).join(', ')}`);
            }
        }
    }
    for (const [name, history] of plan.index) {
        const before = plan.previousHeads.get(name);
        if (history.head?.ci === 'success' &&
            before?.ci !== 'success' &&
            Object.keys(history.head.locked ?? {}).length > 0) {
            lines.push(`- **${(0,markdown/* mdText */.bC)(name)}** head ${history.head.commit.slice(0, 7)}: CI passed${builtWith(history.head)}`);
        }
    }
    return lines;
}
/** ", verified with cim-domain 0.8.1, cim-subject 0.5.0": the combination a passing build establishes. */
function builtWith(build) {
    const pairs = Object.entries(build.locked ?? {}).map(([dependency, lock]) => `${dependency} ${lock.version ?? lock.commit?.slice(0, 7) ?? '?'}`);
    return pairs.length ? `, verified with ${pairs.map(markdown/* mdText */.bC).join(', ')}` : '';
}
function dependencyChanges(before, entry) {
    if (!before)
        return Object.keys(entry.dependencies).length
            ? `; depends on ${Object.entries(entry.dependencies)
                .map(([d, r]) => (0,markdown/* mdText */.bC)(`${d} ${r}`))
                .join(', ')}`
            : '';
    const names = (0,order/* sortedUnique */.Z$)([...Object.keys(before.dependencies), ...Object.keys(entry.dependencies)]);
    const changes = names.flatMap((dep) => {
        const from = before.dependencies[dep];
        const to = entry.dependencies[dep];
        if (from === to)
            return [];
        return [from === undefined ? `+${dep} ${to}` : to === undefined ? `-${dep}` : `${dep} ${from} -> ${to}`];
    });
    return changes.length ? `; dependencies: ${changes.map(markdown/* mdText */.bC).join(', ')}` : '';
}

;// CONCATENATED MODULE: ./src/registry/render/status.ts
/**
 * status.json: each module's health, origins, dependents and problems, the totals, and what an incremental source
 * needs to know next run; byte-stable for the same registry.
 */



function statusFile(registry, modulesYaml, completeView, source) {
    const modules = [...registry.modules.values()];
    const count = (keys, key) => Object.fromEntries(keys.map((k) => [k, modules.filter((module) => key(module) === k).length]));
    return {
        schema_version: types/* REGISTRY_SCHEMA_VERSION */.zu,
        registry_hash: (0,render_modules/* registryHash */.m3)(modulesYaml),
        ...(source ? { rules_version: source.rulesVersion } : {}),
        totals: {
            modules: modules.length,
            by_type: count(types/* MODULE_TYPES */.rI, (module) => module.fields.type),
            by_visibility: count(types/* VISIBILITIES */.jZ, (module) => module.visibility),
            by_health: count(types/* HEALTHS */.e8, (module) => module.health),
        },
        complete_view: completeView,
        problems: registry.problems,
        modules: Object.fromEntries(modules.map((module) => [
            module.name,
            {
                health: module.health,
                metadata: module.metadata,
                origins: (0,order/* sortRecord */.Ed)(module.origins),
                dependents: module.dependents,
                ...(module.stale !== undefined ? { stale: module.stale } : {}),
                ...(source?.listed.has(module.name) ? { listed: source.listed.get(module.name) } : {}),
                ...(source?.history?.has(module.name) ? { history: source.history.get(module.name) } : {}),
                problems: module.problems,
            },
        ])),
    };
}
/**
 * Pretty at the top, one line per module and per problem below: a diff shows which modules changed, and a
 * registry of 10,000 modules stays a few megabytes (a fully indented file is twice as large, and the whole commit
 * goes through one GraphQL request).
 */
function renderStatusJson(status) {
    const { problems, modules, ...top } = status;
    const head = JSON.stringify(top, null, 2).slice(0, -2);
    const list = problems.map((problem) => `    ${JSON.stringify(problem)}`).join(',\n');
    const entries = Object.entries(modules).map(([name, module]) => `    ${JSON.stringify(name)}: ${JSON.stringify(module)}`);
    return [
        `${head},`,
        problems.length ? `  "problems": [\n${list}\n  ],` : '  "problems": [],',
        entries.length ? `  "modules": {\n${entries.join(',\n')}\n  }` : '  "modules": {}',
        '}',
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/registry/update.ts
/**
 * The whole update as one pure function: repository snapshots and the registry files found -> the registry files
 * to write. Sources, file systems and commits stay outside; this is what every mode and every source shares.
 */















function planUpdate(input) {
    const previous = input.previous ?? (0,registry_previous/* readPreviousRegistry */.R)(input.existing);
    const described = input.snapshots.map((snapshot) => (0,describe/* describeModule */.U)(snapshot, { modulePattern: input.modulePattern }));
    const registry = buildRegistry(described, previous, input.sourceProblems);
    const newest = input.history ? newestVersions(registry, input.history.index) : null;
    if (input.history && newest)
        addHistoryWarnings(registry, (0,evidence/* historyWarnings */.sK)(input.history.index, newest));
    const privateDomains = renderPrivateDomains(registry, input.existing[format_files/* REGISTRY_FILES */.M.privateDomains]);
    if (privateDomains.problem)
        registry.problems.push(privateDomains.problem);
    const modulesYaml = (0,render_modules/* renderModulesYaml */.VM)(registry);
    const foundFiles = Object.values(input.existing).some((text) => text !== undefined);
    const adopted = foundFiles && !previous.generated;
    const changes = diffRegistry(previous, registry);
    if (adopted)
        changes.updated.clear(); // a hand-kept file differs in every generated field: say what was carried instead
    const files = {
        [format_files/* REGISTRY_FILES */.M.modules]: modulesYaml,
        [format_files/* REGISTRY_FILES */.M.status]: renderStatusJson(statusFile(registry, modulesYaml, input.completeView ?? true, input.sourceState)),
        [format_files/* REGISTRY_FILES */.M.privateDomains]: privateDomains.text,
        [format_files/* REGISTRY_FILES */.M.readme]: renderReadme(registry),
    };
    const historyLines = input.history && newest ? historyChangelogLines(input.history, newest) : [];
    if (input.history && newest) {
        Object.assign(files, input.history.files);
        files[format_files/* REGISTRY_FILES */.M.readme] =
            `${files[format_files/* REGISTRY_FILES */.M.readme].trimEnd()}\n\n${compatibilitySection(registry, input.history.index, newest).join('\n')}\n`;
    }
    const existingChangelog = input.existing[format_files/* REGISTRY_FILES */.M.changelog];
    let archived = new Map();
    if (adopted || !isEmpty(changes) || historyLines.length > 0) {
        const adoption = adopted ? adoptionReport(registry, privateDomains.unverified, previous.problems) : undefined;
        let entry = (0,changelog/* changelogEntry */.DC)(changes, registry, { date: input.date, trigger: input.trigger, adoption });
        if (historyLines.length > 0)
            entry = `${entry}${historyLines.join('\n')}\n`;
        const bounded = (0,changelog/* boundChangelog */.pv)((0,changelog/* prependEntry */.zB)(existingChangelog, entry), input.date.slice(0, 4));
        files[format_files/* REGISTRY_FILES */.M.changelog] = bounded.text;
        archived = bounded.archived;
    }
    else {
        files[format_files/* REGISTRY_FILES */.M.changelog] = existingChangelog ?? (0,changelog/* prependEntry */.zB)(undefined, '');
    }
    const changedFiles = Object.keys(files)
        .filter((name) => files[name] !== input.existing[name])
        .sort();
    const history = input.history && newest ? historyFigures(input.history, newest) : undefined;
    const plan = {
        registry,
        changes,
        adopted,
        files: (0,order/* sortRecord */.Ed)(files),
        changedFiles,
        warnings: previous.problems,
        previousHash: foundHash(input.existing, previous),
        registryHash: (0,render_modules/* registryHash */.m3)(files[format_files/* REGISTRY_FILES */.M.modules]),
        archived,
        ...(history ? { history } : {}),
    };
    completeArchives(plan, input.existing);
    return plan;
}
/**
 * The registry hash of the modules.yaml found: of its text, or (when the source has let the text go after parsing
 * it) the one status.json recorded; null when there was none.
 */
function foundHash(existing, previous) {
    const found = existing[format_files/* REGISTRY_FILES */.M.modules];
    return found !== undefined ? (0,render_modules/* registryHash */.m3)(found) : previous.registryHash;
}
/**
 * Adds to the plan's files each archive that entries move to, from its current text in `texts`; an archive that
 * `texts` lacks stays pending in `plan.archived` (the GitHub source reads those afterwards), unless `absentIsNew`
 * says that a missing text means the file does not exist yet.
 */
function completeArchives(plan, texts, absentIsNew = false) {
    for (const [path, entries] of plan.archived) {
        if (texts[path] === undefined && !absentIsNew)
            continue;
        plan.files[path] = (0,changelog/* appendToArchive */.mf)(texts[path], path, entries);
        plan.archived.delete(path);
    }
    plan.files = (0,order/* sortRecord */.Ed)(plan.files);
    plan.changedFiles = Object.keys(plan.files)
        .filter((name) => plan.changedFiles.includes(name) || ((0,changelog/* isChangelogArchive */.Tr)(name) && plan.files[name] !== texts[name]))
        .sort();
}
function historyFigures(history, newest) {
    const withVersions = [...history.index.values()].map(summary/* versionCount */.GN).filter((count) => count > 0);
    return {
        modules: withVersions.length,
        versions: withVersions.reduce((sum, count) => sum + count, 0),
        drift: (0,evidence/* drift */.UL)(history.index, newest),
    };
}
/** The history's warnings join each module's problems; its health follows. */
function addHistoryWarnings(registry, warnings) {
    for (const [name, problems] of warnings) {
        const module = registry.modules.get(name);
        if (!module)
            continue;
        module.problems.push(...problems);
        module.health = healthOf(module.problems);
    }
}
/**
 * The plan of a run whose inputs all equal those that built the files found (the source read nothing new and
 * the files are the ones the previous run wrote): the registry as recorded (for the summary), the files left as
 * they are, not rendered again, and not in the plan. On 10,000 modules, describing, analysing and rendering cost most of a no-op
 * run's memory.
 */
function planUnchanged(input) {
    const previous = input.previous ?? (0,registry_previous/* readPreviousRegistry */.R)(input.existing);
    const registry = {
        modules: new Map(input.snapshots.map((snapshot) => [
            snapshot.name,
            recordedModule((0,describe/* describeModule */.U)(snapshot, { modulePattern: input.modulePattern }), previous),
        ])),
        problems: [...(input.sourceProblems ?? [])],
    };
    const changes = { added: [], removed: [], updated: new Map() };
    // No file texts: the files stay as they are, and on 10,000 modules their ~10 MB of text would outlive the run's
    // work for nothing (the job summary is written after it).
    const hash = foundHash(input.existing, previous);
    if (hash === null)
        throw new Error('planUnchanged: the registry found has no hash (it is not a registry this action wrote)');
    return {
        registry,
        changes,
        adopted: false,
        files: {},
        changedFiles: [],
        warnings: previous.problems,
        previousHash: hash,
        registryHash: hash,
        archived: new Map(),
    };
}
function adoptionReport(registry, unverified, problems) {
    const carried = {};
    for (const module of registry.modules.values()) {
        for (const [field, origin] of Object.entries(module.origins)) {
            if (origin === 'carried')
                (carried[field] ??= []).push(module.name);
        }
    }
    return { carried: (0,order/* sortRecord */.Ed)(carried), unverified, replaced: problems.map((problem) => problem.message) };
}


/***/ }),

/***/ 17183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   YF: () => (/* binding */ mdLink),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   bC: () => (/* binding */ mdText),
/* harmony export */   jf: () => (/* binding */ mermaidId),
/* harmony export */   js: () => (/* binding */ htmlText)
/* harmony export */ });
/**
 * Text from modules (descriptions, versions, owners) made safe for Markdown tables and mermaid labels: whatever a
 * module writes, it cannot break a table row, inject HTML or a link, or end a mermaid node early.
 */
/** One line of inline Markdown: newlines folded, Markdown and HTML metacharacters escaped. */
function mdText(text) {
    if (text === null || text === undefined)
        return '';
    return text
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\`*_{}[\]()<>#+!|~]/g, (char) => `\\${char}`);
}
/** A link when the URL is http(s); plain escaped text otherwise (no `javascript:` links from a module). */
function mdLink(text, url) {
    if (!url || !/^https?:\/\/[^\s()<>]+$/.test(url))
        return mdText(text);
    return `[${mdText(text)}](${url})`;
}
/** Short commit id for people; the full SHA stays in the data files. */
function shortSha(sha) {
    return sha ? sha.slice(0, 7) : '-';
}
/** A mermaid node id: module names are already [a-z0-9-], and mermaid ids read best without hyphens. */
function mermaidId(name) {
    return name.replace(/[^a-z0-9]/g, '_');
}
/** A quoted mermaid label; quotes and angle brackets become entity codes, which mermaid renders as the characters. */
function mermaidLabel(text) {
    const safe = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/["<>]/g, (char) => `#${char.charCodeAt(0)};`);
    return `"${safe}"`;
}
/** Text for an HTML context (the job summary's table cells). */
function htmlText(text) {
    return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}


/***/ }),

/***/ 59443:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TS: () => (/* binding */ readModuleHistory),
/* harmony export */   Tl: () => (/* binding */ filesAt),
/* harmony export */   oT: () => (/* binding */ DeferredReadError)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _metadata_describe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66758);
/* harmony import */ var _metadata_cim_yaml_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(95920);
/* harmony import */ var _metadata_manifests_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91715);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1204);
/* harmony import */ var _locks_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(45653);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40360);
/**
 * Reading a module's history through a HistoryReader, incrementally: a tag already in the index at the same commit
 * is never read again (its files at that commit cannot change); a new tag, or one that moved, is read once; the
 * head's files only when the head moved. What comes back is the lines to append and the new head.
 */







/**
 * Thrown by a reader for what it will read on a later run (the GitHub source reads a bounded number of files per
 * module and run): the tag stays unread, so that the next run reads it; the head keeps what the index had.
 */
class DeferredReadError extends Error {
}
/**
 * `memo`: what was found at each commit, kept across calls by a caller that asks several times with more answered
 * each time (the GitHub source's read phases), so that a commit's files are parsed once.
 */
async function readModuleHistory(name, reader, known, modulePattern, memo = reader.memo) {
    const latest = new Map();
    for (const entry of known?.versions ?? [])
        latest.set(entry.tag, entry);
    let reads = 0;
    // A head that is also a tag (a release just made) is read once.
    const seen = new Map();
    const snapshotAt = (commit) => {
        let evidence = seen.get(commit);
        const found = memo?.get(commit);
        if (!evidence && found)
            seen.set(commit, (evidence = Promise.resolve(found)));
        if (!evidence) {
            // What cannot be read at a commit is recorded with it in the index, so that the warning it gives (at the head)
            // stands as long as that commit does, not only in the run that read it.
            const unreadable = [];
            const refused = (path, error) => unreadable.push(`${path}: ${error.message}`);
            evidence = filesAt(reader, commit, _locks_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCK_FILES */ .Cv, { read: () => reads++, refused }).then((files) => {
                const result = evidenceAt(name, files, modulePattern, unreadable);
                if (memo && reader.final?.(commit) !== false)
                    memo.set(commit, result);
                return result;
            });
            seen.set(commit, evidence);
        }
        return evidence;
    };
    const append = [];
    const tags = (await reader.tags()).sort((a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_6__/* .compareStrings */ .Kt)(a.name, b.name));
    for (const tag of tags) {
        const version = (0,_tags_js__WEBPACK_IMPORTED_MODULE_5__/* .tagVersion */ .R)(tag.name, name);
        if (version === null)
            continue;
        const before = latest.get(tag.name);
        if (before?.commit === tag.commit) {
            // A CI state still pending when the tag was read is asked again; a settled one is final.
            if (before.ci !== 'pending')
                continue;
            const ci = await unlessDeferred(reader.ciState(tag.commit));
            if (ci !== DEFERRED && ci !== 'pending')
                append.push({ ...before, ci });
            continue;
        }
        const found = await unlessDeferred(snapshotAt(tag.commit));
        const ci = found === DEFERRED ? DEFERRED : await unlessDeferred(reader.ciState(tag.commit));
        if (found === DEFERRED || ci === DEFERRED)
            continue;
        append.push({
            version,
            tag: tag.name,
            commit: tag.commit,
            date: tag.date,
            manifest_version: found.version,
            dependencies: found.dependencies,
            locked: found.locked,
            ci,
            ...(before ? { moved_from: before.commit } : {}),
            ...(found.unreadable.length ? { unreadable: found.unreadable } : {}),
        });
    }
    const now = await reader.head();
    let head = null;
    if (now && known?.head?.commit === now.commit) {
        head = known.head;
        // As with tags: a pending CI state is asked again until it settles.
        if (head.ci === 'pending') {
            const ci = await unlessDeferred(reader.ciState(now.commit));
            if (ci !== DEFERRED && ci !== 'pending')
                head = { ...head, ci };
        }
    }
    else if (now) {
        const found = await unlessDeferred(snapshotAt(now.commit));
        const ci = found === DEFERRED ? DEFERRED : await unlessDeferred(reader.ciState(now.commit));
        // Not read this run: the head keeps what the index had.
        if (found === DEFERRED || ci === DEFERRED)
            return { append, head: known?.head ?? null, reads };
        head = {
            commit: now.commit,
            date: now.date,
            version: found.version,
            locked: found.locked,
            ci,
            ...(found.unreadable.length ? { unreadable: found.unreadable } : {}),
        };
    }
    return { append, head, reads };
}
const DEFERRED = Symbol('deferred');
/** The answer, or DEFERRED when the reader left it for a later run. */
async function unlessDeferred(answer) {
    try {
        return await answer;
    }
    catch (error) {
        if (error instanceof DeferredReadError)
            return DEFERRED;
        throw error;
    }
}
/**
 * The files of a commit that describe the module: cim.yaml, the manifests (the root's and those of the workspace
 * members it lists) and the lock files, or `paths` instead of the lock files.
 */
async function filesAt(reader, commit, paths = _locks_js__WEBPACK_IMPORTED_MODULE_4__/* .LOCK_FILES */ .Cv, observe = {}) {
    const files = {};
    const read = async (path) => {
        observe.read?.();
        let text;
        try {
            text = await reader.readFile(commit, path);
        }
        catch (error) {
            // One file that cannot be read (too large, not UTF-8) leaves the others readable, when the caller says how;
            // one left for a later run leaves the whole commit for then.
            if (!observe.refused || error instanceof DeferredReadError)
                throw error;
            observe.refused(path, error);
            return;
        }
        if (text !== null)
            files[path] = text;
    };
    for (const path of [_metadata_cim_yaml_js__WEBPACK_IMPORTED_MODULE_2__/* .CIM_YAML */ .gu, _metadata_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .CARGO_TOML */ .Oi, _metadata_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .PACKAGE_JSON */ .QO, ...paths])
        await read(path);
    if (files[_metadata_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .CARGO_TOML */ .Oi] !== undefined) {
        for (const member of await (0,_metadata_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .workspaceMemberManifests */ .sg)(files[_metadata_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .CARGO_TOML */ .Oi], (dir) => reader.listFolder(commit, dir)))
            await read(member);
    }
    return files;
}
/** Version and ranges with the head's inference rules (describeModule), and the locks' evidence. */
function evidenceAt(name, files, modulePattern, unreadable) {
    const described = (0,_metadata_describe_js__WEBPACK_IMPORTED_MODULE_1__/* .describeModule */ .U)({
        name,
        url: null,
        description: null,
        topics: [],
        visibility: null,
        archived: false,
        headCommit: null,
        committedAt: null,
        tags: [],
        files,
    }, { modulePattern });
    const locks = (0,_locks_js__WEBPACK_IMPORTED_MODULE_4__/* .readLocks */ .nA)(files, (crate) => modulePattern.matches(crate), crateNames(name, files));
    unreadable.push(...locks.problems.map((problem) => `${problem.file}: ${problem.message.replace(`${problem.file} `, '')}`));
    return { version: described.fields.version, dependencies: described.dependencies, locked: locks.locked, unreadable };
}
/** The module's own crates: its name and the package names of every Cargo.toml read (root and members). */
function crateNames(name, files) {
    const names = new Set([name]);
    for (const [path, text] of Object.entries(files)) {
        if (path !== _metadata_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .CARGO_TOML */ .Oi && !path.endsWith(`/${_metadata_manifests_js__WEBPACK_IMPORTED_MODULE_3__/* .CARGO_TOML */ .Oi}`))
            continue;
        try {
            const pkg = (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text).package;
            if (typeof pkg?.name === 'string')
                names.add(pkg.name.replace(/_/g, '-'));
        }
        catch {
            // An unparsable manifest is reported by describeModule.
        }
    }
    return names;
}


/***/ }),

/***/ 45653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cv: () => (/* binding */ LOCK_FILES),
/* harmony export */   nA: () => (/* binding */ readLocks)
/* harmony export */ });
/* unused harmony exports CARGO_LOCK, PACKAGE_LOCK, FLAKE_LOCK, cargoLock, packageLock, flakeLock */
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3292);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(49997);
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1204);
/* harmony import */ var _metadata_semver_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(80821);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(40360);
/**
 * Lock files as evidence of what a build used: Cargo.lock (formats 3 and 4), package-lock.json (lockfileVersion 1
 * to 3) and flake.lock inputs that point at another module's repository. Each reader keeps only cim packages (the
 * module pattern), direct or transitive, since a lock describes the whole build; an unreadable lock is a problem,
 * never an exception.
 */






const CARGO_LOCK = 'Cargo.lock';
const PACKAGE_LOCK = 'package-lock.json';
const FLAKE_LOCK = 'flake.lock';
const LOCK_FILES = [CARGO_LOCK, PACKAGE_LOCK, FLAKE_LOCK];
/**
 * The evidence of all lock files in `files` for module `name`. `isCim` says whether a package name is a cim
 * module; `internal` names the module's own crates (a workspace's members), which are not dependencies.
 */
function readLocks(files, isCim, internal) {
    const problems = [];
    const evidence = {};
    let found = false;
    const keep = (name, locked) => {
        const normalized = name.replace(/_/g, '-');
        if (!isCim(normalized) || internal.has(normalized))
            return;
        // Two versions of one package in one lock (Cargo allows it): the highest is the one the module is built with.
        const known = evidence[normalized];
        if (!known || (locked.version !== null && (known.version === null || semver__WEBPACK_IMPORTED_MODULE_0___default().gt(locked.version, known.version))))
            evidence[normalized] = locked;
    };
    const readers = [
        [CARGO_LOCK, (text) => cargoLock(text).forEach(([name, locked]) => keep(name, locked))],
        [PACKAGE_LOCK, (text) => packageLock(text).forEach(([name, locked]) => keep(name, locked))],
        [FLAKE_LOCK, (text) => flakeLock(text).forEach(([name, locked]) => keep(name, locked))],
    ];
    for (const [file, read] of readers) {
        const text = files[file];
        if (text === undefined)
            continue;
        found = true;
        try {
            read(text);
        }
        catch (error) {
            problems.push({
                level: 'warning',
                code: 'invalid-lock',
                message: `${file} cannot be read: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_4__/* .firstLine */ .TM)(error.message)}`,
                file,
            });
        }
    }
    return { locked: found ? (0,_util_order_js__WEBPACK_IMPORTED_MODULE_5__/* .sortRecord */ .Ed)(evidence) : null, problems };
}
/**
 * Cargo.lock: `[[package]]` tables with name, version and source. No source: a path dependency (or the
 * workspace itself). `git+URL?branch=B#SHA`, `?tag=T#SHA`, `?rev=R#SHA`, or no query (the default branch). Format
 * 4 percent-encodes the query values, format 3 did not; both decode the same.
 * https://doc.rust-lang.org/cargo/reference/resolver.html#lockfile-versions
 */
function cargoLock(text) {
    const table = (0,smol_toml__WEBPACK_IMPORTED_MODULE_1__/* .parse */ .qg)(text);
    if (table.package !== undefined && !Array.isArray(table.package))
        throw new Error('`package` is not an array of tables');
    const found = [];
    for (const entry of (table.package ?? [])) {
        if (typeof entry?.name !== 'string')
            continue;
        const version = typeof entry.version === 'string' ? (0,_metadata_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanVersion */ .aH)(entry.version) : null;
        found.push([entry.name, { version, ...cargoSource(typeof entry.source === 'string' ? entry.source : null) }]);
    }
    return found;
}
function cargoSource(source) {
    if (source === null)
        return { source: 'path', commit: null };
    if (!source.startsWith('git+'))
        return { source: 'registry', commit: null };
    const hash = source.lastIndexOf('#');
    const commit = hash >= 0 ? source.slice(hash + 1) : null;
    const url = hash >= 0 ? source.slice(4, hash) : source.slice(4);
    const query = new URL(url).searchParams;
    const kind = query.has('tag') ? 'git-tag' : query.has('rev') ? 'git-rev' : 'git-branch';
    return { source: kind, commit: commit && /^[0-9a-f]{7,64}$/.test(commit) ? commit : null };
}
/**
 * package-lock.json: lockfileVersion 2 and 3 list `packages["node_modules/NAME"]` (nested paths too), version 1
 * nests `dependencies`. `resolved` tells the source: a git URL with `#SHA`, `file:` or a `link` (path), else the
 * registry. https://docs.npmjs.com/cli/configuring-npm/package-lock-json
 */
function packageLock(text) {
    const lock = JSON.parse(text);
    if (lock === null || typeof lock !== 'object')
        throw new Error('not a JSON object');
    const found = [];
    const add = (name, entry) => {
        const resolved = typeof entry.resolved === 'string'
            ? entry.resolved
            : typeof entry.version === 'string' && /^(git|file:|github:)/.test(entry.version)
                ? entry.version
                : '';
        const version = typeof entry.version === 'string' ? (0,_metadata_semver_js__WEBPACK_IMPORTED_MODULE_2__/* .cleanVersion */ .aH)(entry.version) : null;
        found.push([name, { version, ...npmSource(resolved, entry.link === true) }]);
    };
    const packages = lock.packages;
    if (packages && typeof packages === 'object') {
        for (const [path, entry] of Object.entries(packages)) {
            const at = path.lastIndexOf('node_modules/');
            if (at < 0 || !entry || typeof entry !== 'object')
                continue;
            add(path.slice(at + 'node_modules/'.length), entry);
        }
        return found;
    }
    const walk = (dependencies) => {
        for (const [name, entry] of Object.entries((dependencies ?? {}))) {
            if (!entry || typeof entry !== 'object')
                continue;
            add(name, entry);
            walk(entry.dependencies);
        }
    };
    walk(lock.dependencies);
    return found;
}
function npmSource(resolved, link) {
    if (link || resolved.startsWith('file:'))
        return { source: 'path', commit: null };
    const git = /^(?:git\+|git:|github:)[^#]*#([0-9a-f]{40})$/.exec(resolved);
    // npm always locks a git dependency to the commit it resolved, whatever the manifest asked for.
    if (git)
        return { source: 'git-rev', commit: git[1] };
    return { source: 'registry', commit: null };
}
/**
 * flake.lock: `nodes.NAME.locked` with `type` github (owner, repo, rev) or git (url, rev) and `original` with the
 * ref or rev asked for. An input whose repository is a cim module is evidence of the commit it was built with;
 * the version is that of the tag asked for, when a tag was asked for. https://nix.dev/manual/nix/latest/command-ref/new-cli/nix3-flake
 */
function flakeLock(text) {
    const lock = JSON.parse(text);
    if (!lock || typeof lock.nodes !== 'object' || lock.nodes === null)
        throw new Error('no `nodes` object');
    const found = [];
    for (const node of Object.values(lock.nodes)) {
        const locked = node?.locked;
        if (!locked || typeof locked.rev !== 'string')
            continue;
        const repo = typeof locked.repo === 'string'
            ? locked.repo
            : typeof locked.url === 'string'
                ? /\/([^/]+?)(?:\.git)?$/.exec(locked.url)?.[1]
                : undefined;
        if (!repo)
            continue;
        const original = node.original ?? {};
        const ref = typeof original.ref === 'string' ? original.ref : null;
        const tagged = ref !== null ? (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .tagVersion */ .R)(ref, repo) : null;
        const source = typeof original.rev === 'string' ? 'git-rev' : tagged !== null ? 'git-tag' : 'git-branch';
        found.push([repo, { version: tagged, source, commit: locked.rev }]);
    }
    return found;
}


/***/ }),

/***/ 40360:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ tagVersion)
/* harmony export */ });
/* harmony import */ var _metadata_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80821);
/**
 * Version tags: `vX.Y.Z`, `X.Y.Z`, and `NAME-vX.Y.Z` (a workspace's per-crate tag, counted only for the module's
 * own name). Any other tag (`latest`, `release-2025`, a member crate's tag) is not a version of the module.
 */

function tagVersion(tag, moduleName) {
    const prefix = `${moduleName}-`;
    const rest = tag.startsWith(prefix) ? tag.slice(prefix.length) : tag;
    if (rest !== tag && !rest.startsWith('v'))
        return null;
    if (!/^v?\d/.test(rest))
        return null;
    return (0,_metadata_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .cleanVersion */ .aH)(rest);
}


/***/ })

};

//# sourceMappingURL=945.index.js.map