export const id = 554;
export const ids = [554];
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

/***/ 70554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90143);
/* harmony import */ var _format_problems_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91255);
/* harmony import */ var _modes_validate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11444);
/* harmony import */ var _annotations_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(47376);
/** mode: validate: checks the module's cim.yaml (and the repository's topics, as warnings) in the module's own CI. */




async function validate(settings) {
    const result = await (0,_modes_validate_js__WEBPACK_IMPORTED_MODULE_1__/* .validateFile */ .n)(settings.path, settings.expectedName, settings.eventRepository);
    for (const problem of result.problems)
        (0,_annotations_js__WEBPACK_IMPORTED_MODULE_2__/* .annotate */ .fz)(problem);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('valid', String(result.valid));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('errors', String((0,_format_problems_js__WEBPACK_IMPORTED_MODULE_3__/* .errorsOf */ .Bp)(result.problems).length));
    if (result.valid)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${result.file}: valid`);
    else if (settings.failOnInvalid)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(`${result.file} is not a valid cim.yaml`);
    else
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${result.file} is not a valid cim.yaml`);
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

//# sourceMappingURL=554.index.js.map