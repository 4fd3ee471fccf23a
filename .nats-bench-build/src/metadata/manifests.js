/**
 * What a repository's build manifests say about it: Cargo.toml (root and workspace members) and package.json.
 * Used when a module has no cim.yaml, which is every module of the real organization today.
 */
import { parse as parseToml } from 'smol-toml';
import { firstLine } from '../lib/text.js';
import { cargoRequirementToRange, cleanVersion, isRange } from './versions.js';
export const CARGO_TOML = 'Cargo.toml';
export const PACKAGE_JSON = 'package.json';
/** Folders whose manifests describe somebody else's code or build output, never the module itself. */
const IGNORED_DIRS = new Set(['vendor', 'target', 'node_modules']);
/** Paths under which the repository's workspace members would keep their Cargo.toml, as globs. */
export function cargoWorkspaceMembers(rootCargoToml) {
    try {
        const workspace = asTable(parseToml(rootCargoToml).workspace);
        return { members: stringList(workspace?.members), exclude: stringList(workspace?.exclude) };
    }
    catch {
        return { members: [], exclude: [] };
    }
}
/** True when `dir` (a path relative to the root, no trailing slash) is matched by a Cargo workspace glob. */
export function matchesWorkspaceGlob(dir, glob) {
    const pattern = glob.replace(/\/+$/, '').replace(/^\.\//, '');
    const regex = new RegExp(`^${pattern.split('*').map(escapeRegex).join('[^/]*')}$`);
    return regex.test(dir);
}
export function isIgnoredPath(path) {
    return path.split('/').some((segment) => IGNORED_DIRS.has(segment));
}
/**
 * Version and module dependencies from the manifests in `files`: the root Cargo.toml and those of its workspace
 * members, then package.json. A dependency on the module itself or on a crate of the same workspace is internal.
 */
export function readManifests(moduleName, files, isModule) {
    const problems = [];
    const cargo = readCargoManifests(files, problems);
    const packageJson = readPackageJson(files[PACKAGE_JSON], problems);
    const internal = new Set([moduleName, ...cargo.map((m) => crateName(asTable(m.table.package)?.name)).filter(isString)]);
    const dependencies = {};
    const add = (name, range) => {
        if (!isModule.matches(name) || internal.has(name))
            return;
        // A concrete range from one manifest beats `*` from another (e.g. a member that only names the git repo).
        if (dependencies[name] === undefined || dependencies[name] === '*')
            dependencies[name] = range;
    };
    for (const manifest of cargo) {
        for (const [name, range] of cargoDependencies(manifest, problems))
            add(name, range);
    }
    for (const [name, spec] of Object.entries(asTable(packageJson?.dependencies) ?? {})) {
        add(name, typeof spec === 'string' && isRange(spec) ? spec.trim() : '*');
    }
    return { version: manifestVersion(cargo[0], packageJson, problems), dependencies, problems };
}
/** The root manifest first, then the workspace members it lists (minus its excludes), in path order. */
function readCargoManifests(files, problems) {
    const rootText = files[CARGO_TOML];
    if (rootText === undefined)
        return [];
    const root = parseManifest(CARGO_TOML, rootText, problems);
    if (!root)
        return [];
    const { members, exclude } = cargoWorkspaceMembers(rootText);
    const memberPaths = Object.keys(files)
        .filter((path) => path.endsWith(`/${CARGO_TOML}`) && !isIgnoredPath(path))
        .filter((path) => {
        const dir = path.slice(0, -CARGO_TOML.length - 1);
        return members.some((glob) => matchesWorkspaceGlob(dir, glob)) && !exclude.some((glob) => matchesWorkspaceGlob(dir, glob));
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
        return { path, table: parseToml(text) };
    }
    catch (error) {
        const { line, column } = error;
        problems.push({
            level: 'warning',
            code: 'invalid-manifest',
            message: `${path} is not valid TOML: ${firstLine(error.message)}`,
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
        const range = cargoRequirementToRange(requirement);
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
    const tagVersion = typeof detail?.tag === 'string' ? cleanVersion(detail.tag) : null;
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
        const version = cleanVersion(value);
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
