export const id = 894;
export const ids = [894];
export const modules = {

/***/ 47376:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   sW: () => (/* binding */ annotateModules)
/* harmony export */ });
/* unused harmony export ANNOTATIONS_PER_LEVEL */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90143);
/* harmony import */ var _format_problems_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(91255);
/** Problems as workflow annotations, the same way in every mode. */


/**
 * An annotation on the problem's file and line. A file of another repository (a module's, seen from the registry
 * repo) cannot be annotated in place: the module and the file:line:col are named in the title and message.
 */
function annotate(problem, module) {
    const properties = module
        ? { title: `${module}: ${problem.code}` }
        : {
            title: problem.code,
            ...(problem.file ? { file: problem.file } : {}),
            ...(problem.line ? { startLine: problem.line } : {}),
            ...(problem.col ? { startColumn: problem.col } : {}),
        };
    const message = module ? (0,_format_problems_js__WEBPACK_IMPORTED_MODULE_1__/* .formatProblem */ .Vw)(problem) : problem.message;
    if (problem.level === 'error')
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, properties);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, properties);
}
/**
 * GitHub shows at most 10 error and 10 warning annotations of a step and silently drops the rest
 * (https://github.com/orgs/community/discussions/26680, https://github.com/orgs/community/discussions/68471). Of
 * each level, the most
 * important 9 are annotated (the registry's own problems, then stale modules, then modules by name), and a 10th
 * says how many more status.json holds.
 */
const ANNOTATIONS_PER_LEVEL = 10;
function annotateModules(plan) {
    const found = [];
    for (const problem of plan.registry.problems)
        found.push({ level: problem.level, problem, rank: 0 });
    for (const module of plan.registry.modules.values()) {
        for (const problem of module.problems) {
            // Module warnings other than stale (a missing cim.yaml, say) are status.json's business, not the step's.
            if (problem.level === 'error' || problem.code === 'stale')
                found.push({ level: problem.level, problem, module: module.name, rank: problem.code === 'stale' ? 1 : 2 });
        }
    }
    for (const level of ['error', 'warning']) {
        const ofLevel = found.filter((item) => item.level === level).sort((a, b) => a.rank - b.rank);
        const shown = ofLevel.length > ANNOTATIONS_PER_LEVEL ? ofLevel.slice(0, ANNOTATIONS_PER_LEVEL - 1) : ofLevel;
        for (const item of shown)
            annotate(item.problem, item.module);
        const more = ofLevel.length - shown.length;
        if (more > 0) {
            const message = `${more} more ${level}s are not annotated here (GitHub shows ${ANNOTATIONS_PER_LEVEL} per step): see status.json in the registry, or the job summary`;
            if (level === 'error')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(message, { title: 'more problems' });
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message, { title: 'more problems' });
        }
    }
}


/***/ }),

/***/ 50894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  update: () => (/* binding */ update_update)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 12 modules
var core = __webpack_require__(90143);
// EXTERNAL MODULE: ./src/github/octokit.ts
var octokit = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/modes/summary.ts
var modes_summary = __webpack_require__(79444);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/util/text.ts
var util_text = __webpack_require__(49997);
// EXTERNAL MODULE: ./src/util/order.ts
var order = __webpack_require__(1204);
// EXTERNAL MODULE: ./src/versions/index-file.ts
var index_file = __webpack_require__(12908);
// EXTERNAL MODULE: ./src/github/retry.ts
var retry = __webpack_require__(48129);
;// CONCATENATED MODULE: ./src/github/graphql.ts
/**
 * GraphQL calls that page through large results. GitHub answers a page that ran too long (502 or 504 with a JSON
 * body, or 200 with "Something went wrong while executing your query", or an error of type TIMEOUT /
 * RESOURCE_LIMITS_EXCEEDED): the page is asked again at once at half the size (the retry layer never sends it again
 * at the same size: see retry.ts), down to a floor, and grows back after pages that passed.
 */

const MIN_PAGE_SIZE = 5;
const MAX_PAGE_SIZE = 100;
/** Times a page at the floor is asked again before the call fails. */
const FLOOR_ATTEMPTS = 3;
/** A page size that halves on too-expensive answers and doubles back after two pages that passed. */
class AdaptivePageSize {
    size;
    ceiling;
    passed = 0;
    constructor(size, ceiling = MAX_PAGE_SIZE) {
        this.size = size;
        this.ceiling = ceiling;
        this.size = Math.min(ceiling, Math.max(MIN_PAGE_SIZE, size));
    }
    shrink() {
        this.passed = 0;
        if (this.size <= MIN_PAGE_SIZE)
            return false;
        this.size = Math.max(MIN_PAGE_SIZE, Math.floor(this.size / 2));
        return true;
    }
    /** Shrinks until the size is at most `size` (or the floor). */
    shrinkTo(size) {
        while (this.size > size && this.shrink())
            ;
    }
    grow() {
        if (++this.passed < 2 || this.size >= this.ceiling)
            return;
        this.passed = 0;
        this.size = Math.min(this.ceiling, this.size * 2);
    }
}
async function graphqlWithAdaptivePages(client, query, variables, pages, log = () => { }) {
    let atFloor = 0;
    for (;;) {
        try {
            const data = await client.graphql(query, { ...variables, first: pages.size, ...(0,retry/* withPolicy */.hZ)('shrink') });
            pages.grow();
            return data;
        }
        catch (error) {
            if (!isTooExpensive(error))
                throw describeGraphqlError(error);
            const reason = firstLine(error);
            if (pages.shrink()) {
                log(`GitHub could not serve the page in time (${reason}); asking ${pages.size} per page`);
                continue;
            }
            if (++atFloor >= FLOOR_ATTEMPTS) {
                throw new Error(`GitHub could not serve a page of ${pages.size} repositories in ${FLOOR_ATTEMPTS} tries (${reason}); the listing is incomplete, so nothing is written`);
            }
            log(`GitHub could not serve a page of ${pages.size} (${reason}); asking again (${atFloor + 1} of ${FLOOR_ATTEMPTS})`);
        }
    }
}
/** GitHub's answers to a query that ran too long or touched too much: a smaller query may pass. */
function isTooExpensive(error) {
    // A 5xx answer (a failed connection is a status-500 RequestError too, but without a response: not this).
    const status = error.response?.status;
    if (status !== undefined && status >= 500)
        return true;
    // Our own timeout: the query was still running when the client gave up.
    if ((0,retry/* isAbandoned */.zI)(error))
        return true;
    const errors = error.errors ?? [];
    return errors.some((e) => e.type === 'RESOURCE_LIMITS_EXCEEDED' ||
        e.type === 'TIMEOUT' ||
        /Something went wrong while executing your query|timeout|couldn't respond/i.test(e.message ?? ''));
}
function firstLine(error) {
    return (error.message ?? String(error)).split('\n')[0].slice(0, 200);
}
function isNotFound(error) {
    const errors = error.errors ?? [];
    return errors.length > 0 && errors.every((e) => e.type === 'NOT_FOUND');
}
/** GraphQL errors as one readable line, with the hint people need for the usual ones. */
function describeGraphqlError(error) {
    const status = error.status;
    const errors = error.errors;
    const message = errors?.length
        ? errors.map((e) => `${e.type ? `${e.type}: ` : ''}${e.message ?? ''}`).join('; ')
        : error.message;
    if (ssoHeader(error)) {
        return new Error(`GitHub refused the token because the organization enforces SAML SSO: authorize the token for the organization (${message})`);
    }
    if (status === 401)
        return new Error(`GitHub rejected the token (401 Bad credentials): check the \`token\` input (${message})`);
    return new Error(`GitHub GraphQL request failed${status ? ` (HTTP ${status})` : ''}: ${message}`);
}
/**
 * GitHub's `x-github-sso` header, which says that SAML SSO kept the token out. A REST error carries it on
 * `error.response.headers`; a GraphQL error (GraphqlResponseError) on `error.headers`
 * (https://docs.github.com/en/enterprise-cloud@latest/rest/authentication/authenticating-to-the-rest-api#using-personal-access-tokens-with-saml-sso).
 */
function ssoHeader(error) {
    const own = error.headers?.['x-github-sso'];
    return (own ??
        error.response?.headers?.['x-github-sso']);
}

// EXTERNAL MODULE: ./src/format/files.ts
var format_files = __webpack_require__(21140);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/github/registry-branch.ts
/**
 * The registry files on a branch of the registry repository, read and committed through the API (no checkout).
 * The commit is GraphQL `createCommitOnBranch` with `expectedHeadOid`: atomic, signed by GitHub (verified), and a
 * compare-and-swap on the branch head, so that two runs can never overwrite each other's registry.
 */








/**
 * A registry of more modules than this is read as a large one. GitHub stops a query after 10 s of execution, and its
 * time grows with the blobs and the bytes a query touches (the fake's cost model: 5 ms a blob, 1 ms a KiB): at
 * 10,000 modules, modules.yaml and status.json hold about 9.5 MB and the history folder about 7,400 files, more than
 * one query can touch in time. A large registry's modules.yaml and status.json are named by their tree entries only
 * (oid and size, which load no blob) and read whole through the blobs API; its history files are read in batches of
 * FILES_PER_QUERY. The registry's size shows only once it is read: the branch is read as a small one first, and
 * again as a large one when GitHub finds that too expensive; the history, by the module count.
 */
const LARGE_REGISTRY = 1_000;
/** Files per query when files are read by name (readBranchFiles): about 5 s of GitHub's 10 s by the fake's cost model. */
const FILES_PER_QUERY = 1_000;
/** Files a large registry does not ask GraphQL the text of (the README never: it is compared by blob id). */
const NAMED_ONLY = new Set([format_files/* REGISTRY_FILES */.M.modules, format_files/* REGISTRY_FILES */.M.status]);
/** The branch moved since it was read: re-read and regenerate (never rebase generated files). */
class StaleHeadError extends errors/* CimError */.o {
    name = 'StaleHeadError';
    constructor(message) {
        super('STALE_HEAD', message);
    }
}
/**
 * The commit was sent and GitHub gave no answer that says whether it landed (a timeout, a 5xx, GitHub's "Something
 * went wrong"): the caller re-reads the branch to find out. The mutation is never sent twice blindly.
 */
class CommitOutcomeUnknownError extends errors/* CimError */.o {
    name = 'CommitOutcomeUnknownError';
    constructor(message, options) {
        super('COMMIT_OUTCOME_UNKNOWN', message, options);
    }
}
const FILE_NAMES = Object.values(format_files/* REGISTRY_FILES */.M);
/**
 * Files that only a run that writes needs (a new changelog entry, the regenerated README): when they are over
 * GraphQL's text limit, they are not read whole here, so that a no-op run on a large registry does not fetch
 * megabytes it will not use. The changelog is read by `readDeferredFiles` when an entry is to be prepended; the
 * README never needs its old text: `isUnchangedFile` compares a new text with it by git blob id.
 */
const DEFERRED_FILES = new Set([format_files/* REGISTRY_FILES */.M.changelog, format_files/* REGISTRY_FILES */.M.readme]);
/** The selection of a BlobAnswer. */
const BLOB_TEXT = '... on Blob { text isTruncated oid byteSize }';
/**
 * The branch head and its registry files, in one request: the files are those of the very commit whose oid is
 * returned (`Commit.file`), so that files and head always belong together.
 */
async function readRegistryBranch(client, target, { large = false } = {}) {
    const fields = FILE_NAMES.map((name, i) => `f${i}: file(path: ${JSON.stringify(join(target.dir, name))}) { oid size${(large && NAMED_ONLY.has(name)) || name === format_files/* REGISTRY_FILES */.M.readme ? '' : ` object { ${BLOB_TEXT} }`} }`);
    const selection = `name target { oid ... on Commit { ${fields.join(' ')} } }`;
    // Without a branch input, the default branch.
    const refField = target.branch
        ? `ref(qualifiedName: ${JSON.stringify(`refs/heads/${target.branch}`)}) { ${selection} }`
        : `defaultBranchRef { ${selection} }`;
    let data;
    try {
        data = await client.graphql(`query registryBranch($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${refField} } }`, { owner: target.owner, repo: target.repo, ...(large ? {} : (0,retry/* withPolicy */.hZ)('shrink')) });
    }
    catch (error) {
        // Too expensive as a small registry: a large one (sent at once, never the same query again).
        if (!large && isTooExpensive(error))
            return readRegistryBranch(client, target, { large: true });
        throw describeGraphqlError(error);
    }
    const repository = data.repository;
    if (!repository)
        throw new Error(`the registry repository ${target.owner}/${target.repo} was not found, or the token cannot read it`);
    const ref = target.branch ? repository.ref : repository.defaultBranchRef;
    const branch = target.branch || ref?.name;
    const commit = ref?.target;
    if (!branch || !commit?.oid) {
        throw new Error(`the registry repository ${target.owner}/${target.repo} has no branch ${branch ?? '(default)'} yet: push a first commit`);
    }
    const headOid = commit.oid;
    const files = {};
    const whole = [];
    const deferred = new Map();
    const blobs = new Map();
    FILE_NAMES.forEach((name, i) => {
        const entry = commit[`f${i}`];
        if (!entry)
            return;
        const blob = entry.object === undefined
            ? { oid: entry.oid, byteSize: entry.size, isTruncated: false, text: null }
            : entry.object;
        // A tree of that name, not a file.
        if (!blob)
            return;
        blobs.set(name, { oid: blob.oid, byteSize: blob.byteSize });
        let why;
        if (entry.object === undefined)
            why = 'is named by its tree entry only';
        else if (blob.isTruncated)
            why = "is over GraphQL's 512,000-byte text limit";
        // No text without truncation: a binary file, or one GitHub would not render. Never "missing": that would
        // rewrite changelog.md without its history.
        else if (blob.text === null)
            why = 'came without text from GraphQL';
        else {
            if (typeof blob.text === 'string')
                files[name] = blob.text;
            return;
        }
        if (DEFERRED_FILES.has(name))
            deferred.set(name, { blob, why });
        else
            whole.push({ name, blob, why });
    });
    // GraphQL cuts Blob.text at 512,000 bytes, which a large organization's modules.yaml or changelog passes: a cut
    // file would lose modules and history on the next commit, so those are read whole (REST serves up to 100 MB).
    for (const { name, blob, why } of whole)
        files[name] = await readBlobWhole(client, target, join(target.dir, name), blob, why);
    return { branch, headOid, files, deferred, blobs, large };
}
/**
 * Lets go of the text of files already parsed: from then on they are compared with a new text by git blob id (see
 * isUnchangedFile). On 10,000 modules modules.yaml and status.json hold about 10 MB that a run needs no more.
 */
function forgetTexts(state, names) {
    for (const name of names) {
        const blob = state.blobs.get(name);
        if (state.files[name] === undefined || !blob)
            continue;
        delete state.files[name];
        state.deferred.set(name, { blob, why: 'was let go after parsing' });
    }
}
/**
 * A large registry's history files that the first read asks by name beside the folder's listing: the heads files,
 * and the lines of the modules the run reads when they are at most this many (a push's one module); a run that reads
 * more reads their lines in batches afterwards.
 */
const NAMED_LINES = 100;
/**
 * The registry's version history (`history/NAME.jsonl`, `history/heads.json`) at the branch head, as a field of
 * another query: a run reads it only when it reads modules, so it rides along with the first read request instead
 * of costing one of its own, and a no-op run never reads it. A small registry's folder comes with every text; a
 * large one's is listed without texts, and the files the run needs are asked by name (`wanted`: the modules it reads;
 * without it, none: they are then read in batches that halve while too expensive).
 */
function historyFolderRead(target, state, wanted) {
    const expression = JSON.stringify(`${state.headOid}:${join(target.dir, index_file/* HISTORY_DIR */.rE)}`);
    const texts = state.large ? '' : ` object { ${BLOB_TEXT} }`;
    const named = state.large && wanted
        ? [...index_file/* HEADS_FILES */.q8, ...(wanted.size <= NAMED_LINES ? [...wanted].sort(order/* compareStrings */.Kt).map(index_file/* historyFile */.p2) : [])]
        : [];
    const fields = named.map((file, i) => `h${i}: object(expression: ${JSON.stringify(`${state.headOid}:${join(target.dir, file)}`)}) { ${BLOB_TEXT} }`);
    return {
        selection: `repository(owner: ${JSON.stringify(target.owner)}, name: ${JSON.stringify(target.repo)}) { object(expression: ${expression}) { ... on Tree { entries { name type oid size${texts} } } }${fields.map((field) => ` ${field}`).join('')} }`,
        apply(value) {
            const answer = (value ?? {});
            state.historyAnswer = {
                entries: answer.object?.entries ?? [],
                named: new Map(named.map((file, i) => [file, (answer[`h${i}`] ?? null)])),
            };
        },
    };
}
/**
 * Puts the history files into `state.files`: from the answer a read brought, else with a request of its own. A small
 * registry's come with the folder's listing, all of them. A large registry's are those the answer named, and those
 * it still needs read by name: heads.json, its shards and the files of the modules in `wanted` (those this run reads),
 * with those of any module whose head lacks a summary (a registry written before summaries, read whole once); every
 * other module's file is left in `historyNotRead`. Called again with more modules wanted (a rebuild reads more), it
 * reads only those still missing.
 */
async function readHistoryFiles(client, target, state, wanted) {
    if (state.historyAnswer === undefined) {
        // The read that would have brought it was too expensive (or there was none): the listing alone this time.
        const read = historyFolderRead(target, state);
        let data;
        try {
            data = await client.graphql(`query registryHistory { q: ${read.selection} }`, (0,retry/* withPolicy */.hZ)(state.large ? 'retry' : 'shrink'));
        }
        catch (error) {
            if (state.large || !isTooExpensive(error))
                throw describeGraphqlError(error);
            // Too expensive with every text: listed without them, as a large registry's, the files read by name.
            state.large = true;
            return readHistoryFiles(client, target, state, wanted);
        }
        read.apply(data.q);
    }
    if (state.historyNotRead) {
        const missing = [...wanted].filter((name) => state.historyNotRead.has(name));
        Object.assign(state.files, await readBranchFiles(client, target, state, missing.map(index_file/* historyFile */.p2)));
        for (const name of missing)
            state.historyNotRead.delete(name);
        return;
    }
    const { entries, named } = state.historyAnswer;
    const answered = [
        ...entries.flatMap((entry) => entry.type === 'blob' && entry.object ? [[`${index_file/* HISTORY_DIR */.rE}/${entry.name}`, entry.object]] : []),
        ...named,
    ];
    for (const [name, blob] of answered)
        if (blob)
            state.files[name] = await textOf(client, target, name, blob);
    // A large registry's folder came without texts: the heads and the wanted modules' lines that the answer did not
    // name are read by name, in batches.
    const listed = entries
        .filter((entry) => entry.type === 'blob' && entry.object === undefined)
        .map((entry) => `${index_file/* HISTORY_DIR */.rE}/${entry.name}`);
    const withLines = new Set(listed.flatMap((file) => (0,index_file/* historyFileModule */.ZC)(file) ?? []));
    const needed = [
        ...listed.filter((file) => (0,index_file/* isHistoryFile */.LD)(file) && (0,index_file/* historyFileModule */.ZC)(file) === null),
        ...[...wanted].filter((name) => withLines.has(name)).map(index_file/* historyFile */.p2),
    ];
    Object.assign(state.files, await readBranchFiles(client, target, state, needed.filter((file) => !named.has(file))));
    const heads = (0,index_file/* readHeads */.W4)(state.files);
    const notRead = new Set([...withLines].filter((name) => !wanted.has(name)));
    const unsummarized = [...notRead].filter((name) => !heads.get(name)?.summary);
    Object.assign(state.files, await readBranchFiles(client, target, state, unsummarized.map(index_file/* historyFile */.p2)));
    for (const name of unsummarized)
        notRead.delete(name);
    state.historyNotRead = notRead;
}
/** Reads whole the deferred files a writing run needs the text of (the changelog); any failure fails the read. */
async function readDeferredFiles(client, target, state) {
    const deferred = state.deferred.get(format_files/* REGISTRY_FILES */.M.changelog);
    if (!deferred)
        return;
    state.files[format_files/* REGISTRY_FILES */.M.changelog] = await readBlobWhole(client, target, join(target.dir, format_files/* REGISTRY_FILES */.M.changelog), deferred.blob, deferred.why);
    state.deferred.delete(format_files/* REGISTRY_FILES */.M.changelog);
}
/**
 * Other files of the registry directory at the head `state` holds (changelog archives, which a run reads only when
 * it moves entries into them; a large registry's history files), FILES_PER_QUERY a query; those over GraphQL's text
 * limit whole through the blobs API. A batch that GitHub finds too expensive is halved for the rest of the read and asked again
 * at once (one file alone gets the usual retries); any other failure fails the read, since a file read in part would be written
 * back without what it missed. A file the head lacks is absent from the answer.
 */
async function readBranchFiles(client, target, state, names) {
    const texts = {};
    let size = FILES_PER_QUERY;
    for (let start = 0; start < names.length;) {
        const batch = names.slice(start, start + size);
        const fields = batch.map((name, i) => `f${i}: object(expression: ${JSON.stringify(`${state.headOid}:${join(target.dir, name)}`)}) { ${BLOB_TEXT} }`);
        let data;
        try {
            data = await client.graphql(`query registryFiles($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${fields.join(' ')} } }`, { owner: target.owner, repo: target.repo, ...(0,retry/* withPolicy */.hZ)(batch.length > 1 ? 'shrink' : 'retry') });
        }
        catch (error) {
            if (batch.length > 1 && isTooExpensive(error)) {
                size = Math.ceil(batch.length / 2);
                continue;
            }
            throw describeGraphqlError(error);
        }
        for (const [i, name] of batch.entries()) {
            const blob = data.repository?.[`f${i}`];
            if (blob)
                texts[name] = await textOf(client, target, name, blob);
        }
        start += batch.length;
    }
    return texts;
}
/**
 * A registry file's text as GraphQL gave it, or read whole through the blobs API when GraphQL cut it (over its
 * 512,000-byte text limit) or gave none: never taken cut.
 */
async function textOf(client, target, name, blob) {
    if (!blob.isTruncated && typeof blob.text === 'string')
        return blob.text;
    const why = blob.isTruncated ? "is over GraphQL's 512,000-byte text limit" : 'came without text from GraphQL';
    return readBlobWhole(client, target, join(target.dir, name), blob, why);
}
/** Whether `text` is what the branch holds for `name`: by text when it was read, else by git blob id. */
function isUnchangedFile(state, name, text) {
    const deferred = state.deferred.get(name);
    if (!deferred)
        return state.files[name] === text;
    const bytes = Buffer.from(text, 'utf8');
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex') === deferred.blob.oid;
}
/**
 * A blob whole through REST git/get-blob in its raw media type (the bytes as they are: no base64, no JSON, which
 * on a registry of 10,000 modules cost several times the file in memory), checked against the size GraphQL gave.
 * Any failure fails the read (never go on with a cut-off file).
 */
async function readBlobWhole(client, target, path, blob, why) {
    const where = `${target.owner}/${target.repo}:${path}`;
    let bytes;
    try {
        const response = await client.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
            owner: target.owner,
            repo: target.repo,
            file_sha: blob.oid,
            headers: { accept: 'application/vnd.github.raw+json' },
            request: { parseSuccessResponseBody: false },
        });
        bytes = Buffer.from(await new Response(response.data).arrayBuffer());
    }
    catch (error) {
        throw new Error(`${where} ${why} and reading it whole (blob ${blob.oid}) failed: ${error.message.split('\n')[0]}`);
    }
    if (bytes.length !== blob.byteSize)
        throw new Error(`${where}: blob ${blob.oid} came with ${bytes.length} bytes, GitHub says it has ${blob.byteSize}`);
    const text = (0,util_text/* decodeUtf8 */._6)(bytes);
    if (text === null)
        throw new Error(`${where} is not valid UTF-8 (a binary file?): fix or remove it; the registry is not rewritten over it`);
    return text;
}
/**
 * The largest createCommitOnBranch this sends, in bytes of base64 contents. GitHub documents no limit, but refuses a
 * request of about 40 MiB (grafana/github-api-commit-action#66: "This limit seems to be at 40MB (40MiB will already
 * fail)"); huggingface/doc-builder commits its docs in parts of at most 30 MB for the same reason. No limit on the
 * number of files is documented. A first run over about 10,000 modules commits over 30 MB.
 */
const COMMIT_BYTES = 30_000_000;
/**
 * Commits the files in one verified commit; StaleHeadError when the branch is no longer at expectedHeadOid. Files
 * over COMMIT_BYTES go in several commits, each on the one before (compare-and-swap all the way): the history's lines
 * first, then, together in the last, which carries the headline and body, the files that name what the registry
 * holds (modules.yaml, status.json, README.md, changelog.md, private-domains.yaml, the heads). A run stopped between
 * two leaves history lines that the registry does not name yet: the next run reads them as known and appends nothing
 * twice (their changelog lines are not written then). Returns the last commit's oid; `log` hears of each earlier part.
 */
async function commitRegistryBranch(client, target, commit, log = () => { }) {
    const parts = commitParts(commit.files);
    let head = commit.expectedHeadOid;
    for (const [index, files] of parts.entries()) {
        const last = index === parts.length - 1;
        head = await createCommit(client, target, {
            ...commit,
            expectedHeadOid: head,
            files,
            ...(last ? {} : { headline: `${commit.headline} (part ${index + 1} of ${parts.length})`, body: undefined }),
        });
        if (!last)
            log(`committed part ${index + 1} of ${parts.length} (${Object.keys(files).length} files; all of them are more than GitHub takes in one request): ${head}`);
    }
    return head;
}
/**
 * The files in parts of at most COMMIT_BYTES of base64 (one file alone may pass it): the history's lines first, then
 * the files that name what the registry holds (its own files and the heads, whose summaries count the lines) last.
 */
function commitParts(files) {
    const naming = (name) => Object.values(format_files/* REGISTRY_FILES */.M).includes(name) || ((0,index_file/* isHistoryFile */.LD)(name) && !(0,index_file/* historyFileModule */.ZC)(name));
    const own = new Set(Object.keys(files).filter(naming));
    const names = Object.keys(files).sort((a, b) => Number(own.has(a)) - Number(own.has(b)) || (0,order/* compareStrings */.Kt)(a, b));
    const parts = [{}];
    let bytes = 0;
    for (const name of names) {
        const size = Math.ceil(Buffer.byteLength(files[name], 'utf8') / 3) * 4;
        // The files that name what the registry holds stay together, in the last part.
        const joinsOwn = own.has(name) && Object.keys(parts.at(-1)).some((file) => own.has(file));
        if (bytes + size > COMMIT_BYTES && Object.keys(parts.at(-1)).length > 0 && !joinsOwn) {
            parts.push({});
            bytes = 0;
        }
        parts.at(-1)[name] = files[name];
        bytes += size;
    }
    return parts;
}
async function createCommit(client, target, commit) {
    const additions = Object.entries(commit.files).map(([name, text]) => ({
        path: join(target.dir, name),
        contents: Buffer.from(text, 'utf8').toString('base64'),
    }));
    try {
        const data = await client.graphql(`mutation commitRegistry($input: CreateCommitOnBranchInput!) {
        createCommitOnBranch(input: $input) { commit { oid } }
      }`, {
            // Sent once: a second send after a lost answer could commit twice (see CommitOutcomeUnknownError).
            ...(0,retry/* withPolicy */.hZ)('once'),
            input: {
                branch: { repositoryNameWithOwner: `${target.owner}/${target.repo}`, branchName: commit.branch },
                expectedHeadOid: commit.expectedHeadOid,
                message: { headline: commit.headline, ...(commit.body ? { body: commit.body } : {}) },
                fileChanges: { additions },
            },
        });
        return data.createCommitOnBranch.commit.oid;
    }
    catch (error) {
        throw commitError(error, target, commit.branch);
    }
}
/** The errors people hit most, with what to do about them. */
function commitError(error, target, branch) {
    const status = error.response?.status;
    const errorsOf = error.errors ?? [];
    // No answer at all (our timeout, a connection that broke after sending), a 5xx, or GitHub's "Something went wrong".
    const noAnswer = (0,retry/* isAbandoned */.zI)(error) ||
        (!(error instanceof retry/* WaitBudgetError */.R2) && !error.response && errorsOf.length === 0);
    if (noAnswer ||
        (status !== undefined && status >= 500) ||
        errorsOf.some((e) => /Something went wrong while executing/.test(e.message ?? ''))) {
        return new CommitOutcomeUnknownError(`the commit to ${target.owner}/${target.repo}@${branch} got no clear answer (${error.message.split('\n')[0]})`);
    }
    // SAML SSO: the token is fine but not authorized for the organization; not a missing `contents: write`.
    if (ssoHeader(error))
        return describeGraphqlError(error);
    const errors = error.errors ?? [];
    const text = errors.map((e) => `${e.type ?? ''} ${e.message ?? ''}`).join(' ') || error.message;
    const repository = `${target.owner}/${target.repo}`;
    if (errors.some((e) => e.type === 'STALE_DATA') ||
        /expected branch to point to|is at .* but expected|does not point to expected/i.test(text)) {
        return new StaleHeadError(`${repository}@${branch} moved while the registry was being built`);
    }
    if (/protected branch|pull request|required status|rule violation|repository rule/i.test(text)) {
        return new Error(`${repository}@${branch} is protected and refused the commit (${text.trim()}): let the token bypass the rule ` +
            '(a GitHub App in the bypass list, or a ruleset exception for registry/**), or point `branch` at an unprotected branch');
    }
    if (errors.some((e) => e.type === 'FORBIDDEN') || /not accessible|permission|forbidden/i.test(text)) {
        return new Error(`the token cannot write to ${repository} (${text.trim()}): give the workflow \`permissions: contents: write\`, ` +
            'or pass a token with contents:write on the registry repository');
    }
    return describeGraphqlError(error);
}
function join(dir, name) {
    const clean = dir.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    return clean ? `${clean}/${name}` : name;
}

;// CONCATENATED MODULE: ./src/github/repositories.ts
/** Which of some repositories the token can see, many per GraphQL request. */

const PER_REQUEST = 50;
/** The names, of those given, whose repository exists in `org` and is visible to the token. */
async function visibleRepositories(client, org, names) {
    const visible = new Set();
    for (let start = 0; start < names.length; start += PER_REQUEST) {
        const batch = names.slice(start, start + PER_REQUEST);
        const fields = batch.map((name, i) => `r${i}: repository(owner: ${JSON.stringify(org)}, name: ${JSON.stringify(name)}) { name }`);
        let data;
        try {
            data = await client.graphql(`query visibleRepositories { ${fields.join(' ')} }`);
        }
        catch (error) {
            // A repository the token cannot see comes back as null with a NOT_FOUND error next to the others' data.
            const partial = error.data;
            if (!partial || !isNotFound(error))
                throw describeGraphqlError(error);
            data = partial;
        }
        batch.forEach((name, i) => {
            if (data[`r${i}`])
                visible.add(name);
        });
    }
    return visible;
}

;// CONCATENATED MODULE: ./src/metadata/rules-version.ts
/**
 * The version of the rules that turn a module's files into its registry entry (cim.yaml reading, inference from
 * manifests, README and tags). It is written into status.json; a run whose rules differ from the ones that wrote
 * the registry reads every module once, since carried entries would keep what the old rules inferred.
 * Bump it with any change to src/metadata/ that can give a different entry for the same files.
 */
const RULES_VERSION = '1';

// EXTERNAL MODULE: ./src/registry/previous.ts
var registry_previous = __webpack_require__(76654);
// EXTERNAL MODULE: ./src/registry/render/modules.ts
var modules = __webpack_require__(38893);
// EXTERNAL MODULE: ./src/registry/update.ts + 7 modules
var update = __webpack_require__(22836);
// EXTERNAL MODULE: ./src/util/clock.ts
var clock = __webpack_require__(97110);
// EXTERNAL MODULE: ./src/metadata/cim-yaml.ts + 1 modules
var cim_yaml = __webpack_require__(95920);
// EXTERNAL MODULE: ./src/metadata/manifests.ts
var manifests = __webpack_require__(91715);
;// CONCATENATED MODULE: ./src/sources/github-read-plan.ts
/**
 * Which modules a GitHub run reads, and what it reads of each.
 *
 * The listing gives every repository's cheap facts (name, topics, flags, visibility, description, head commit).
 * A module's files are read only when its entry could differ from the previous registry's:
 * - `new`: the previous registry has no entry for it;
 * - `moved`: its head commit is not the entry's `last_commit`;
 * - `stale` / `error`: the previous entry was kept from an earlier failed read, or its health is `error`;
 * - `listed`: a listed fact changed (description, topics, visibility, archived, URL), by a digest in status.json;
 * - `rules`: the rules that turn files into an entry changed (status.json's `rules_version`), or the previous
 *   registry was not written by this tool: everything is read once;
 * - `tags`: the listing's tag state (tag count, newest tag and its commit) is not the one recorded when the
 *   version history was last read (status.json's `history`): a tag was pushed, moved or deleted without a push to
 *   the default branch, or the history was never read;
 * - `pending`: a CI state was still pending when the history was last read (asked again until it settles), or the
 *   history had more to read than one run reads of a module (src/sources/github-history.ts). Its head and tags
 *   are those its entry was built from: the entry is carried and only the history is read (`historyOnly`).
 * Every other module is `carried`: its entry is kept from the previous registry and no file of it is read.
 *
 * What is read of a module is a list of read phases (MODULE_READ_PHASES). Each phase asks, per module, for GraphQL
 * fields under `repository(...)`, all named at the listed commit (`<oid>:path`, never `HEAD:`), so that one entry
 * never mixes two commits; a later phase sees what the earlier ones read (workspace members need Cargo.toml first).
 * A new kind of read (tags with their commits, files at a tag's commit, statusCheckRollup) is a new `ModuleRead`
 * added to a phase: the batching, splitting and failure handling of src/sources/github.ts serve it unchanged.
 */




const READ_REASONS = [
    'new',
    'moved',
    'stale',
    'error',
    'listed',
    'rules',
    'tags',
    'pending',
];
/** status.json's `history` of a module whose history is not final (a CI state pending, tags left for a later run):
 *  its tag state + this. */
const PENDING_MARK = ' pending';
/** The listed facts of a module that end up in its entry: a change of any of them re-reads the module. */
function listedDigest(snapshot) {
    const facts = [
        snapshot.description ?? '',
        [...snapshot.topics].sort(),
        snapshot.visibility,
        snapshot.archived,
        snapshot.url,
    ];
    return (0,external_node_crypto_.createHash)('sha256').update(JSON.stringify(facts)).digest('hex').slice(0, 16);
}
function planReads(listed, previous) {
    const plan = { read: new Map(), carried: new Set() };
    const rulesChanged = !previous.generated || previous.rulesVersion !== RULES_VERSION;
    for (const snapshot of listed) {
        const reason = readReason(snapshot, previous, rulesChanged);
        if (reason)
            plan.read.set(snapshot.name, reason);
        else
            plan.carried.add(snapshot.name);
    }
    return plan;
}
function readReason(snapshot, previous, rulesChanged) {
    const entry = previous.modules.get(snapshot.name);
    if (!entry)
        return 'new';
    if ((entry.last_commit ?? null) !== snapshot.headCommit)
        return 'moved';
    if (previous.stale.has(snapshot.name))
        return 'stale';
    if (previous.health.get(snapshot.name) === 'error')
        return 'error';
    if (previous.listed.get(snapshot.name) !== listedDigest(snapshot))
        return 'listed';
    if (rulesChanged)
        return 'rules';
    const history = previous.history.get(snapshot.name);
    if (history === undefined || history.replace(PENDING_MARK, '') !== (snapshot.tagState ?? ''))
        return 'tags';
    if (history.endsWith(PENDING_MARK))
        return 'pending';
    return undefined;
}
const BLOB_FIELDS = '... on Blob { text isBinary byteSize isTruncated }';
/** A file at the listed commit; absent files stay absent. */
function fileRead(path, log = () => { }) {
    return (_snapshot, oid) => [
        {
            selection: `object(expression: ${JSON.stringify(`${oid}:${path}`)}) { ${BLOB_FIELDS} }`,
            apply(snapshot, value) {
                const blob = value;
                if (!blob || blob.byteSize === undefined)
                    return;
                if (blob.isTruncated)
                    log(`${snapshot.name}: ${path} is ${blob.byteSize} bytes; GitHub's GraphQL gave only its first 512,000`);
                // No text for a binary blob: a single 0xff byte (never valid UTF-8) stands for it, so that the reader
                // says "not valid UTF-8" instead of "missing". A truncated module file keeps its cut text: cim.yaml is
                // refused by its size anyway, and a cut manifest fails to parse with a warning.
                snapshot.files[path] = blob.isBinary || blob.text === null ? new Uint8Array([0xff]) : blob.text;
            },
        },
    ];
}
/** The module's tags, newest first (for a version when no manifest has one). */
const tagsRead = () => [
    {
        selection: 'refs(refPrefix: "refs/tags/", first: 50, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) { nodes { name } }',
        apply(snapshot, value) {
            snapshot.tags = (value?.nodes ?? []).map((node) => node.name);
        },
    },
];
/** The README, only for a module that has no description elsewhere. */
const readmeRead = (snapshot, oid) => {
    if (snapshot.description || declaresDescription(snapshot))
        return [];
    return fileRead('README.md')(snapshot, oid);
};
/**
 * Cargo workspace members' manifests: a literal member path directly, a glob (`crates/*`) through its directory's
 * tree at the listed commit, one level deep.
 */
const workspaceMembersRead = (snapshot, oid) => {
    const cargo = snapshot.files[manifests/* CARGO_TOML */.Oi];
    if (typeof cargo !== 'string')
        return [];
    const reads = [];
    for (const glob of (0,manifests/* cargoWorkspaceMembers */.X2)(cargo).members) {
        const clean = glob.replace(/^\.\//, '').replace(/\/+$/, '');
        if ((0,manifests/* isIgnoredPath */.wY)(clean))
            continue;
        if (!clean.includes('*')) {
            reads.push(...fileRead(`${clean}/${manifests/* CARGO_TOML */.Oi}`)(snapshot, oid));
            continue;
        }
        const star = clean.indexOf('*');
        const dir = clean.slice(0, clean.lastIndexOf('/', star) + 1).replace(/\/$/, '');
        reads.push({
            selection: `object(expression: ${JSON.stringify(`${oid}:${dir}`)}) { ... on Tree { entries { name type object { ... on Tree { entries { name object { ${BLOB_FIELDS} } } } } } } }`,
            apply(target, value) {
                const entries = value?.entries ?? [];
                for (const entry of entries) {
                    const memberDir = dir ? `${dir}/${entry.name}` : entry.name;
                    if (entry.type !== 'tree' || !(0,manifests/* matchesWorkspaceGlob */.bJ)(memberDir, clean))
                        continue;
                    const manifest = entry.object?.entries?.find((child) => child.name === manifests/* CARGO_TOML */.Oi)?.object;
                    if (typeof manifest?.text === 'string' && !manifest.isBinary)
                        target.files[`${memberDir}/${manifests/* CARGO_TOML */.Oi}`] = manifest.text;
                }
            },
        });
    }
    return reads;
};
/**
 * The reads of a module, phase by phase. Phase 1: cim.yaml, the manifests, the README when needed and the tags
 * (the version history's first page of them, or without history the newest 50); phase 2, from what phase 1 read:
 * workspace members.
 */
function moduleReadPhases(log, history) {
    const files = [fileRead(cim_yaml/* CIM_YAML */.gu, log), fileRead(manifests/* CARGO_TOML */.Oi, log), fileRead(manifests/* PACKAGE_JSON */.QO, log), readmeRead];
    if (!history)
        return [[...files, tagsRead], [workspaceMembersRead]];
    // The version history asks in rounds what its last answers showed it lacks (tags, then files at new tags, then
    // their workspace members, further pages of tags): a phase each, which costs a request only when it reads. Its
    // tag pages also fill the snapshot's tags, so the tags are not asked twice (src/sources/github-history.ts).
    return [
        [...files, history],
        [workspaceMembersRead, history],
        ...Array.from({ length: HISTORY_ROUNDS - 2 }, () => [history]),
    ];
}
/** Read phases the version history may take; what is still missing after them is read on the next run. */
const HISTORY_ROUNDS = 6;
function declaresDescription(snapshot) {
    const cimYaml = snapshot.files[cim_yaml/* CIM_YAML */.gu];
    return typeof cimYaml === 'string' && /^\s+description:\s*\S/m.test(cimYaml);
}

;// CONCATENATED MODULE: ./src/sources/github.ts





const REPOSITORY_FIELDS = `name description url isPrivate visibility isArchived
  repositoryTopics(first: 25) { nodes { topic { name } } }
  defaultBranchRef { name target { ... on Commit { oid committedDate } } }
  tagState: refs(refPrefix: "refs/tags/", first: 1, orderBy: {field: ALPHABETICAL, direction: DESC}) { totalCount nodes { name target { oid ... on Tag { target { oid } } } } }`;
const LISTING_QUERY = `query listRepositories($org: String!, $first: Int!, $after: String) {
  organization(login: $org) {
    repositories(first: $first, after: $after, isFork: false, orderBy: {field: NAME, direction: ASC}) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${REPOSITORY_FIELDS} }
    }
  }
}`;
/** The organization's modules with their listed facts, and the repositories that look like modules but are not. */
async function listGitHubModules(options) {
    const log = options.log ?? (() => { });
    const problems = [];
    const modules = [];
    let internal = 0;
    // Each page is sorted out as it comes: on 10,000 repositories the raw nodes of every page held at once cost
    // several MB of a no-op run's peak memory.
    const { listed, requests } = await listOrganization(options, (repository) => {
        if (repository.name === options.registryRepo)
            return;
        const topics = repository.repositoryTopics.nodes.map((node) => node.topic.name);
        const hasTopic = topics.includes(options.topic);
        const named = options.modulePattern.matches(repository.name);
        if (hasTopic && named) {
            modules.push(toSnapshot(repository, options.org));
            if (repository.visibility === 'INTERNAL')
                internal++;
        }
        else if (named)
            problems.push(registryProblem('missing-topic', `${repository.name} looks like a module but has no \`${options.topic}\` topic; add the topic to register it`));
        else if (hasTopic)
            problems.push(registryProblem('invalid-name', `${repository.name} has the \`${options.topic}\` topic but its name does not match the module pattern ${options.modulePattern.source}; not registered`));
    });
    log(`listed ${listed} repositories of ${options.org} in ${requests} requests: ${modules.length} modules`);
    if (internal > 0)
        log(`${internal} modules are internal repositories (GitHub Enterprise): recorded as private`);
    return { modules: modules.sort((a, b) => (0,order/* compareStrings */.Kt)(a.name, b.name)), problems, listed, requests };
}
/** Every page of the organization's repositories, each repository handed to `take`; any failure that survives the retries fails the listing. */
async function listOrganization(options, take) {
    let listed = 0;
    let after = null;
    let expected = null;
    let requests = 0;
    const pages = new AdaptivePageSize(options.pageSize ?? 100);
    const log = options.log ?? (() => { });
    for (;;) {
        const data = await graphqlWithAdaptivePages(options.client, LISTING_QUERY, { org: options.org, after }, pages, (line) => {
            requests++;
            log(line);
        });
        requests++;
        const connection = data.organization?.repositories;
        if (!connection)
            throw new Error(`organization ${options.org} was not found, or the token cannot see it`);
        expected ??= connection.totalCount;
        for (const node of connection.nodes) {
            if (!node)
                continue;
            listed++;
            take(node);
        }
        if (!connection.pageInfo.hasNextPage)
            break;
        after = connection.pageInfo.endCursor;
    }
    // A listing shorter than GitHub's own count means pages were lost: refuse rather than drop modules.
    if (expected !== null && listed < expected) {
        throw new Error(`the listing of ${options.org} returned ${listed} of ${expected} repositories; refusing to build a partial registry`);
    }
    return { listed, requests };
}
/**
 * The listed facts of some repositories again, many per request: after a lost compare-and-swap, the modules that
 * the other run recorded at another commit. Null for a repository that is gone or no longer visible.
 */
async function relistRepositories(options, names) {
    const found = new Map();
    const batchSize = options.batchSize ?? 50;
    for (let start = 0; start < names.length; start += batchSize) {
        const batch = names.slice(start, start + batchSize);
        const fields = batch.map((name, i) => `r${i}: repository(owner: ${JSON.stringify(options.org)}, name: ${JSON.stringify(name)}) { ${REPOSITORY_FIELDS} }`);
        let data;
        try {
            data = await options.client.graphql(`query relistRepositories { ${fields.join('\n')} }`);
        }
        catch (error) {
            const partial = error.data;
            if (!partial || !isNotFound(error))
                throw describeGraphqlError(error);
            data = partial;
        }
        batch.forEach((name, i) => {
            const repository = data[`r${i}`];
            found.set(name, repository ? toSnapshot(repository, options.org) : null);
        });
    }
    return found;
}
/**
 * A repository's listed facts as a snapshot without files. Internal repositories (GitHub Enterprise) are recorded
 * as private: only the enterprise's members can see them, so a registry must not present them as public.
 */
function toSnapshot(repository, org) {
    const head = repository.defaultBranchRef?.target;
    return {
        name: repository.name,
        url: repository.url || `https://github.com/${org}/${repository.name}`,
        description: repository.description,
        topics: repository.repositoryTopics.nodes.map((node) => node.topic.name),
        visibility: repository.isPrivate || repository.visibility !== 'PUBLIC' ? 'private' : 'public',
        archived: repository.isArchived,
        headCommit: head?.oid ?? null,
        committedAt: head?.committedDate ? (0,clock/* toUtcSeconds */.d)(head.committedDate) : null,
        tags: [],
        files: {},
        tagState: tagState(repository.tagState),
    };
}
function tagState(refs) {
    const last = refs?.nodes[0];
    if (!refs || !last)
        return '0';
    return `${refs.totalCount} ${last.name}@${(last.target.target ?? last.target).oid.slice(0, 12)}`;
}
/**
 * Fields per read request at first (a file, a folder, a page of tags or a check state each; GitHub's execution time
 * grows with the objects a query touches, not with the repositories it names): about 250 modules' head files, or
 * 150 modules' files at their new tags. One measure for every phase, halved for the rest of the run after an answer
 * too expensive, grown back after two that pass.
 */
const READ_FIELDS = 2_000;
/**
 * Reads the files of these modules (listed snapshots, filled in place) at their listed commits, phase by phase.
 * Returns the number of requests it took.
 */
async function readModuleFiles(snapshots, options, extras = {}) {
    const log = options.log ?? (() => { });
    let requests = 0;
    // Batches shrink after one that was too expensive, and grow back after those that pass.
    const pace = new AdaptivePageSize(READ_FIELDS, READ_FIELDS);
    for (const phase of moduleReadPhases(log, extras.history)) {
        const wanted = [];
        for (const snapshot of snapshots) {
            if (snapshot.readError !== undefined || !snapshot.headCommit)
                continue;
            // A module whose entry is carried has only its version history read.
            const kinds = snapshot.historyOnly ? phase.filter((read) => read === extras.history) : phase;
            const reads = (await Promise.all(kinds.map((read) => read(snapshot, snapshot.headCommit)))).flat();
            if (reads.length > 0)
                wanted.push({ snapshot, reads });
        }
        for (let start = 0; start < wanted.length;) {
            const query = extras.query;
            const carried = query && !query.done && !query.dropped ? (query.weight ?? 0) : 0;
            const batch = nextBatch(wanted, start, pace.size - carried);
            requests += await readBatch(batch, options, pace, false, extras.query);
            start += batch.length;
        }
        await extras.afterPhase?.();
    }
    return requests;
}
/** The modules from `start` whose fields add up to at most `fields`; at least one. */
function nextBatch(wanted, start, fields) {
    let end = start + 1;
    let total = weightOf(wanted[start].reads);
    while (end < wanted.length && total + weightOf(wanted[end].reads) <= fields)
        total += weightOf(wanted[end++].reads);
    return wanted.slice(start, end);
}
function fieldCount(batch) {
    return batch.reduce((sum, { reads }) => sum + weightOf(reads), 0);
}
/** What a module's fields cost, in fields: a large file counts as many. */
function weightOf(reads) {
    return reads.reduce((sum, read) => sum + (read.weight ?? 1), 0);
}
/** One request for a batch of modules; split in two on too-expensive, 5xx or partial answers. */
async function readBatch(batch, options, pace, retried = false, query) {
    const fields = batch.map(({ snapshot, reads }, r) => `r${r}: repository(owner: ${JSON.stringify(options.org)}, name: ${JSON.stringify(snapshot.name)}) { ${reads.map((read, f) => `f${f}: ${read.selection}`).join(' ')} }`);
    // The query's own field rides along until it is answered; a batch that fails leaves it to the next one.
    const extra = query && !query.done && !query.dropped ? query : undefined;
    if (extra)
        fields.push(`q: ${extra.selection}`);
    let data;
    try {
        data = await options.client.graphql(`query readModuleFiles { ${fields.join('\n')} }`, (0,retry/* withPolicy */.hZ)('shrink'));
    }
    catch (error) {
        const partial = error.data;
        // Repositories that vanished since the listing come back as null with NOT_FOUND next to the others' data.
        if (partial && isNotFound(error)) {
            apply(batch, partial, extra);
            pace.grow();
            return 1;
        }
        if (isRefusal(error) || (!isTooExpensive(error) && !partial))
            throw describeGraphqlError(error);
        // The query's own field may be what made it too expensive: the modules are not held back by it.
        if (extra)
            extra.dropped = true;
        // Too expensive, a 5xx or a partial answer: one heavy repository must not keep the others of its batch stale.
        if (batch.length > 1) {
            const half = Math.ceil(batch.length / 2);
            pace.shrinkTo(fieldCount(batch.slice(0, half)));
            return (1 +
                (await readBatch(batch.slice(0, half), options, pace, false, query)) +
                (await readBatch(batch.slice(half), options, pace, false, query)));
        }
        // Alone, it gets one more try; then it is stale with the reason, and every other module lands.
        if (!retried)
            return 1 + (await readBatch(batch, options, pace, true, query));
        batch[0].snapshot.readError = `reading its files failed: ${describeGraphqlError(error).message}`;
        return 1;
    }
    apply(batch, data, extra);
    pace.grow();
    return 1;
}
function apply(batch, data, extra) {
    if (extra && 'q' in data) {
        extra.apply(data.q);
        extra.done = true;
    }
    batch.forEach(({ snapshot, reads }, r) => {
        const repository = data[`r${r}`];
        if (repository === null || repository === undefined) {
            snapshot.readError = 'the repository could not be read (deleted or no longer visible)';
            return;
        }
        reads.forEach((read, f) => read.apply(snapshot, repository[`f${f}`] ?? null));
    });
}
/** A refusal of the token (SAML SSO, forbidden, rate limited): no smaller batch would pass, and no module is to blame. */
function isRefusal(error) {
    const errors = error.errors ?? [];
    return ssoHeader(error) !== undefined || errors.some((e) => e.type === 'FORBIDDEN' || e.type === 'RATE_LIMITED');
}
function registryProblem(code, message) {
    return { level: 'warning', code, message };
}

// EXTERNAL MODULE: ./src/versions/collect.ts
var collect = __webpack_require__(59443);
// EXTERNAL MODULE: ./src/versions/summary.ts
var summary = __webpack_require__(72177);
// EXTERNAL MODULE: ./src/versions/locks.ts
var locks = __webpack_require__(45653);
// EXTERNAL MODULE: ./src/versions/types.ts
var types = __webpack_require__(11792);
;// CONCATENATED MODULE: ./src/sources/github-history.ts
/**
 * Version history over GitHub's GraphQL API, inside the batched read plan (src/sources/github-read-plan.ts).
 *
 * The history core (src/versions/collect.ts) decides what to read: a tag already in the index at the same commit
 * is never read again, a new or moved tag once, the head's lock files only when the head moved, a pending CI state
 * again until it settles. Here it runs against a cache of what GitHub answered, and whatever it asks that the
 * cache lacks becomes the fields of the next read phase, many modules per request: tags (their commits and dates
 * in one connection), files at a commit (`object(expression: "<oid>:path")`), folders at a commit
 * (workspace member globs) and `statusCheckRollup`. When it asks nothing more, its answer is final.
 *
 * The first phase cannot see the index yet (the registry's history files come in that same request): it asks what
 * every history read needs, the first page of tags and, at the head, the CI state and the lock files (the head's
 * other files come with the module's own read): what a new tag at the head (a release just made) or a moved head
 * needs. A run after one new tag at the head so reads in one request.
 */







/** Tags per page of a module's tag listing (GitHub's maximum for a connection). */
const TAG_PAGE = 100;
/**
 * Fields one module's history asks per phase, so that a heavy module (hundreds of tags, large manifests) fits a
 * request alone and never makes its module's own files fail with it: about 7 fields per tag commit (3 manifests,
 * 3 lock files, the check state), 3 to 16 tag commits by the size of the head's manifests (GitHub's execution time
 * grows with the bytes read). A history-only read has not read the head's manifests: it goes by the largest
 * manifest read at a tag so far, and by the fewest tag commits until one is read (sized as the head's, the heavy
 * organization's catch-up runs timed out on a third of their requests). What is left is read by the next phases,
 * then the next runs (DeferredReadError).
 */
function fieldsPerPhase(snapshot, cache) {
    const bytes = snapshot.historyOnly
        ? Math.max(0, ...cache.manifestBytes.values()) || Infinity
        : MODULE_FILES.reduce((sum, path) => sum + (snapshot.files[path]?.length ?? 0), 1);
    const tagCommits = Math.min(16, Math.max(3, Math.floor(400_000 / bytes)));
    return 8 + 7 * tagCommits;
}
/** The head's files that the module's own read brings (src/sources/github-read-plan.ts): not asked twice. */
const MODULE_FILES = [cim_yaml/* CIM_YAML */.gu, manifests/* CARGO_TOML */.Oi, manifests/* PACKAGE_JSON */.QO];
/**
 * Bytes of a file that cost a field: READ_FIELDS fields are about 5 s of GitHub's 10 (the fake's cost model: 1 ms a
 * KiB), so a manifest of 150 KB at a tag counts as 60 fields when the batch is made, and a batch of a heavy
 * organization's tags fits GitHub's time instead of being cut off and halved.
 */
const BYTES_PER_FIELD = 2_500;
class GitHubHistory {
    modulePattern;
    caches = new Map();
    index = null;
    constructor(modulePattern) {
        this.modulePattern = modulePattern;
    }
    /** The registry's history files (history/*.jsonl, heads.json), once they are read; `notRead` as readHistoryIndex's. */
    setIndex(files, notRead) {
        this.index = (0,index_file/* readHistoryIndex */.Vq)(files, notRead);
    }
    /** A new attempt starts from a new branch head: its index is read again. */
    clearIndex() {
        this.index = null;
    }
    get hasIndex() {
        return this.index !== null;
    }
    /** The read of the read plan: the fields this module's history still lacks (none when it is complete). */
    read = async (snapshot) => {
        if (!snapshot.headCommit)
            return [];
        const cache = this.cacheOf(snapshot.name);
        // The tags answered so far, also on a rebuild that finds them cached (the tag pages' answers add to both).
        snapshot.tags = cache.tags.map((tag) => tag.name);
        const needs = [];
        if (this.index === null) {
            // The first phase cannot see the index: it asks what every history read needs, the first page of tags, and for
            // a module read whole (its head may have moved) the head's CI state and lock files, beside the module's files.
            if (cache.nextTags !== null)
                needs.push({ kind: 'tags' });
            if (!snapshot.historyOnly)
                needs.push(...headNeeds(cache, snapshot.headCommit));
        }
        else {
            // A history-only module's files were not read: what its history lacks of them is asked for in the next phase.
            if (!snapshot.historyOnly)
                seedHead(cache, snapshot);
            await (0,collect/* readModuleHistory */.TS)(snapshot.name, cacheReader(cache, snapshot, needs), (0,summary/* linesOf */.Dx)(snapshot.name, this.index.get(snapshot.name)), this.modulePattern);
            // A commit whose evidence is final needs its files no more: on a heavy organization they are most of the memory.
            for (const key of cache.files.keys())
                if (cache.evidence.has(key.slice(0, key.indexOf(':'))))
                    cache.files.delete(key);
        }
        return unique(needs)
            .slice(0, fieldsPerPhase(snapshot, cache))
            .map((need) => fieldOf(need, cache));
    };
    /** Whether a module's history left reads for a later run. */
    incomplete(name) {
        return this.caches.get(name)?.incomplete ?? false;
    }
    /** Readers that answer from what was read, for readHistories; a read the phases did not make fails that module. */
    readers(snapshots) {
        const readers = new Map();
        for (const snapshot of snapshots) {
            if (snapshot.readError !== undefined || !snapshot.headCommit || (snapshot.carried && !snapshot.historyOnly))
                continue;
            readers.set(snapshot.name, cacheReader(this.cacheOf(snapshot.name), snapshot, null));
        }
        return readers;
    }
    cacheOf(name) {
        let cache = this.caches.get(name);
        if (!cache)
            this.caches.set(name, (cache = {
                tags: [],
                nextTags: '',
                files: new Map(),
                folders: new Map(),
                ci: new Map(),
                incomplete: false,
                evidence: new Map(),
                manifestBytes: new Map(),
            }));
        return cache;
    }
}
/** The head's CI state and lock files, unless already answered. */
function headNeeds(cache, head) {
    const needs = cache.ci.has(head) ? [] : [{ kind: 'ci', commit: head }];
    for (const path of locks/* LOCK_FILES */.Cv)
        if (!cache.files.has(`${head}:${path}`))
            needs.push({ kind: 'file', commit: head, path });
    return needs;
}
/** The head's module files as the module's read found them (absent ones included), once it has run. */
function seedHead(cache, snapshot) {
    for (const path of MODULE_FILES) {
        const key = `${snapshot.headCommit}:${path}`;
        if (cache.files.has(key))
            continue;
        const found = snapshot.files[path];
        cache.files.set(key, found === undefined ? null : typeof found === 'string' ? found : new Error('it is not UTF-8 text'));
        if (typeof found === 'string')
            noteManifest(cache, path, found);
    }
}
/** Keeps the size of a manifest read, which the next reads of that file at other commits are weighed by. */
function noteManifest(cache, path, text) {
    if (MODULE_FILES.includes(path))
        cache.manifestBytes.set(path, Math.max(cache.manifestBytes.get(path) ?? 0, text.length));
}
/**
 * A HistoryReader over the cache. With `needs`, what the cache lacks is noted there and answered as absent (the
 * answer is thrown away: a later phase asks again with it read); without, what is missing is left for a later run.
 */
function cacheReader(cache, snapshot, needs) {
    const unanswered = new Set();
    const missing = (need) => {
        if (!needs) {
            cache.incomplete = true;
            throw new collect/* DeferredReadError */.oT('read on a later run');
        }
        needs.push(need);
        if (need.kind === 'file' || need.kind === 'folder')
            unanswered.add(need.commit);
        return null;
    };
    return {
        memo: cache.evidence,
        final: (commit) => !unanswered.has(commit),
        async tags() {
            if (cache.nextTags === null)
                return cache.tags;
            // The tags read so far; the others wait for a later run.
            if (needs)
                needs.push({ kind: 'tags' });
            else
                cache.incomplete = true;
            return cache.tags;
        },
        async head() {
            return { commit: snapshot.headCommit, date: snapshot.committedAt };
        },
        async readFile(commit, path) {
            const key = `${commit}:${path}`;
            if (!cache.files.has(key))
                return missing({ kind: 'file', commit, path });
            const text = cache.files.get(key);
            if (text instanceof Error)
                throw text;
            return text;
        },
        async listFolder(commit, dir) {
            return cache.folders.get(`${commit}:${dir}`) ?? missing({ kind: 'folder', commit, dir }) ?? [];
        },
        async ciState(commit) {
            return cache.ci.has(commit) ? cache.ci.get(commit) : missing({ kind: 'ci', commit });
        },
    };
}
function unique(needs) {
    const seen = new Set();
    return needs.filter((need) => {
        const key = JSON.stringify(need);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
/** A tag's commit: no check state here, which GitHub computes per commit; it is asked only of tags being read. */
const PEELED_COMMIT = '__typename oid ... on Commit { committedDate }';
/** One need as a GraphQL field under `repository(...)` whose answer fills the cache. */
function fieldOf(need, cache) {
    switch (need.kind) {
        case 'tags': {
            const after = cache.nextTags ? `, after: ${JSON.stringify(cache.nextTags)}` : '';
            return {
                // An annotated tag's target is a Tag object; its own target is the commit. Tags of trees or blobs are no versions.
                selection: `refs(refPrefix: "refs/tags/", first: ${TAG_PAGE}${after}) { pageInfo { hasNextPage endCursor } nodes { name target { ${PEELED_COMMIT} ... on Tag { target { ${PEELED_COMMIT} } } } } }`,
                apply(snapshot, value) {
                    const page = value;
                    if (!page) {
                        cache.nextTags = null;
                        return;
                    }
                    for (const node of page.nodes) {
                        const commit = node?.target.__typename === 'Tag' ? node.target.target : node?.target;
                        if (!node || commit?.__typename !== 'Commit')
                            continue;
                        cache.tags.push({ name: node.name, commit: commit.oid, date: commit.committedDate ?? null });
                        // The module's own tags (a version when no manifest has one) come from these pages too.
                        snapshot.tags.push(node.name);
                    }
                    cache.nextTags = page.pageInfo.hasNextPage && page.pageInfo.endCursor ? page.pageInfo.endCursor : null;
                },
            };
        }
        case 'file':
            return {
                selection: `object(expression: ${JSON.stringify(`${need.commit}:${need.path}`)}) { ... on Blob { text isBinary byteSize isTruncated } }`,
                weight: Math.max(1, Math.ceil((cache.manifestBytes.get(need.path) ?? 0) / BYTES_PER_FIELD)),
                apply(_snapshot, value) {
                    const blob = value;
                    let answer = null;
                    // A folder of that name answers an empty object: no file.
                    if (blob && blob.isBinary)
                        answer = new Error('it is not UTF-8 text');
                    else if (blob && blob.isTruncated)
                        answer = new Error("it is over GraphQL's 512,000-byte text limit");
                    else if (blob && typeof blob.text === 'string')
                        answer = blob.text;
                    cache.files.set(`${need.commit}:${need.path}`, answer);
                    if (typeof answer === 'string')
                        noteManifest(cache, need.path, answer);
                },
            };
        case 'folder':
            return {
                selection: `object(expression: ${JSON.stringify(`${need.commit}:${need.dir}`)}) { ... on Tree { entries { name type } } }`,
                apply(_snapshot, value) {
                    const entries = value?.entries ?? [];
                    cache.folders.set(`${need.commit}:${need.dir}`, entries.filter((entry) => entry.type === 'tree').map((entry) => entry.name));
                },
            };
        case 'ci':
            return {
                selection: `object(expression: ${JSON.stringify(need.commit)}) { ... on Commit { statusCheckRollup { state } } }`,
                apply(_snapshot, value) {
                    cache.ci.set(need.commit, ciState(value?.statusCheckRollup));
                },
            };
    }
}
/**
 * GitHub's StatusState in the index's words. EXPECTED (a required status not reported yet) is pending; a commit
 * without checks or statuses has no rollup: null.
 */
function ciState(rollup) {
    if (!rollup)
        return null;
    const state = rollup.state.toLowerCase();
    if (state === 'expected')
        return 'pending';
    return types/* CI_STATES */.k.includes(state) ? state : null;
}

// EXTERNAL MODULE: ./src/modes/read-history.ts + 1 modules
var read_history = __webpack_require__(68937);
;// CONCATENATED MODULE: ./src/modes/update-github.ts
/**
 * `update` on GitHub: read the registry branch, list the organization cheaply, read only the modules that changed
 * (src/sources/github-read-plan.ts), plan, and commit with compare-and-swap.
 *
 * When the branch moved meanwhile (another run committed), the registry is rebuilt from the new head, a bounded
 * number of times. The other run may have listed the organization later than this one: every module that the new
 * head records at another commit than this run's listing, or that this listing lacks, is listed again first, so
 * that a rebuild never puts an older commit of a module back.
 */
















async function updateFromGitHub(options) {
    const log = options.log ?? (() => { });
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const source = {
        client: options.client,
        org: options.org,
        topic: options.topic,
        modulePattern: options.modulePattern,
        registryRepo: options.registry.owner.toLowerCase() === options.org.toLowerCase() ? options.registry.repo : undefined,
        pageSize: options.pageSize,
        log,
    };
    let state = await readRegistryBranch(options.client, options.registry);
    const listing = await listGitHubModules(source);
    /** Modules read this run, by name, at the commit they were read at: a rebuild does not read them again. */
    const readCache = new Map();
    /** What GitHub answered about each module's version history; the index is the branch's, set per attempt. */
    const history = new GitHubHistory(options.modulePattern);
    const maxAttempts = options.maxAttempts ?? 5;
    for (let attempt = 1;; attempt++) {
        const previous = (0,registry_previous/* readPreviousRegistry */.R)(state.files);
        // A large registry's history folder is listed without its texts: only the files the run needs are read.
        if (previous.modules.size > LARGE_REGISTRY)
            state.large = true;
        // The parsed files are compared by blob id from here on; their text is not needed again.
        const modulesHash = hashOf(state.files[format_files/* REGISTRY_FILES */.M.modules]);
        forgetTexts(state, [format_files/* REGISTRY_FILES */.M.modules, format_files/* REGISTRY_FILES */.M.status]);
        history.clearIndex();
        const branch = state;
        const readPlan = planReads(listing.modules, previous);
        // The history files of the modules this run reads (a large registry's others are summarized in their heads).
        const wanted = new Set(readPlan.read.keys());
        const loadHistory = async () => {
            await readHistoryFiles(options.client, options.registry, branch, wanted);
            if (!history.hasIndex)
                history.setIndex(branch.files, branch.historyNotRead);
        };
        const extras = {
            history: history.read,
            // About a history file (a small registry) or a head (a large one) per module: up to half the first request.
            // None when the history was read already (after a lost compare-and-swap, to tell whether the commit landed).
            query: branch.historyNotRead
                ? undefined
                : {
                    ...historyFolderRead(options.registry, branch, wanted),
                    weight: Math.min(previous.modules.size, READ_FIELDS / 2),
                },
            afterPhase: loadHistory,
        };
        const { snapshots, reads } = await readChanged(listing.modules, readPlan, readCache, source, extras);
        const hidden = await hiddenPrivateModules(options.client, options.org, listing.modules, previous.modules);
        const completeView = hidden.length === 0;
        const sourceProblems = [...listing.problems];
        if (!completeView) {
            sourceProblems.push({
                level: 'warning',
                code: 'partial-view',
                message: `the token cannot see ${hidden.length} private modules of the previous registry (${hidden.map((s) => s.name).join(', ')}), so they were kept as they were: give the action a token that can read them`,
            });
        }
        const input = {
            snapshots: [...snapshots, ...hidden],
            existing: state.files,
            previous,
            modulePattern: options.modulePattern,
            sourceProblems,
            completeView,
            date: options.date,
            trigger: options.trigger,
            sourceState: {
                rulesVersion: RULES_VERSION,
                listed: new Map(listing.modules.map((s) => [s.name, listedDigest(s)])),
                history: previous.history,
            },
        };
        // Nothing read, nothing listed differently, and the files are the ones the previous run wrote: the registry
        // cannot change, so it is not rendered again (on 10,000 modules that render is most of a no-op's memory).
        const unchanged = isUnchanged(listing, reads, previous, modulesHash, sourceProblems);
        let plan;
        if (unchanged)
            plan = (0,update/* planUnchanged */.pD)({ ...input, existing: state.files });
        else {
            await readDeferredFiles(options.client, options.registry, state);
            // The version history as update-local passes it, with this run's readings: the whole index, but for a large
            // registry's modules not read this run, whose heads' summaries stand for their lines.
            await loadHistory();
            const reading = await (0,read_history/* readHistories */.X)(history.readers(snapshots), state.files, options.modulePattern, state.historyNotRead);
            plan = (0,update/* planUpdate */.ZL)({
                ...input,
                existing: state.files,
                sourceProblems: [...sourceProblems, ...reading.problems],
                history: reading.plan,
                sourceState: { ...input.sourceState, history: historyStates(snapshots, reading, previous, history) },
            });
        }
        // Changelog entries that move to their year's archive: the archive is read only by a run that grows it.
        if (plan.archived.size > 0)
            (0,update/* completeArchives */.f1)(plan, await readBranchFiles(options.client, options.registry, state, [...plan.archived.keys()]), true);
        // A file not read (the README over GraphQL's text limit) is compared by its git blob id.
        plan.changedFiles = plan.changedFiles.filter((name) => !isUnchangedFile(state, name, plan.files[name]));
        const summary = (0,modes_summary/* summarize */.eh)(plan, Boolean(options.dryRun));
        const result = { plan, summary, attempts: attempt, completeView, reads };
        if (plan.changedFiles.length === 0 || options.dryRun)
            return { ...result, commitSha: null };
        const message = options.commitMessage || (0,modes_summary/* commitMessage */.df)(plan, options.trigger);
        const [headline, ...body] = message.split('\n');
        const files = Object.fromEntries(plan.changedFiles.map((name) => [name, plan.files[name]]));
        // Planning a large registry holds the event loop for seconds, longer than a server keeps an idle connection
        // open: let the timers run first, so that such connections are closed, and the commit (sent once, never
        // retried blindly) does not go out on one the server has already closed (ECONNRESET / EPIPE).
        await new Promise((resolve) => setTimeout(resolve, 0));
        try {
            const commitSha = await commitRegistryBranch(options.client, options.registry, {
                branch: state.branch,
                expectedHeadOid: state.headOid,
                files,
                headline: headline,
                body: body.join('\n').trim(),
            }, log);
            log(`committed ${(0,util_text/* listSome */.XT)(plan.changedFiles)} to ${options.registry.owner}/${options.registry.repo}@${state.branch}: ${commitSha}`);
            return { ...result, commitSha };
        }
        catch (error) {
            const retryable = error instanceof StaleHeadError || error instanceof CommitOutcomeUnknownError;
            if (!retryable)
                throw error;
            const before = state.headOid;
            const large = state.large;
            state = await readRegistryBranch(options.client, options.registry);
            // Still the same registry, give or take a few modules: read as it was.
            state.large ||= large;
            await readDeferredFiles(options.client, options.registry, state);
            const historyFiles = Object.keys(files).filter(index_file/* isHistoryFile */.LD);
            if (historyFiles.length > 0)
                await readHistoryFiles(options.client, options.registry, state, new Set(historyFiles.flatMap((file) => (0,index_file/* historyFileModule */.ZC)(file) ?? [])));
            // The commit was sent once; after a timeout or 5xx the branch says whether it landed.
            if (error instanceof CommitOutcomeUnknownError && holdsFiles(state, files)) {
                log(`${error.message}; the branch now holds the planned files, so the commit landed: ${state.headOid}`);
                return { ...result, commitSha: state.headOid };
            }
            if (attempt >= maxAttempts)
                throw new Error(`${error.message}, ${attempt} times in a row; giving up (the next run will catch up)`);
            if (state.headOid !== before)
                await relistChanged(listing, (0,registry_previous/* readPreviousRegistry */.R)(state.files), source);
            log(`${error.message}; rebuilding from ${state.headOid.slice(0, 7)} (attempt ${attempt + 1} of ${maxAttempts})`);
            await sleep(100 * attempt + Math.floor(Math.random() * 200));
        }
    }
}
/**
 * What status.json records of each module's history (ModuleStatus.history): the tag state it was read at, marked
 * when a CI state is still pending; a module whose history was not read this run keeps what it had.
 */
function historyStates(snapshots, reading, previous, history) {
    const states = new Map();
    for (const snapshot of snapshots) {
        const module = reading.plan.index.get(snapshot.name);
        if (reading.read.has(snapshot.name) && module) {
            const pending = history.incomplete(snapshot.name) ||
                module.head?.ci === 'pending' ||
                (0,index_file/* currentVersions */.lJ)((0,summary/* linesOf */.Dx)(snapshot.name, module).versions).some((entry) => entry.ci === 'pending');
            states.set(snapshot.name, `${snapshot.tagState ?? ''}${pending ? PENDING_MARK : ''}`);
        }
        else if (!reading.read.has(snapshot.name) && snapshot.carried && previous.history.has(snapshot.name)) {
            states.set(snapshot.name, previous.history.get(snapshot.name));
        }
    }
    return states;
}
/** The listed modules as snapshots for the planner: read (at their listed commit) or carried. */
async function readChanged(listed, plan, cache, source, extras) {
    const reads = {
        read: Object.fromEntries(READ_REASONS.map((reason) => [reason, 0])),
        carried: 0,
        failed: 0,
    };
    const toRead = [];
    const snapshots = listed.map((snapshot) => {
        const reason = plan.read.get(snapshot.name);
        if (!reason) {
            reads.carried++;
            return { ...snapshot, carried: true };
        }
        reads.read[reason]++;
        const cached = cache.get(snapshot.name);
        if (cached && cached.headCommit === snapshot.headCommit && listedDigest(cached) === listedDigest(snapshot))
            return cached;
        // Same head, same tags: only the history has more to say (a pending CI state, tags left for a later run).
        const historyOnly = reason === 'pending' ? { carried: true, historyOnly: true } : {};
        const fresh = { ...snapshot, topics: [...snapshot.topics], tags: [], files: {}, ...historyOnly };
        toRead.push(fresh);
        return fresh;
    });
    if (toRead.length > 0) {
        await readModuleFiles(toRead, source, extras);
        for (const snapshot of toRead)
            if (snapshot.readError === undefined)
                cache.set(snapshot.name, snapshot);
    }
    reads.failed = snapshots.filter((snapshot) => snapshot.readError !== undefined).length;
    const total = READ_REASONS.reduce((sum, reason) => sum + reads.read[reason], 0);
    const why = READ_REASONS.filter((reason) => reads.read[reason] > 0).map((reason) => `${reads.read[reason]} ${reason}`);
    source.log?.(`read ${total} modules${why.length ? ` (${why.join(', ')})` : ''}; carried ${reads.carried} unchanged`);
    return { snapshots, reads };
}
/**
 * After a lost compare-and-swap: the modules that the new head records at another commit than this listing, that
 * this listing lacks, or that the new head lacks, are listed again, so that the rebuild starts from facts no older
 * than the branch's.
 */
async function relistChanged(listing, previous, source) {
    const byName = new Map(listing.modules.map((snapshot) => [snapshot.name, snapshot]));
    const changed = [
        ...[...previous.modules]
            .filter(([name, entry]) => byName.get(name)?.headCommit !== (entry.last_commit ?? null))
            .map(([name]) => name),
        // Modules the other run did not record: it may have seen them lose the topic after this listing.
        ...listing.modules.filter((snapshot) => !previous.modules.has(snapshot.name)).map((snapshot) => snapshot.name),
    ];
    if (changed.length === 0)
        return;
    source.log?.(`the other run recorded ${changed.length} modules at other commits (${(0,util_text/* listSome */.XT)(changed)}); listing them again`);
    for (const [name, snapshot] of await relistRepositories(source, changed)) {
        const isModule = snapshot !== null && snapshot.topics.includes(source.topic) && source.modulePattern.matches(name);
        if (isModule)
            byName.set(name, snapshot);
        else
            byName.delete(name);
    }
    listing.modules = [...byName.values()].sort((a, b) => (0,order/* compareStrings */.Kt)(a.name, b.name));
}
function hashOf(modulesYaml) {
    return modulesYaml === undefined ? null : (0,modules/* registryHash */.m3)(modulesYaml);
}
/** True when no input of the registry differs from what built the files found on the branch. */
function isUnchanged(listing, reads, previous, modulesHash, problems) {
    if (READ_REASONS.some((reason) => reads.read[reason] > 0) || !previous.generated)
        return false;
    if (listing.modules.length !== previous.modules.size ||
        listing.modules.some((snapshot) => !previous.modules.has(snapshot.name)))
        return false;
    if (modulesHash === null || previous.registryHash !== modulesHash)
        return false;
    return previous.completeView === true && previous.registryProblems === JSON.stringify(problems);
}
/** Whether the branch head holds these files with these texts. */
function holdsFiles(state, files) {
    return Object.entries(files).every(([name, text]) => isUnchangedFile(state, name, text));
}
/**
 * Private modules of the previous registry that the listing did not show and that the token cannot see either
 * (the default GITHUB_TOKEN sees no private repository; an App or a fine-grained token may see only some): kept as
 * unreadable, so that the builder keeps their entries. Such a module leaves the registry only when its repository
 * is seen again without the topic; a public one, which every token sees, leaves as soon as the listing lacks it.
 */
async function hiddenPrivateModules(client, org, snapshots, previous) {
    const listed = new Set(snapshots.map((snapshot) => snapshot.name));
    const missing = [...previous].filter(([name, entry]) => entry.visibility === 'private' && !listed.has(name));
    if (missing.length === 0)
        return [];
    const visible = await visibleRepositories(client, org, missing.map(([name]) => name));
    return missing
        .filter(([name]) => !visible.has(name))
        .map(([name, entry]) => ({
        name,
        url: entry.repository ?? null,
        description: entry.description ?? null,
        topics: entry.topics ?? [],
        visibility: 'private',
        archived: entry.archived ?? false,
        headCommit: entry.last_commit ?? null,
        committedAt: entry.last_updated ?? null,
        tags: [],
        files: {},
        readError: 'not visible to this token',
    }));
}

// EXTERNAL MODULE: ./src/modes/update-local.ts + 6 modules
var update_local = __webpack_require__(98541);
// EXTERNAL MODULE: ./src/action/annotations.ts
var annotations = __webpack_require__(47376);
// EXTERNAL MODULE: ./src/util/markdown.ts
var markdown = __webpack_require__(17183);
;// CONCATENATED MODULE: ./src/action/job-summary.ts
/**
 * The job summary of an update run: what changed, what was read and why, and the modules that need a person.
 *
 * The runner refuses a step summary over 1 MiB
 * (https://docs.github.com/en/actions/writing-workflows/choosing-what-your-workflow-does/workflow-commands-for-github-actions#step-isolation-and-limits).
 * The summary therefore lists the changed modules and those with problems, most important first, only while
 * they fit a budget well under that, then says how many more there are; status.json has every one.
 */


/** Bytes the summary may take: the runner's 1 MiB less room for what the rest of the job appends. */
const SUMMARY_BUDGET = 512 * 1024;
async function writeUpdateSummary(plan, summary, reads) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    core/* summary */.z.addRaw(renderUpdateSummary(plan, summary, reads));
    await core/* summary */.z.write();
}
function renderUpdateSummary(plan, summary, reads) {
    const parts = ['<h2>CIM registry update</h2>'];
    parts.push(`<p>${summary.changed
        ? `${summary.dryRun ? 'Would change' : 'Changed'}: ${summary.files.map(markdown/* htmlText */.js).join(', ')}. Added ${summary.added.length}, removed ${summary.removed.length}, updated ${summary.updated.length}.`
        : 'No change: the registry already matches the organization.'} ${summary.modules} modules.</p>`);
    if (reads)
        parts.push(`<p>${describeReads(reads)}</p>`);
    const changed = new Set([...summary.added, ...summary.updated]);
    const rows = [...plan.registry.modules.values()]
        .filter((module) => changed.has(module.name) || module.problems.length > 0)
        .sort((a, b) => rank(a, changed) - rank(b, changed));
    const header = '<table><tr><th>Module</th><th>Type</th><th>Version</th><th>Health</th><th>Problems</th></tr>';
    let size = Buffer.byteLength(parts.join('')) + header.length + 200;
    const shown = [];
    for (const module of rows) {
        const row = `<tr><td>${(0,markdown/* htmlText */.js)(module.name)}</td><td>${module.fields.type}</td><td>${(0,markdown/* htmlText */.js)(module.fields.version ?? '-')}</td><td>${module.health}</td><td>${(0,markdown/* htmlText */.js)(module.problems
            .map((problem) => problem.message)
            .join('; ')
            .slice(0, 2000))}</td></tr>`;
        if (size + Buffer.byteLength(row) > SUMMARY_BUDGET)
            break;
        size += Buffer.byteLength(row);
        shown.push(row);
    }
    if (summary.removed.length > 0)
        parts.push(`<p>Removed: ${summary.removed.slice(0, 200).map(markdown/* htmlText */.js).join(', ')}${summary.removed.length > 200 ? ', ...' : ''}</p>`);
    if (shown.length > 0)
        parts.push(`${header}${shown.join('')}</table>`);
    if (shown.length < rows.length) {
        parts.push(`<p>${rows.length - shown.length} more changed or problem modules are not listed here (the summary stays under the runner's 1 MiB): see status.json in the registry.</p>`);
    }
    return parts.join('\n');
}
/** "Read 3 modules (1 new, 2 moved); 9,997 carried unchanged." */
function describeReads(reads) {
    const why = Object.entries(reads.read).filter(([, count]) => count > 0);
    const total = why.reduce((sum, [, count]) => sum + count, 0);
    const reasons = why.map(([reason, count]) => `${count} ${READ_REASON_TEXT[reason]}`);
    const failed = reads.failed ? `; ${reads.failed} could not be read and kept their previous entry` : '';
    return `Read the files of ${total} modules${reasons.length ? ` (${reasons.join(', ')})` : ''}; ${reads.carried} carried unchanged${failed}.`;
}
const READ_REASON_TEXT = {
    new: 'new',
    moved: 'new commits',
    stale: 'stale before',
    error: 'in error before',
    listed: 'changed repository settings',
    rules: 'new inference rules',
    tags: 'new or moved tags',
    pending: 'history still pending (CI or unread tags)',
};
/** Errors first, then changed modules, then warnings. */
function rank(module, changed) {
    if (module.health === 'error')
        return 0;
    if (changed.has(module.name))
        return 1;
    return 2;
}

// EXTERNAL MODULE: ./src/nats-registry/connect.ts
var connect = __webpack_require__(12722);
// EXTERNAL MODULE: ./src/nats-registry/mirror.ts
var nats_registry_mirror = __webpack_require__(92997);
;// CONCATENATED MODULE: ./src/nats-registry/after-update.ts


async function mirrorAfterUpdate(settings, plan, commitSha) {
    if (!settings)
        return { status: 'skipped' };
    const started = Date.now();
    const budget = settings.timeoutMs ?? 60_000;
    let timer;
    const nc = await (0,connect/* openNats */.vv)(settings.nats, 'cim-registry-update', 'run', Math.min(budget, 10_000)).catch((error) => error);
    if (nc instanceof Error)
        return { status: 'failed', error: nc.message };
    try {
        const changes = plan.changes;
        const mirror = (0,nats_registry_mirror/* mirrorRegistry */.d)(nc, plan.registry, { registry_hash: plan.registryHash, commit: commitSha }, {
            bucket: settings.bucket,
            privatePolicy: settings.privatePolicy,
            replicas: settings.replicas,
            previousHash: plan.previousHash,
            changed: [...changes.added, ...changes.removed, ...changes.updated.keys()],
        });
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`the NATS mirror did not finish within ${budget / 1000}s`)), budget);
        });
        const report = await Promise.race([mirror, timeout]);
        return { status: 'mirrored', report, ms: Date.now() - started };
    }
    catch (error) {
        return { status: 'failed', error: `mirroring the registry to NATS failed: ${error.message}` };
    }
    finally {
        clearTimeout(timer);
        await (0,connect/* closeConnection */.Bn)(nc);
    }
}
/** One line for the log. */
function describeMirror(outcome) {
    switch (outcome.status) {
        case 'skipped':
            return 'NATS mirror: no NATS servers given';
        case 'failed':
            return `NATS mirror failed (the registry commit stands; the next run repairs the mirror): ${outcome.error}`;
        case 'mirrored':
            return outcome.report.buckets
                .map((b) => `NATS mirror ${b.bucket}: ${b.put} keys written, ${b.deleted} deleted${b.event ? `, announced ${b.event.counts.added} added, ${b.event.counts.removed} removed, ${b.event.counts.updated} updated` : ''}`)
                .join('; ')
                .concat(` (${outcome.ms} ms)`);
    }
}

;// CONCATENATED MODULE: ./src/action/nats-mirror.ts
/**
 * update's NATS step in the action: mirror the registry into the key-value bucket and announce the commit. A failure
 * is a warning and `nats-mirror: failed`, never the step's failure: the registry commit stands and the next run
 * repairs the mirror.
 */


async function mirrorToNats(settings, result) {
    const outcome = await mirrorAfterUpdate(settings, result.plan, result.commitSha);
    core/* setOutput */.uH('nats-mirror', outcome.status);
    if (outcome.status === 'failed')
        core/* warning */.$e(describeMirror(outcome));
    else if (outcome.status === 'mirrored')
        core/* info */.pq(describeMirror(outcome));
}

;// CONCATENATED MODULE: ./src/action/update.ts
/**
 * mode: update: rebuilds the registry from a source (the organization on GitHub, or a local directory of
 * repositories), commits the files that changed, and reports: the log, annotations, outputs and the job summary.
 */









async function update_update(settings) {
    const { trigger } = settings;
    core/* info */.pq(`triggered by ${trigger.description}`);
    if (trigger.ignoredPayload)
        core/* warning */.$e(`repository_dispatch payload ignored: ${trigger.ignoredPayload}`);
    if (trigger.registryOnlyPush) {
        core/* info */.pq('the push changed only the registry directory: nothing to do');
        core/* setOutput */.uH('changed', 'false');
        return;
    }
    const result = settings.source.kind === 'local'
        ? await updateLocal(settings, settings.source, trigger.description)
        : await updateGitHub(settings, settings.source, trigger.description);
    for (const line of (0,modes_summary/* describeSummary */.gp)(result.plan, result.summary))
        core/* info */.pq(line);
    (0,annotations/* annotateModules */.sW)(result.plan);
    const { summary } = result;
    core/* setOutput */.uH('changed', String(summary.changed));
    core/* setOutput */.uH('modules', String(summary.modules));
    core/* setOutput */.uH('added', JSON.stringify(summary.added));
    core/* setOutput */.uH('removed', JSON.stringify(summary.removed));
    core/* setOutput */.uH('updated', JSON.stringify(summary.updated));
    core/* setOutput */.uH('errors', String(summary.errors.length));
    core/* setOutput */.uH('commit-sha', result.commitSha ?? '');
    if (result.apiRequests !== undefined)
        core/* setOutput */.uH('api-requests', String(result.apiRequests));
    await writeUpdateSummary(result.plan, summary, result.reads);
    await mirrorToNats(settings.natsMirror, result);
}
async function updateLocal(settings, source, trigger) {
    return (0,update_local/* updateFromLocalSource */.U)({
        source: source.dir,
        registryDir: settings.registryDir,
        modulePattern: settings.modulePattern,
        org: source.org,
        date: (0,clock/* runDate */.y)(),
        trigger,
        dryRun: settings.dryRun,
    });
}
async function updateGitHub(settings, github, trigger) {
    const client = (0,octokit/* createGitHubClient */.L)({
        token: github.token,
        timeoutMs: github.requestTimeoutMs,
        maxWaitMs: github.maxWaitMs,
        log: (message) => core/* info */.pq(message),
    });
    const requests = (0,octokit/* countRequests */.K)(client);
    const result = await updateFromGitHub({
        client,
        org: github.org,
        topic: github.topic,
        modulePattern: settings.modulePattern,
        registry: { ...github.registry, dir: settings.registryDir },
        date: (0,clock/* runDate */.y)(),
        trigger,
        dryRun: settings.dryRun,
        commitMessage: github.commitMessage,
        log: (message) => core/* info */.pq(message),
    });
    if (result.commitSha)
        core/* info */.pq(`committed ${result.commitSha}`);
    core/* info */.pq(`${requests()} GitHub API requests`);
    return { ...result, apiRequests: requests() };
}


/***/ })

};

//# sourceMappingURL=894.index.js.map