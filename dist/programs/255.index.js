export const id = 255;
export const ids = [255];
export const modules = {

/***/ 40255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   site: () => (/* binding */ site)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90143);
/* harmony import */ var _modes_build_site_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(17961);
/**
 * mode: site: builds the catalog site for GitHub Pages (actions/upload-pages-artifact then actions/deploy-pages).
 * By default it reads the registry that `update` committed, through the contents API at the branch it committed
 * to: update commits through the API, so the job's checkout (if any) does not have that commit.
 */


async function site(settings) {
    const result = await (0,_modes_build_site_js__WEBPACK_IMPORTED_MODULE_1__/* .buildSiteFromRegistry */ .X)({
        registry: settings.registry,
        out: settings.out,
        includePrivate: settings.includePrivate,
        title: settings.title,
    });
    for (const note of result.notes)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .notice */ .lm(note);
    const hidden = result.hidden > 0 ? `, ${result.hidden} private left out` : '';
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`site of ${result.location}: ${result.modules} modules${hidden}; ${result.files} files (${Math.round(result.bytes / 1024)} kB) in ${settings.out}`);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('site-dir', settings.out);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH('modules', String(result.modules));
}


/***/ })

};

//# sourceMappingURL=255.index.js.map