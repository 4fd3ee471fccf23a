export const id = 965;
export const ids = [965];
export const modules = {

/***/ 78965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/metadata/names.ts
var names = __webpack_require__(98713);
// EXTERNAL MODULE: ./src/modes/summary.ts
var summary = __webpack_require__(79444);
// EXTERNAL MODULE: ./src/modes/update-local.ts + 6 modules
var update_local = __webpack_require__(98541);
// EXTERNAL MODULE: ./src/modes/validate.ts
var validate = __webpack_require__(11444);
// EXTERNAL MODULE: ./src/client/spec.ts
var client_spec = __webpack_require__(97220);
// EXTERNAL MODULE: ./src/util/numbers.ts
var numbers = __webpack_require__(91986);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/cli/command.ts



/** Bad usage: main prints the message and exits 2. */
class UsageError extends errors/* CimError */.o {
    name = 'UsageError';
    constructor(message) {
        super('USAGE', message);
    }
}
/** Runs `f`, turning what it throws into a UsageError. */
function usage(f) {
    try {
        return f();
    }
    catch (error) {
        throw new UsageError(error.message);
    }
}
function string(value) {
    return typeof value === 'string' ? value : undefined;
}
/** The registry a command reads: `--registry` (or CIM_REGISTRY) and `--timeout` in seconds. */
function registryFromOptions(values) {
    const spec = string(values.registry) ?? process.env.CIM_REGISTRY;
    if (!spec)
        throw new UsageError(`no registry given: pass --registry (${client_spec/* REGISTRY_SPEC_HELP */.c}) or set CIM_REGISTRY`);
    const timeout = string(values.timeout);
    const seconds = timeout === undefined ? undefined : usage(() => (0,numbers/* parsePositiveNumber */.u)(timeout, '--timeout', { unit: 'seconds' }));
    return usage(() => ({ ...(0,client_spec/* registryOptions */._)(spec), ...(seconds !== undefined ? { timeoutMs: seconds * 1000 } : {}) }));
}

// EXTERNAL MODULE: ./src/client/client.ts + 2 modules
var client_client = __webpack_require__(32139);
// EXTERNAL MODULE: ./src/format/types.ts
var types = __webpack_require__(52626);
// EXTERNAL MODULE: ./src/format/problems.ts
var problems = __webpack_require__(91255);
;// CONCATENATED MODULE: ./src/cli/query.ts
/**
 * The query commands of `cim-registry`: list, get, deps, dependents, search, topics, status, and the version
 * history's versions, compat, drift and resolve, over a RegistryClient.
 * Tables for people, `--json` for programs. Text from modules is shown with control characters replaced, so that
 * a description cannot move the cursor or recolour the terminal.
 */





const COMMON_OPTIONS = {
    registry: { type: 'string' },
    timeout: { type: 'string' },
    json: { type: 'boolean' },
};
const COMMON_HELP = `  --registry R          the registry: ${client_spec/* REGISTRY_SPEC_HELP */.c}
                        (default: $CIM_REGISTRY; a checkout of the registry repository works too)
  --timeout SECONDS     time allowed for fetching each registry file (default 10)
  --json                print JSON for programs
  -h, --help            show this help

CIM_REGISTRY_TOKEN is sent to the registry's host, and to no other; github: also takes GITHUB_TOKEN and
GITHUB_API_URL. Exit status: 0 done, 1 unknown module or the registry could not be read, 2 bad usage.`;
const QUERY_COMMANDS = {
    list: {
        summary: 'list the modules of the registry, optionally of one type, visibility or topic',
        usage: `cim-registry list [--type T] [--visibility V] [--category C] [--status S] [--topic T] [options]

Lists the registered modules in name order; each filter given must match.

Options:
  --type T              ${types/* MODULE_TYPES */.rI.join(' | ')}
  --visibility V        ${types/* VISIBILITIES */.jZ.join(' | ')}
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
            takes(positionals, 0);
            const modules = await ask(openClient(values).listModules({
                type: string(values.type),
                visibility: string(values.visibility),
                category: string(values.category),
                status: string(values.status),
                topic: string(values.topic),
            }));
            print(values, modules, () => moduleTable(modules, 'no module matches these filters'));
            return 0;
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
            const name = takes(positionals, 1, 'NAME');
            const client = openClient(values);
            const module = await client.getModule(name);
            const [links, status] = await Promise.all([client.dependenciesOf(name), client.status()]);
            const moduleStatus = status.modules[name];
            print(values, { ...module, ...moduleStatus }, () => moduleDetailLines(module, links, moduleStatus));
            return 0;
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
            const name = takes(positionals, 1, 'NAME');
            const links = await openClient(values).dependenciesOf(name);
            print(values, links, () => (links.length === 0 ? [`${name} has no dependencies`] : dependencyTable(links)));
            return 0;
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
            const name = takes(positionals, 1, 'NAME');
            const links = await openClient(values).dependentsOf(name);
            print(values, links, () => links.length === 0
                ? [`no module depends on ${name}`]
                : table(['DEPENDENT', 'RANGE', 'SATISFIED'], links.map((link) => [link.from, link.range, satisfied(link)])));
            return 0;
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
            const text = positionals.join(' ').trim();
            if (text === '')
                throw new UsageError('search needs TEXT');
            const modules = await ask(openClient(values).search(text));
            print(values, modules, () => moduleTable(modules, `no module matches ${JSON.stringify(text)}`));
            return 0;
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
            takes(positionals, 0);
            const topics = (await openClient(values).topics()).filter((use) => values.all === true || !use.convention);
            const empty = values.all
                ? 'no module carries a topic'
                : "no module carries a subject topic (--all shows the convention's topics too)";
            print(values, topics, () => topicTable(topics, empty));
            return 0;
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
            const name = takes(positionals, 1, 'NAME');
            const versions = await openClient(values).versions(name);
            print(values, versions, () => versions.length === 0 ? [`${name} has no version tags in the registry's history`] : versionTable(versions));
            return 0;
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
            const spec = takes(positionals, 1, 'NAME[@VERSION]');
            const at = spec.indexOf('@', 1);
            const [name, version] = at < 0 ? [spec, undefined] : [spec.slice(0, at), spec.slice(at + 1)];
            const result = await ask(openClient(values).compat(name, version));
            print(values, result, () => compatTable(name, result));
            return 0;
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
            takes(positionals, 0);
            const entries = await openClient(values).drift();
            print(values, entries, () => entries.length === 0
                ? ['no drift: every lock pins the newest registered versions, reproducibly']
                : driftTable(entries));
            return 0;
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
            if (positionals.length === 0)
                throw new UsageError('resolve needs at least one NAME or NAME@RANGE');
            const result = await ask(openClient(values).resolve(positionals));
            print(values, result, () => result.ok
                ? table(['MODULE', 'VERSION'], Object.entries(result.versions))
                : ['no versions work together:', ...result.explanation.split('\n').map(clean)]);
            return result.ok ? 0 : 1;
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
            takes(positionals, 0);
            const client = openClient(values);
            const status = await client.status();
            print(values, status, () => describeStatus(status, client.location));
            return 0;
        },
    },
};
function openClient(values) {
    return usage(() => new client_client/* RegistryClient */.b(registryFromOptions(values)));
}
/** The client's RangeErrors (an unknown type, an empty search) are bad usage of the command. */
async function ask(query) {
    try {
        return await query;
    }
    catch (error) {
        throw error instanceof RangeError ? new UsageError(error.message) : error;
    }
}
/** Checks the number of arguments (none, or one `what`); returns the first. */
function takes(positionals, count, what = '') {
    if (positionals.length > count)
        throw new UsageError(`unexpected argument ${JSON.stringify(positionals[count])}`);
    if (positionals.length < count)
        throw new UsageError(`${what} is required`);
    return positionals[0] ?? '';
}
function print(values, data, lines) {
    console.log(values.json ? JSON.stringify(data, null, 2) : lines().join('\n'));
}
function moduleTable(modules, empty) {
    if (modules.length === 0)
        return [empty];
    const rows = modules.map((module) => [
        module.name,
        module.type,
        module.version ?? '-',
        module.visibility,
        module.status ?? '-',
        shorten(module.description ?? '', 72),
    ]);
    const count = `${modules.length} module${modules.length === 1 ? '' : 's'}`;
    return [...table(['NAME', 'TYPE', 'VERSION', 'VISIBILITY', 'STATUS', 'DESCRIPTION'], rows), count];
}
function topicTable(topics, empty) {
    if (topics.length === 0)
        return [empty];
    return table(['TOPIC', 'MODULES', 'NAMES'], topics.map((use) => [use.topic, String(use.modules.length), shorten(use.modules.join(', '), 72)]));
}
function moduleDetailLines(module, links, status) {
    const fields = [
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
    ];
    const lines = [module.name];
    for (const [label, value] of fields)
        if (value !== null && value !== undefined)
            lines.push(`  ${label.padEnd(13)}${clean(value)}`);
    if (links.length === 0)
        lines.push(`  ${'dependencies'.padEnd(13)}none`);
    else
        lines.push('  dependencies', ...dependencyTable(links).map((line) => `    ${line}`));
    if (status?.stale)
        lines.push(`  ${'stale'.padEnd(13)}${clean(status.stale)}`);
    if (status && status.problems.length > 0)
        lines.push('  problems', ...status.problems.map((problem) => `    ${clean((0,problems/* formatProblem */.Vw)(problem))}`));
    return lines;
}
function describeStatus(status, location) {
    const modules = Object.entries(status.modules);
    const withHealth = (health) => modules.filter(([, module]) => module.health === health);
    const counts = (record) => Object.entries(record)
        .map(([key, count]) => `${key} ${count}`)
        .join(', ');
    const lines = [
        `registry    ${location}`,
        `modules     ${status.totals.modules} (${counts(status.totals.by_type)})`,
        `visibility  ${counts(status.totals.by_visibility)}`,
        `health      ${counts(status.totals.by_health)}`,
        `view        ${status.complete_view ? 'complete' : 'partial: the last update could not see every repository'}`,
        `hash        ${status.registry_hash}`,
    ];
    if (status.problems.length > 0)
        lines.push('', 'registry problems:', ...status.problems.map((problem) => `  ${clean((0,problems/* formatProblem */.Vw)(problem))}`));
    const errors = withHealth('error');
    if (errors.length > 0)
        lines.push('', 'modules with errors:');
    for (const [name, module] of errors) {
        lines.push(`  ${name}`, ...(0,problems/* errorsOf */.Bp)(module.problems).map((p) => `    ${clean((0,problems/* formatProblem */.Vw)(p))}`));
    }
    const warnings = withHealth('warning').map(([name]) => name);
    if (warnings.length > 0)
        lines.push('', `modules with warnings (cim-registry get NAME shows them): ${warnings.join(', ')}`);
    return lines;
}
function dependencyTable(links) {
    return table(['DEPENDENCY', 'RANGE', 'REGISTERED', 'SATISFIED'], links.map((link) => [
        link.to,
        link.range,
        link.registered ? (link.version ?? 'no version') : 'not registered',
        satisfied(link),
    ]));
}
function versionTable(versions) {
    const locked = (entry) => entry.locked === null
        ? 'no lock file'
        : Object.entries(entry.locked)
            .map(([name, lock]) => `${name} ${lock.version ?? lock.commit?.slice(0, 7) ?? '?'}`)
            .join(', ') || '-';
    return table(['VERSION', 'TAG', 'COMMIT', 'DATE', 'CI', 'BUILT WITH'], versions.map((entry) => [
        entry.version +
            (entry.manifest_version !== null && entry.manifest_version !== entry.version
                ? ` (manifest ${entry.manifest_version})`
                : ''),
        entry.tag + (entry.moved_from ? ' (moved)' : ''),
        entry.commit.slice(0, 7),
        entry.date?.slice(0, 10) ?? '-',
        entry.ci ?? '-',
        locked(entry),
    ]));
}
function compatTable(name, result) {
    const rows = Object.entries(result);
    if (rows.length === 0)
        return [`${name} has no dependencies`];
    return table(['DEPENDENCY', 'DECLARED', 'LOCKED', 'NEWEST', 'SATISFIED', 'VERIFIED'], rows.map(([dependency, entry]) => [
        dependency,
        entry.declared ?? '-',
        entry.locked ?? '-',
        entry.newest ?? '-',
        entry.satisfied === null ? '-' : entry.satisfied ? 'yes' : 'no',
        entry.verified.join(', ') || '-',
    ]));
}
function driftTable(entries) {
    const modules = new Set(entries.map((entry) => entry.module)).size;
    return [
        ...table(['MODULE', 'DEPENDENCY', 'LOCKED', 'NEWEST', 'SOURCE', 'REPRODUCIBLE'], entries.map((entry) => [
            entry.module,
            entry.dependency,
            entry.locked ?? entry.commit?.slice(0, 7) ?? '-',
            entry.newest ?? '-',
            entry.source,
            entry.reproducible ? 'yes' : 'no',
        ])),
        `${entries.length} drift entr${entries.length === 1 ? 'y' : 'ies'} in ${modules} module${modules === 1 ? '' : 's'}`,
    ];
}
function satisfied(link) {
    return link.satisfied === null ? '-' : link.satisfied ? 'yes' : 'no';
}
/** Columns padded to their widest cell, two spaces apart; the last column is not padded. */
function table(header, rows) {
    const cells = [header, ...rows.map((row) => row.map(clean))];
    const widths = header.map((_, i) => cells.reduce((width, row) => Math.max(width, row[i].length), 0));
    return cells.map((row) => row
        .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd());
}
function shorten(text, max) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
/** Control characters (ESC, newlines, C1) become spaces: module text must not drive the terminal. */
function clean(text) {
    return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/@nats-io/jetstream/lib/mod.js
var mod = __webpack_require__(4091);
// EXTERNAL MODULE: ./src/events/backoff.ts
var events_backoff = __webpack_require__(2513);
// EXTERNAL MODULE: ./src/events/connection.ts
var connection = __webpack_require__(77953);
// EXTERNAL MODULE: ./src/events/event.ts
var events_event = __webpack_require__(17137);
;// CONCATENATED MODULE: ./src/events/log.ts
function jsonLogger(write = (line) => process.stdout.write(line), now = () => new Date()) {
    return (level, action, fields = {}) => {
        write(`${JSON.stringify({ time: now().toISOString(), level, action, ...fields })}\n`);
    };
}
/** Sorted sequence numbers as compact ranges (`1-500,502`): a batch of thousands stays one short line. */
function seqRanges(seqs) {
    const sorted = [...new Set(seqs)].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1)
            j++;
        parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
        i = j + 1;
    }
    return parts.join(',');
}
/** The inverse of seqRanges. */
function parseSeqRanges(text) {
    if (text === '')
        return [];
    return text.split(',').flatMap((part) => {
        const [from, to] = part.split('-').map(Number);
        if (to === undefined)
            return [from];
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
}

// EXTERNAL MODULE: ./src/events/jetstream-publish.ts
var jetstream_publish = __webpack_require__(44596);
// EXTERNAL MODULE: ./node_modules/@nats-io/transport-node/index.js
var transport_node = __webpack_require__(43948);
;// CONCATENATED MODULE: ./src/events/provision.ts
/**
 * The event path's JetStream objects: the stream that keeps module events, a stream of its own for dead letters, and
 * the bridge's durable consumer. Their configuration is pure (so the README's server configuration and `nats setup`
 * cannot drift apart); `setupEventPath` reads what the server has, checks the whole plan against it (cluster size
 * for replicas, account limits, the server's payload limit, fields a server cannot change, subjects another stream
 * owns) before changing anything, and undoes its own steps when a later one is refused, so a refused setup leaves
 * everything as it was.
 */




const DEFAULT_STREAM = 'CIM_MODULES';
const DEFAULT_CONSUMER = 'cim-registry-bridge';
/**
 * Events that failed validation, republished by the bridge to a stream of their own: outside the event stream's
 * subjects, so that no amount of junk counts against the event stream's limits (two streams cannot share subjects).
 */
const DEFAULT_DEAD_LETTER_SUBJECT = 'cim.dead-letter.module';
const DEFAULT_DEAD_LETTER_STREAM = 'CIM_MODULES_DEAD_LETTERS';
/** What is kept of an invalid payload in its dead letter: enough to see what it was, never a large message. */
const DEAD_LETTER_COPY_BYTES = 1024;
/**
 * Room for a message's headers within the stream's `max_msg_size`, which counts headers and payload together
 * (nats-server stream.go: `len(hdr)+len(msg) > maxMsgSize` -> "message size exceeds maximum allowed"). The event's
 * `Nats-Msg-Id` is at most ~450 bytes (a 100-character repository, a 255-character ref, a SHA, a run id).
 */
const HEADER_ALLOWANCE_BYTES = 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
const DEFAULT_STREAM_SETTINGS = {
    stream: DEFAULT_STREAM,
    subjects: ['cim.module.>'],
    replicas: 1,
    // Re-runs usually come within hours; a week covers a weekend. The client is idempotent beyond it anyway,
    // since every update run reconciles the whole organization.
    duplicateWindowMs: 7 * DAY_MS,
    maxAgeMs: 30 * DAY_MS,
    maxMessages: 1_000_000,
    maxBytes: 1024 * 1024 * 1024,
    maxEventBytes: events_event/* MAX_EVENT_BYTES */.Au,
};
const DEFAULT_DEAD_LETTER_SETTINGS = {
    stream: DEFAULT_DEAD_LETTER_STREAM,
    subject: DEFAULT_DEAD_LETTER_SUBJECT,
    replicas: 1,
    maxAgeMs: 30 * DAY_MS,
    // The oldest dead letters make room for new ones: this stream is for a person to look at, never for work.
    maxMessages: 100_000,
    maxBytes: 256 * 1024 * 1024,
};
const DEFAULT_CONSUMER_SETTINGS = {
    stream: DEFAULT_STREAM,
    consumer: DEFAULT_CONSUMER,
    subject: events_event/* DEFAULT_SUBJECT */.VM,
    ackWaitMs: 60_000,
    maxAckPending: 20_000,
    replicas: 1,
};
function streamConfig(settings) {
    return {
        name: settings.stream,
        description: 'CIM module events (cim-registry-action)',
        subjects: settings.subjects,
        retention: mod/* RetentionPolicy */.P0.Limits,
        storage: mod/* StorageType */.eL.File,
        // A full stream refuses new messages instead of evicting the oldest, which may be events not yet dispatched
        // (https://docs.nats.io/nats-concepts/jetstream/streams#discardpolicy). The publisher then falls back to a
        // direct repository_dispatch.
        discard: mod/* DiscardPolicy */.vA.New,
        num_replicas: settings.replicas,
        duplicate_window: (0,transport_node.nanos)(settings.duplicateWindowMs),
        max_age: (0,transport_node.nanos)(settings.maxAgeMs),
        max_msgs: settings.maxMessages,
        max_bytes: settings.maxBytes,
        max_msg_size: settings.maxEventBytes + HEADER_ALLOWANCE_BYTES,
    };
}
function deadLetterStreamConfig(settings) {
    return {
        name: settings.stream,
        description: 'CIM module events that failed validation, with the reason (cim-registry-action)',
        subjects: [settings.subject],
        retention: mod/* RetentionPolicy */.P0.Limits,
        storage: mod/* StorageType */.eL.File,
        discard: mod/* DiscardPolicy */.vA.Old,
        num_replicas: settings.replicas,
        // The bridge's retries of one dead letter carry the same id.
        duplicate_window: (0,transport_node.nanos)(2 * 60_000),
        max_age: (0,transport_node.nanos)(settings.maxAgeMs),
        max_msgs: settings.maxMessages,
        max_bytes: settings.maxBytes,
        max_msg_size: DEAD_LETTER_COPY_BYTES + 2 * HEADER_ALLOWANCE_BYTES,
    };
}
function consumerConfig(settings) {
    return {
        durable_name: settings.consumer,
        description: 'cim-registry bridge: module events to repository_dispatch',
        filter_subject: settings.subject,
        ack_policy: mod/* AckPolicy */.I3.Explicit,
        deliver_policy: mod/* DeliverPolicy */.yC.All,
        replay_policy: mod/* ReplayPolicy */.Qd.Instant,
        ack_wait: (0,transport_node.nanos)(settings.ackWaitMs),
        // Never give up on an event: a dispatch that keeps failing leaves it pending, never drops it.
        max_deliver: -1,
        max_ack_pending: settings.maxAckPending,
        num_replicas: settings.replicas,
    };
}
/** True when `subject` is matched by one of the stream's subject filters (`*` one token, `>` the rest). */
function subjectCovered(subject, filters) {
    const tokens = subject.split('.');
    return filters.some((filter) => {
        const parts = filter.split('.');
        for (let i = 0; i < parts.length; i++) {
            if (parts[i] === '>')
                return tokens.length > i;
            if (i >= tokens.length || (parts[i] !== '*' && parts[i] !== tokens[i]))
                return false;
        }
        return parts.length === tokens.length;
    });
}
/** A refused setup: every reason found, and nothing changed. */
class SetupRefused extends errors/* CimError */.o {
    reasons;
    name = 'SetupRefused';
    constructor(reasons) {
        super('NATS_SETUP_REFUSED', `nats setup refused, nothing changed:\n${reasons.map((reason) => `  - ${reason}`).join('\n')}`);
        this.reasons = reasons;
    }
}
/**
 * Creates or updates the dead-letter stream, the event stream and the consumer, in that order, after checking the
 * whole plan against the server. When a step is refused anyway, the steps done are undone (a created object is
 * deleted, an updated one gets its old configuration back) and the error says so.
 */
async function setupEventPath(jsm, settings, facts) {
    const stream = streamConfig(settings.stream);
    const deadLetters = deadLetterStreamConfig(settings.deadLetters);
    const consumer = consumerConfig(settings.consumer);
    const [streamInfo, deadLetterInfo, consumerInfo] = await Promise.all([
        jsm.streams.info(stream.name).catch(notFound),
        jsm.streams.info(deadLetters.name).catch(notFound),
        jsm.consumers.info(stream.name, consumer.durable_name).catch(notFound),
    ]);
    const owners = await subjectOwners(jsm, [settings.consumer.subject, settings.deadLetters.subject]);
    const reasons = checkPlan(settings, facts, {
        stream: streamInfo?.config ?? null,
        deadLetters: deadLetterInfo?.config ?? null,
        consumer: consumerInfo?.config ?? null,
        owners,
        ...(await reservedBytes(jsm).then((bytes) => (bytes === undefined ? {} : { reservedBytes: bytes }))),
    });
    if (reasons.length > 0)
        throw new SetupRefused(reasons);
    const streamStep = (config, existing) => ({
        what: `stream ${config.name}`,
        existing: existing,
        wanted: config,
        apply: () => (existing ? jsm.streams.update(config.name, withoutName(config)) : jsm.streams.add(config)),
        undo: () => (existing ? jsm.streams.update(config.name, withoutName(existing)) : jsm.streams.delete(config.name)),
    });
    const steps = [
        streamStep(deadLetters, deadLetterInfo?.config ?? null),
        streamStep(stream, streamInfo?.config ?? null),
        {
            what: `consumer ${consumer.durable_name}`,
            existing: (consumerInfo?.config ?? null),
            wanted: consumer,
            apply: () => consumerInfo
                ? jsm.consumers.update(stream.name, consumer.durable_name, consumer)
                : jsm.consumers.add(stream.name, consumer),
            undo: () => consumerInfo
                ? jsm.consumers.update(stream.name, consumer.durable_name, consumerInfo.config)
                : jsm.consumers.delete(stream.name, consumer.durable_name),
        },
    ];
    const outcomes = [];
    const done = [];
    for (const step of steps) {
        if (step.existing && sameFields(step.existing, step.wanted)) {
            outcomes.push('unchanged');
            continue;
        }
        try {
            await step.apply();
        }
        catch (error) {
            const undone = await undo(done);
            throw new Error(`${step.what}: the server refused the change (${error.message}); ${undone}`);
        }
        done.push(step);
        outcomes.push(step.existing ? 'updated' : 'created');
    }
    return { stream: outcomes[1], deadLetters: outcomes[0], consumer: outcomes[2] };
}
async function undo(done) {
    if (done.length === 0)
        return 'nothing was changed';
    const failed = [];
    for (const step of [...done].reverse()) {
        await step.undo().catch((error) => failed.push(`${step.what} (${error.message})`));
    }
    const names = done.map((step) => step.what).join(', ');
    return failed.length === 0
        ? `undid the change of ${names}`
        : `could not undo ${failed.join(', ')}: check them by hand`;
}
/** Every reason the plan cannot work on this server; pure, so each is tested without one. */
function checkPlan(settings, facts, existing) {
    const reasons = [];
    const { stream, deadLetters, consumer } = settings;
    const replicas = Math.max(stream.replicas, deadLetters.replicas, consumer.replicas);
    // Only a server that is not clustered at all is refused here; too few servers in a cluster is the server's to say
    // ("insufficient resources"), and the steps done by then are undone. Streams that already have their replicas
    // are left alone.
    const placed = existing.stream?.num_replicas === stream.replicas && existing.deadLetters?.num_replicas === deadLetters.replicas;
    if (!placed && replicas > 1 && !facts.cluster) {
        reasons.push(`--replicas ${replicas} needs a JetStream cluster of at least ${replicas} servers; this server is not clustered (use --replicas 1)`);
    }
    if (stream.maxAgeMs > 0 && stream.duplicateWindowMs > stream.maxAgeMs) {
        reasons.push('the duplicate window cannot be longer than the maximum age');
    }
    const messageBytes = stream.maxEventBytes + HEADER_ALLOWANCE_BYTES;
    if (messageBytes > facts.maxPayload) {
        reasons.push(`events of ${stream.maxEventBytes} bytes plus headers exceed the server's max_payload of ${facts.maxPayload} bytes`);
    }
    reasons.push(...accountReasons(settings, facts.account, existing));
    for (const [config, wanted] of [
        [existing.stream, stream.stream],
        [existing.deadLetters, deadLetters.stream],
    ]) {
        if (config && config.storage !== mod/* StorageType */.eL.File)
            reasons.push(`stream ${wanted} exists with ${config.storage} storage, which cannot be changed to file`);
        if (config && config.retention !== mod/* RetentionPolicy */.P0.Limits) {
            reasons.push(`stream ${wanted} exists with ${config.retention} retention, which cannot be changed to limits`);
        }
    }
    for (const [subject, owner] of existing.owners) {
        const expected = subject === deadLetters.subject ? deadLetters.stream : stream.stream;
        if (owner !== expected)
            reasons.push(`subject ${subject} is already captured by stream ${owner}`);
    }
    if (existing.consumer && existing.consumer.filter_subject && existing.consumer.filter_subject !== consumer.subject) {
        reasons.push(`consumer ${consumer.consumer} reads ${existing.consumer.filter_subject}, not ${consumer.subject}; ` +
            'a server before 2.10 cannot change that: delete the consumer first');
    }
    return reasons;
}
/**
 * The account's JetStream limits that apply to streams of `replicas` replicas, and its usage under them. An account
 * with tiered limits (operator/JWT mode: https://docs.nats.io/running-a-nats-service/configuration/resource_management)
 * reports them per tier under `tiers.R1`, `tiers.R3`, ..., with zeros at the top level; null when it has tiers but
 * none for this replica count (JetStream is then not enabled for it).
 */
function accountTier(account, replicas) {
    const tiers = Object.entries(account.tiers ?? {}).filter((entry) => entry[1] !== undefined);
    if (tiers.length === 0)
        return { name: 'the account', usage: account };
    const tier = tiers.find(([name]) => name === `R${replicas}`);
    return tier ? { name: `the account's tier ${tier[0]}`, usage: tier[1] } : null;
}
function accountReasons(settings, account, existing) {
    const reasons = [];
    const replicas = Math.max(settings.stream.replicas, settings.deadLetters.replicas);
    const tier = accountTier(account, replicas);
    if (!tier) {
        const names = Object.keys(account.tiers ?? {}).join(', ');
        return [
            `the account has no JetStream limits for ${replicas} replicas (its tiers: ${names}): use --replicas to match one, or ask for an R${replicas} tier`,
        ];
    }
    const { name, usage } = tier;
    const limits = usage.limits;
    const newStreams = (existing.stream ? 0 : 1) + (existing.deadLetters ? 0 : 1);
    if (limits.max_streams > 0 && usage.streams + newStreams > limits.max_streams) {
        reasons.push(`${name} may have ${limits.max_streams} streams and has ${usage.streams}; setup needs ${newStreams} more`);
    }
    if (limits.max_consumers > 0 && !existing.consumer && usage.consumers + 1 > limits.max_consumers) {
        reasons.push(`${name} may have ${limits.max_consumers} consumers and has ${usage.consumers}`);
    }
    // Reserved storage: a stream's max_bytes (times its replicas) counts against the storage limit as long as the
    // stream exists, so what other streams reserve counts too; of ours, only what is new or grows.
    const growth = (wanted, wantedReplicas, config) => Math.max(0, wanted * wantedReplicas - (config ? Math.max(0, config.max_bytes) * config.num_replicas : 0));
    const added = growth(settings.stream.maxBytes, settings.stream.replicas, existing.stream) +
        growth(settings.deadLetters.maxBytes, settings.deadLetters.replicas, existing.deadLetters);
    const reserved = typeof usage.reserved_storage === 'number' ? usage.reserved_storage : (existing.reservedBytes ?? 0);
    if (limits.max_storage > 0 && added > 0 && reserved + added > limits.max_storage) {
        reasons.push(`the streams' max_bytes add ${added} bytes (with replicas) to the ${reserved} bytes already reserved, ` +
            `past the storage limit of ${limits.max_storage} bytes of ${name}`);
    }
    for (const wanted of [settings.stream, settings.deadLetters]) {
        if (limits.storage_max_stream_bytes > 0 && wanted.maxBytes > limits.storage_max_stream_bytes) {
            reasons.push(`stream ${wanted.stream}'s max_bytes ${wanted.maxBytes} exceeds the largest stream ${name} allows, ${limits.storage_max_stream_bytes} bytes`);
        }
    }
    if (limits.max_ack_pending > 0 && settings.consumer.maxAckPending > limits.max_ack_pending) {
        reasons.push(`max_ack_pending ${settings.consumer.maxAckPending} exceeds the limit of ${limits.max_ack_pending} of ${name}`);
    }
    return reasons;
}
/** The file storage reserved by the account's streams: the sum of their max_bytes times their replicas. */
async function reservedBytes(jsm) {
    let total = 0;
    try {
        for await (const info of jsm.streams.list()) {
            if (info.config.storage === mod/* StorageType */.eL.File && info.config.max_bytes > 0)
                total += info.config.max_bytes * info.config.num_replicas;
        }
    }
    catch {
        // Credentials that may not list streams: the server's own refusal (and the undo) remains.
        return undefined;
    }
    return total;
}
/** Which stream captures each subject now (a stream name lookup by subject); subjects no stream captures are left out. */
async function subjectOwners(jsm, subjects) {
    const owners = new Map();
    for (const subject of subjects) {
        const owner = await jsm.streams.find(subject).catch(() => null);
        if (owner)
            owners.set(subject, owner);
    }
    return owners;
}
function withoutName(config) {
    const { name: _name, ...rest } = config;
    return rest;
}
function notFound(error) {
    if (/not found/i.test(error.message))
        return null;
    throw error;
}
/** Whether every field of `wanted` has the same value in `actual` (arrays compared element-wise). */
function sameFields(actual, wanted) {
    const current = actual;
    return Object.entries(wanted).every(([key, value]) => JSON.stringify(current[key]) === JSON.stringify(value));
}
/** Creates the stream, or updates the settings this project manages on an existing one (tests and benchmarks). */
async function ensureStream(jsm, settings) {
    return ensure(jsm, streamConfig(settings));
}
/** The same for the dead-letter stream. */
async function ensureDeadLetterStream(jsm, settings) {
    return ensure(jsm, deadLetterStreamConfig(settings));
}
async function ensure(jsm, wanted) {
    const existing = await jsm.streams.info(wanted.name).catch(notFound);
    if (!existing) {
        await jsm.streams.add(wanted);
        return 'created';
    }
    if (sameFields(existing.config, wanted))
        return 'unchanged';
    await jsm.streams.update(wanted.name, withoutName(wanted));
    return 'updated';
}
/** Creates the bridge's durable consumer, or updates the settings this project manages on it. */
async function ensureConsumer(jsm, settings) {
    const wanted = consumerConfig(settings);
    const existing = await jsm.consumers.info(settings.stream, settings.consumer).catch(notFound);
    if (!existing) {
        await jsm.consumers.add(settings.stream, wanted);
        return 'created';
    }
    if (sameFields(existing.config, wanted))
        return 'unchanged';
    await jsm.consumers.update(settings.stream, settings.consumer, wanted);
    return 'updated';
}

// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
;// CONCATENATED MODULE: ./src/events/bridge/coalesce.ts
/**
 * Coalescing, pure: events that arrive within one window become one dispatch, since every update run reconciles
 * the whole organization and N dispatches would start N identical runs. The window opens with the first event
 * held, so no event waits longer than the window (plus a backoff after a failed dispatch) before a dispatch that
 * covers it is sent. Holding is not acknowledging: the caller acks a batch only after GitHub accepted its dispatch.
 */

class Coalescer {
    windowMs;
    held = new Map();
    openedAt = null;
    notBefore = 0;
    constructor(windowMs) {
        this.windowMs = windowMs;
    }
    get size() {
        return this.held.size;
    }
    /** Holds an event; a redelivery replaces the handle of the copy held (the newest delivery is the one to ack). */
    add(item, now) {
        if (this.held.size === 0)
            this.openedAt = now;
        this.held.set(item.seq, item);
    }
    /** When the held events are due for a dispatch, or null when nothing is held. */
    dueAt() {
        return this.openedAt === null ? null : Math.max(this.openedAt + this.windowMs, this.notBefore);
    }
    /** No dispatch before `time`: after a failed dispatch, the events arriving meanwhile wait out the backoff too. */
    deferUntil(time) {
        this.notBefore = Math.max(this.notBefore, time);
    }
    /** Removes and returns every held event, oldest first; the next event opens a new window. */
    take() {
        const batch = [...this.held.values()].sort((a, b) => a.seq - b.seq);
        this.held.clear();
        this.openedAt = null;
        return batch;
    }
}
/** At most this many module names are listed in a coalesced dispatch: a hint, not an inventory. */
const MAX_LISTED_MODULES = 20;
/**
 * The client_payload of the dispatch that covers `events`: the newest event as it is (7 keys), and for a batch of
 * more than one also `coalesced` with the number of events and the modules they name (8 keys, under GitHub's 10).
 */
function dispatchPayload(events) {
    const newest = events[events.length - 1];
    if (newest === undefined)
        throw new Error('a dispatch covers at least one event');
    if (events.length === 1)
        return { ...newest };
    const modules = [...new Set(events.map((event) => event.module))].sort(order/* compareStrings */.Kt);
    return {
        ...newest,
        coalesced: {
            events: events.length,
            modules: modules.slice(0, MAX_LISTED_MODULES),
            ...(modules.length > MAX_LISTED_MODULES ? { more_modules: modules.length - MAX_LISTED_MODULES } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/github/dispatch.ts
var dispatch = __webpack_require__(68077);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./src/events/bridge/health.ts
/**
 * The bridge's health and metrics endpoint on a loopback port, for a service manager, a container health check or
 * a Prometheus agent inside the same network namespace: `GET /healthz` answers 200 while the bridge makes
 * progress and 503 with the reasons otherwise (JSON); `GET /metrics` answers the Prometheus text format. It
 * listens on 127.0.0.1 only: it tells how busy the bridge is and has no business on a public interface.
 */

async function startHealthServer(port, state, metrics) {
    const server = (0,external_node_http_.createServer)((request, response) => {
        const path = (request.url ?? '/').split('?')[0];
        if (request.method === 'GET' && path === '/metrics') {
            metrics.metrics().then((text) => response.writeHead(200, { 'content-type': metrics.contentType }).end(text), (error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(`${error.message}\n`));
            return;
        }
        if (request.method !== 'GET' || (path !== '/healthz' && path !== '/')) {
            response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
            return;
        }
        const current = state();
        response
            .writeHead(current.healthy ? 200 : 503, { 'content-type': 'application/json' })
            .end(`${JSON.stringify(current)}\n`);
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    return {
        port: typeof address === 'object' && address ? address.port : port,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

// EXTERNAL MODULE: ./node_modules/prom-client/index.js
var prom_client = __webpack_require__(95222);
;// CONCATENATED MODULE: ./src/events/bridge/metrics.ts
/**
 * The bridge's Prometheus metrics (prom-client), served at `/metrics` beside `/healthz`. A registry of its own per
 * bridge, so that two bridges in one process (the tests) never share counters. Names follow the Prometheus
 * conventions (https://prometheus.io/docs/practices/naming/): `_total` for counters, base units (seconds).
 */

/** The event counters: what `/metrics` exports as `cim_bridge_events_<name>_total` and the `stopped` log line sums up. */
const EVENT_COUNTERS = {
    received: 'Event deliveries fetched from the consumer, redeliveries included',
    redelivered: 'Deliveries the server had made before (ack wait passed, or a nak)',
    dispatched: 'Events covered by a repository_dispatch that GitHub accepted',
    acked: 'Events acknowledged after their dispatch was accepted',
    naked: "Events nak'ed for redelivery (a failed dispatch, shutdown, a dead letter not stored yet)",
    dead_lettered: 'Invalid events dead-lettered and terminated',
};
/** `oldestPendingSeconds` and `connected` are read when scraped. */
function createBridgeMetrics(read) {
    const registry = new prom_client.Registry();
    const totals = Object.fromEntries(Object.keys(EVENT_COUNTERS).map((name) => [name, 0]));
    const counters = Object.fromEntries(Object.entries(EVENT_COUNTERS).map(([name, help]) => [
        name,
        new prom_client.Counter({ name: `cim_bridge_events_${name}_total`, help, registers: [registry] }),
    ]));
    new prom_client.Gauge({
        name: 'cim_bridge_oldest_pending_seconds',
        help: 'Age of the oldest event this bridge holds without an ack (0 when none)',
        registers: [registry],
        collect() {
            this.set(read.oldestPendingSeconds());
        },
    });
    new prom_client.Gauge({
        name: 'cim_bridge_nats_connected',
        help: '1 while connected to NATS',
        registers: [registry],
        collect() {
            this.set(read.connected() ? 1 : 0);
        },
    });
    return {
        registry,
        count(name, n = 1) {
            totals[name] += n;
            counters[name].inc(n);
        },
        totals: () => ({ ...totals }),
        dispatches: new prom_client.Counter({
            name: 'cim_bridge_dispatches_total',
            help: 'repository_dispatch requests, by outcome',
            labelNames: ['outcome'],
            registers: [registry],
        }),
        dispatchSeconds: new prom_client.Histogram({
            name: 'cim_bridge_dispatch_duration_seconds',
            help: 'Time GitHub took to answer a repository_dispatch (or the timeout)',
            buckets: [0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
            registers: [registry],
        }),
    };
}

;// CONCATENATED MODULE: ./src/events/bridge/bridge.ts
/**
 * The bridge: a durable pull consumer on the event stream that turns module events into repository_dispatch on
 * the registry repository. Four loops share one state:
 *
 * - pull: fetches events; an event that fails validation is dead-lettered (a stream of its own), removed and
 *   terminated; a valid one is held by the coalescer;
 * - dispatch: when the coalescing window is due, sends one dispatch for everything held, acks the batch only after
 *   GitHub accepted it, and naks it with backoff otherwise (so every event is acked after a dispatch that covers it,
 *   or is still pending in the stream);
 * - status: follows the NATS connection, which reconnects on its own after a server restart;
 * - progress: tells the server that events held or in flight past half the ack wait are still being worked on
 *   (`working()`, +WPI: https://docs.nats.io/using-nats/developer/develop_jetstream/consumers#acknowledgement-models),
 *   so that a slow GitHub never makes the server redeliver, and so dispatch twice, what this bridge holds.
 *
 * Health is progress, not liveness: `/healthz` answers 503 when the bridge cannot fetch, cannot dispatch, or holds
 * an event for longer than `stuckAfterMs`, or has lost NATS; a consumer deleted under it ends the bridge (exit 1)
 * after CONSUMER_MISSING_LIMIT checks, since no retry brings it back.
 *
 * Stopping (SIGTERM in the command) stops pulling, lets the in-flight dispatch finish and ack, naks what is held and
 * the invalid events still waiting for a dead letter (redelivered once this bridge's pull request has expired),
 * abandons the dead letter in flight, and drains the connection, all within CLOSE_DEADLINE_MS.
 */











const DEFAULT_WINDOW_MS = 2000;
const DEFAULT_DISPATCH_TIMEOUT_MS = 10_000;
const DEFAULT_STUCK_AFTER_MS = 5 * 60_000;
const DISPATCH_BACKOFF = { initialMs: 1000, maxMs: 30_000 };
/** A rate limit without a time to come back: GitHub asks for at least a minute, then exponentially longer. */
const SECONDARY_RATE_LIMIT_BACKOFF = { initialMs: 60_000, maxMs: 16 * 60_000 };
/** A guard against a garbled header: GitHub's primary limits reset within the hour. */
const MAX_RATE_LIMIT_WAIT_MS = 61 * 60_000;
/** Checks in a row that find the consumer gone before the bridge gives up (exit 1). */
const CONSUMER_MISSING_LIMIT = 3;
/** A dispatch is one request: the dispatcher does not retry (its naks are its retries). */
const DISPATCH_ATTEMPTS = 1;
const CONNECT_BACKOFF = { initialMs: 250, maxMs: 5000 };
const FETCH_EXPIRES_MS = 1000;
/**
 * Naks on stop wait out this bridge's last pull request (open on the server until it expires), which would
 * otherwise take the redelivery and leave it with a process that is going away, until the ack wait ends.
 */
const STOP_NAK_DELAY_MS = 2 * FETCH_EXPIRES_MS;
const CONNECT_TIMEOUT_MS = 5000;
/** A dead letter that cannot be stored within this is nak'ed and tried again later. */
const DEAD_LETTER_TIMEOUT_MS = 5000;
/**
 * close() ends within this whatever NATS does (dead letters unanswered, a drain during an outage): well under the
 * 30 s that systemd (TimeoutStopSec) and docker (--stop-timeout) give before SIGKILL, as the README sets them.
 */
const CLOSE_DEADLINE_MS = 10_000;
/** Runs until `signal` aborts (then stops gracefully) or a failure no retry can fix (then throws). */
async function runBridge(options, signal) {
    const nc = await connectPatiently(options, signal);
    if (!nc)
        return;
    const bridge = new Bridge(nc, options);
    try {
        await bridge.run(signal);
    }
    finally {
        await bridge.close();
    }
}
/** Connects, retrying while the servers cannot be reached (a bridge may start before NATS does). */
async function connectPatiently(options, signal) {
    for (let attempt = 0; !signal.aborted; attempt++) {
        try {
            const nc = await (0,connection/* connectNats */.J4)(options.nats, {
                name: 'cim-registry-bridge',
                maxReconnectAttempts: -1,
                reconnectTimeWait: 250,
                timeout: CONNECT_TIMEOUT_MS,
            }, signal);
            options.log('info', 'connected', { server: nc.getServer() });
            return nc;
        }
        catch (error) {
            if (signal.aborted)
                break;
            const failure = error;
            if (failure.refused)
                throw failure;
            const delay = (0,events_backoff/* backoffDelay */.E)(attempt, CONNECT_BACKOFF);
            options.log('warn', 'connect-failed', { reason: failure.message, retry_in_ms: delay });
            await (0,events_backoff/* sleep */.y)(delay, signal);
        }
    }
    return null;
}
/** Whether events can be held and dispatched before the server redelivers them; pure, for the start-up check. */
function ackWaitBudget(parts, ackWaitMs) {
    const neededMs = parts.windowMs + parts.dispatchTimeoutMs * parts.attempts + parts.backoffMaxMs;
    const message = `window ${parts.windowMs} ms + dispatch timeout ${parts.dispatchTimeoutMs} ms x ${parts.attempts} + backoff ${parts.backoffMaxMs} ms ` +
        `= ${neededMs} ms must stay below the consumer's ack wait of ${ackWaitMs} ms, or held events are redelivered and ` +
        'dispatched twice: raise the ack wait (`cim-registry nats setup --ack-wait`) or lower --window / --dispatch-timeout';
    return { ok: neededMs < ackWaitMs, neededMs, message };
}
class Bridge {
    nc;
    options;
    log;
    coalescer;
    dispatch;
    maxEventBytes;
    dispatchTimeoutMs;
    stuckAfterMs;
    metrics;
    pending = new Map();
    unfinished = new Map();
    backoff;
    ackWaitMs = 0;
    connected = true;
    stopped = new AbortController();
    /** Resolvers of the dispatch loop's current pause: woken when a window opens and on stop. */
    waiters = new Set();
    fetching = null;
    deadLetters = Promise.resolve();
    /** Invalid events nak'ed without a dead letter because the bridge is stopping: logged once by close(). */
    nakedOnStop = [];
    health = null;
    progress = null;
    batches = 0;
    failures = 0;
    lastFetch = Date.now();
    failingSince = null;
    consumerMissing = 0;
    lastDispatch = null;
    constructor(nc, options) {
        this.nc = nc;
        this.options = options;
        this.log = options.log;
        this.coalescer = new Coalescer(options.windowMs);
        this.maxEventBytes = options.maxEventBytes ?? events_event/* MAX_EVENT_BYTES */.Au;
        this.dispatchTimeoutMs = options.dispatchTimeoutMs ?? DEFAULT_DISPATCH_TIMEOUT_MS;
        this.stuckAfterMs = options.stuckAfterMs ?? DEFAULT_STUCK_AFTER_MS;
        this.backoff = options.backoff ?? DISPATCH_BACKOFF;
        this.metrics = createBridgeMetrics({
            oldestPendingSeconds: () => this.oldestPendingMs() / 1000,
            connected: () => this.connected,
        });
        this.dispatch = (0,dispatch/* createDispatcher */.SM)({
            registryRepo: options.registryRepo,
            token: options.token,
            ...(options.githubApiUrl ? { baseUrl: options.githubApiUrl } : {}),
            ...(options.eventType ? { eventType: options.eventType } : {}),
            timeoutMs: this.dispatchTimeoutMs,
            log: (message) => this.log('warn', 'github', { message }),
        });
    }
    async run(signal) {
        const info = await this.consumerInfo(signal);
        if (!info)
            return;
        this.ackWaitMs = Math.round((info.config.ack_wait ?? 30e9) / 1e6);
        // A nak delay past half the ack wait buys nothing: the events held meanwhile would need working() sooner.
        this.backoff = { ...this.backoff, maxMs: Math.min(this.backoff.maxMs, Math.floor(this.ackWaitMs / 2)) };
        const budget = ackWaitBudget({
            windowMs: this.options.windowMs,
            dispatchTimeoutMs: this.dispatchTimeoutMs,
            attempts: DISPATCH_ATTEMPTS,
            backoffMaxMs: this.backoff.maxMs,
        }, this.ackWaitMs);
        if (!budget.ok)
            throw new Error(budget.message);
        if (this.options.healthPort !== undefined) {
            this.health = await startHealthServer(this.options.healthPort, () => this.state(), this.metrics.registry);
            const base = `http://127.0.0.1:${this.health.port}`;
            this.log('info', 'health', { port: this.health.port, url: `${base}/healthz`, metrics: `${base}/metrics` });
        }
        this.log('info', 'started', {
            stream: this.options.stream,
            consumer: this.options.consumer,
            registry_repo: this.options.registryRepo,
            org: this.options.org,
            window_ms: this.options.windowMs,
            ack_wait_ms: this.ackWaitMs,
            ack_wait_budget_ms: budget.neededMs,
        });
        const stop = () => this.stop();
        signal.addEventListener('abort', stop, { once: true });
        if (signal.aborted)
            stop();
        void this.followStatus();
        this.progress = setInterval(() => this.sendProgress(), Math.max(50, Math.floor(this.ackWaitMs / 4)));
        try {
            await Promise.all([this.pull(), this.dispatchLoop()]);
        }
        finally {
            signal.removeEventListener('abort', stop);
        }
    }
    /**
     * The consumer's configuration. A consumer that does not exist is the operator's to create; anything else (a
     * JetStream that is still starting, a timeout) is waited out. Null when stopped meanwhile.
     */
    async consumerInfo(signal) {
        for (let attempt = 0; !signal.aborted; attempt++) {
            try {
                const jsm = await (0,mod/* jetstreamManager */.xJ)(this.nc);
                return await jsm.consumers.info(this.options.stream, this.options.consumer);
            }
            catch (error) {
                const message = `cannot use consumer ${this.options.consumer} on stream ${this.options.stream}: ${error.message}`;
                if (/not found/i.test(error.message)) {
                    throw new Error(`${message} (create both with \`cim-registry nats setup\`)`);
                }
                const delay = (0,events_backoff/* backoffDelay */.E)(attempt, CONNECT_BACKOFF);
                this.log('warn', 'consumer-unavailable', { reason: message, retry_in_ms: delay });
                await (0,events_backoff/* sleep */.y)(delay, signal);
            }
        }
        return null;
    }
    get stopping() {
        return this.stopped.signal.aborted;
    }
    stop() {
        this.stopped.abort();
        this.fetching?.stop();
        this.wake();
    }
    /**
     * Stop: nak what is held and the invalid events still queued for a dead letter (redelivered to this bridge's
     * successor after STOP_NAK_DELAY_MS), abandon the dead letter in flight, drain; all within CLOSE_DEADLINE_MS.
     */
    async close() {
        const deadline = Date.now() + CLOSE_DEADLINE_MS;
        this.stop();
        if (this.progress)
            clearInterval(this.progress);
        const held = this.coalescer.take();
        for (const item of held)
            this.settle(item.handle, 'nak', STOP_NAK_DELAY_MS);
        if (held.length > 0)
            this.logBatch('info', 'nak', held, { reason: 'shutdown' });
        await within(this.deadLetters, deadline - Date.now());
        if (this.nakedOnStop.length > 0) {
            const seqs = this.nakedOnStop.splice(0);
            this.log('info', 'nak', {
                seqs: seqRanges(seqs),
                events: seqs.length,
                reason: 'shutdown: invalid events, dead letters not stored yet',
            });
        }
        if (!(await within((0,connection/* closeConnection */.Bn)(this.nc, true), deadline - Date.now())))
            await this.nc.close().catch(() => undefined);
        await this.health?.close();
        this.log('info', 'stopped', this.metrics.totals());
    }
    /** The age of the oldest event received and not yet acked or terminated, nak'ed and redelivered ones included. */
    oldestPendingMs(now = Date.now()) {
        let oldest = now;
        for (const seen of this.unfinished.values())
            oldest = Math.min(oldest, seen.first);
        return now - oldest;
    }
    /** Why the bridge is not making progress; empty when it is. */
    problems(now = Date.now()) {
        const problems = [];
        const stuck = (ms) => ms > this.stuckAfterMs;
        const seconds = (ms) => `${Math.round(ms / 1000)} s`;
        if (this.stopping)
            problems.push('stopping');
        if (!this.connected)
            problems.push('disconnected from NATS');
        if (this.consumerMissing > 0)
            problems.push(`consumer ${this.options.consumer} no longer exists`);
        if (stuck(now - this.lastFetch))
            problems.push(`no fetch succeeded for ${seconds(now - this.lastFetch)}`);
        if (this.failingSince !== null && stuck(now - this.failingSince)) {
            problems.push(`no dispatch accepted for ${seconds(now - this.failingSince)}`);
        }
        const oldest = this.oldestPendingMs(now);
        if (stuck(oldest))
            problems.push(`an event has waited ${seconds(oldest)} without an ack`);
        return problems;
    }
    state() {
        const problems = this.problems();
        return {
            healthy: problems.length === 0,
            problems,
            nats: this.connected ? 'connected' : 'disconnected',
            held: this.coalescer.size,
            pending: this.pending.size,
            oldest_pending_ms: this.oldestPendingMs(),
            consecutive_failures: this.failures,
            last_dispatch: this.lastDispatch,
            stuck_after_ms: this.stuckAfterMs,
            ...this.metrics.totals(),
        };
    }
    async followStatus() {
        for await (const status of this.nc.status()) {
            if (status.type === 'disconnect') {
                this.connected = false;
                this.log('warn', 'disconnected', { server: status.server });
            }
            else if (status.type === 'reconnect') {
                this.connected = true;
                this.log('info', 'reconnected', { server: status.server });
            }
            else if (status.type === 'error') {
                this.log('warn', 'nats-error', { reason: status.error.message });
            }
        }
    }
    /**
     * +WPI for every event held or in flight whose ack-wait clock is past its half. Also forgets nak'ed events that
     * have not come back within twice the ack wait after their nak delay: another bridge took them.
     */
    sendProgress() {
        const now = Date.now();
        for (const item of this.pending.values()) {
            if (now - item.touchedAt >= this.ackWaitMs / 2) {
                item.handle.working();
                item.touchedAt = now;
            }
        }
        for (const [seq, seen] of this.unfinished) {
            if (!this.pending.has(seq) && now - seen.last > 2 * this.ackWaitMs)
                this.unfinished.delete(seq);
        }
    }
    /** Acks, naks or terminates a delivery, and forgets it. */
    settle(handle, how, nakDelayMs) {
        if (how === 'ack')
            handle.ack();
        else if (how === 'term')
            handle.term();
        else
            handle.nak(nakDelayMs);
        if (how === 'ack')
            this.metrics.count('acked');
        if (how === 'nak') {
            this.metrics.count('naked');
            // Expected back after its delay (a rate limit's can be long): the purge in sendProgress counts from then.
            const seen = this.unfinished.get(handle.seq);
            if (seen)
                seen.last = Date.now() + (nakDelayMs ?? 0);
        }
        else
            this.unfinished.delete(handle.seq);
        this.pending.delete(handle.seq);
    }
    async pull() {
        const consumer = await (0,mod/* jetstream */.mm)(this.nc).consumers.get(this.options.stream, this.options.consumer);
        const batch = this.options.fetchBatch ?? 500;
        for (let failures = 0; !this.stopping;) {
            try {
                const messages = await consumer.fetch({ max_messages: batch, expires: FETCH_EXPIRES_MS });
                this.fetching = messages;
                for await (const message of messages)
                    this.receive(message);
                failures = 0;
                this.lastFetch = Date.now();
                this.consumerMissing = 0;
            }
            catch (error) {
                if (this.stopping)
                    break;
                // The client gave up on the connection (credentials refused after a reconnect): a restart is the way out.
                if (this.nc.isClosed())
                    throw new Error(`the NATS connection closed: ${error.message}`);
                await this.checkConsumer();
                const delay = (0,events_backoff/* backoffDelay */.E)(failures++, CONNECT_BACKOFF);
                this.log('warn', 'fetch-failed', { reason: error.message, retry_in_ms: delay });
                await (0,events_backoff/* sleep */.y)(delay, this.stopped.signal);
            }
            finally {
                this.fetching = null;
            }
        }
    }
    /**
     * After a failed fetch: is the consumer still there? A deleted consumer shows up as missed heartbeats or a 409
     * (nats.js consumer.js: "consumer_deleted", "heartbeats_missed") and no retry brings it back; after
     * CONSUMER_MISSING_LIMIT checks in a row the bridge stops with an error, for the service manager to see.
     */
    async checkConsumer() {
        try {
            await (await (0,mod/* jetstreamManager */.xJ)(this.nc)).consumers.info(this.options.stream, this.options.consumer);
            this.consumerMissing = 0;
        }
        catch (error) {
            if (!/not found/i.test(error.message))
                return;
            this.consumerMissing++;
            this.log('error', 'consumer-missing', { consumer: this.options.consumer, checks: this.consumerMissing });
            if (this.consumerMissing >= CONSUMER_MISSING_LIMIT) {
                throw new Error(`consumer ${this.options.consumer} on stream ${this.options.stream} no longer exists ` +
                    '(recreate it with `cim-registry nats setup`, then restart the bridge)');
            }
        }
    }
    receive(message) {
        const now = Date.now();
        this.metrics.count('received');
        if (message.redelivered)
            this.metrics.count('redelivered');
        this.pending.set(message.seq, { handle: message, touchedAt: now });
        this.unfinished.set(message.seq, { first: this.unfinished.get(message.seq)?.first ?? now, last: now });
        const check = (0,events_event/* decodeEvent */.H5)(message.data, { org: this.options.org, maxBytes: this.maxEventBytes });
        if (check.ok) {
            this.coalescer.add({ seq: message.seq, event: check.event, handle: message }, now);
            // The first event held opens a window: the dispatch loop, idle until now, learns when it is due.
            if (this.coalescer.size === 1)
                this.wake();
        }
        else {
            this.deadLetters = this.deadLetters.then(() => this.reject(message, check.reason));
        }
    }
    /**
     * Dead-letters an invalid event (the reason and a bounded copy, in the dead-letter stream), removes it from the
     * event stream so that junk never holds room that pending events need, and terminates it. Only while the dead
     * letter cannot be stored for a reason a retry can fix (no dead-letter stream yet, no ack in time) is the event
     * nak'ed to come back later; any other refusal (no permission, a message the client or the stream refuses, a full
     * stream, a closed connection) terminates it all the same, with the reason in the log: a retry would fail the
     * same way for ever.
     */
    async reject(message, reason) {
        if (this.stopping) {
            this.settle(message, 'nak', STOP_NAK_DELAY_MS);
            this.nakedOnStop.push(message.seq);
            return;
        }
        const copy = message.data.subarray(0, DEAD_LETTER_COPY_BYTES);
        let deadLetter = {};
        try {
            const stored = await (0,jetstream_publish/* publishWithRetry */.M4)((0,mod/* jetstream */.mm)(this.nc), copy, `dead-letter:${this.options.stream}:${message.seq}`, {
                subject: this.options.deadLetterSubject,
                timeoutMs: DEAD_LETTER_TIMEOUT_MS,
                signal: this.stopped.signal,
                headers: {
                    'Cim-Dead-Letter-Reason': reason,
                    'Cim-Original-Stream': this.options.stream,
                    'Cim-Original-Subject': message.subject,
                    'Cim-Original-Seq': String(message.seq),
                    'Cim-Original-Bytes': String(message.data.byteLength),
                    ...(copy.byteLength < message.data.byteLength ? { 'Cim-Truncated': 'true' } : {}),
                },
            });
            deadLetter = { dead_letter: this.options.deadLetterSubject, dead_letter_seq: stored.seq };
        }
        catch (error) {
            const failure = error;
            if (failure.kind === 'stopped') {
                this.settle(message, 'nak', STOP_NAK_DELAY_MS);
                this.nakedOnStop.push(message.seq);
                return;
            }
            if (failure.retryable) {
                const delay = this.backoff.maxMs;
                this.settle(message, 'nak', delay);
                const why = `invalid event (${reason}), dead letter not stored yet: ${failure.message}`;
                this.log('error', 'nak', { seqs: String(message.seq), events: 1, reason: why, delay_ms: delay });
                return;
            }
            deadLetter = { dead_letter: null, dead_letter_error: failure.message };
        }
        const removed = await this.removeFromStream(message.seq);
        // Plain +TERM: servers before 2.10 do not read a reason after it and would take the message as unacknowledged.
        this.settle(message, 'term');
        this.metrics.count('dead_lettered');
        this.log(deadLetter.dead_letter === null ? 'error' : 'warn', 'term', {
            seq: message.seq,
            reason,
            ...deadLetter,
            removed,
        });
    }
    /** Deletes an invalid message from the event stream; false (logged) when the server or a permission refuses. */
    async removeFromStream(seq) {
        try {
            const jsm = await (0,mod/* jetstreamManager */.xJ)(this.nc);
            return await jsm.streams.deleteMessage(this.options.stream, seq, false);
        }
        catch (error) {
            this.log('warn', 'remove-failed', { seq, reason: error.message });
            return false;
        }
    }
    async dispatchLoop() {
        while (!this.stopping) {
            const due = this.coalescer.dueAt();
            if (due === null || due > Date.now()) {
                await this.pause(due === null ? 60_000 : due - Date.now());
                continue;
            }
            await this.dispatchBatch(this.coalescer.take());
        }
    }
    async dispatchBatch(batch) {
        const id = ++this.batches;
        const payload = dispatchPayload(batch.map((item) => item.event));
        const started = Date.now();
        const newest = { module: payload.module, commit: payload.commit };
        this.logBatch('info', 'dispatch-start', batch, { batch: id, ...newest });
        const outcome = await this.dispatch(payload);
        const ms = Date.now() - started;
        this.metrics.dispatchSeconds.observe(ms / 1000);
        this.metrics.dispatches.inc({ outcome: outcome.ok ? 'accepted' : 'failed' });
        if (outcome.ok) {
            this.failures = 0;
            this.failingSince = null;
            this.lastDispatch = new Date().toISOString();
            this.metrics.count('dispatched', batch.length);
            this.logBatch('info', 'dispatch', batch, { batch: id, outcome: 'accepted', status: outcome.status, ms });
            for (const item of batch)
                this.settle(item.handle, 'ack');
            this.logBatch('info', 'ack', batch, { batch: id });
            return;
        }
        const delay = this.retryDelay(outcome);
        this.failures++;
        this.failingSince ??= started;
        // Events that arrive meanwhile wait too, and a window longer than the nak delay: the naked batch is back by
        // then and goes out in the same dispatch, instead of alternating with them.
        this.coalescer.deferUntil(Date.now() + delay + this.options.windowMs);
        this.logBatch(outcome.retryable ? 'warn' : 'error', 'dispatch', batch, {
            batch: id,
            outcome: 'failed',
            status: outcome.status ?? null,
            reason: outcome.reason,
            ms,
        });
        for (const item of batch)
            this.settle(item.handle, 'nak', delay);
        this.logBatch('warn', 'nak', batch, { batch: id, delay_ms: delay });
    }
    /**
     * The nak delay after a failed dispatch. GitHub's rate limits are waited out in full, however long: a nak'ed event
     * is not held, so the ack wait does not bound the delay, and "continuing to make requests while you are rate
     * limited may result in the banning of your integration"
     * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit):
     * until retry-after or x-ratelimit-reset when GitHub says, else at least a minute, doubling while it lasts. Other
     * retryable failures back off up to backoff.maxMs; a refusal that is the bridge's own configuration is retried as
     * rarely as the backoff allows.
     */
    retryDelay(outcome) {
        if (!outcome.retryable)
            return this.backoff.maxMs;
        const backoff = (0,events_backoff/* backoffDelay */.E)(this.failures, this.backoff);
        if (outcome.retryAfterMs !== undefined)
            return Math.min(Math.max(outcome.retryAfterMs, backoff), MAX_RATE_LIMIT_WAIT_MS);
        if (outcome.rateLimited)
            return (0,events_backoff/* backoffDelay */.E)(this.failures, SECONDARY_RATE_LIMIT_BACKOFF);
        return backoff;
    }
    logBatch(level, action, batch, fields) {
        this.log(level, action, { ...fields, events: batch.length, seqs: seqRanges(batch.map((item) => item.seq)) });
    }
    /** Waits `ms`, or less when woken (a window opened, or a stop). */
    pause(ms) {
        const controller = new AbortController();
        const resolve = () => controller.abort();
        this.waiters.add(resolve);
        return (0,events_backoff/* sleep */.y)(ms, controller.signal).finally(() => this.waiters.delete(resolve));
    }
    wake() {
        for (const resolve of this.waiters)
            resolve();
    }
}
/** Whether `promise` settled within `ms` (false: it is left running, its outcome ignored). */
async function within(promise, ms) {
    const timeUp = new AbortController();
    const settled = promise.then(() => true, () => true);
    const result = await Promise.race([settled, (0,events_backoff/* sleep */.y)(Math.max(0, ms), timeUp.signal).then(() => false)]);
    timeUp.abort();
    return result;
}

// EXTERNAL MODULE: ./src/util/repository-name.ts
var repository_name = __webpack_require__(37948);
;// CONCATENATED MODULE: ./src/events/duration.ts
/** Durations as people write them on a command line (`500ms`, `2s`, `5m`, `24h`, `7d`), in milliseconds. */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
function parseDuration(text) {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
    if (!match)
        throw new Error(`${JSON.stringify(text)} is not a duration such as 500ms, 30s, 5m, 24h or 7d`);
    return Math.round(Number(match[1]) * UNITS[match[2]]);
}

;// CONCATENATED MODULE: ./src/cli/nats.ts
/**
 * The event-path commands of `cim-registry`: `nats setup` (create or update the stream and the bridge's consumer)
 * and `bridge` (the long-running service that turns module events into repository_dispatch). Secrets never come
 * from the command line, where `ps` shows them to everyone: only from files and named environment variables.
 */











/** How long `nats setup` waits for the server's greeting: an endpoint that never speaks NATS fails within it. */
const SETUP_CONNECT_TIMEOUT_MS = 5000;
const NATS_OPTIONS = {
    nats: { type: 'string' },
    'nats-creds': { type: 'string' },
    'nats-token-env': { type: 'string' },
    'nats-user': { type: 'string' },
    'nats-password-env': { type: 'string' },
    'nats-nkey': { type: 'string' },
    'nats-tls-ca': { type: 'string' },
    'nats-tls-cert': { type: 'string' },
    'nats-tls-key': { type: 'string' },
    stream: { type: 'string' },
    consumer: { type: 'string' },
    subject: { type: 'string' },
    'dead-letter-subject': { type: 'string' },
};
const NATS_HELP = `NATS connection:
  --nats URLS             comma-separated servers, e.g. nats://n1:4222,nats://n2:4222 (default: $NATS_URL)
  --nats-creds FILE       a .creds file (user JWT and nkey seed)
  --nats-token-env NAME   take the token from environment variable NAME
  --nats-user USER        with --nats-password-env NAME for the password
  --nats-nkey FILE        a file holding an nkey user seed
  --nats-tls-ca FILE      CA certificate(s) to trust; --nats-tls-cert FILE and --nats-tls-key FILE for a client
                          certificate
Stream:
  --stream NAME           the stream (default ${DEFAULT_STREAM_SETTINGS.stream})
  --consumer NAME         the bridge's durable consumer (default ${DEFAULT_CONSUMER_SETTINGS.consumer})
  --subject S             the subject module events are published on (default ${events_event/* DEFAULT_SUBJECT */.VM})
  --dead-letter-subject S where invalid events go, outside the stream's subjects (default ${DEFAULT_DEAD_LETTER_SUBJECT})`;
const NATS_COMMANDS = {
    nats: {
        summary: 'nats setup: create or update the event stream and the bridge consumer',
        usage: `cim-registry nats setup [options]

Creates the JetStream stream for module events, a stream of its own for dead letters and the bridge's durable
pull consumer, or brings the settings this project manages up to date on existing ones. Everything is checked
against the server first (cluster size, account limits, max_payload, fields that cannot change, subjects of other
streams): a refused setup changes nothing. Running it again changes nothing.

Options:
  --subjects LIST         the stream's subjects (default ${DEFAULT_STREAM_SETTINGS.subjects.join(',')})
  --replicas N            1 for one server, 3 for a three-node JetStream cluster (default 1)
  --duplicate-window D    re-publishes within D are deduplicated by message id (default 7d)
  --max-age D             events older than D are removed; 0: never (default 30d)
  --max-event-bytes N     the stream refuses larger events at publish (default ${events_event/* MAX_EVENT_BYTES */.Au})
  --dead-letter-stream S  the dead letters' stream (default ${DEFAULT_DEAD_LETTER_SETTINGS.stream})
  --ack-wait D            an event not acknowledged within D is delivered again (default 60s)
  --json                  print {stream, consumer} as JSON
  -h, --help              show this help
${NATS_HELP}

Durations: 500ms, 30s, 5m, 24h, 7d. Exit status: 0 done, 1 NATS refused or failed, 2 bad usage.`,
        options: {
            ...NATS_OPTIONS,
            subjects: { type: 'string' },
            replicas: { type: 'string' },
            'duplicate-window': { type: 'string' },
            'max-age': { type: 'string' },
            'max-event-bytes': { type: 'string' },
            'dead-letter-stream': { type: 'string' },
            'ack-wait': { type: 'string' },
            json: { type: 'boolean' },
        },
        async run(values, positionals) {
            if (positionals.length !== 1 || positionals[0] !== 'setup')
                throw new UsageError('the nats command has one subcommand: setup');
            const settings = natsSettings(values);
            const subject = string(values.subject) ?? events_event/* DEFAULT_SUBJECT */.VM;
            const deadLetter = string(values['dead-letter-subject']) ?? DEFAULT_DEAD_LETTER_SUBJECT;
            const subjects = usage(() => list(string(values.subjects)) ?? DEFAULT_STREAM_SETTINGS.subjects);
            if (!subjectCovered(subject, subjects)) {
                throw new UsageError(`--subject ${subject} is not captured by the stream's subjects ${subjects.join(',')}`);
            }
            // Two streams cannot capture one subject, and dead letters must not count against the event stream's limits.
            if (subjectCovered(deadLetter, subjects)) {
                throw new UsageError(`--dead-letter-subject ${deadLetter} must be outside the stream's subjects ${subjects.join(',')}`);
            }
            const replicas = usage(() => integer(string(values.replicas) ?? '1', 1, 5, '--replicas'));
            const maxEventBytes = usage(() => integer(string(values['max-event-bytes']) ?? `${events_event/* MAX_EVENT_BYTES */.Au}`, 256, 512 * 1024, '--max-event-bytes'));
            const stream = {
                ...DEFAULT_STREAM_SETTINGS,
                stream: string(values.stream) ?? DEFAULT_STREAM_SETTINGS.stream,
                subjects,
                replicas,
                duplicateWindowMs: duration(values, 'duplicate-window', DEFAULT_STREAM_SETTINGS.duplicateWindowMs),
                maxAgeMs: duration(values, 'max-age', DEFAULT_STREAM_SETTINGS.maxAgeMs, { zero: true }),
                maxEventBytes,
            };
            if (stream.maxAgeMs > 0 && stream.duplicateWindowMs > stream.maxAgeMs) {
                throw new UsageError('--duplicate-window cannot be longer than --max-age');
            }
            const deadLetters = {
                ...DEFAULT_DEAD_LETTER_SETTINGS,
                stream: string(values['dead-letter-stream']) ?? DEFAULT_DEAD_LETTER_SETTINGS.stream,
                subject: deadLetter,
                replicas,
            };
            if (deadLetters.stream === stream.stream)
                throw new UsageError('--dead-letter-stream must differ from --stream');
            const consumer = {
                ...DEFAULT_CONSUMER_SETTINGS,
                stream: stream.stream,
                consumer: string(values.consumer) ?? DEFAULT_CONSUMER_SETTINGS.consumer,
                subject,
                replicas,
                ackWaitMs: duration(values, 'ack-wait', DEFAULT_CONSUMER_SETTINGS.ackWaitMs),
            };
            const nc = await (0,connection/* connectNats */.J4)(settings, { name: 'cim-registry-setup', timeout: SETUP_CONNECT_TIMEOUT_MS });
            try {
                const jsm = await (0,mod/* jetstreamManager */.xJ)(nc);
                const result = await setupEventPath(jsm, { stream, deadLetters, consumer }, { ...serverFacts(nc), account: await jsm.getAccountInfo() });
                if (values.json)
                    console.log(JSON.stringify(result));
                else {
                    console.log(`stream ${stream.stream} (${subjects.join(', ')}, replicas ${replicas}): ${result.stream}`);
                    console.log(`dead-letter stream ${deadLetters.stream} (${deadLetter}): ${result.deadLetters}`);
                    console.log(`consumer ${consumer.consumer} (${subject}): ${result.consumer}`);
                }
            }
            finally {
                await (0,connection/* closeConnection */.Bn)(nc);
            }
            return 0;
        },
    },
    bridge: {
        summary: 'run the bridge: module events from NATS to repository_dispatch on the registry repo',
        usage: `cim-registry bridge --registry-repo ORG/cim [options]

Reads module events from the stream's durable consumer and sends repository_dispatch (event type
${dispatch/* DEFAULT_EVENT_TYPE */.iX}) to the registry repository, one per coalescing window. An event is acknowledged only after
GitHub accepted a dispatch that covers it; events that fail validation are republished to the dead-letter subject
(reason and a 1 KiB copy), removed from the stream and terminated. Refuses to start when window + dispatch timeout +
backoff do not fit in the consumer's ack wait; tells the server it is still working on events held past half of it. Logs one JSON line per action on stdout. Runs until SIGTERM or SIGINT, then finishes the dispatch
in flight and leaves everything else for redelivery.

Options:
  --registry-repo R       owner/name of the registry repository
  --token-env NAME        environment variable holding the GitHub token (default GITHUB_TOKEN)
  --org NAME              events must come from this organization (default: the registry repository's owner)
  --window D              coalescing window (default ${DEFAULT_WINDOW_MS}ms)
  --max-event-bytes N     larger events are dead-lettered (default ${events_event/* MAX_EVENT_BYTES */.Au})
  --health-port N         serve GET /healthz and GET /metrics (Prometheus) on 127.0.0.1:N (0: any free port, in the log)
  --stuck-after D         /healthz answers 503 when no fetch or no dispatch succeeded, or an event waited, for D
                          (default 5m)
  --github-api-url URL    GitHub's REST API (default: $GITHUB_API_URL or https://api.github.com)
  --event-type T          the dispatch's event type (default ${dispatch/* DEFAULT_EVENT_TYPE */.iX})
  --dispatch-timeout D    a dispatch without answer after D is retried later (default ${DEFAULT_DISPATCH_TIMEOUT_MS / 1000}s)
  -h, --help              show this help
${NATS_HELP}

Exit status: 0 stopped by a signal, 1 a failure no retry can fix (credentials refused, no consumer, the consumer
deleted while running, an ack wait too short for the settings), 2 bad usage.`,
        options: {
            ...NATS_OPTIONS,
            'registry-repo': { type: 'string' },
            'token-env': { type: 'string' },
            org: { type: 'string' },
            window: { type: 'string' },
            'max-event-bytes': { type: 'string' },
            'health-port': { type: 'string' },
            'github-api-url': { type: 'string' },
            'event-type': { type: 'string' },
            'dispatch-timeout': { type: 'string' },
            'stuck-after': { type: 'string' },
        },
        async run(values) {
            const settings = natsSettings(values);
            const registryRepo = string(values['registry-repo']);
            if (!registryRepo)
                throw new UsageError('--registry-repo is required');
            const { owner } = usage(() => (0,repository_name/* requireRepositoryName */.p)(registryRepo, 'registry repository'));
            const tokenEnv = string(values['token-env']) ?? 'GITHUB_TOKEN';
            const token = process.env[tokenEnv];
            if (!token)
                throw new UsageError(`environment variable ${tokenEnv} (--token-env) holds no GitHub token`);
            const healthPort = string(values['health-port']);
            const maxEventBytes = string(values['max-event-bytes']) ?? `${events_event/* MAX_EVENT_BYTES */.Au}`;
            const options = {
                nats: settings,
                stream: string(values.stream) ?? DEFAULT_STREAM_SETTINGS.stream,
                consumer: string(values.consumer) ?? DEFAULT_CONSUMER_SETTINGS.consumer,
                registryRepo,
                org: string(values.org) ?? owner,
                token,
                githubApiUrl: string(values['github-api-url']) ?? process.env.GITHUB_API_URL,
                eventType: string(values['event-type']) ?? dispatch/* DEFAULT_EVENT_TYPE */.iX,
                windowMs: duration(values, 'window', DEFAULT_WINDOW_MS),
                deadLetterSubject: string(values['dead-letter-subject']) ?? DEFAULT_DEAD_LETTER_SUBJECT,
                maxEventBytes: usage(() => integer(maxEventBytes, 256, 1024 * 1024, '--max-event-bytes')),
                dispatchTimeoutMs: duration(values, 'dispatch-timeout', DEFAULT_DISPATCH_TIMEOUT_MS),
                stuckAfterMs: duration(values, 'stuck-after', DEFAULT_STUCK_AFTER_MS),
                ...(healthPort !== undefined
                    ? { healthPort: usage(() => integer(healthPort, 0, 65535, '--health-port')) }
                    : {}),
                log: jsonLogger(),
            };
            const controller = new AbortController();
            const stop = () => controller.abort();
            process.once('SIGTERM', stop);
            process.once('SIGINT', stop);
            try {
                await runBridge(options, controller.signal);
            }
            finally {
                process.off('SIGTERM', stop);
                process.off('SIGINT', stop);
            }
            return 0;
        },
    },
};
/** Connection settings from the flags; secrets from files and environment variables only. */
function natsSettings(values) {
    const servers = usage(() => (0,connection/* parseServers */._K)(string(values.nats) ?? process.env.NATS_URL ?? ''));
    const file = (flag) => {
        const path = string(values[flag]);
        if (path === undefined)
            return undefined;
        try {
            return (0,external_node_fs_.readFileSync)(path, 'utf8');
        }
        catch (error) {
            throw new UsageError(`--${flag} ${path}: ${error.code ?? error.message}`);
        }
    };
    const env = (flag) => {
        const name = string(values[flag]);
        if (name === undefined)
            return undefined;
        const value = process.env[name];
        if (!value)
            throw new UsageError(`environment variable ${name} (--${flag}) is empty`);
        return value;
    };
    const settings = {
        servers,
        creds: file('nats-creds'),
        token: env('nats-token-env'),
        user: string(values['nats-user']),
        password: env('nats-password-env'),
        nkey: file('nats-nkey')?.trim(),
        tlsCa: string(values['nats-tls-ca']),
        tlsCert: string(values['nats-tls-cert']),
        tlsKey: string(values['nats-tls-key']),
    };
    usage(() => (0,connection/* connectionOptions */.HZ)(settings));
    return settings;
}
/** A duration flag; with `zero`, a bare `0` is accepted and means no limit. */
function duration(values, flag, fallback, options = {}) {
    const text = string(values[flag]);
    if (text === undefined)
        return fallback;
    if (options.zero && text.trim() === '0')
        return 0;
    return usage(() => parseDuration(text));
}
/** What the connected server says of itself: its payload limit and the cluster it belongs to. */
function serverFacts(nc) {
    const info = nc.info;
    return {
        maxPayload: info?.max_payload ?? 1024 * 1024,
        ...(info?.cluster ? { cluster: info.cluster } : {}),
    };
}
function integer(text, min, max, flag) {
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
        throw new Error(`${flag} must be an integer from ${min} to ${max}`);
    }
    return Number(text);
}
function list(text) {
    if (text === undefined)
        return undefined;
    const items = text
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
    if (items.length === 0)
        throw new Error('--subjects names no subject');
    return items;
}

// EXTERNAL MODULE: ./src/modes/build-site.ts + 12 modules
var build_site = __webpack_require__(17961);
;// CONCATENATED MODULE: ./src/cli/site.ts
/** `cim-registry site`: the catalog site of a registry, as static files for GitHub Pages or any web server. */



const SITE_COMMANDS = {
    site: {
        summary: 'build the catalog site of a registry: static HTML for GitHub Pages',
        usage: `cim-registry site --registry R --out DIR [options]

Builds a static site of the registry into DIR: the catalog (search and filters), a page per module, the
dependency graph, the registry's health and the changelog. It loads nothing from another host and reads
without JavaScript. The same registry always gives the same files. DIR must be empty, new, or a site this
command wrote before (whose content it replaces).

Options:
  --registry R          the registry: ${client_spec/* REGISTRY_SPEC_HELP */.c}
                        (default: $CIM_REGISTRY)
  --out DIR             where to write the site
  --include-private     show private modules too (by default they are left out: a Pages site may be public)
  --title TEXT          the site's title (default: CIM registry)
  --timeout SECONDS     time allowed for fetching each registry file (default 10)
  --json                print a machine-readable summary
  -h, --help            show this help

CIM_REGISTRY_TOKEN is sent to the registry's host, and to no other; github: also takes GITHUB_TOKEN and
GITHUB_API_URL. Exit status: 0 built, 1 the registry could not be read or the site not written, 2 bad usage.`,
        options: {
            registry: { type: 'string' },
            out: { type: 'string' },
            'include-private': { type: 'boolean' },
            title: { type: 'string' },
            timeout: { type: 'string' },
            json: { type: 'boolean' },
        },
        async run(values, positionals) {
            if (positionals.length > 0)
                throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
            const registry = registryFromOptions(values);
            const out = string(values.out);
            if (!out)
                throw new UsageError('--out is required');
            const result = await (0,build_site/* buildSiteFromRegistry */.X)({
                registry,
                out,
                includePrivate: values['include-private'] === true,
                title: string(values.title),
            });
            for (const note of result.notes)
                console.error(`cim-registry: site: ${note}`);
            if (values.json)
                console.log(JSON.stringify({ out, ...result }));
            else {
                const hidden = result.hidden > 0 ? ` (${result.hidden} private left out)` : '';
                console.log(`wrote ${result.files} files (${Math.round(result.bytes / 1024)} kB) to ${out}: ${result.modules} modules${hidden}`);
            }
            return 0;
        },
    },
};

// EXTERNAL MODULE: ./src/nats-registry/connect.ts
var connect = __webpack_require__(12722);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/client/parse.ts
var parse = __webpack_require__(18900);
// EXTERNAL MODULE: ./src/registry/render/modules.ts
var render_modules = __webpack_require__(38893);
// EXTERNAL MODULE: ./src/format/files.ts
var files = __webpack_require__(21140);
;// CONCATENATED MODULE: ./src/nats-registry/from-files.ts
/**
 * A Registry from the registry files (modules.yaml and status.json), for `cim-registry mirror`, which mirrors a
 * registry it did not build. The files are read strictly (the client's checks): a broken registry is refused, never
 * mirrored half.
 */





async function registryFromDir(dir) {
    const read = (file) => (0,promises_.readFile)((0,external_node_path_.join)(dir, file), 'utf8');
    const modulesText = await read(files/* REGISTRY_FILES */.M.modules);
    const modules = (0,parse/* parseModulesFile */.Rv)(modulesText, (0,external_node_path_.join)(dir, files/* REGISTRY_FILES */.M.modules));
    const status = (0,parse/* parseStatusFile */.Yv)(await read(files/* REGISTRY_FILES */.M.status), (0,external_node_path_.join)(dir, files/* REGISTRY_FILES */.M.status));
    const registry = { modules: new Map(), problems: [...status.problems] };
    for (const [name, entry] of Object.entries(modules.modules)) {
        const known = status.modules[name];
        const module = {
            name,
            repository: entry.repository,
            visibility: entry.visibility,
            archived: entry.archived ?? false,
            topics: entry.topics,
            lastCommit: entry.last_commit,
            lastUpdated: entry.last_updated,
            metadata: entry.metadata,
            fields: {
                type: entry.type,
                version: entry.version,
                description: entry.description,
                category: entry.category,
                status: entry.status ?? null,
                owner: entry.owner ?? null,
                deployed: entry.deployed ?? null,
            },
            origins: known?.origins ?? {},
            dependencies: entry.dependencies,
            problems: known ? [...known.problems] : [],
            ...(known?.stale !== undefined ? { stale: known.stale } : {}),
            health: known?.health ?? 'ok',
            dependents: known ? [...known.dependents] : [],
        };
        registry.modules.set(name, module);
    }
    return { registry, registryHash: (0,render_modules/* registryHash */.m3)(modulesText) };
}

// EXTERNAL MODULE: ./src/nats-registry/mirror.ts
var mirror = __webpack_require__(92997);
// EXTERNAL MODULE: ./src/nats-registry/records.ts
var records = __webpack_require__(20078);
// EXTERNAL MODULE: ./node_modules/@nats-io/services/lib/mod.js
var lib_mod = __webpack_require__(52052);
// EXTERNAL MODULE: ./src/client/errors.ts
var client_errors = __webpack_require__(66468);
// EXTERNAL MODULE: ./src/client/model.ts + 1 modules
var model = __webpack_require__(64092);
// EXTERNAL MODULE: ./src/client/nats.ts + 1 modules
var nats = __webpack_require__(62564);
;// CONCATENATED MODULE: ./src/nats-registry/service.ts
/**
 * The registry's query interface as a NATS micro service (`cim-registry`, https://github.com/nats-io/nats-architecture-and-design/blob/main/adr/ADR-32.md):
 * list, get, by-type, deps, dependents, search, satisfies on `cim.registry.q.<query>`, discoverable through
 * `$SRV.PING`, `$SRV.INFO` and `$SRV.STATS`, errors as service errors with codes (400 bad request, 404 no such
 * module, 413 reply too large, 503 registry not loaded yet, 500 anything else).
 *
 * Answers come from memory: the client's module index over the bucket, rebuilt after the changes its watch sees. Replies are encoded once
 * per registry state and query (a cache emptied on every change), so a busy module's dependents list or a popular
 * search costs one lookup after the first; lists are paged (`offset`, `limit` up to MAX_LIMIT) so that no reply
 * outgrows the server's max_payload.
 */





const SERVICE_NAME = 'cim-registry';
const SERVICE_VERSION = '1.0.0';
const QUERY_SUBJECT_PREFIX = 'cim.registry.q';
const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
/** Cached replies before the cache starts over (each is at most a page). */
const MAX_CACHED_REPLIES = 20_000;
const QUERIES = ['list', 'get', 'by-type', 'deps', 'dependents', 'search', 'satisfies'];
/** A failure with its service error code. */
class QueryError extends Error {
    code;
    constructor(code, message) {
        super(message);
        this.code = code;
    }
}
/** Changes closer together than this are taken in one rebuild of the index (a first mirror writes thousands). */
const REBUILD_DELAY_MS = 50;
async function startRegistryService(nc, options) {
    const log = options.log ?? (() => { });
    const source = new nats/* NatsRegistrySource */.L({ ...options.source, onInvalidRecord: (key, reason) => log('warn', 'invalid-record', { key, reason }) }, 10_000);
    const answers = new Answers(nc.info?.max_payload ?? 1024 * 1024);
    const controller = new AbortController();
    const service = await new lib_mod/* Svcm */._A(nc).add({
        name: SERVICE_NAME,
        version: SERVICE_VERSION,
        description: 'CIM module registry queries (cim-registry-action)',
        queue: options.queue ?? SERVICE_NAME,
        metadata: { bucket: source.bucket },
    });
    const group = service.addGroup(QUERY_SUBJECT_PREFIX);
    for (const query of QUERIES) {
        // Synchronous, and throwing ServiceError: the service library then answers with the code and counts the error
        // in $SRV.STATS (it counts only what the handler throws).
        group.addEndpoint(query, {
            handler: (error, msg) => error ? log('error', 'endpoint', { query, error: error.message }) : answers.answer(query, msg),
        });
    }
    const rebuild = async () => {
        answers.use(new model/* ModuleIndex */.$(await source.modulesFile()));
    };
    const ready = (async () => {
        for (let attempt = 0; !controller.signal.aborted; attempt++) {
            try {
                await rebuild();
                log('info', 'loaded', { modules: answers.size });
                break;
            }
            catch (error) {
                if (attempt === 0)
                    log('warn', 'not-loaded', { error: error.message });
                source.refresh();
                await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * 2 ** attempt)));
            }
        }
        void (async () => {
            let timer;
            for await (const change of source.watch(controller.signal)) {
                log('info', 'change', { type: change.type, module: change.name, version: change.module?.version ?? null });
                clearTimeout(timer);
                timer = setTimeout(() => void rebuild().catch((error) => log('error', 'rebuild', { error: error.message })), REBUILD_DELAY_MS);
            }
            clearTimeout(timer);
        })().catch((error) => log('error', 'watch', { error: error.message }));
    })();
    return {
        service,
        ready,
        async stop() {
            controller.abort();
            await service.stop();
            await source.close();
        },
    };
}
/** The queries over the current index, with the encoded replies cached per index. */
class Answers {
    maxPayload;
    index = null;
    cache = new Map();
    encoder = new TextEncoder();
    constructor(maxPayload) {
        this.maxPayload = maxPayload;
    }
    get size() {
        return this.index?.size ?? 0;
    }
    use(index) {
        this.index = index;
        this.cache.clear();
    }
    answer(query, msg) {
        const body = msg.string();
        const key = `${query}\n${body}`;
        let reply = this.cache.get(key);
        if (!reply) {
            if (!this.index)
                throw new lib_mod/* ServiceError */._7(503, 'the registry is not loaded yet (no bucket, or NATS cannot read it); try again shortly');
            try {
                reply = this.encoder.encode(JSON.stringify(compute(this.index, query, parseRequest(query, body))));
            }
            catch (error) {
                const [code, message] = codeOf(error);
                throw new lib_mod/* ServiceError */._7(code, message);
            }
            if (reply.length > this.maxPayload) {
                throw new lib_mod/* ServiceError */._7(413, `the reply (${reply.length} bytes) exceeds the server's max_payload; ask for a smaller limit`);
            }
            if (this.cache.size >= MAX_CACHED_REPLIES)
                this.cache.clear();
            this.cache.set(key, reply);
        }
        msg.respond(reply);
    }
}
function compute(index, query, request) {
    switch (query) {
        case 'get':
            return index.get(need(request, 'name'));
        case 'list':
            return page(index.list({
                type: request.type,
                visibility: request.visibility,
                category: request.category,
                status: request.status,
            }), request);
        case 'by-type':
            return page(index.ofType(need(request, 'type')), request);
        case 'search':
            return page(index.search(need(request, 'text')), request);
        case 'deps':
            return index.dependenciesOf(need(request, 'name'));
        case 'dependents':
            return page(index.dependentsOf(need(request, 'name')), request);
        case 'satisfies':
            return {
                name: request.name,
                range: request.range,
                satisfied: index.satisfies(need(request, 'name'), need(request, 'range')),
            };
    }
}
/** What the first word of a plain-text request means, per query: `nats req cim.registry.q.get cim-domain` works. */
const PLAIN_FIELD = {
    list: null,
    get: 'name',
    'by-type': 'type',
    deps: 'name',
    dependents: 'name',
    search: 'text',
    satisfies: 'name',
};
function parseRequest(query, body) {
    const text = body.trim();
    if (text.startsWith('[') || text.startsWith('"'))
        throw new QueryError(400, 'the request must be a JSON object or plain text');
    if (text.startsWith('{')) {
        let request;
        try {
            request = JSON.parse(text);
        }
        catch (error) {
            throw new QueryError(400, `the request is not valid JSON: ${error.message}`);
        }
        if (typeof request !== 'object' || request === null || Array.isArray(request))
            throw new QueryError(400, 'the request must be a JSON object');
        for (const [field, value] of Object.entries(request)) {
            const numeric = field === 'offset' || field === 'limit';
            if (numeric ? !Number.isInteger(value) || value < 0 : typeof value !== 'string') {
                throw new QueryError(400, `${field} must be ${numeric ? 'a whole number, 0 or more' : 'text'}`);
            }
        }
        return request;
    }
    const field = PLAIN_FIELD[query];
    if (text === '')
        return {};
    if (field === null)
        throw new QueryError(400, `${query} takes a JSON object (or nothing), not ${JSON.stringify(text.slice(0, 40))}`);
    if (query === 'satisfies') {
        const [name, ...range] = text.split(/\s+/);
        return { name, range: range.join(' ') };
    }
    return { [field]: text };
}
function need(request, field) {
    const value = request[field];
    if (typeof value !== 'string' || value.trim() === '')
        throw new QueryError(400, `the request needs ${field}`);
    if (field === 'type' && !types/* MODULE_TYPES */.rI.includes(value)) {
        throw new QueryError(400, `unknown module type ${JSON.stringify(value)}; one of ${types/* MODULE_TYPES */.rI.join(', ')}`);
    }
    return value;
}
function page(items, request) {
    const offset = request.offset ?? 0;
    const limit = request.limit ?? DEFAULT_LIMIT;
    if (limit < 1 || limit > MAX_LIMIT)
        throw new QueryError(400, `limit must be from 1 to ${MAX_LIMIT}`);
    return { items: items.slice(offset, offset + limit), total: items.length, offset, limit };
}
function codeOf(error) {
    if (error instanceof QueryError)
        return [error.code, error.message];
    if (error instanceof client_errors/* ModuleNotFoundError */.eM)
        return [404, error.message];
    if (error instanceof RangeError)
        return [400, error.message];
    return [500, error.message];
}

;// CONCATENATED MODULE: ./src/cli/registry-nats.ts
/**
 * The registry-on-NATS commands of `cim-registry`: `mirror` (a registry folder into the key-value bucket, with the
 * `cim.registry.updated` event), `watch` (print changes as they happen) and `serve` (the query interface as a NATS
 * micro service). Connection flags are the bridge's; secrets come from files and environment variables only.
 */









const CONNECTION_OPTIONS = Object.fromEntries(Object.entries(NATS_OPTIONS).filter(([name]) => name === 'nats' || name.startsWith('nats-')));
const CONNECTION_HELP = `NATS connection (as for the bridge):
  --nats URLS             comma-separated servers (default: $NATS_URL)
  --nats-creds FILE, --nats-token-env NAME, --nats-user USER with --nats-password-env NAME, --nats-nkey FILE
  --nats-tls-ca FILE, --nats-tls-cert FILE, --nats-tls-key FILE`;
const BUCKET_HELP = `  --bucket NAME           the key-value bucket (default ${records/* DEFAULT_BUCKET */.hg}; private modules: NAME_PRIVATE)`;
/** Runs `work` until SIGTERM or SIGINT; returns 0 then. */
async function untilSignal(work) {
    const controller = new AbortController();
    const stop = () => controller.abort();
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    try {
        await work(controller.signal);
    }
    finally {
        process.off('SIGTERM', stop);
        process.off('SIGINT', stop);
    }
    return 0;
}
const REGISTRY_NATS_COMMANDS = {
    mirror: {
        summary: 'mirror a registry folder into the NATS key-value bucket and announce the change',
        usage: `cim-registry mirror --registry-dir DIR [options]

Writes one key per module and a meta key into the bucket, only where the value differs; deletes the keys of
removed modules; repairs keys altered by hand; publishes cim.registry.updated when the registry changed.
(The action's update mode does this itself when given nats-servers.)

Options:
  --registry-dir DIR      the folder holding modules.yaml and status.json
  --commit SHA            the registry commit, named in the meta key and the event
${BUCKET_HELP}
  --private-modules P     bucket (default), omit or include
  --replicas N            replicas when the bucket is created (1, 3 or 5)
  --json                  print the report as JSON
  -h, --help              show this help
${CONNECTION_HELP}

Exit status: 0 mirrored, 1 NATS failed or the registry files are broken, 2 bad usage.`,
        options: {
            ...CONNECTION_OPTIONS,
            'registry-dir': { type: 'string' },
            commit: { type: 'string' },
            bucket: { type: 'string' },
            'private-modules': { type: 'string' },
            replicas: { type: 'string' },
            json: { type: 'boolean' },
        },
        async run(values) {
            const settings = natsSettings(values);
            const dir = string(values['registry-dir']);
            if (!dir)
                throw new UsageError('--registry-dir is required');
            const privatePolicy = (string(values['private-modules']) ?? 'bucket');
            if (!records/* PRIVATE_POLICIES */.F$.includes(privatePolicy))
                throw new UsageError(`--private-modules must be one of ${records/* PRIVATE_POLICIES */.F$.join(', ')}`);
            const replicas = Number(string(values.replicas) ?? '1');
            if (![1, 3, 5].includes(replicas))
                throw new UsageError('--replicas must be 1, 3 or 5');
            const { registry, registryHash } = await registryFromDir(dir);
            const nc = await (0,connect/* openNats */.vv)(settings, 'cim-registry-mirror', 'run');
            try {
                const report = await (0,mirror/* mirrorRegistry */.d)(nc, registry, { registry_hash: registryHash, commit: string(values.commit) ?? null }, {
                    bucket: string(values.bucket),
                    privatePolicy,
                    replicas,
                });
                if (values.json)
                    console.log(JSON.stringify(report));
                else
                    for (const b of report.buckets)
                        console.log(`${b.bucket}: ${b.put} keys written, ${b.deleted} deleted${b.event ? ', change announced' : ''}`);
            }
            finally {
                await (0,connect/* closeConnection */.Bn)(nc);
            }
            return 0;
        },
    },
    watch: {
        summary: 'print the registry changes from NATS as they happen',
        usage: `cim-registry watch [options]

Prints each change to the registry (a module added, updated or removed) as it reaches the bucket, until SIGINT or
SIGTERM. Reconnects by itself and resumes where it stopped: no change is missed across a server restart.

Options:
${BUCKET_HELP}
  --json                  one JSON object per line: {type, name, module, previous, revision}
  -h, --help              show this help
${CONNECTION_HELP}

Exit status: 0 stopped by a signal, 1 the bucket cannot be read, 2 bad usage.`,
        options: { ...CONNECTION_OPTIONS, bucket: { type: 'string' }, json: { type: 'boolean' } },
        async run(values) {
            const settings = natsSettings(values);
            const client = new client_client/* RegistryClient */.b({
                nats: {
                    ...settings,
                    bucket: string(values.bucket),
                    onInvalidRecord: (key, reason) => console.error(`skipped ${key}: ${reason}`),
                },
            });
            try {
                await client.listModules();
                if (!values.json)
                    console.error(`watching ${client.location}`);
                return await untilSignal(async (signal) => {
                    for await (const change of client.watch(signal))
                        console.log(values.json ? JSON.stringify(change) : describeChange(change));
                });
            }
            finally {
                await client.close();
            }
        },
    },
    serve: {
        summary: 'answer registry queries as a NATS micro service, from memory kept current by a watch',
        usage: `cim-registry serve [options]

Runs the ${SERVICE_NAME} micro service: requests on ${QUERY_SUBJECT_PREFIX}.<query> for ${QUERIES.join(', ')}.
A request is a JSON object ({"name": "cim-domain"}, {"text": "graph"}, {"type": "domain", "offset": 0,
"limit": 100}, {"name": "cim-domain", "range": "^0.2"}) or plain text for the query's main field. Lists are paged
(limit up to 1000). Errors are service errors: 400 bad request, 404 no such module, 413 reply too large, 503 not
loaded yet, 500 other. Discoverable with $SRV.PING, $SRV.INFO and $SRV.STATS. Logs JSON lines on stdout; runs
until SIGTERM or SIGINT. Several processes share the requests (one queue group).

Options:
${BUCKET_HELP}
  -h, --help              show this help
${CONNECTION_HELP}

Exit status: 0 stopped by a signal, 1 NATS refused the credentials, 2 bad usage.`,
        options: { ...CONNECTION_OPTIONS, bucket: { type: 'string' } },
        async run(values) {
            const settings = natsSettings(values);
            const log = jsonLogger();
            const nc = await (0,connect/* openNats */.vv)(settings, 'cim-registry-serve', 'service');
            try {
                return await untilSignal(async (signal) => {
                    const running = await startRegistryService(nc, {
                        source: { ...settings, bucket: string(values.bucket) },
                        log,
                    });
                    log('info', 'serving', { service: SERVICE_NAME, subjects: `${QUERY_SUBJECT_PREFIX}.>` });
                    await new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
                    await running.stop();
                    log('info', 'stopped');
                });
            }
            finally {
                await (0,connect/* closeConnection */.Bn)(nc, true);
            }
        },
    },
};
function describeChange(change) {
    switch (change.type) {
        case 'added':
            return `added ${change.name} ${change.module?.version ?? '(no version)'}`;
        case 'removed':
            return `removed ${change.name}`;
        case 'updated': {
            const [from, to] = [change.previous?.version ?? '(no version)', change.module?.version ?? '(no version)'];
            return `updated ${change.name} ${from === to ? to : `${from} -> ${to}`}`;
        }
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The `cim-registry` command line. Each command is a thin wrapper over a mode; exit codes: 0 done, 1 the thing
 * checked is invalid (validate) or the work failed, 2 bad usage.
 */












const COMMANDS = {
    update: {
        summary: 'rebuild the registry files from a directory of module repositories',
        usage: `cim-registry update --source DIR --registry-dir DIR [options]

Reads every module repository under --source (each immediate subdirectory with a cim.yaml, or named by the
module pattern and holding a Cargo.toml or package.json) and rebuilds modules.yaml, status.json,
private-domains.yaml, changelog.md and README.md in --registry-dir. Files are written only when they change.

Options:
  --source DIR          directory of module repositories (git checkouts or plain folders)
  --registry-dir DIR    where the registry files live (created when missing)
  --module-pattern P    comma-separated globs of module names (default: ${names/* DEFAULT_MODULE_PATTERN */.Wf})
  --org NAME            GitHub organization, for the repository URLs of folders without an origin remote
  --trigger TEXT        what started this run, named in the changelog entry
  --dry-run             compute and report the changes, write nothing
  --commit              commit the registry files that differ from HEAD in the git repository holding --registry-dir
  --json                print a machine-readable summary
  -h, --help            show this help

The changelog date is today's, or SOURCE_DATE_EPOCH's when set. Exit status: 0 when the registry was built
(problems with single modules are reported, not fatal), 1 on I/O failure, 2 on bad usage.`,
        options: {
            source: { type: 'string' },
            'registry-dir': { type: 'string' },
            'module-pattern': { type: 'string' },
            org: { type: 'string' },
            trigger: { type: 'string' },
            'dry-run': { type: 'boolean' },
            commit: { type: 'boolean' },
            json: { type: 'boolean' },
        },
        async run(values) {
            const source = required(values, 'source');
            const registryDir = required(values, 'registry-dir');
            const modulePattern = usage(() => (0,names/* compileModulePattern */.S2)(string(values['module-pattern']) ?? names/* DEFAULT_MODULE_PATTERN */.Wf));
            const result = await (0,update_local/* updateFromLocalSource */.U)({
                source,
                registryDir,
                modulePattern,
                org: string(values.org),
                trigger: string(values.trigger),
                date: (0,clock/* runDate */.y)(),
                dryRun: values['dry-run'] === true,
                commit: values.commit === true,
            });
            if (values.json) {
                console.log(JSON.stringify({ ...result.summary, commit: result.commitSha }));
            }
            else {
                for (const line of (0,summary/* describeSummary */.gp)(result.plan, result.summary))
                    console.log(line);
                if (result.commitSha)
                    console.log(`committed ${result.commitSha}`);
            }
            return 0;
        },
    },
    validate: {
        summary: "check a module's cim.yaml against the standard",
        usage: `cim-registry validate [PATH] [--name REPOSITORY]

Validates PATH (default ./cim.yaml) and prints each problem as file:line:col: level: message.

Options:
  --name REPOSITORY     the repository's name, which module.name must equal
  -h, --help            show this help

Exit status: 0 valid (warnings allowed), 1 invalid, 2 bad usage or unreadable file.`,
        options: { name: { type: 'string' } },
        async run(values, positionals) {
            if (positionals.length > 1)
                throw new UsageError('validate takes one path');
            const result = await (0,validate/* validateFile */.n)(positionals[0] ?? 'cim.yaml', string(values.name)).catch((error) => {
                throw new UsageError(error.message);
            });
            for (const problem of result.problems)
                console.log((0,problems/* formatProblem */.Vw)(problem));
            if (result.valid)
                console.log(`${result.file}: valid`);
            return result.valid ? 0 : 1;
        },
    },
    ...QUERY_COMMANDS,
    ...NATS_COMMANDS,
    ...SITE_COMMANDS,
    ...REGISTRY_NATS_COMMANDS,
};
const HELP = `cim-registry: keeps the CIM module registry

Usage: cim-registry <command> [options]

Commands:
${Object.entries(COMMANDS)
    .map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`)
    .join('\n')}

Run cim-registry <command> --help for a command's options.`;
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        console.log(HELP);
        return name === undefined ? 2 : 0;
    }
    const command = COMMANDS[name];
    if (!command)
        return fail(`unknown command ${JSON.stringify(name)}; run cim-registry --help`, 2);
    try {
        const { values, positionals } = usage(() => (0,external_node_util_.parseArgs)({
            args: rest,
            options: { ...command.options, help: { type: 'boolean', short: 'h' } },
            allowPositionals: true,
            strict: true,
        }));
        if (values.help) {
            console.log(command.usage);
            return 0;
        }
        return await command.run(values, positionals);
    }
    catch (error) {
        return error instanceof UsageError
            ? fail(`${name}: ${error.message}`, 2)
            : fail(`${name}: ${error.message}`, 1);
    }
}
function required(values, name) {
    const value = string(values[name]);
    if (!value)
        throw new UsageError(`--${name} is required`);
    return value;
}
function fail(message, code) {
    console.error(`cim-registry: ${message}`);
    return code;
}


/***/ }),

/***/ 11444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ validateFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _metadata_cim_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(95920);
/* harmony import */ var _metadata_module_topics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(11506);
/* harmony import */ var _format_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91255);
/**
 * `validate`: check one cim.yaml against the standard, as the CLI and the action's validate mode both do; given the
 * repository's topics (the action reads them from the event payload), check those too, as warnings.
 */




async function validateFile(file, expectedName, repository) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file).catch((error) => {
        throw new Error(error.code === 'ENOENT' ? `${file} does not exist` : `cannot read ${file}: ${error.message}`);
    });
    const { metadata, problems } = (0,_metadata_cim_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCimYaml */ .Mj)(bytes, { file, expectedName });
    if (repository)
        problems.push(...(0,_metadata_module_topics_js__WEBPACK_IMPORTED_MODULE_2__/* .checkModuleTopics */ .p)(repository, metadata));
    return { file, valid: !(0,_format_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .hasErrors */ .Cs)(problems), problems };
}


/***/ })

};

//# sourceMappingURL=965.index.js.map