export const id = 749;
export const ids = [749];
export const modules = {

/***/ 97220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ registryOptions),
/* harmony export */   c: () => (/* binding */ REGISTRY_SPEC_HELP)
/* harmony export */ });
const GITHUB_SPEC = /^github:([^/@\s]+)\/([^/@\s]+)(?:\/([^@\s]*))?(?:@(\S+))?$/;
const REGISTRY_SPEC_HELP = 'an http(s) URL of the registry folder, github:OWNER/REPO[/PATH][@REF], or a directory';
/**
 * The client options for `spec`. A URL gets CIM_REGISTRY_TOKEN; `github:` gets CIM_REGISTRY_TOKEN or GITHUB_TOKEN
 * and the API at GITHUB_API_URL (default https://api.github.com).
 */
function registryOptions(spec, env = process.env) {
    const token = env.CIM_REGISTRY_TOKEN || undefined;
    if (/^https?:\/\//i.test(spec))
        return { url: spec, token };
    if (spec.startsWith('github:')) {
        const match = GITHUB_SPEC.exec(spec);
        if (!match)
            throw new TypeError(`${JSON.stringify(spec)} is not github:OWNER/REPO[/PATH][@REF]`);
        const [, owner, repo, path, ref] = match;
        return {
            github: { owner: owner, repo: repo, path: path || undefined, ref, apiUrl: env.GITHUB_API_URL || undefined },
            token: token ?? (env.GITHUB_TOKEN || undefined),
        };
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec))
        throw new TypeError(`${JSON.stringify(spec)}: only http and https URLs are supported`);
    return { directory: spec };
}


/***/ }),

/***/ 83916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ CimError)
/* harmony export */ });
/**
 * One hierarchy for the errors this package throws on purpose, as the `yaml` library's errors.ts keeps one: every
 * class extends CimError and carries a stable `code` that a program can branch on (messages are for people and may
 * change). The layers add their own classes: the client's RegistryError family (client/errors.ts), the CLI's
 * UsageError, the NATS adapter's connection, publish and setup errors, the GitHub adapter's commit and wait errors.
 * This file imports nothing, so that every layer, the library bundle included, can stand on it.
 */
class CimError extends Error {
    name = 'CimError';
    code;
    constructor(code, message, options) {
        super(message, options);
        this.code = code;
    }
}


/***/ }),

/***/ 2513:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ backoffDelay),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
/** The delay before retry number `attempt` (0 for the first retry). */
function backoffDelay(attempt, backoff) {
    const exponent = Math.min(Math.max(attempt, 0), 30);
    return Math.min(backoff.initialMs * 2 ** exponent, backoff.maxMs);
}
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}


/***/ }),

/***/ 77953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ closeConnection),
/* harmony export */   Fj: () => (/* binding */ secretsOf),
/* harmony export */   HZ: () => (/* binding */ connectionOptions),
/* harmony export */   J4: () => (/* binding */ connectNats),
/* harmony export */   _K: () => (/* binding */ parseServers)
/* harmony export */ });
/* unused harmony exports NatsConnectError, describeConnectError */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43948);
/* harmony import */ var _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _nats_io_transport_node_lib_node_transport_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(43896);
/* harmony import */ var _nats_io_transport_node_lib_node_transport_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(_nats_io_transport_node_lib_node_transport_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * NATS connection settings, as the action's inputs and the command's flags give them, turned into the client's
 * connection options; and the one place that connects (`connectNats`) and says in words why a connection failed.
 * Every NATS connection of the project goes through `connectNats`: it is the only way that closes the socket of an
 * attempt that never completed (see `ClosingTransport`).
 *
 * Every secret (creds, token, password, nkey seed, TLS key) stays inside the authenticator or TLS options and is
 * listed by `secretsOf` so that the action can mask it; no message here ever contains one.
 */


// The package has no export map: its transport is reachable only by this path (checked by a test on every upgrade).


const SERVER = /^(?:(?:nats|tls|ws|wss):\/\/)?(?:[^\s/@]+@)?(?:\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d{1,5})?\/?$/;
/** `nats://a:4222, b:4222` -> the server list; throws on an empty list or an entry that is not host[:port]. */
function parseServers(text) {
    const servers = text
        .split(',')
        .map((server) => server.trim())
        .filter((server) => server.length > 0);
    if (servers.length === 0)
        throw new Error('no NATS server given (a comma-separated list such as nats://nats.example.org:4222)');
    for (const server of servers) {
        // Credentials belong in the dedicated inputs, where they are masked; in a URL they would show in every log line,
        // so this check comes first and its message never quotes the URL.
        if (server.includes('@'))
            throw new Error('a NATS server URL must not hold credentials; use the token, user or creds settings');
        if (!SERVER.test(server))
            throw new Error(`NATS server ${JSON.stringify(server)} is not [nats://]host[:port]`);
    }
    return servers;
}
/** The secrets among the settings, for masking. */
function secretsOf(settings) {
    const tlsKey = isPem(settings.tlsKey) ? settings.tlsKey : undefined;
    const secrets = [settings.creds, settings.token, settings.password, settings.nkey, tlsKey];
    return secrets.filter((secret) => typeof secret === 'string' && secret.length > 0);
}
/** Connection options for the client; throws when the settings contradict each other. */
function connectionOptions(settings, extra = {}) {
    const methods = [
        settings.creds ? 'creds' : null,
        settings.token ? 'token' : null,
        settings.user || settings.password ? 'user/password' : null,
        settings.nkey ? 'nkey' : null,
    ].filter((method) => method !== null);
    if (methods.length > 1)
        throw new Error(`choose one NATS authentication method; got ${methods.join(' and ')}`);
    if (settings.password && !settings.user)
        throw new Error('a NATS password needs a user');
    if (Boolean(settings.tlsCert) !== Boolean(settings.tlsKey)) {
        throw new Error('a TLS client certificate needs its key, and a key its certificate');
    }
    return {
        servers: settings.servers,
        // Async traces capture a stack per request; formatting one makes the bundle's source-map support parse the
        // whole map, which alone doubled publish mode's cold start.
        noAsyncTraces: true,
        ...authenticatorOf(settings),
        ...tlsOf(settings),
        ...extra,
    };
}
function authenticatorOf(settings) {
    const encode = (text) => new TextEncoder().encode(text);
    if (settings.creds) {
        if (!/-----BEGIN NATS USER JWT-----/.test(settings.creds) ||
            !/-----BEGIN USER NKEY SEED-----/.test(settings.creds)) {
            throw new Error('the NATS creds are not the content of a .creds file (a user JWT and an nkey seed block)');
        }
        // The client's parser wants LF line ends and a line end after the last block; a secret pasted into a form
        // often has CRLF or no final newline.
        return { authenticator: (0,_nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.credsAuthenticator)(encode(`${settings.creds.replace(/\r\n/g, '\n').trim()}\n`)) };
    }
    if (settings.token)
        return { authenticator: (0,_nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.tokenAuthenticator)(settings.token) };
    if (settings.user)
        return { authenticator: (0,_nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.usernamePasswordAuthenticator)(settings.user, settings.password ?? '') };
    if (settings.nkey) {
        if (!/^SU[A-Z2-7]{56}$/.test(settings.nkey.trim())) {
            throw new Error('the NATS nkey is not a user seed (SU followed by 56 base32 characters)');
        }
        return { authenticator: (0,_nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.nkeyAuthenticator)(encode(settings.nkey.trim())) };
    }
    return {};
}
function tlsOf(settings) {
    if (!settings.tlsCa && !settings.tlsCert)
        return {};
    const pemOrFile = (value, key, fileKey) => value ? (isPem(value) ? { [key]: value } : { [fileKey]: value }) : {};
    return {
        tls: {
            ...pemOrFile(settings.tlsCa, 'ca', 'caFile'),
            ...pemOrFile(settings.tlsCert, 'cert', 'certFile'),
            ...pemOrFile(settings.tlsKey, 'key', 'keyFile'),
        },
    };
}
function isPem(value) {
    return typeof value === 'string' && value.includes('-----BEGIN');
}
/**
 * Connects, or throws an error whose message says what went wrong without naming any secret. `extra` holds the
 * client's own options for this use (name, timeout, reconnect policy); `signal` abandons the attempt at once, its
 * socket closed. This is the project's one entry point to NATS (the bridge, publish, `nats setup`, the KV mirror):
 * keep its signature stable.
 */
async function connectNats(settings, extra = {}, signal) {
    const attempt = Symbol('connect attempt');
    // Own keys survive the client's option parsing (`extend` copies Object.keys), so each transport knows its call.
    const options = { ...connectionOptions(settings, extra), [ATTEMPT_KEY]: attempt };
    if (signal?.aborted)
        throw new Error('connecting to NATS was cancelled');
    // The transport factory is global to the client library: set it before every connect so that this call's dials
    // and every later reconnect of this connection use the closing transport.
    (0,_nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.setTransportFactory)({ factory: () => new ClosingTransport(), dnsResolveFn: _nats_io_transport_node_lib_node_transport_js__WEBPACK_IMPORTED_MODULE_2__.nodeResolveHost });
    const connecting = _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.NatsConnectionImpl.connect(options);
    let cancel = () => { };
    const cancelled = new Promise((_, reject) => {
        cancel = () => {
            ClosingTransport.abandon(attempt);
            reject(new Error('connecting to NATS was cancelled'));
        };
    });
    signal?.addEventListener('abort', cancel, { once: true });
    // A connection that completes after the caller gave up is closed rather than leaked.
    if (signal)
        void connecting.then((nc) => (signal.aborted ? nc.close() : undefined)).catch(() => { });
    try {
        return await Promise.race([connecting, cancelled]);
    }
    catch (error) {
        if (signal?.aborted)
            throw new Error('connecting to NATS was cancelled');
        throw describeConnectError(error, settings.servers, extra.timeout ?? DEFAULT_CONNECT_TIMEOUT_MS);
    }
    finally {
        signal?.removeEventListener('abort', cancel);
    }
}
/** The client's own default connect timeout (nats.js `timeout` option). */
const DEFAULT_CONNECT_TIMEOUT_MS = 20_000;
const ATTEMPT_KEY = 'cimConnectAttempt';
/**
 * nats.js 3.4's Node transport leaves the socket of a connection attempt that never completed: when the endpoint
 * accepts TCP but never sends the NATS `INFO` greeting (a monitoring or HTTP port, a load balancer, a TLS-first
 * listener), the connect `timeout` rejects and `close()` returns early because the transport "didn't succeed"
 * (`_closed`: `if (!this.connected) return`), so the socket and its listeners keep the process alive for hours.
 * The client fixed the same class of leak once before (nats-io/nats.node#315: "the client was not closed and thus
 * preventing the node application from terminating"). This transport closes its socket whenever the client closes
 * it, and remembers sockets still dialling so that an abandoned attempt can be closed too.
 */
class ClosingTransport extends _nats_io_transport_node_lib_node_transport_js__WEBPACK_IMPORTED_MODULE_2__.NodeTransport {
    static unfinished = new Set();
    dialing = null;
    /** Closes every socket of `attempt` that has not completed its handshake. */
    static abandon(attempt) {
        for (const transport of ClosingTransport.unfinished) {
            if (transport.options?.[ATTEMPT_KEY] === attempt)
                transport.destroy();
        }
    }
    async connect(hp, options) {
        ClosingTransport.unfinished.add(this);
        try {
            await super.connect(hp, options);
        }
        finally {
            ClosingTransport.unfinished.delete(this);
            this.dialing = null;
        }
    }
    /** The stock dial, except that the socket is known (and closable) before its TCP handshake completes. */
    dial(hp) {
        return new Promise((resolve, reject) => {
            let dialError;
            const socket = (0,node_net__WEBPACK_IMPORTED_MODULE_0__.createConnection)(hp.port, hp.hostname, () => {
                socket.removeAllListeners();
                resolve(socket);
            });
            this.dialing = socket;
            socket.on('error', (error) => (dialError = error));
            socket.on('close', () => {
                socket.removeAllListeners();
                reject(dialError ?? new Error('connection closed before the NATS greeting'));
            });
            socket.setNoDelay(true);
        });
    }
    close(error) {
        if (!this.connected) {
            this.destroy();
            return Promise.resolve();
        }
        return super.close(error);
    }
    destroy() {
        this.done = true;
        ClosingTransport.unfinished.delete(this);
        // Destroying emits `close`, which settles the transport's pending dial or greeting with an error.
        this.dialing?.destroy();
        this.socket?.destroy();
        this.dialing = null;
    }
}
/** A connection to NATS failed. `refused`: the server refused the credentials or the TLS handshake, so retrying the
 *  same settings cannot help; otherwise the server may come (back) later. */
class NatsConnectError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CimError */ .o {
    refused;
    name = 'NatsConnectError';
    constructor(message, refused) {
        super('NATS_CONNECT', message);
        this.refused = refused;
    }
}
/** Why a connection failed, in words. */
function describeConnectError(error, servers, timeoutMs) {
    const where = servers.join(', ');
    if (error instanceof _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.AuthorizationError || /authorization|authentication/i.test(error.message)) {
        return new NatsConnectError(`NATS at ${where} refused the credentials (${error.message})`, true);
    }
    const cause = error.cause;
    const detail = cause?.code ?? cause?.message ?? error.message;
    if (/TLS|certificate|SSL/i.test(`${error.message} ${cause?.message ?? ''}`)) {
        return new NatsConnectError(`TLS with NATS at ${where} failed: ${cause?.message ?? error.message}`, true);
    }
    // The endpoint took the TCP connection but sent no NATS greeting in time, or sent something else.
    const notNats = 'is it a NATS client port (not the monitoring port, an HTTP service, a load balancer or a TLS-first listener)?';
    if (/unexpected response/i.test(error.message))
        return new NatsConnectError(`the endpoint at ${where} does not speak NATS: ${notNats}`, false);
    if (error.name === 'TimeoutError' || /^timeout$/i.test(error.message)) {
        const within = timeoutMs === undefined ? '' : ` within ${timeoutMs} ms`;
        return new NatsConnectError(`no NATS greeting from ${where}${within}: the server is overloaded or unreachable, or ${notNats}`, false);
    }
    return new NatsConnectError(`cannot reach NATS at ${where}: ${detail}`, false);
}
/**
 * Closes the connection. The client records a "close trace" stack as it closes; in the bundle, formatting a stack
 * makes source-map support parse the whole source map, about 100 ms of publish mode's cold start for a trace
 * nobody reads. The trace is taken synchronously at the start of close(), so a zero stack limit around the call
 * skips it and nothing else.
 */
async function closeConnection(nc, drain = false) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    let closing;
    try {
        closing = drain ? nc.drain() : nc.close();
    }
    finally {
        Error.stackTraceLimit = limit;
    }
    await closing.catch(() => nc.close());
}


/***/ }),

/***/ 17137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Au: () => (/* binding */ MAX_EVENT_BYTES),
/* harmony export */   H5: () => (/* binding */ decodeEvent),
/* harmony export */   Je: () => (/* binding */ messageId),
/* harmony export */   VM: () => (/* binding */ DEFAULT_SUBJECT),
/* harmony export */   Vw: () => (/* binding */ buildEvent),
/* harmony export */   r9: () => (/* binding */ encodeEvent)
/* harmony export */ });
/* unused harmony exports EVENT_SCHEMA, EVENT_KEYS, checkEvent */
/* harmony import */ var _util_clock_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97110);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _metadata_names_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98713);
/* harmony import */ var _metadata_semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(80821);
/* harmony import */ var _util_repository_name_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(37948);
/**
 * The module-updated event: what publish mode sends, what the bridge turns into a repository_dispatch. Pure: built
 * from plain values and checked field by field, identically on both sides, so a bad event is refused where it is
 * made and, should one get into the stream anyway (an older publisher, a hand-written message), where it is read.
 */





const EVENT_SCHEMA = 1;
/** The subject publish mode sends on and the bridge's consumer reads. */
const DEFAULT_SUBJECT = 'cim.module.updated';
/** A real event is about 250 bytes; anything near this bound is not one. */
const MAX_EVENT_BYTES = 4096;
/** The event's keys in the order they are written; repository_dispatch allows at most 10 in a client_payload. */
const EVENT_KEYS = ['schema', 'module', 'repository', 'commit', 'timestamp', 'ref', 'version'];
const COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
/** GitHub owner: alphanumerics and single inner hyphens, at most 39 characters. */
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
/** A git ref as Actions reports pushes: refs/heads/... or refs/tags/..., without the sequences git refuses. */
const REF = /^refs\/(?:heads|tags)\/[^\s~^:?*[\\\x00-\x1f\x7f]+$/;
const MAX_REF_LENGTH = 255;
/**
 * The JetStream message id, `<repository>@<ref>@<sha>#<run id>`: the stream drops a second message with an id it
 * has seen within its duplicate window (https://docs.nats.io/using-nats/developer/develop_jetstream/model_deep_dive#message-deduplication).
 * A re-run of a workflow keeps its run id (GITHUB_RUN_ID; only GITHUB_RUN_ATTEMPT changes) and is deduplicated; a
 * tag push of the same commit has another ref, and a force-push back to a commit already announced is another run:
 * both are new events. Without a run id (the command line) the id is `<repository>@<ref>@<sha>`.
 */
function messageId(event, runId) {
    const id = `${event.repository}@${event.ref}@${event.commit}`;
    return runId ? `${id}#${runId}` : id;
}
/** Builds and checks an event; throws with the reason when a value is not acceptable. */
function buildEvent(input) {
    const candidate = {
        schema: EVENT_SCHEMA,
        module: input.module,
        repository: input.repository,
        commit: input.commit.toLowerCase(),
        timestamp: (0,_util_clock_js__WEBPACK_IMPORTED_MODULE_1__/* .toUtcSeconds */ .d)(input.timestamp) ?? input.timestamp,
        ref: input.ref,
        version: input.version,
    };
    const check = checkEvent(candidate);
    if (!check.ok)
        throw new Error(`cannot build the event: ${check.reason}`);
    return check.event;
}
/** The event as bytes on the wire: JSON, so no value can break the payload. */
function encodeEvent(event) {
    return new TextEncoder().encode(JSON.stringify(event, EVENT_KEYS));
}
/** Reads an event from the bytes of a message: size, UTF-8, JSON, then the fields. */
function decodeEvent(bytes, rules = {}) {
    const max = rules.maxBytes ?? MAX_EVENT_BYTES;
    if (bytes.byteLength > max)
        return refuse(`payload is ${bytes.byteLength} bytes; an event has at most ${max}`);
    if (bytes.byteLength === 0)
        return refuse('payload is empty');
    const text = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8 */ ._6)(bytes);
    if (text === null)
        return refuse('payload is not valid UTF-8');
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        return refuse(`payload is not JSON: ${error.message}`);
    }
    return checkEvent(data, rules);
}
/** Checks a parsed value against the event contract; the reason names the first field that breaks it. */
function checkEvent(data, rules = {}) {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
        return refuse('payload is not a JSON object');
    const record = data;
    if (!('schema' in record))
        return refuse('schema is missing');
    if (record.schema !== EVENT_SCHEMA)
        return refuse(`schema ${show(record.schema)} is not supported (expected ${EVENT_SCHEMA})`);
    const unknown = Object.keys(record).filter((key) => !EVENT_KEYS.includes(key));
    if (unknown.length > 0)
        return refuse(`unknown key${unknown.length > 1 ? 's' : ''} ${unknown.slice(0, 5).map(show).join(', ')}`);
    for (const key of EVENT_KEYS)
        if (!(key in record))
            return refuse(`${key} is missing`);
    const { module, repository, commit, timestamp, ref, version } = record;
    if (typeof module !== 'string' || !(0,_metadata_names_js__WEBPACK_IMPORTED_MODULE_3__/* .isModuleName */ .yZ)(module))
        return refuse(`module ${show(module)} is not a module name`);
    if (typeof repository !== 'string')
        return refuse(`repository ${show(repository)} is not a string`);
    const parsed = (0,_util_repository_name_js__WEBPACK_IMPORTED_MODULE_4__/* .parseRepositoryName */ .$)(repository);
    if (!parsed || !OWNER.test(parsed.owner))
        return refuse(`repository ${show(repository)} is not owner/name`);
    const { owner, repo: name } = parsed;
    if (name !== module)
        return refuse(`repository ${show(repository)} does not hold module ${show(module)}`);
    if (rules.org !== undefined && owner.toLowerCase() !== rules.org.toLowerCase()) {
        return refuse(`repository ${show(repository)} is outside the organization ${show(rules.org)}`);
    }
    if (typeof commit !== 'string' || !COMMIT.test(commit))
        return refuse(`commit ${show(commit)} is not a full lowercase hex SHA`);
    if (typeof timestamp !== 'string' || !TIMESTAMP.test(timestamp) || Number.isNaN(Date.parse(timestamp))) {
        return refuse(`timestamp ${show(timestamp)} is not an ISO-8601 time`);
    }
    if (typeof ref !== 'string' ||
        ref.length > MAX_REF_LENGTH ||
        !REF.test(ref) ||
        ref.includes('..') ||
        ref.endsWith('.lock')) {
        return refuse(`ref ${show(ref)} is not a branch or tag ref`);
    }
    if (version !== null && (typeof version !== 'string' || !(0,_metadata_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .isVersion */ .lF)(version))) {
        return refuse(`version ${show(version)} is neither null nor a semver version`);
    }
    return {
        ok: true,
        event: { schema: EVENT_SCHEMA, module, repository, commit, timestamp, ref, version: version },
    };
}
function refuse(reason) {
    return { ok: false, reason };
}
/** A value quoted for a reason line, cut short so a hostile payload cannot flood the log. */
function show(value) {
    const text = value === undefined ? 'undefined' : (JSON.stringify(value) ?? String(value));
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}


/***/ }),

/***/ 44596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KA: () => (/* binding */ publishEvent),
/* harmony export */   M4: () => (/* binding */ publishWithRetry),
/* harmony export */   vK: () => (/* binding */ PUBLISH_BACKOFF)
/* harmony export */ });
/* unused harmony exports DEFAULT_ACK_TIMEOUT_MS, PublishError, classifyPublishError, MAX_HEADER_VALUE_CHARS, headerValue */
/* harmony import */ var _nats_io_jetstream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4091);
/* harmony import */ var _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(43948);
/* harmony import */ var _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(_nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _backoff_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2513);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(17137);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(83916);
/**
 * Publishing to JetStream until the stream acknowledges: with a message id, so that a retry (or a re-run of the
 * workflow) is deduplicated by the stream instead of stored twice; with a per-attempt ack timeout; and with backoff
 * on what a retry can fix (no responders while a server restarts, ack timeouts, a lost connection) within one
 * overall deadline. What a retry cannot fix (refused credentials, a subject the user may not publish to, a stream
 * that rejects the message) fails at once.
 */





const DEFAULT_ACK_TIMEOUT_MS = 5000;
const PUBLISH_BACKOFF = { initialMs: 100, maxMs: 2000 };
/** Publishes a module event with `Nats-Msg-Id = <repository>@<ref>@<sha>#<run id>` (see messageId). */
function publishEvent(js, event, options) {
    return publishWithRetry(js, (0,_event_js__WEBPACK_IMPORTED_MODULE_2__/* .encodeEvent */ .r9)(event), (0,_event_js__WEBPACK_IMPORTED_MODULE_2__/* .messageId */ .Je)(event, options.runId), options);
}
/** Publishes raw bytes under a message id, retrying as described above. */
async function publishWithRetry(js, data, msgID, options) {
    const deadline = Date.now() + options.timeoutMs;
    const backoff = options.backoff ?? PUBLISH_BACKOFF;
    const stopped = () => new PublishError(`stopped before JetStream acknowledged the message on ${options.subject}`, 'stopped', true);
    for (let attempt = 0;; attempt++) {
        // A stop is checked before every attempt, and ends the one in flight: nothing waits for an ack after it.
        if (options.signal?.aborted)
            throw stopped();
        const remaining = deadline - Date.now();
        try {
            const ack = await untilAborted(js.publish(options.subject, data, {
                msgID,
                timeout: Math.max(1, Math.min(options.ackTimeoutMs ?? DEFAULT_ACK_TIMEOUT_MS, remaining)),
                ...(options.headers ? { headers: headersOf(options.headers) } : {}),
            }), options.signal);
            return { stream: ack.stream, seq: ack.seq, duplicate: ack.duplicate, attempts: attempt + 1 };
        }
        catch (error) {
            if (options.signal?.aborted)
                throw stopped();
            const failure = classifyPublishError(error, options.subject);
            const delay = (0,_backoff_js__WEBPACK_IMPORTED_MODULE_4__/* .backoffDelay */ .E)(attempt, backoff);
            if (!failure.retryable || options.signal?.aborted || Date.now() + delay >= deadline) {
                const gaveUp = failure.retryable ? ` (gave up after ${Math.round(options.timeoutMs / 1000)}s)` : '';
                throw new PublishError(`${failure.message}${gaveUp}`, failure.kind, failure.retryable);
            }
            options.onRetry?.(attempt + 1, delay, failure.message);
            await (0,_backoff_js__WEBPACK_IMPORTED_MODULE_4__/* .sleep */ .y)(delay, options.signal);
        }
    }
}
/** JetStream did not take the message: `kind` says why (the bridge terminates what no retry can fix). */
class PublishError extends _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CimError */ .o {
    kind;
    retryable;
    name = 'PublishError';
    constructor(message, kind, 
    /** Whether a later attempt of the same message can succeed (the deadline ran out, not the message). */
    retryable = false) {
        super('NATS_PUBLISH', message);
        this.kind = kind;
        this.retryable = retryable;
    }
}
/** What a failed attempt means, and whether another attempt can succeed. */
function classifyPublishError(error, subject) {
    // The client refused the message before sending it (a header value with CR or LF, nats-core lib/headers.js
    // validHeaderValue): the same message is refused every time.
    if (error instanceof _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.InvalidArgumentError) {
        return {
            kind: 'invalid',
            retryable: false,
            message: `the NATS client refused the message for ${subject}: ${error.message}`,
        };
    }
    // The client reports no responders as `jetstream is not enabled`; with the stream missing that is misleading.
    if (/no responders|jetstream is not enabled/i.test(`${error.message} ${error.cause?.message ?? ''}`)) {
        return {
            kind: 'no-stream',
            retryable: true,
            message: `no JetStream stream answered on subject ${subject}: ` +
                'create one with `cim-registry nats setup` (or enable JetStream on the server)',
        };
    }
    if (error instanceof _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.TimeoutError || /timeout/i.test(error.message)) {
        return {
            kind: 'timeout',
            retryable: true,
            message: `JetStream did not acknowledge the message on ${subject} in time`,
        };
    }
    if (error instanceof _nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.PermissionViolationError || /permissions violation/i.test(error.message)) {
        return {
            kind: 'permission',
            retryable: false,
            message: `NATS does not permit these credentials to publish on ${subject}`,
        };
    }
    // The stream's limits, as nats-server words them (server/errors.json: JSStreamMessageExceedsMaximumErr,
    // JSStreamStoreFailedF with ErrMaxMsgs / ErrMaxBytes under `discard: new`).
    if (/message size exceeds maximum/i.test(error.message)) {
        return {
            kind: 'too-large',
            retryable: false,
            message: `the stream refused the event as too large: ${error.message}`,
        };
    }
    if (/maximum (messages|bytes) exceeded/i.test(error.message)) {
        return {
            kind: 'stream-full',
            retryable: false,
            message: `the stream is full and refuses new events (${error.message}): pending events are kept, not evicted`,
        };
    }
    if (error instanceof _nats_io_jetstream__WEBPACK_IMPORTED_MODULE_0__/* .JetStreamApiError */ .Y_) {
        // 503: JetStream is (re)starting or the stream has no leader yet; anything else is the stream's final word.
        return error.status === 503
            ? { kind: 'no-stream', retryable: true, message: `JetStream is unavailable: ${error.message}` }
            : { kind: 'rejected', retryable: false, message: `the stream refused the message: ${error.message}` };
    }
    if (/closed|draining/i.test(error.message)) {
        return { kind: 'connection', retryable: false, message: `the NATS connection is closed: ${error.message}` };
    }
    return { kind: 'connection', retryable: true, message: `publishing on ${subject} failed: ${error.message}` };
}
/**
 * The promise, or a rejection as soon as `signal` aborts. The abandoned publish may still be stored: its message id
 * makes the next attempt (by this process or its successor) a duplicate instead of a second copy.
 */
function untilAborted(promise, signal) {
    if (!signal)
        return promise;
    return new Promise((resolve, reject) => {
        const abort = () => reject(new Error('aborted'));
        signal.addEventListener('abort', abort, { once: true });
        promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
    });
}
/** The longest header value sent; a reason quoting its input (V8's JSON.parse message does) is cut to this. */
const MAX_HEADER_VALUE_CHARS = 256;
/**
 * A header value as NATS accepts it: one line (nats.js refuses CR and LF, nats-core lib/headers.js validHeaderValue;
 * the protocol is line-based), without other control characters, and short, so that the headers stay within the
 * stream's header allowance whatever text a reason quotes.
 */
function headerValue(text) {
    const line = text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
    return line.length > MAX_HEADER_VALUE_CHARS ? `${line.slice(0, MAX_HEADER_VALUE_CHARS - 3)}...` : line;
}
function headersOf(values) {
    const h = (0,_nats_io_transport_node__WEBPACK_IMPORTED_MODULE_1__.headers)();
    for (const [name, value] of Object.entries(values))
        h.set(name, headerValue(value));
    return h;
}


/***/ }),

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ toModuleEntry)
/* harmony export */ });
/** Optional fields are left out when empty, so that an entry reads as the hand-kept files did. */
function toModuleEntry(module) {
    const { fields } = module;
    return {
        type: fields.type,
        description: fields.description,
        repository: module.repository,
        version: fields.version,
        last_commit: module.lastCommit,
        last_updated: module.lastUpdated,
        topics: module.topics,
        visibility: module.visibility,
        category: fields.category,
        ...(fields.status !== null ? { status: fields.status } : {}),
        ...(fields.owner !== null ? { owner: fields.owner } : {}),
        ...(fields.deployed !== null ? { deployed: fields.deployed } : {}),
        ...(module.archived ? { archived: true } : {}),
        dependencies: module.dependencies,
        metadata: module.metadata,
    };
}


/***/ }),

/***/ 91255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bp: () => (/* binding */ errorsOf),
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   Vw: () => (/* binding */ formatProblem)
/* harmony export */ });
/** `file:line:col: level: message`, the form editors and CI logs link to. */
function formatProblem(problem) {
    const where = [problem.file, problem.line, problem.col].filter((part) => part !== undefined).join(':');
    return `${where ? `${where}: ` : ''}${problem.level}: ${problem.message}`;
}
/** True when any problem is an error (warnings never fail a module or a step). */
function hasErrors(problems) {
    return problems.some((problem) => problem.level === 'error');
}
/** The errors among the problems, in their order. */
function errorsOf(problems) {
    return problems.filter((problem) => problem.level === 'error');
}


/***/ }),

/***/ 68077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SM: () => (/* binding */ createDispatcher),
/* harmony export */   iX: () => (/* binding */ DEFAULT_EVENT_TYPE)
/* harmony export */ });
/* unused harmony export classifyDispatchError */
/* harmony import */ var _octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6702);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _util_repository_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37948);
/**
 * Sending repository_dispatch to the registry repository, through the project's one GitHub client, and reading
 * a failure as what it means for the events it covers: retry later (5xx, rate limits, the network), or a problem of
 * the bridge's configuration (a token without access, a repository that does not exist) that no retry of the same
 * request fixes soon. Neither drops an event: the caller naks both, with a longer delay for the second.
 */



const DEFAULT_EVENT_TYPE = 'module-updated';
function createDispatcher(options) {
    const { owner, repo } = (0,_util_repository_name_js__WEBPACK_IMPORTED_MODULE_1__/* .requireRepositoryName */ .p)(options.registryRepo, 'registry repository');
    const client = (0,_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitHubClient */ .L)({
        token: options.token,
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        retries: options.retries ?? 0,
        rateLimitRetries: 0,
        timeoutMs: options.timeoutMs,
        ...(options.log ? { log: options.log } : {}),
    });
    const eventType = options.eventType ?? DEFAULT_EVENT_TYPE;
    return async (payload, signal) => {
        try {
            const response = await client.rest.repos.createDispatchEvent({
                owner,
                repo,
                event_type: eventType,
                client_payload: payload,
                ...(signal ? { request: { signal } } : {}),
            });
            return { ok: true, status: response.status };
        }
        catch (error) {
            return classifyDispatchError(error, options.timeoutMs);
        }
    };
}
/** What a failed dispatch means; pure, so every status is tested without a server. */
function classifyDispatchError(error, timeoutMs) {
    const e = (error ?? {});
    const headers = e.response?.headers ?? {};
    const message = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(e.message ?? String(error)).slice(0, 200);
    const status = typeof e.status === 'number' && e.response ? e.status : undefined;
    if (status === undefined || /abort|timeout/i.test(`${e.name ?? ''} ${message}`)) {
        const reason = /abort|timeout/i.test(`${e.name ?? ''} ${message}`)
            ? `no answer within ${timeoutMs} ms`
            : `network: ${message}`;
        return { ok: false, retryable: true, reason };
    }
    const retryAfterMs = retryAfter(headers);
    const exhausted = String(headers['x-ratelimit-remaining']) === '0';
    if (status === 429 || (status === 403 && (exhausted || /rate limit/i.test(message)))) {
        const reason = `rate limited (${status}): ${message}`;
        return {
            ok: false,
            retryable: true,
            rateLimited: true,
            status,
            reason,
            ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
        };
    }
    if (status >= 500)
        return { ok: false, retryable: true, status, reason: `GitHub answered ${status}: ${message}` };
    const hint = status === 401
        ? 'the token is not valid'
        : status === 403 || status === 404
            ? 'the token cannot write to the registry repository, or it does not exist'
            : 'GitHub refused the dispatch';
    return { ok: false, retryable: false, status, reason: `${hint} (${status}: ${message})` };
}
/**
 * Retry-After (seconds) or x-ratelimit-reset (epoch seconds, read when x-ratelimit-remaining is 0), in milliseconds
 * from now: GitHub asks not to retry before either
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#exceeding-the-rate-limit).
 */
function retryAfter(headers) {
    const after = Number(headers['retry-after']);
    if (Number.isFinite(after) && after > 0)
        return after * 1000;
    const reset = Number(headers['x-ratelimit-reset']);
    if (String(headers['x-ratelimit-remaining']) === '0' && Number.isFinite(reset) && reset > 0) {
        return Math.max(0, reset * 1000 - Date.now()) + 1000;
    }
    return undefined;
}


/***/ }),

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ countRequests),
/* harmony export */   L: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92413);
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44942);
/* harmony import */ var undici__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46752);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48129);
/**
 * The one way this project talks to GitHub: @actions/github's Octokit with this project's retry layer
 * (src/github/retry.ts: per-request retry state, a policy per request, one wait budget per run), a timeout on every
 * request, the runner's proxy settings, and a count of every HTTP request sent.
 */




const counters = new WeakMap();
function createGitHubClient(options) {
    const baseUrl = options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com';
    const counter = { count: 0 };
    const client = (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(options.token, {
        baseUrl,
        userAgent: options.userAgent ?? 'cim-registry-action',
        request: { fetch: proxyAwareFetch(baseUrl, options.timeoutMs ?? 30_000, counter) },
    });
    (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .installRetry */ .Um)(client, {
        retries: options.retries ?? 3,
        rateLimitRetries: options.rateLimitRetries ?? 3,
        budget: new _retry_js__WEBPACK_IMPORTED_MODULE_3__/* .WaitBudget */ .Tr(options.maxWaitMs ?? 300_000),
        log: options.log ?? (() => { }),
        ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    counters.set(client, counter);
    return client;
}
/**
 * fetch through the runner's proxy (HTTPS_PROXY / HTTP_PROXY, NO_PROXY: @actions/http-client decides, as
 * @actions/github's own fetch does), with a timeout: fetch waits forever by default, and a hung connection must
 * become an error. Replacing @actions/github's fetch with a plain one would drop its proxy dispatcher.
 */
function proxyAwareFetch(baseUrl, ms, counter) {
    const dispatcher = new _actions_http_client__WEBPACK_IMPORTED_MODULE_1__/* .HttpClient */ .Qq().getAgentDispatcher(baseUrl);
    return ((input, init) => {
        counter.count++;
        const signal = init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms);
        return (0,undici__WEBPACK_IMPORTED_MODULE_2__.fetch)(input, { ...init, signal, ...(dispatcher ? { dispatcher } : {}) });
    });
}
/** The HTTP requests the client has sent, retries included: the cost figure runs report. */
function countRequests(client) {
    const counter = counters.get(client);
    if (!counter)
        throw new Error('countRequests: the client was not made by createGitHubClient');
    return () => counter.count;
}


/***/ }),

/***/ 48129:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R2: () => (/* binding */ WaitBudgetError),
/* harmony export */   Tr: () => (/* binding */ WaitBudget),
/* harmony export */   Um: () => (/* binding */ installRetry),
/* harmony export */   hZ: () => (/* binding */ withPolicy),
/* harmony export */   zI: () => (/* binding */ isAbandoned)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);

/** The request option that picks a policy: `client.graphql(query, { ...variables, ...withPolicy('shrink') })`. */
function withPolicy(policy) {
    return { request: { policy } };
}
/** The milliseconds a run may still spend waiting, shared by every request of one client. */
class WaitBudget {
    totalMs;
    spentMs = 0;
    constructor(totalMs) {
        this.totalMs = totalMs;
    }
    get remainingMs() {
        return Math.max(0, this.totalMs - this.spentMs);
    }
    /** Takes `ms` from the budget; false (and nothing taken) when it does not fit. */
    take(ms) {
        if (ms > this.remainingMs)
            return false;
        this.spentMs += ms;
        return true;
    }
}
/** Thrown when GitHub asks for a wait the run's budget cannot pay. */
class WaitBudgetError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CimError */ .o {
    name = 'WaitBudgetError';
    status;
    constructor(message, cause) {
        super('WAIT_BUDGET_SPENT', message, { cause });
        this.status = cause.status;
    }
}
const SERVER_ERRORS = new Set([500, 502, 503, 504]);
const SOMETHING_WENT_WRONG = /Something went wrong while executing your query/;
function installRetry(client, options) {
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    client.hook.wrap('request', async (request, requestOptions) => {
        const opts = requestOptions;
        const policy = opts.request?.policy ?? 'retry';
        const label = `${opts.method} ${String(opts.url)}`;
        // This request's own counts: nothing is kept between requests.
        let failures = 0;
        let rateLimits = 0;
        for (;;) {
            let outcome;
            try {
                outcome = { response: (await request(requestOptions)) };
            }
            catch (error) {
                outcome = { error };
            }
            const decision = decide(outcome, policy);
            if (decision.kind === 'done') {
                if (outcome.error)
                    throw outcome.error;
                return outcome.response;
            }
            let waitMs;
            if (decision.kind === 'rate-limit') {
                if (rateLimits++ >= options.rateLimitRetries)
                    return finish(outcome);
                waitMs = decision.waitMs;
            }
            else {
                if (failures++ >= options.retries)
                    return finish(outcome);
                waitMs = 1000 * 2 ** (failures - 1);
            }
            if (!options.budget.take(waitMs)) {
                throw new WaitBudgetError(`${decision.reason} for ${label}: waiting ${Math.ceil(waitMs / 1000)} s more would pass the run's wait budget ` +
                    `(max-wait ${Math.round(options.budget.totalMs / 1000)} s, ${Math.round(options.budget.remainingMs / 1000)} s left); ` +
                    'giving up (the next run will catch up)', outcome.error ?? outcome.response);
            }
            options.log(`${decision.reason} for ${label}; retrying in ${Math.ceil(waitMs / 1000)} s`);
            await sleep(waitMs);
        }
    });
}
function finish(outcome) {
    if (outcome.error)
        throw outcome.error;
    return outcome.response;
}
function decide(outcome, policy) {
    const rateLimited = rateLimitWait(outcome);
    if (rateLimited)
        return rateLimited;
    if (policy === 'once')
        return { kind: 'done' };
    const { response, error } = outcome;
    if (response) {
        const errors = response.data?.errors;
        const timedOut = errors?.length && SOMETHING_WENT_WRONG.test(errors[0]?.message ?? '');
        if (!timedOut || policy === 'shrink')
            return { kind: 'done' };
        return { kind: 'retry', reason: 'GitHub timed out executing the query' };
    }
    // @octokit/request turns a fetch that failed into a RequestError of status 500 without a response.
    const status = error.response?.status;
    if (status !== undefined && status >= 400) {
        if (!SERVER_ERRORS.has(status) || policy === 'shrink')
            return { kind: 'done' };
        return { kind: 'retry', reason: `HTTP ${status}` };
    }
    // No HTTP answer: our own timeout (the query may still be running on GitHub) or a failed connection.
    const abandoned = isAbandoned(error);
    if (abandoned && policy === 'shrink')
        return { kind: 'done' };
    return { kind: 'retry', reason: abandoned ? 'no answer in time' : `network failure (${error.message})` };
}
/** GitHub's rate-limit answers and how long they ask to wait; undefined for any other answer. */
function rateLimitWait(outcome) {
    const response = outcome.response ?? outcome.error?.response;
    if (!response)
        return undefined;
    const headers = response.headers ?? {};
    const status = response.status;
    const data = response.data;
    const graphqlLimited = data?.errors?.some((e) => e.type === 'RATE_LIMITED') ?? false;
    const refused = status === 403 || status === 429;
    if (!graphqlLimited && !refused)
        return undefined;
    const retryAfter = Number(headers['retry-after']);
    if (refused && /secondary rate limit/i.test(data?.message ?? '')) {
        return { kind: 'rate-limit', reason: 'secondary rate limit', waitMs: 1000 * (retryAfter > 0 ? retryAfter : 60) };
    }
    if (graphqlLimited || headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        // One second past the reset, as GitHub advises; at least a second.
        const waitMs = retryAfter > 0
            ? retryAfter * 1000
            : Number.isFinite(reset) && reset > 0
                ? Math.max(1000, reset * 1000 - Date.now() + 1000)
                : 60_000;
        return { kind: 'rate-limit', reason: 'rate limit reached', waitMs };
    }
    if (retryAfter > 0)
        return { kind: 'rate-limit', reason: 'rate limited', waitMs: retryAfter * 1000 };
    return undefined;
}
/** A request the client gave up on (its timeout): GitHub may still be running the query. */
function isAbandoned(error) {
    const name = error.cause?.name ?? error.name;
    return name === 'TimeoutError' || /aborted due to timeout/i.test(error.message ?? '');
}


/***/ }),

/***/ 95920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gu: () => (/* binding */ CIM_YAML),
  Fc: () => (/* binding */ MAX_CIM_YAML_BYTES),
  Mj: () => (/* binding */ parseCimYaml)
});

// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __webpack_require__(42463);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./schemas/cim.schema.json
const cim_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/thecowboyai/cim-registry-action/v1/schemas/cim.schema.json","title":"cim.yaml","description":"Metadata of a CIM module, kept at the root of its repository. Reference: https://github.com/thecowboyai/cim-registry-action#the-cimyaml-standard","type":"object","required":["module"],"additionalProperties":false,"properties":{"module":{"type":"object","required":["name"],"additionalProperties":false,"properties":{"name":{"description":"The module\'s name: equal to its repository\'s name, lowercase letters, digits and hyphens.","type":"string","format":"module-name"},"type":{"description":"What kind of module this is.","enum":["template","core","domain","integration","utility"]},"version":{"description":"The module\'s current version (semver, prereleases allowed). Quote it: \\"0.1.0\\".","type":"string","format":"semver"},"description":{"description":"One line on what the module does.","type":"string","maxLength":500},"dependencies":{"description":"Other CIM modules this one needs, with semver ranges: a list of one-key maps (- cim-domain: \\"^0.2\\") or a plain map (cim-domain: \\"^0.2\\").","if":{"type":"array"},"then":{"type":"array","items":{"type":"object","minProperties":1,"maxProperties":1,"propertyNames":{"format":"module-name"},"additionalProperties":{"type":"string","format":"semver-range"}}},"else":{"type":"object","propertyNames":{"format":"module-name"},"additionalProperties":{"type":"string","format":"semver-range"}}},"visibility":{"description":"Whether the module\'s repository is public or private.","enum":["public","private"]},"category":{"description":"A free grouping such as security, storage or financial-services.","type":"string","pattern":"^[a-z0-9][a-z0-9_-]{0,63}$"},"owner":{"description":"For private domains: who owns and runs it.","type":"string","maxLength":200},"status":{"description":"Lifecycle stage.","enum":["planning","development","pilot","production","deprecated"]},"deployed":{"description":"For private domains: whether (or where) it is deployed.","type":["boolean","string"]}}}}}');
// EXTERNAL MODULE: ./src/metadata/names.ts
var names = __webpack_require__(98713);
// EXTERNAL MODULE: ./src/metadata/semver.ts
var semver = __webpack_require__(80821);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/format/problems.ts
var format_problems = __webpack_require__(91255);
;// CONCATENATED MODULE: ./src/metadata/cim-yaml.ts
/**
 * Reads a module's cim.yaml: bounded parsing, JSON Schema validation with ajv, and every problem placed on a line
 * and column of the file so that it can become an annotation there.
 */








const CIM_YAML = 'cim.yaml';
/** Larger files are refused unread: no module's metadata needs more, and a parser should not be fed megabytes. */
const MAX_CIM_YAML_BYTES = 64 * 1024;
/** Aliases a cim.yaml may expand; a real file needs none, and a "billion laughs" file needs millions. */
const MAX_ALIAS_COUNT = 20;
const cim_yaml_ajv = new ajv.Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true });
cim_yaml_ajv.addFormat('module-name', { type: 'string', validate: names/* isModuleName */.yZ });
cim_yaml_ajv.addFormat('semver', { type: 'string', validate: semver/* isVersion */.lF });
cim_yaml_ajv.addFormat('semver-range', { type: 'string', validate: semver/* isRange */._Z });
const validateSchema = cim_yaml_ajv.compile(cim_schema_namespaceObject);
function parseCimYaml(input, options = {}) {
    const file = options.file ?? CIM_YAML;
    const fail = (message, line, col) => ({
        metadata: null,
        problems: [problem('error', 'invalid-metadata', message, file, line, col)],
    });
    const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
    // A source may hand over only the file's first bytes (one past the limit is enough), so the size is not told.
    if (size > MAX_CIM_YAML_BYTES)
        return fail(`file is over ${MAX_CIM_YAML_BYTES} bytes; a cim.yaml may have at most ${MAX_CIM_YAML_BYTES}`);
    const text = typeof input === 'string' ? input : (0,util_text/* decodeUtf8 */._6)(input);
    if (text === null)
        return fail('file is not valid UTF-8');
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, version: '1.2' });
    if (doc.errors.length > 0) {
        return {
            metadata: null,
            problems: doc.errors.map((error) => {
                const at = lines.linePos(error.pos[0]);
                return problem('error', 'invalid-metadata', `YAML: ${(0,util_text/* firstLine */.TM)(error.message)}`, file, at.line, at.col);
            }),
        };
    }
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (error) {
        return fail(`YAML: ${error.message} (aliases are capped at ${MAX_ALIAS_COUNT})`);
    }
    if (data === null || data === undefined)
        return fail('file is empty; it needs at least `module: {name: ...}`');
    if (typeof data !== 'object' || Array.isArray(data)) {
        return fail('the document must be a mapping with a `module:` key', 1, 1);
    }
    const locate = (path, key = false) => position(doc, lines, path, key);
    const problems = [];
    if (!validateSchema(data)) {
        for (const error of relevantErrors(validateSchema.errors ?? [])) {
            const { path, key } = errorTarget(error);
            const at = locate(path, key);
            const unknownKey = error.keyword === 'additionalProperties';
            problems.push(problem(unknownKey ? 'warning' : 'error', unknownKey ? 'unknown-key' : 'invalid-metadata', describeError(error), file, at?.line, at?.col));
        }
    }
    const module = data.module;
    // A Map, not an object: a module may be named like an Object.prototype member (`constructor`).
    const dependencies = new Map();
    if (module && typeof module === 'object') {
        collectDependencies(module.dependencies, dependencies, (name, index) => {
            const at = locate(['module', 'dependencies', index, name], true);
            problems.push(problem('error', 'invalid-metadata', `dependency ${name} is listed twice`, file, at?.line, at?.col));
        });
        if (typeof module.name === 'string' && dependencies.has(module.name)) {
            const at = locate(['module', 'name']);
            problems.push(problem('error', 'self-dependency', `${module.name} depends on itself`, file, at?.line, at?.col));
        }
        const name = typeof module.name === 'string' && (0,names/* isModuleName */.yZ)(module.name) ? module.name : undefined;
        if (options.expectedName !== undefined && name !== undefined && name !== options.expectedName) {
            const at = locate(['module', 'name']);
            problems.push(problem('error', 'name-mismatch', `module.name is ${JSON.stringify(name)} but the repository is ${JSON.stringify(options.expectedName)}; they must be equal`, file, at?.line, at?.col));
        }
    }
    if ((0,format_problems/* hasErrors */.Cs)(problems))
        return { metadata: null, problems };
    const declared = module;
    const declaresDependencies = module?.dependencies !== undefined && module.dependencies !== null;
    return {
        metadata: {
            ...pickDeclared(declared),
            ...(declaresDependencies ? { dependencies: (0,order/* sortRecord */.Ed)(Object.fromEntries(dependencies)) } : {}),
        },
        problems,
    };
}
function pickDeclared(module) {
    const { name, type, version, description, visibility, category, owner, status, deployed } = module;
    return Object.fromEntries(Object.entries({ name, type, version, description, visibility, category, owner, status, deployed }).filter(([, value]) => value !== undefined));
}
/** Both dependency forms into one map; entries the schema already rejected are skipped here. */
function collectDependencies(value, into, onDuplicate) {
    const entries = Array.isArray(value)
        ? value.flatMap((item, index) => item && typeof item === 'object'
            ? Object.entries(item).map(([k, v]) => [k, v, index])
            : [])
        : value && typeof value === 'object'
            ? Object.entries(value).map(([k, v]) => [k, v, -1])
            : [];
    for (const [name, range, index] of entries) {
        if (typeof range !== 'string')
            continue;
        if (into.has(name))
            onDuplicate(name, index);
        else
            into.set(name, range);
    }
}
/** `if` and `propertyNames` only report that a nested check failed; the nested errors themselves say why. */
function relevantErrors(errors) {
    return errors.filter((error) => error.keyword !== 'if' && error.keyword !== 'propertyNames');
}
/** The YAML node an ajv error is about, as a path; `key` when the problem is the key itself. */
function errorTarget(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
    if (error.keyword === 'additionalProperties') {
        return { path: [...path, error.params.additionalProperty], key: true };
    }
    if (error.propertyName !== undefined)
        return { path: [...path, error.propertyName], key: true };
    return { path, key: false };
}
/** Messages in the file's own terms: `module.version: "0.1" is not a semver version (e.g. 1.2.3)`. */
function describeError(error) {
    const where = fieldPath(error);
    const params = error.params;
    switch (error.keyword) {
        case 'required':
            return `${where ? `${where}: ` : ''}missing required key \`${String(params.missingProperty)}\``;
        case 'additionalProperties':
            return `${where ? `${where}: ` : ''}unknown key \`${String(params.additionalProperty)}\` (ignored)`;
        case 'enum':
            return `${where}: must be one of ${params.allowedValues.join(', ')}`;
        case 'type':
            return `${where}: must be ${String(params.type).replace(',', ' or ')}${params.type === 'string' ? ', in quotes' : ''}`;
        case 'format':
            return `${where}: ${formatMessage(String(params.format), error)}`;
        case 'minProperties':
        case 'maxProperties':
            return `${where}: each list item names exactly one module, as \`- cim-domain: "^0.2"\``;
        case 'maxLength':
            return `${where}: is longer than ${String(params.limit)} characters`;
        case 'pattern':
            return `${where}: must be lowercase letters, digits, - or _ (e.g. financial-services)`;
        default:
            return `${where}: ${error.message ?? 'is invalid'}`;
    }
}
function formatMessage(format, error) {
    const value = JSON.stringify(error.data);
    switch (format) {
        case 'semver':
            return `${value} is not a semver version (e.g. "1.2.3" or "0.10.0-alpha.1")`;
        case 'semver-range':
            return `${value} is not a semver range (e.g. "^0.2", ">=1.0.0 <2.0.0")`;
        default:
            return `${value} is not a module name (lowercase letters, digits and single hyphens, e.g. cim-domain)`;
    }
}
function fieldPath(error) {
    const segments = error.instancePath.split('/').slice(1);
    if (error.propertyName !== undefined)
        segments.push(error.propertyName);
    return segments
        .map((segment) => (/^\d+$/.test(segment) ? `[${segment}]` : `.${segment}`))
        .join('')
        .replace(/^\./, '');
}
/** 1-based line and column of the node (or, with `key`, of the map key) at `path`. */
function position(doc, lines, path, key) {
    let node = doc.contents;
    let keyNode;
    for (const segment of path) {
        keyNode = undefined;
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isPair */.tO)(item) && (0,dist/* isScalar */.jn)(item.key) && item.key.value === segment);
            if (!pair)
                break;
            keyNode = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
            node = node.items[segment];
        }
        else {
            break;
        }
    }
    const target = (key ? keyNode : undefined) ?? node;
    const offset = target?.range?.[0];
    return offset === undefined ? undefined : lines.linePos(offset);
}
function problem(level, code, message, file, line, col) {
    return { level, code, message, file, ...(line !== undefined ? { line } : {}), ...(col !== undefined ? { col } : {}) };
}


/***/ }),

/***/ 91715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oi: () => (/* binding */ CARGO_TOML),
/* harmony export */   PX: () => (/* binding */ readManifests),
/* harmony export */   QO: () => (/* binding */ PACKAGE_JSON),
/* harmony export */   X2: () => (/* binding */ cargoWorkspaceMembers),
/* harmony export */   bJ: () => (/* binding */ matchesWorkspaceGlob),
/* harmony export */   sg: () => (/* binding */ workspaceMemberManifests),
/* harmony export */   wY: () => (/* binding */ isIgnoredPath)
/* harmony export */ });
/* harmony import */ var smol_toml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3292);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(49997);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80821);
/**
 * What a repository's build manifests say about it: Cargo.toml (root and workspace members) and package.json.
 * Used when a module has no cim.yaml, which is every module of the real organization today.
 */



const CARGO_TOML = 'Cargo.toml';
const PACKAGE_JSON = 'package.json';
/** Folders whose manifests describe somebody else's code or build output, never the module itself. */
const IGNORED_DIRS = new Set(['vendor', 'target', 'node_modules']);
/**
 * Paths under which the repository's workspace members would keep their Cargo.toml, as globs. A glob that could
 * lead out of the repository (a `..` segment, an absolute path) is never a member: it is listed in `outside`, and
 * no source reads or asks for a file there.
 */
function cargoWorkspaceMembers(rootCargoToml) {
    try {
        const workspace = asTable((0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(rootCargoToml).workspace);
        const members = stringList(workspace?.members);
        return {
            members: members.filter((glob) => !leavesRepository(glob)),
            exclude: stringList(workspace?.exclude),
            outside: members.filter(leavesRepository),
        };
    }
    catch {
        return { members: [], exclude: [], outside: [] };
    }
}
/** `../x`, `a/../../x`, `/abs` and their Windows spellings; `..` inside a name (`a..b`) is harmless. */
function leavesRepository(glob) {
    return /^[/\\]/.test(glob) || /^[a-zA-Z]:/.test(glob) || glob.split(/[/\\]/).some((segment) => segment === '..');
}
/** True when `dir` (a path relative to the root, no trailing slash) is matched by a Cargo workspace glob. */
function matchesWorkspaceGlob(dir, glob) {
    const pattern = glob.replace(/\/+$/, '').replace(/^\.\//, '');
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('[^/]*')}$`);
    return regex.test(dir);
}
/**
 * The paths of the Cargo.toml of the workspace members `rootCargoToml` lists, found by expanding the member globs
 * one folder level at a time with `listFolders` (the names of the subfolders of a folder, '' being the root), in
 * path order. Each source lists folders its own way: the file system, or git at a commit.
 */
async function workspaceMemberManifests(rootCargoToml, listFolders) {
    const found = new Set();
    for (const glob of cargoWorkspaceMembers(rootCargoToml).members) {
        let dirs = [''];
        for (const segment of glob.replace(/^\.\//, '').replace(/\/+$/, '').split('/')) {
            const next = [];
            for (const dir of dirs) {
                if (!segment.includes('*'))
                    next.push(dir ? `${dir}/${segment}` : segment);
                else
                    for (const child of await listFolders(dir))
                        if (matchesWorkspaceGlob(child, segment))
                            next.push(dir ? `${dir}/${child}` : child);
            }
            dirs = next;
        }
        for (const dir of dirs)
            if (!isIgnoredPath(`${dir}/${CARGO_TOML}`))
                found.add(`${dir}/${CARGO_TOML}`);
    }
    return [...found].sort();
}
function isIgnoredPath(path) {
    return path.split('/').some((segment) => IGNORED_DIRS.has(segment));
}
/**
 * Version and module dependencies from the manifests in `files`: the root Cargo.toml and those of its workspace
 * members, then package.json. A dependency on the module itself or on a crate of the same workspace is internal.
 */
function readManifests(moduleName, files, isModule) {
    const problems = [];
    const cargo = readCargoManifests(files, problems);
    const packageJson = readPackageJson(files[PACKAGE_JSON], problems);
    const internal = new Set([
        moduleName,
        ...cargo.map((m) => crateName(asTable(m.table.package)?.name)).filter(isString),
    ]);
    // A Map, not an object: a module may be named like an Object.prototype member (`constructor`).
    const dependencies = new Map();
    const add = (name, range) => {
        if (!isModule.matches(name) || internal.has(name))
            return;
        // A concrete range from one manifest beats `*` from another (e.g. a member that only names the git repo).
        const known = dependencies.get(name);
        if (known === undefined || known === '*')
            dependencies.set(name, range);
    };
    for (const manifest of cargo) {
        for (const [name, range] of cargoDependencies(manifest, problems))
            add(name, range);
    }
    for (const [name, spec] of Object.entries(asTable(packageJson?.dependencies) ?? {})) {
        add(name, typeof spec === 'string' && (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .isRange */ ._Z)(spec) ? spec.trim() : '*');
    }
    return {
        version: manifestVersion(cargo[0], packageJson, problems),
        dependencies: Object.fromEntries(dependencies),
        problems,
    };
}
/** The root manifest first, then the workspace members it lists (minus its excludes), in path order. */
function readCargoManifests(files, problems) {
    const rootText = files[CARGO_TOML];
    if (rootText === undefined)
        return [];
    const root = parseManifest(CARGO_TOML, rootText, problems);
    if (!root)
        return [];
    const { members, exclude, outside } = cargoWorkspaceMembers(rootText);
    for (const glob of outside) {
        problems.push({
            level: 'warning',
            code: 'invalid-manifest',
            message: `${CARGO_TOML}: workspace member ${JSON.stringify(glob)} is outside the repository; ignored`,
            file: CARGO_TOML,
        });
    }
    const memberPaths = Object.keys(files)
        .filter((path) => path.endsWith(`/${CARGO_TOML}`) && !isIgnoredPath(path))
        .filter((path) => {
        const dir = path.slice(0, -CARGO_TOML.length - 1);
        return (members.some((glob) => matchesWorkspaceGlob(dir, glob)) &&
            !exclude.some((glob) => matchesWorkspaceGlob(dir, glob)));
    })
        .sort();
    const manifests = [root];
    for (const path of memberPaths) {
        const member = parseManifest(path, files[path], problems);
        if (member)
            manifests.push(member);
    }
    return manifests;
}
function parseManifest(path, text, problems) {
    try {
        return { path, table: (0,smol_toml__WEBPACK_IMPORTED_MODULE_0__/* .parse */ .qg)(text) };
    }
    catch (error) {
        const { line, column } = error;
        problems.push({
            level: 'warning',
            code: 'invalid-manifest',
            message: `${path} is not valid TOML: ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_2__/* .firstLine */ .TM)(error.message)}`,
            file: path,
            ...(line ? { line } : {}),
            ...(column ? { col: column } : {}),
        });
        return null;
    }
}
/** [dependencies], [target.*.dependencies] and [workspace.dependencies]; never dev- or build-dependencies. */
function cargoDependencies(manifest, problems) {
    const tables = [
        asTable(manifest.table.dependencies),
        asTable(asTable(manifest.table.workspace)?.dependencies),
        ...Object.values(asTable(manifest.table.target) ?? {}).map((target) => asTable(asTable(target)?.dependencies)),
    ];
    const found = [];
    for (const table of tables) {
        for (const [key, spec] of Object.entries(table ?? {})) {
            const detail = asTable(spec);
            if (detail?.workspace === true)
                continue; // inherited: the root's [workspace.dependencies] names it
            const name = crateName(detail?.package ?? key);
            if (!name)
                continue;
            found.push([name, cargoRange(name, spec, manifest.path, problems)]);
        }
    }
    return found;
}
/** A version requirement if one is given, `=X.Y.Z` for a git dependency pinned to tag vX.Y.Z, `*` otherwise. */
function cargoRange(name, spec, path, problems) {
    const detail = asTable(spec);
    const requirement = typeof spec === 'string' ? spec : detail?.version;
    if (typeof requirement === 'string') {
        const range = (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .cargoRequirementToRange */ .Ky)(requirement);
        if (range)
            return range;
        problems.push({
            level: 'warning',
            code: 'invalid-manifest',
            message: `${path}: dependency ${name} has version requirement ${JSON.stringify(requirement)}, which is not a semver range`,
            file: path,
        });
        return '*';
    }
    const tagVersion = typeof detail?.tag === 'string' ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanVersion */ .aH)(detail.tag) : null;
    return tagVersion ? `=${tagVersion}` : '*';
}
function manifestVersion(root, packageJson, problems) {
    const pkg = asTable(root?.table.package);
    const workspaceVersion = asTable(asTable(root?.table.workspace)?.package)?.version;
    const candidates = [
        [CARGO_TOML, typeof pkg?.version === 'string' ? pkg.version : workspaceVersion],
        [PACKAGE_JSON, packageJson?.version],
    ];
    for (const [file, value] of candidates) {
        if (typeof value !== 'string')
            continue;
        const version = (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .cleanVersion */ .aH)(value);
        if (version)
            return version;
        problems.push({
            level: 'warning',
            code: 'invalid-manifest',
            message: `${file}: version ${JSON.stringify(value)} is not semver`,
            file,
        });
    }
    return null;
}
function readPackageJson(text, problems) {
    if (text === undefined)
        return null;
    try {
        return asTable(JSON.parse(text));
    }
    catch (error) {
        problems.push({
            level: 'warning',
            code: 'invalid-manifest',
            message: `${PACKAGE_JSON} is not valid JSON: ${error.message}`,
            file: PACKAGE_JSON,
        });
        return null;
    }
}
/** Cargo treats `-` and `_` in crate names alike; module names use `-`. */
function crateName(value) {
    return typeof value === 'string' ? value.replace(/_/g, '-') : null;
}
function asTable(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;
}
function stringList(value) {
    return Array.isArray(value) ? value.filter(isString) : [];
}
function isString(value) {
    return typeof value === 'string';
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ }),

/***/ 11506:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ eventRepository),
/* harmony export */   p: () => (/* binding */ checkModuleTopics)
/* harmony export */ });
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(98713);
/* harmony import */ var _topics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(397);
/* harmony import */ var _util_repository_name_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37948);



/**
 * The repository of an event payload; null when the payload has no repository or no list of topics (a run outside
 * Actions, an event of another kind, a GitHub Enterprise Server too old to send topics): then nothing is checked.
 */
function eventRepository(event) {
    const repository = event?.repository;
    if (!repository || typeof repository !== 'object' || !Array.isArray(repository.topics))
        return null;
    const fullName = typeof repository.full_name === 'string' ? repository.full_name : '';
    const name = typeof repository.name === 'string' ? repository.name : ((0,_util_repository_name_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRepositoryName */ .$)(fullName)?.repo ?? '');
    if (!name)
        return null;
    const url = typeof repository.html_url === 'string' ? repository.html_url : null;
    return {
        repository: (0,_topics_js__WEBPACK_IMPORTED_MODULE_0__/* .ghRepository */ .UG)(url) ?? (fullName || null),
        name,
        // GitHub stores topics lowercase; anything else that is not a topic by its rules is ignored.
        topics: repository.topics.flatMap((topic) => typeof topic === 'string' && (0,_topics_js__WEBPACK_IMPORTED_MODULE_0__/* .isTopic */ .EL)(topic.toLowerCase()) ? [topic.toLowerCase()] : []),
        visibility: typeof repository.private === 'boolean' ? (repository.private ? 'private' : 'public') : null,
    };
}
/** The checks of src/metadata/topics.ts for one module, the `cim` topic by which the registry finds it included. */
function checkModuleTopics(repository, declared) {
    const { topics } = repository;
    const type = declared?.type ?? (0,_topics_js__WEBPACK_IMPORTED_MODULE_0__/* .typeByTopics */ .eQ)(topics) ?? (0,_names_js__WEBPACK_IMPORTED_MODULE_2__/* .typeByName */ .p5)(repository.name);
    const { visibility } = (0,_topics_js__WEBPACK_IMPORTED_MODULE_0__/* .decideVisibility */ .JK)(repository.visibility, declared?.visibility, topics);
    return (0,_topics_js__WEBPACK_IMPORTED_MODULE_0__/* .topicProblems */ .o7)({ repository: repository.repository, topics, type, visibility, listedBy: _topics_js__WEBPACK_IMPORTED_MODULE_0__/* .CIM_TOPIC */ .i });
}


/***/ }),

/***/ 98713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MZ: () => (/* binding */ moduleNameError),
/* harmony export */   S2: () => (/* binding */ compileModulePattern),
/* harmony export */   Wf: () => (/* binding */ DEFAULT_MODULE_PATTERN),
/* harmony export */   p5: () => (/* binding */ typeByName),
/* harmony export */   yZ: () => (/* binding */ isModuleName)
/* harmony export */ });
const MODULE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 100;
function isModuleName(name) {
    return typeof name === 'string' && name.length <= MAX_NAME_LENGTH && MODULE_NAME.test(name);
}
/** Why a name is not a module name, in words a person can act on; null when it is one. */
function moduleNameError(name) {
    if (isModuleName(name))
        return null;
    if (name.length === 0)
        return 'a module name cannot be empty';
    if (name.length > MAX_NAME_LENGTH)
        return `a module name has at most ${MAX_NAME_LENGTH} characters`;
    return `${JSON.stringify(name)} is not a module name (lowercase letters, digits and single hyphens, e.g. cim-domain)`;
}
/** The default module pattern: the repository `cim` and every `cim-*` repository. */
const DEFAULT_MODULE_PATTERN = 'cim,cim-*';
function compileModulePattern(source = DEFAULT_MODULE_PATTERN) {
    const globs = source
        .split(',')
        .map((glob) => glob.trim())
        .filter((glob) => glob.length > 0);
    if (globs.length === 0)
        throw new Error(`module pattern ${JSON.stringify(source)} names no glob`);
    const regexes = globs.map((glob) => {
        if (!/^[a-z0-9*-]+$/.test(glob)) {
            throw new Error(`module pattern glob ${JSON.stringify(glob)} may hold only lowercase letters, digits, - and *`);
        }
        return new RegExp(`^${glob.replace(/\*/g, '[a-z0-9-]*')}$`);
    });
    return { source, matches: (name) => isModuleName(name) && regexes.some((regex) => regex.test(name)) };
}
/** The naming convention's type, the last evidence weighed: `cim-start`: template; `cim-domain-*`: domain; else core. */
function typeByName(name) {
    if (name === 'cim-start')
        return 'template';
    if (name.startsWith('cim-domain-'))
        return 'domain';
    return 'core';
}


/***/ }),

/***/ 80821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ky: () => (/* binding */ cargoRequirementToRange),
/* harmony export */   _Z: () => (/* binding */ isRange),
/* harmony export */   aH: () => (/* binding */ cleanVersion),
/* harmony export */   hn: () => (/* binding */ highestTagVersion),
/* harmony export */   jY: () => (/* binding */ satisfiesRange),
/* harmony export */   lF: () => (/* binding */ isVersion)
/* harmony export */ });
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62088);
/* harmony import */ var semver__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(semver__WEBPACK_IMPORTED_MODULE_0__);
/** Versions and ranges, read with the `semver` package (npm's semver rules; prereleases as semver defines them). */

/** The canonical form of a version, or null when it is not semver. Tags may carry a leading `v`. */
function cleanVersion(text) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text.trim().replace(/^v(?=\d)/, ''));
}
function isVersion(text) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text) !== null && semver__WEBPACK_IMPORTED_MODULE_0___default().valid(text) === text;
}
function isRange(text) {
    return text.trim().length > 0 && semver__WEBPACK_IMPORTED_MODULE_0___default().validRange(text) !== null;
}
/** The highest semver tag, or null when no tag is a version. */
function highestTagVersion(tags) {
    const versions = tags.map(cleanVersion).filter((version) => version !== null);
    return versions.length === 0 ? null : semver__WEBPACK_IMPORTED_MODULE_0___default().rsort(versions)[0];
}
/**
 * A Cargo version requirement as a semver range: Cargo reads a bare `0.3.0` as `^0.3.0` and separates
 * comparators with commas, where npm's semver reads a bare version as exact and separates with spaces.
 */
function cargoRequirementToRange(requirement) {
    const comparators = requirement
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0)
        .map((part) => (/^\d/.test(part) ? `^${part}` : part));
    const range = comparators.join(' ');
    return isRange(range) ? range : null;
}
/** Does `version` satisfy `range`? Prereleases count when the range names the same major.minor.patch. */
function satisfiesRange(version, range) {
    return semver__WEBPACK_IMPORTED_MODULE_0___default().satisfies(version, range);
}


/***/ }),

/***/ 397:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EL: () => (/* binding */ isTopic),
/* harmony export */   JK: () => (/* binding */ decideVisibility),
/* harmony export */   Rj: () => (/* binding */ CONVENTION_TOPICS),
/* harmony export */   SM: () => (/* binding */ PRIVATE_TOPIC),
/* harmony export */   UG: () => (/* binding */ ghRepository),
/* harmony export */   eQ: () => (/* binding */ typeByTopics),
/* harmony export */   i: () => (/* binding */ CIM_TOPIC),
/* harmony export */   o7: () => (/* binding */ topicProblems)
/* harmony export */ });
/* unused harmony exports MODULE_TOPIC, DOMAIN_TOPIC, TYPE_TOPICS, MAX_TOPIC_LENGTH, MAX_TOPICS */
/** Every CIM repository; the registry finds modules by it (the `topic` input, `cim` by default). */
const CIM_TOPIC = 'cim';
/** A reusable module. */
const MODULE_TOPIC = 'cim-module';
/** A domain implementation. */
const DOMAIN_TOPIC = 'cim-domain';
/** A private domain implementation: listed as private whatever GitHub's flag says. */
const PRIVATE_TOPIC = 'cim-private';
/** Topics that say a module's type, in the order they are weighed: the first one a repository carries decides. */
const TYPE_TOPICS = [
    ['template', 'template'],
    [PRIVATE_TOPIC, 'domain'],
    [DOMAIN_TOPIC, 'domain'],
    ['domain', 'domain'],
    ['core', 'core'],
];
/** The topics of the convention itself, as opposed to subject topics such as `graph` or `ai`. */
const CONVENTION_TOPICS = new Set([
    CIM_TOPIC,
    MODULE_TOPIC,
    ...TYPE_TOPICS.map(([topic]) => topic),
]);
/** GitHub's limits (see the header). */
const MAX_TOPIC_LENGTH = 50;
const MAX_TOPICS = 20;
const TOPIC = /^[a-z0-9][a-z0-9-]*$/;
/** Whether `text` is a topic GitHub would accept. */
function isTopic(text) {
    return typeof text === 'string' && text.length <= MAX_TOPIC_LENGTH && TOPIC.test(text);
}
/** The type the topics say, or null when they say none. */
function typeByTopics(topics) {
    return TYPE_TOPICS.find(([topic]) => topics.includes(topic))?.[1] ?? null;
}
/**
 * A module's visibility: a private repository is private; else a cim.yaml that says `public` wins; else
 * `cim-private` makes it private; else the repository's flag, cim.yaml's value, or public, in that order.
 */
function decideVisibility(repository, declared, topics) {
    if (repository === 'private')
        return { visibility: 'private', byTopic: false };
    if (declared !== 'public' && topics.includes(PRIVATE_TOPIC))
        return { visibility: 'private', byTopic: true };
    return { visibility: repository ?? declared ?? 'public', byTopic: false };
}
/**
 * Warnings for topics the convention expects and the repository lacks (`missing-topic`), and for topics that
 * contradict what the module is (`topic-mismatch`), each with the command that fixes it. A private domain
 * implementation needs `cim-private` instead of `cim-module` and `cim-domain`: it is nobody else's module.
 *
 * `gh repo edit` replaces the whole list at once, which GitHub refuses beyond 20 topics (cli/cli
 * pkg/cmd/repo/edit/edit.go; the limit is in the header's page): once the additions would pass it, each fix that
 * adds a topic removes another in the same command.
 */
function topicProblems(subject) {
    const { topics, type, visibility } = subject;
    const has = (topic) => topics.includes(topic);
    const problems = [];
    const gh = `gh repo edit ${subject.repository ? `${subject.repository} ` : ''}`;
    let added = 0;
    const missing = (topic, why) => {
        const full = topics.length + added++ >= MAX_TOPICS;
        const fix = full
            ? `${gh}--add-topic ${topic} --remove-topic OTHER, where OTHER is one of its topics: a repository has at most ${MAX_TOPICS}`
            : `${gh}--add-topic ${topic}`;
        problems.push({ level: 'warning', code: 'missing-topic', message: `no \`${topic}\` topic: ${why} (fix: ${fix})` });
    };
    const mismatch = (topic, why) => problems.push({
        level: 'warning',
        code: 'topic-mismatch',
        message: `the \`${topic}\` topic says ${why} (fix: ${gh}--remove-topic ${topic})`,
    });
    if (subject.listedBy !== undefined && !has(subject.listedBy))
        missing(subject.listedBy, 'the registry finds modules by it, and will not list this one');
    if (type === 'domain' && visibility === 'private') {
        if (!has(PRIVATE_TOPIC))
            missing(PRIVATE_TOPIC, 'a private domain implementation carries it');
    }
    else {
        if (!has(MODULE_TOPIC))
            missing(MODULE_TOPIC, 'every CIM module carries it');
        if (type === 'domain' && !has(DOMAIN_TOPIC))
            missing(DOMAIN_TOPIC, 'a domain implementation carries it');
    }
    for (const [topic, saysType] of TYPE_TOPICS) {
        if (!has(topic))
            continue;
        if (topic === PRIVATE_TOPIC && visibility === 'public')
            mismatch(topic, 'private, but cim.yaml says `visibility: public`, which wins');
        else if (saysType !== type)
            mismatch(topic, `type ${saysType}, but the module is ${type}`);
    }
    return problems;
}
/** `https://github.com/acme/cim-x` -> `acme/cim-x`; another host keeps its name, as `gh` wants it; null for no URL. */
function ghRepository(url) {
    const match = url ? /^https?:\/\/([^/]+)\/([^/]+)\/([^/]+?)\/?$/.exec(url) : null;
    if (!match)
        return null;
    const [, host, owner, repo] = match;
    return host === 'github.com' ? `${owner}/${repo}` : `${host}/${owner}/${repo}`;
}


/***/ }),

/***/ 20078:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ parseMeta),
/* harmony export */   F$: () => (/* binding */ PRIVATE_POLICIES),
/* harmony export */   J1: () => (/* binding */ PRIVATE_UPDATED_SUBJECT),
/* harmony export */   MP: () => (/* binding */ moduleKey),
/* harmony export */   Oi: () => (/* binding */ updatedEvent),
/* harmony export */   Zd: () => (/* binding */ UPDATED_SUBJECT),
/* harmony export */   Zv: () => (/* binding */ bucketWrites),
/* harmony export */   _p: () => (/* binding */ MODULE_KEY_PREFIX),
/* harmony export */   hg: () => (/* binding */ DEFAULT_BUCKET),
/* harmony export */   iI: () => (/* binding */ META_KEY),
/* harmony export */   rh: () => (/* binding */ EVENTS_STREAM),
/* harmony export */   tC: () => (/* binding */ bucketContents)
/* harmony export */ });
/* unused harmony exports RECORD_SCHEMA, MAX_UPDATED_EVENT_BYTES, MAX_RECORD_BYTES, moduleRecord */
/* harmony import */ var _util_order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1204);
/* harmony import */ var _format_entry_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8619);
/**
 * The registry as NATS carries it, pure: one key-value record per module and a `meta` record in the bucket, and
 * the `cim.registry.updated` event that tells what changed between two states of a bucket. Nothing here talks to
 * a server; mirror.ts writes what this computes and the client reads it back.
 */


const RECORD_SCHEMA = 1;
const DEFAULT_BUCKET = 'CIM_REGISTRY';
const UPDATED_SUBJECT = 'cim.registry.updated';
/** Private modules' changes, for readers allowed to see them (subject permissions tell the two apart). */
const PRIVATE_UPDATED_SUBJECT = 'cim.registry.private.updated';
/** The stream that keeps the events, so that a restarted consumer can catch up and a re-sent event is deduplicated. */
const EVENTS_STREAM = 'CIM_REGISTRY_EVENTS';
const META_KEY = 'meta';
const MODULE_KEY_PREFIX = 'module.';
/** Events stay under this many bytes of JSON whatever the change; lists are cut, counts stay whole. */
const MAX_UPDATED_EVENT_BYTES = 8 * 1024;
/**
 * A record stays well under the server's default max_payload (1 MiB): a module that half the organization depends
 * on keeps the first of its dependents in its record and their count in `dependents_total` (the service's
 * `dependents` query pages through all of them), so that no one module's record can fail the whole mirror.
 */
const MAX_RECORD_BYTES = 256 * 1024;
/** Where private modules go: a bucket of their own (`<bucket>_PRIVATE`), nowhere, or the same bucket. */
const PRIVATE_POLICIES = ['bucket', 'omit', 'include'];
function moduleKey(name) {
    return `${MODULE_KEY_PREFIX}${name}`;
}
function moduleRecord(registry, name) {
    const module = registry.modules.get(name);
    const entry = (0,_format_entry_js__WEBPACK_IMPORTED_MODULE_0__/* .toModuleEntry */ .S)(module);
    const record = {
        schema: RECORD_SCHEMA,
        name,
        entry,
        health: module.health,
        dependents: module.dependents,
        ...(module.stale !== undefined ? { stale: module.stale } : {}),
        versions: entry.version !== null ? [entry.version] : [],
    };
    const size = Buffer.byteLength(JSON.stringify(record));
    if (size <= MAX_RECORD_BYTES)
        return record;
    // Names are short and alike: keep the share of the list that fits, with room to spare.
    const keep = Math.floor((module.dependents.length * (MAX_RECORD_BYTES / size)) / 2);
    return { ...record, dependents: module.dependents.slice(0, keep), dependents_total: module.dependents.length };
}
/** The wanted content of the public bucket and, with the `bucket` policy, of the private one. */
function bucketContents(registry, meta, policy) {
    const open = new Map();
    const hidden = new Map();
    for (const [name, module] of registry.modules) {
        const isPrivate = module.visibility === 'private' && policy !== 'include';
        if (isPrivate && policy === 'omit')
            continue;
        (isPrivate ? hidden : open).set(moduleKey(name), JSON.stringify(moduleRecord(registry, name)));
    }
    const metaText = (modules) => JSON.stringify({ schema: RECORD_SCHEMA, ...meta, modules });
    open.set(META_KEY, metaText(open.size));
    if (policy !== 'bucket')
        return { public: open, private: null };
    hidden.set(META_KEY, metaText(hidden.size));
    return { public: open, private: hidden };
}
/** The keys to put and to delete to turn `current` into `wanted`; only keys of ours are deleted. */
function bucketWrites(current, wanted, keys) {
    const put = [];
    const del = [];
    for (const key of keys ?? new Set([...current.keys(), ...wanted.keys()])) {
        const want = wanted.get(key);
        const have = current.get(key);
        if (want === undefined) {
            if (have !== undefined && (key === META_KEY || key.startsWith(MODULE_KEY_PREFIX)))
                del.push(key);
        }
        else if (want !== have)
            put.push(key);
    }
    // The meta record last: a reader that sees the new hash sees every module of it.
    put.sort((a, b) => Number(a === META_KEY) - Number(b === META_KEY) || (0,_util_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt)(a, b));
    return { put, del: del.sort(_util_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt) };
}
/** The event for the module keys that went from `before` to `after` (absent: undefined); null when none did. */
function updatedEvent(meta, changes, maxBytes = MAX_UPDATED_EVENT_BYTES) {
    const added = [];
    const removed = [];
    const updated = [];
    for (const [key, before, after] of changes) {
        if (!key.startsWith(MODULE_KEY_PREFIX) || before === after)
            continue;
        const name = key.slice(MODULE_KEY_PREFIX.length);
        const from = before === undefined ? undefined : versionOf(before);
        const to = after === undefined ? undefined : versionOf(after);
        if (from === undefined)
            added.push({ name, version: to ?? null });
        else if (to === undefined)
            removed.push({ name, version: from });
        else
            updated.push({ name, from, to });
    }
    if (added.length + removed.length + updated.length === 0)
        return null;
    const byName = (a, b) => (0,_util_order_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .Kt)(a.name, b.name);
    const event = {
        schema: RECORD_SCHEMA,
        ...meta,
        added: added.sort(byName),
        removed: removed.sort(byName),
        updated: updated.sort(byName),
        counts: { added: added.length, removed: removed.length, updated: updated.length },
        truncated: false,
    };
    return fitEvent(event, maxBytes);
}
/** Cuts the longest list until the event fits: a binary search over how many items each list keeps. */
function fitEvent(event, maxBytes) {
    const size = (e) => Buffer.byteLength(JSON.stringify(e));
    if (size(event) <= maxBytes)
        return event;
    const full = { added: event.added, removed: event.removed, updated: event.updated };
    const cut = (keep) => ({
        ...event,
        added: full.added.slice(0, keep),
        removed: full.removed.slice(0, keep),
        updated: full.updated.slice(0, keep),
        truncated: true,
    });
    let low = 0;
    let high = Math.max(full.added.length, full.removed.length, full.updated.length);
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (size(cut(mid)) <= maxBytes)
            low = mid;
        else
            high = mid - 1;
    }
    return cut(low);
}
function versionOf(recordText) {
    try {
        const record = JSON.parse(recordText);
        return typeof record.entry?.version === 'string' ? record.entry.version : null;
    }
    catch {
        return null; // a record altered by hand into something unreadable: reported as updated, version unknown
    }
}
/** Reads a `meta` record's text; null when it is missing or not ours. */
function parseMeta(text) {
    if (text === undefined)
        return null;
    try {
        const meta = JSON.parse(text);
        return typeof meta.registry_hash === 'string' ? meta : null;
    }
    catch {
        return null;
    }
}


/***/ }),

/***/ 97110:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ toUtcSeconds),
/* harmony export */   y: () => (/* binding */ runDate)
/* harmony export */ });
/**
 * The run's date, used only for changelog headings. SOURCE_DATE_EPOCH (the reproducible-builds convention) pins it,
 * so that tests and reproducible runs give byte-identical files.
 */
function runDate(env = process.env, now = Date.now) {
    const epoch = env.SOURCE_DATE_EPOCH;
    const millis = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now();
    return new Date(millis).toISOString().slice(0, 10);
}
/** Any ISO-8601 time as the registry writes times (GitHub's form): UTC, whole seconds, `Z`. Null when unparsable. */
function toUtcSeconds(iso) {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}


/***/ }),

/***/ 91986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ parsePositiveNumber)
/* harmony export */ });
/** Numbers typed by people (inputs, options): one parser, one message. */
/**
 * The number in `text`, which must be positive (and at most `max`); otherwise an Error that names `what` and the text
 * given, e.g. `input request-timeout is "-1"; it must be a positive number of seconds`.
 */
function parsePositiveNumber(text, what, options = {}) {
    const value = Number(text);
    const unit = options.unit ? ` of ${options.unit}` : '';
    const limit = options.max !== undefined ? ` up to ${options.max}` : '';
    if (text.trim() === '' ||
        !Number.isFinite(value) ||
        value <= 0 ||
        (options.max !== undefined && value > options.max)) {
        throw new Error(`${what} is ${JSON.stringify(text)}; it must be a positive number${unit}${limit}`);
    }
    return value;
}


/***/ }),

/***/ 1204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ sortRecord),
/* harmony export */   Kt: () => (/* binding */ compareStrings),
/* harmony export */   Z$: () => (/* binding */ sortedUnique)
/* harmony export */ });
/** Deterministic ordering: every list and map the registry writes is sorted by code unit, never by locale. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}
function sortedUnique(values) {
    return [...new Set(values)].sort(compareStrings);
}


/***/ }),

/***/ 37948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseRepositoryName),
/* harmony export */   p: () => (/* binding */ requireRepositoryName)
/* harmony export */ });
/** `owner/name` of a GitHub repository, split and checked once, in one place. */
/**
 * GitHub's rules: an owner is 1 to 39 letters, digits and hyphens, starting with a letter or digit; a repository
 * name is 1 to 100 letters, digits, `.`, `_` and `-`, and never `.` or `..`.
 */
const FULL_NAME = /^([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100})$/;
/** `owner/name` split in two; null unless both parts are valid GitHub names. */
function parseRepositoryName(fullName) {
    const match = FULL_NAME.exec(fullName);
    if (!match || match[2] === '.' || match[2] === '..')
        return null;
    return { owner: match[1], repo: match[2] };
}
/** `owner/name` split in two, or an Error that names `what` and says what is wrong. */
function requireRepositoryName(fullName, what) {
    const name = parseRepositoryName(fullName);
    if (!name)
        throw new Error(`${what} ${JSON.stringify(fullName)} is not owner/name`);
    return name;
}


/***/ }),

/***/ 49997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TM: () => (/* binding */ firstLine),
/* harmony export */   XT: () => (/* binding */ listSome),
/* harmony export */   _6: () => (/* binding */ decodeUtf8)
/* harmony export */ });
/** Small text helpers shared by the readers. */
/** Strict UTF-8 decoding: null instead of replacement characters, so that a reader can say the file is not text. */
function decodeUtf8(bytes) {
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return null;
    }
}
function firstLine(message) {
    return message.split('\n')[0].trim();
}
/** The first `max` names, joined, then how many more: a log line stays readable on 10,000 history files. */
function listSome(names, max = 10) {
    const shown = names.slice(0, max).join(', ');
    return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}


/***/ })

};

//# sourceMappingURL=749.index.js.map