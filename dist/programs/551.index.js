export const id = 551;
export const ids = [551];
export const modules = {

/***/ 76551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(90143);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/client/spec.ts
var client_spec = __webpack_require__(97220);
// EXTERNAL MODULE: ./src/events/connection.ts
var connection = __webpack_require__(77953);
// EXTERNAL MODULE: ./src/events/event.ts
var events_event = __webpack_require__(17137);
// EXTERNAL MODULE: ./src/metadata/module-topics.ts
var module_topics = __webpack_require__(11506);
// EXTERNAL MODULE: ./src/metadata/names.ts
var names = __webpack_require__(98713);
// EXTERNAL MODULE: ./src/modes/publish-module.ts
var publish_module = __webpack_require__(11532);
// EXTERNAL MODULE: ./src/nats-registry/records.ts
var records = __webpack_require__(20078);
// EXTERNAL MODULE: ./src/util/numbers.ts
var numbers = __webpack_require__(91986);
// EXTERNAL MODULE: ./src/util/repository-name.ts
var repository_name = __webpack_require__(37948);
;// CONCATENATED MODULE: ./src/action/trigger.ts
/**
 * What started the run, read from the event the runner hands over. A repository_dispatch payload is only a hint
 * (every run reconciles the whole organization): it is checked, named in the log, commit and changelog when valid,
 * and reported and ignored when not — never trusted.
 */


function readTrigger(env, registryDir) {
    const eventName = env.GITHUB_EVENT_NAME ?? 'manual';
    const event = readEvent(env.GITHUB_EVENT_PATH);
    if (eventName === 'repository_dispatch') {
        const payload = event.client_payload;
        const problem = payloadProblem(payload);
        if (problem)
            return { description: 'repository_dispatch', ignoredPayload: problem, registryOnlyPush: false };
        const { module, commit } = payload;
        return { description: `repository_dispatch (${module}@${commit.slice(0, 7)})`, registryOnlyPush: false };
    }
    if (eventName === 'push')
        return { description: 'push', registryOnlyPush: touchesOnly(event, registryDir) };
    return { description: eventName, registryOnlyPush: false };
}
/** The event payload the runner wrote to GITHUB_EVENT_PATH; empty when there is none (a local run). */
function readEvent(path) {
    if (!path)
        return {};
    try {
        const event = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return event && typeof event === 'object' ? event : {};
    }
    catch {
        return {};
    }
}
function payloadProblem(payload) {
    if (!payload || typeof payload !== 'object')
        return 'client_payload is missing';
    const { module, commit } = payload;
    if (typeof module !== 'string' || !(0,names/* isModuleName */.yZ)(module))
        return 'client_payload.module is not a module name';
    if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit))
        return 'client_payload.commit is not a 40-hex commit SHA';
    return undefined;
}
/** True when every commit of a push changed only files under `dir` (the action's own registry commits). */
function touchesOnly(event, dir) {
    const commits = event.commits;
    // GitHub lists at most 20 commits in a push event: a longer push may hold others, so it is never skipped.
    if (!Array.isArray(commits) || commits.length === 0 || commits.length >= 20)
        return false;
    const prefix = `${dir.replace(/\/+$/, '')}/`;
    return commits.every((commit) => ['added', 'modified', 'removed'].every((key) => (commit[key] ?? []).every((path) => path.startsWith(prefix))));
}

;// CONCATENATED MODULE: ./src/action/settings.ts
/**
 * The action's one input reader: every input and runner variable is read here, once, checked and turned into the
 * typed settings of the mode that runs (as actions/checkout's input-helper does). Secrets are masked before
 * anything else can print them. A mode's runner (validate.ts, update.ts, publish.ts, site.ts) gets its settings and
 * reads nothing of the runner's environment itself.
 */












const MODES = ['update', 'publish', 'validate', 'site'];
const DEFAULT_PUBLISH_TIMEOUT_SECONDS = 30;
/** The settings of the mode the `mode` input names. */
function getSettings(env = process.env) {
    const mode = core/* getInput */.V4('mode') || 'update';
    switch (mode) {
        case 'validate':
            return validateSettings(env);
        case 'update':
            return updateSettings(env);
        case 'publish':
            return publishSettings(env);
        case 'site':
            return siteSettings(env);
        default:
            throw new Error(`input mode is ${JSON.stringify(mode)}; it must be one of ${MODES.join(', ')}`);
    }
}
function validateSettings(env) {
    return {
        mode: 'validate',
        path: core/* getInput */.V4('path') || 'cim.yaml',
        failOnInvalid: booleanInput('fail-on-invalid', true),
        expectedName: env.GITHUB_REPOSITORY ? (0,repository_name/* parseRepositoryName */.$)(env.GITHUB_REPOSITORY)?.repo : undefined,
        eventRepository: (0,module_topics/* eventRepository */.n)(readEvent(env.GITHUB_EVENT_PATH)),
    };
}
function updateSettings(env) {
    const registryDir = core/* getInput */.V4('registry-dir') || 'registry';
    const org = core/* getInput */.V4('org') || (env.GITHUB_REPOSITORY_OWNER ?? '');
    const dir = core/* getInput */.V4('source');
    const dryRun = booleanInput('dry-run', false);
    return {
        mode: 'update',
        trigger: readTrigger(env, registryDir),
        registryDir,
        modulePattern: (0,names/* compileModulePattern */.S2)(core/* getInput */.V4('module-pattern') || names/* DEFAULT_MODULE_PATTERN */.Wf),
        dryRun,
        source: dir ? { kind: 'local', dir, org: org || undefined } : gitHubSourceSettings(env, org),
        natsMirror: natsMirrorSettings(dryRun),
    };
}
/** update's mirror into the key-value bucket: with nats-servers (and publish's connection inputs) set. */
function natsMirrorSettings(dryRun) {
    const privatePolicy = core/* getInput */.V4('nats-private-modules') || 'bucket';
    if (!records/* PRIVATE_POLICIES */.F$.includes(privatePolicy)) {
        throw new Error(`input nats-private-modules is ${JSON.stringify(privatePolicy)}; it must be one of ${records/* PRIVATE_POLICIES */.F$.join(', ')}`);
    }
    const replicas = Number(core/* getInput */.V4('nats-replicas') || '1');
    if (![1, 3, 5].includes(replicas))
        throw new Error('input nats-replicas must be 1, 3 or 5');
    const nats = dryRun ? null : natsInputs();
    return (nats && {
        nats,
        bucket: core/* getInput */.V4('nats-bucket') || records/* DEFAULT_BUCKET */.hg,
        privatePolicy: privatePolicy,
        replicas,
    });
}
function gitHubSourceSettings(env, org) {
    const token = secretInput('token');
    if (!token)
        throw new Error('update needs a token: the `token` input (default: github.token) is empty');
    if (!org)
        throw new Error('update needs the organization: set the `org` input');
    return {
        kind: 'github',
        org,
        topic: core/* getInput */.V4('topic') || 'cim',
        token,
        registry: { ...registryRepository(env, 'update'), branch: core/* getInput */.V4('branch') },
        commitMessage: core/* getInput */.V4('commit-message'),
        requestTimeoutMs: secondsInput('request-timeout', 30) * 1000,
        maxWaitMs: secondsInput('max-wait', 300) * 1000,
    };
}
function publishSettings(env) {
    const nats = natsInputs();
    const dispatchToken = secretInput('dispatch-token');
    const dispatch = core/* getInput */.V4('dispatch') || 'fallback';
    if (!publish_module/* DISPATCH_POLICIES */.uX.includes(dispatch)) {
        throw new Error(`input dispatch is ${JSON.stringify(dispatch)}; it must be one of ${publish_module/* DISPATCH_POLICIES */.uX.join(', ')}`);
    }
    const event = readEvent(env.GITHUB_EVENT_PATH);
    return {
        mode: 'publish',
        path: core/* getInput */.V4('path') || 'cim.yaml',
        failOnInvalid: booleanInput('fail-on-invalid', true),
        push: {
            repository: requiredEnv(env, 'GITHUB_REPOSITORY'),
            commit: requiredEnv(env, 'GITHUB_SHA'),
            ref: requiredEnv(env, 'GITHUB_REF'),
            timestamp: pushTime(event),
            runId: env.GITHUB_RUN_ID || undefined,
        },
        eventRepository: (0,module_topics/* eventRepository */.n)(event),
        nats,
        subject: core/* getInput */.V4('subject') || events_event/* DEFAULT_SUBJECT */.VM,
        timeoutMs: secondsInput('timeout', DEFAULT_PUBLISH_TIMEOUT_SECONDS, 600) * 1000,
        dispatch: dispatch,
        registryRepo: core/* getInput */.V4('registry-repo') || undefined,
        dispatchToken: dispatchToken || undefined,
    };
}
function siteSettings(env) {
    const token = secretInput('token');
    return {
        mode: 'site',
        registry: siteRegistry(env, token),
        out: core/* getInput */.V4('site-dir') || 'site',
        includePrivate: booleanInput('include-private', false),
        title: core/* getInput */.V4('site-title') || undefined,
    };
}
/**
 * The `site-registry` input, or the registry that `update` committed: github:REPOSITORY/REGISTRY-DIR[@BRANCH],
 * read through the contents API, since update commits through the API and the job's checkout lacks that commit.
 * The token goes only to the GitHub API (a github: registry); a URL registry gets CIM_REGISTRY_TOKEN from the
 * environment, if any, never the GitHub token.
 */
function siteRegistry(env, token) {
    const named = core/* getInput */.V4('site-registry');
    const branch = core/* getInput */.V4('branch');
    const spec = named ||
        `github:${fullName(registryRepository(env, 'site'))}/${core/* getInput */.V4('registry-dir') || 'registry'}${branch ? `@${branch}` : ''}`;
    return (0,client_spec/* registryOptions */._)(spec, { ...env, GITHUB_TOKEN: token || env.GITHUB_TOKEN });
}
/** The `repository` input (default: the repository running the workflow). */
function registryRepository(env, mode) {
    const text = core/* getInput */.V4('repository') || (env.GITHUB_REPOSITORY ?? '');
    const repository = (0,repository_name/* parseRepositoryName */.$)(text);
    if (!repository) {
        const what = text ? `is ${JSON.stringify(text)}` : 'is not set';
        throw new Error(`${mode} needs the registry repository: the \`repository\` input ${what}; it must be owner/name`);
    }
    return repository;
}
const fullName = (repository) => `${repository.owner}/${repository.repo}`;
/** NATS settings from the inputs, with every secret masked first; null when no server is named. */
function natsInputs() {
    const input = (name) => core/* getInput */.V4(name) || undefined;
    const settings = {
        creds: input('nats-creds'),
        token: input('nats-token'),
        user: input('nats-user'),
        password: input('nats-password'),
        nkey: input('nats-nkey'),
        tlsCa: pemInput('nats-tls-ca'),
        tlsCert: pemInput('nats-tls-cert'),
        tlsKey: pemInput('nats-tls-key'),
    };
    for (const secret of (0,connection/* secretsOf */.Fj)({ servers: [], ...settings }))
        mask(secret);
    const servers = core/* getInput */.V4('nats-servers');
    return servers ? { servers: (0,connection/* parseServers */._K)(servers), ...settings } : null;
}
/** An input holding a secret: masked in the log before anything else can print it. */
function secretInput(name) {
    const value = core/* getInput */.V4(name);
    if (value)
        mask(value);
    return value;
}
/** Masks a secret, and each line of a multi-line one (the runner matches masks line by line). */
function mask(secret) {
    core/* setSecret */.Pq(secret);
    const lines = secret.split(/\r?\n/);
    if (lines.length > 1)
        for (const line of lines)
            if (line.trim().length >= 8)
                core/* setSecret */.Pq(line.trim());
}
/** A PEM input: its text, or the text of the file it names (e.g. written by an earlier step). */
function pemInput(name) {
    const value = core/* getInput */.V4(name);
    if (!value || value.includes('-----BEGIN'))
        return value || undefined;
    try {
        return (0,external_node_fs_.readFileSync)(value, 'utf8');
    }
    catch (error) {
        const reason = error.code ?? error.message;
        throw new Error(`input ${name} is neither PEM text nor a readable file: ${reason}`);
    }
}
/** A number of seconds, positive (and at most `max`), or `fallback` when the input is not set. */
function secondsInput(name, fallback, max) {
    const text = core/* getInput */.V4(name);
    return text === ''
        ? fallback
        : (0,numbers/* parsePositiveNumber */.u)(text, `input ${name}`, { unit: 'seconds', ...(max ? { max } : {}) });
}
/** Like core.getBooleanInput, with a default for an input that is not set at all. */
function booleanInput(name, fallback) {
    return core/* getInput */.V4(name) === '' ? fallback : core/* getBooleanInput */.Vt(name);
}
/** The push's time: the head commit's timestamp from the push event, else now (e.g. a workflow_dispatch run). */
function pushTime(event) {
    const headCommit = event.head_commit;
    return typeof headCommit?.timestamp === 'string' ? headCommit.timestamp : new Date().toISOString();
}
function requiredEnv(env, name) {
    const value = env[name];
    if (!value)
        throw new Error(`${name} is not set; publish runs in a GitHub Actions workflow`);
    return value;
}

;// CONCATENATED MODULE: ./src/action/main.ts
/**
 * The action: read the settings of the mode the inputs name, and run that mode; a failure fails the step. A mode's
 * code is loaded when it runs, so that a publish step does not load the site's layout engine (dist/programs/ holds a
 * chunk per mode).
 */


async function run() {
    try {
        const settings = getSettings();
        switch (settings.mode) {
            case 'validate':
                return await (await __webpack_require__.e(/* import() */ 554).then(__webpack_require__.bind(__webpack_require__, 70554))).validate(settings);
            case 'update':
                return await (await Promise.all(/* import() */[__webpack_require__.e(871), __webpack_require__.e(854), __webpack_require__.e(945), __webpack_require__.e(894)]).then(__webpack_require__.bind(__webpack_require__, 50894))).update(settings);
            case 'publish':
                return await (await __webpack_require__.e(/* import() */ 1).then(__webpack_require__.bind(__webpack_require__, 74001))).publish(settings);
            case 'site':
                return await (await Promise.all(/* import() */[__webpack_require__.e(871), __webpack_require__.e(618), __webpack_require__.e(854), __webpack_require__.e(961), __webpack_require__.e(255)]).then(__webpack_require__.bind(__webpack_require__, 40255))).site(settings);
        }
    }
    catch (error) {
        core/* setFailed */.C1(error.message);
    }
}


/***/ }),

/***/ 11532:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   kz: () => (/* binding */ publishModule),
/* harmony export */   uX: () => (/* binding */ DISPATCH_POLICIES)
/* harmony export */ });
/* unused harmony exports checkPublishOptions, DISPATCH_RESERVE_SHARE, DISPATCH_RESERVE_MAX_MS */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _nats_io_jetstream__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4091);
/* harmony import */ var _metadata_cim_yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(95920);
/* harmony import */ var _metadata_manifests_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(91715);
/* harmony import */ var _metadata_names_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(98713);
/* harmony import */ var _metadata_module_topics_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(11506);
/* harmony import */ var _events_backoff_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2513);
/* harmony import */ var _github_dispatch_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(68077);
/* harmony import */ var _events_connection_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(77953);
/* harmony import */ var _events_event_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(17137);
/* harmony import */ var _events_jetstream_publish_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(44596);
/* harmony import */ var _format_problems_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(91255);
/* harmony import */ var _util_repository_name_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37948);
/**
 * `publish`: announce a push of a module repository. Validates the module's cim.yaml, builds the event from it and
 * from the push, publishes it to JetStream (deduplicated by `<repository>@<ref>@<sha>#<run id>`), and, when so
 * configured, sends the registry repository's repository_dispatch directly: as a fallback when NATS cannot take the
 * event (unreachable, or a full stream refusing it), or always.
 * Knows nothing of the Actions runtime: the action adapter reads inputs and turns the result into outputs.
 */














const DISPATCH_POLICIES = ['fallback', 'always', 'never'];
/** Checks that the options make sense together, before anything is read or sent. */
function checkPublishOptions(options) {
    const canDispatch = Boolean(options.registryRepo && options.dispatchToken);
    if (options.dispatch === 'always' && !canDispatch)
        throw new Error('dispatch `always` needs registry-repo and dispatch-token');
    if (!options.nats && options.dispatch !== 'always') {
        throw new Error('nats-servers is required (or set dispatch to `always` with registry-repo and dispatch-token to skip NATS)');
    }
}
/** The share of `timeout` kept for a dispatch that may follow NATS (at most DISPATCH_RESERVE_MAX_MS). */
const DISPATCH_RESERVE_SHARE = 1 / 3;
const DISPATCH_RESERVE_MAX_MS = 15_000;
/** Retries of the dispatch (5xx, the network, a rate limit that resets in time), all before the deadline. */
const DISPATCH_BACKOFF = { initialMs: 1000, maxMs: 4000 };
async function publishModule(options) {
    checkPublishOptions(options);
    // One deadline for the whole publish. When a dispatch may follow, NATS stops early enough to leave it a share.
    const deadline = Date.now() + options.timeoutMs;
    const canDispatch = Boolean(options.registryRepo && options.dispatchToken);
    const mayDispatch = canDispatch && options.dispatch !== 'never';
    const natsDeadline = mayDispatch
        ? deadline - Math.min(options.timeoutMs * DISPATCH_RESERVE_SHARE, DISPATCH_RESERVE_MAX_MS)
        : deadline;
    const log = options.log ?? (() => { });
    const name = (0,_util_repository_name_js__WEBPACK_IMPORTED_MODULE_10__/* .parseRepositoryName */ .$)(options.repository)?.repo ?? '';
    const metadata = await readModuleMetadata(options.path, name);
    if (options.eventRepository)
        metadata.problems.push(...(0,_metadata_module_topics_js__WEBPACK_IMPORTED_MODULE_5__/* .checkModuleTopics */ .p)(options.eventRepository, metadata.declared));
    const event = (0,_events_event_js__WEBPACK_IMPORTED_MODULE_8__/* .buildEvent */ .Vw)({
        module: metadata.module,
        repository: options.repository,
        commit: options.commit,
        timestamp: options.timestamp,
        ref: options.ref,
        version: metadata.version,
    });
    let ack = null;
    let natsError = null;
    if (options.nats) {
        try {
            ack = await publishOnce(options.nats, event, options, natsDeadline, log);
            const duplicate = ack.duplicate ? ' (duplicate: already published)' : '';
            log(`published ${(0,_events_event_js__WEBPACK_IMPORTED_MODULE_8__/* .messageId */ .Je)(event, options.runId)} to stream ${ack.stream} as seq ${ack.seq}${duplicate}`);
        }
        catch (error) {
            natsError = error.message;
        }
    }
    let dispatched = false;
    let dispatchError = null;
    if (options.dispatch === 'always' || (options.dispatch === 'fallback' && natsError !== null && canDispatch)) {
        const dispatch = (0,_github_dispatch_js__WEBPACK_IMPORTED_MODULE_6__/* .createDispatcher */ .SM)({
            registryRepo: options.registryRepo,
            token: options.dispatchToken,
            ...(options.githubApiUrl ? { baseUrl: options.githubApiUrl } : {}),
            timeoutMs: Math.max(1, Math.min(deadline - Date.now(), 30_000)),
            // Retried below, within the deadline: the client's own retries would wait past it.
            retries: 0,
            log,
        });
        const outcome = await dispatchBefore(dispatch, { ...event }, deadline, log);
        dispatched = outcome.ok;
        if (outcome.ok)
            log(`sent repository_dispatch module-updated to ${options.registryRepo}`);
        else
            dispatchError = outcome.reason;
    }
    return { ...metadata, event, ack, natsError, dispatched, dispatchError };
}
/**
 * Sends the dispatch until GitHub accepts it, refuses it for good, or the deadline comes: the request in flight is
 * abandoned then, and a retry (after a 5xx, a network error, or a rate limit whose wait ends in time) starts only
 * if it can end before it.
 */
async function dispatchBefore(dispatch, payload, deadline, log) {
    const signal = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
    for (let attempt = 0;; attempt++) {
        const outcome = await dispatch(payload, signal);
        if (outcome.ok || !outcome.retryable)
            return outcome;
        const delay = Math.max(outcome.retryAfterMs ?? 0, (0,_events_backoff_js__WEBPACK_IMPORTED_MODULE_11__/* .backoffDelay */ .E)(attempt, DISPATCH_BACKOFF));
        if (signal.aborted || Date.now() + delay >= deadline)
            return outcome;
        log(`${outcome.reason}; retrying the dispatch in ${delay} ms`);
        await (0,_events_backoff_js__WEBPACK_IMPORTED_MODULE_11__/* .sleep */ .y)(delay, signal);
    }
}
/** Connects (retrying a server that refuses connections, as one does while restarting), publishes, closes. */
async function publishOnce(nats, event, options, deadline, log) {
    for (let attempt = 0;; attempt++) {
        const remaining = deadline - Date.now();
        let nc;
        try {
            nc = await (0,_events_connection_js__WEBPACK_IMPORTED_MODULE_7__/* .connectNats */ .J4)(nats, {
                name: 'cim-registry-publish',
                timeout: Math.max(500, Math.min(5000, remaining)),
                maxReconnectAttempts: -1,
                reconnectTimeWait: 250,
            });
        }
        catch (error) {
            const failure = error;
            const delay = (0,_events_backoff_js__WEBPACK_IMPORTED_MODULE_11__/* .backoffDelay */ .E)(attempt, _events_jetstream_publish_js__WEBPACK_IMPORTED_MODULE_9__/* .PUBLISH_BACKOFF */ .vK);
            if (failure.refused || Date.now() + delay >= deadline)
                throw failure;
            log(`${failure.message}; retrying in ${delay} ms`);
            await (0,_events_backoff_js__WEBPACK_IMPORTED_MODULE_11__/* .sleep */ .y)(delay);
            continue;
        }
        try {
            return await (0,_events_jetstream_publish_js__WEBPACK_IMPORTED_MODULE_9__/* .publishEvent */ .KA)((0,_nats_io_jetstream__WEBPACK_IMPORTED_MODULE_2__/* .jetstream */ .mm)(nc), event, {
                subject: options.subject,
                timeoutMs: Math.max(1, deadline - Date.now()),
                ...(options.runId ? { runId: options.runId } : {}),
                onRetry: (retry, delay, reason) => log(`${reason}; retry ${retry} in ${delay} ms`),
            });
        }
        finally {
            await (0,_events_connection_js__WEBPACK_IMPORTED_MODULE_7__/* .closeConnection */ .Bn)(nc);
        }
    }
}
/**
 * The module's name and version. The version is cim.yaml's when it declares one, else the root manifests' (as the
 * registry infers it); invalid metadata still yields the repository's name, so that the push is announced and the
 * registry records the problem.
 */
async function readModuleMetadata(path, repositoryName) {
    const bytes = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path).catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw new Error(`cannot read ${path}: ${error.message}`);
    });
    const root = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path);
    const files = {};
    for (const file of [_metadata_manifests_js__WEBPACK_IMPORTED_MODULE_4__/* .CARGO_TOML */ .Oi, _metadata_manifests_js__WEBPACK_IMPORTED_MODULE_4__/* .PACKAGE_JSON */ .QO]) {
        const text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, file), 'utf8').catch(() => null);
        if (text !== null)
            files[file] = text;
    }
    const inferred = (0,_metadata_manifests_js__WEBPACK_IMPORTED_MODULE_4__/* .readManifests */ .PX)(repositoryName, files, (0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_12__/* .compileModulePattern */ .S2)()).version;
    if (!bytes)
        return { module: repositoryName, version: inferred, problems: [], valid: true, cimYamlFound: false, declared: null };
    const { metadata, problems } = (0,_metadata_cim_yaml_js__WEBPACK_IMPORTED_MODULE_3__/* .parseCimYaml */ .Mj)(bytes, { file: path, expectedName: repositoryName });
    const valid = !(0,_format_problems_js__WEBPACK_IMPORTED_MODULE_13__/* .hasErrors */ .Cs)(problems);
    return {
        module: repositoryName,
        version: metadata?.version ?? inferred,
        problems,
        valid,
        cimYamlFound: true,
        declared: metadata,
    };
}


/***/ })

};

//# sourceMappingURL=551.index.js.map