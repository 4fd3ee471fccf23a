export const id = 1;
export const ids = [1];
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

/***/ 74001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90143);
/* harmony import */ var _modes_publish_module_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11532);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47376);
/**
 * mode: publish: runs modes/publish-module with the settings read (and secrets masked) by settings.ts, and turns the
 * result into annotations on cim.yaml, outputs (`stream`, `seq`, `duplicate`, `dispatched`) and the step's outcome.
 */



async function publish(settings) {
    const { push } = settings;
    const result = await (0,_modes_publish_module_js__WEBPACK_IMPORTED_MODULE_1__/* .publishModule */ .kz)({
        path: settings.path,
        repository: push.repository,
        commit: push.commit,
        ref: push.ref,
        timestamp: push.timestamp,
        ...(push.runId ? { runId: push.runId } : {}),
        nats: settings.nats,
        subject: settings.subject,
        timeoutMs: settings.timeoutMs,
        dispatch: settings.dispatch,
        registryRepo: settings.registryRepo,
        dispatchToken: settings.dispatchToken,
        log: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(message),
        eventRepository: settings.eventRepository,
    });
    for (const problem of result.problems)
        (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .annotate */ .fz)(problem);
    if (!result.cimYamlFound) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(`no ${settings.path}: the event names the repository, with the version from its manifests`);
    }
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('stream', result.ack?.stream ?? '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('seq', result.ack ? String(result.ack.seq) : '');
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('duplicate', String(result.ack?.duplicate ?? false));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('dispatched', String(result.dispatched));
    if (result.natsError !== null) {
        if (result.dispatched)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${result.natsError}; sent the repository_dispatch directly instead`);
        else {
            const fallback = result.dispatchError ? `; the fallback dispatch failed too: ${result.dispatchError}` : '';
            return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${result.natsError}${fallback}`);
        }
    }
    else if (result.dispatchError !== null) {
        return _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`published to NATS, but the repository_dispatch failed: ${result.dispatchError}`);
    }
    if (!result.valid) {
        const message = `${result.problems.find((problem) => problem.file)?.file ?? 'cim.yaml'} is not a valid cim.yaml`;
        if (settings.failOnInvalid)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message);
        else
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(message);
    }
}


/***/ })

};

//# sourceMappingURL=1.index.js.map