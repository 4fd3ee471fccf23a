/**
 * The local source: a directory whose immediate subdirectories are module repositories (checkouts or plain
 * folders). A subdirectory is a module when it holds a cim.yaml, or when its name matches the module pattern and
 * it holds a Cargo.toml or package.json. Git checkouts give the head commit and its time through real git.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CIM_YAML } from '../metadata/cim-yaml.js';
import { CARGO_TOML, PACKAGE_JSON, cargoWorkspaceMembers, isIgnoredPath, matchesWorkspaceGlob } from '../metadata/manifests.js';
import { moduleNameError } from '../metadata/names.js';
import { compareStrings } from '../lib/order.js';
import { decodeUtf8 } from '../lib/text.js';
import { toUtcSeconds } from '../lib/clock.js';
const run = promisify(execFile);
export async function readLocalSource(dir, options) {
    const entries = await readdir(dir, { withFileTypes: true });
    const problems = [];
    const snapshots = [];
    for (const entry of entries.sort((a, b) => compareStrings(a.name, b.name))) {
        if (!entry.isDirectory() || entry.name.startsWith('.'))
            continue;
        const path = join(dir, entry.name);
        const declares = await exists(join(path, CIM_YAML));
        const looksLikeModule = options.modulePattern.matches(entry.name) && ((await exists(join(path, CARGO_TOML))) || (await exists(join(path, PACKAGE_JSON))));
        if (!declares && !looksLikeModule)
            continue;
        const nameError = moduleNameError(entry.name);
        if (nameError) {
            problems.push({ level: 'error', code: 'invalid-name', message: `folder ${JSON.stringify(entry.name)} is not registered: ${nameError}` });
            continue;
        }
        snapshots.push(await readRepository(path, entry.name, options));
    }
    return { snapshots, problems };
}
async function readRepository(path, name, options) {
    const files = {};
    for (const file of [CIM_YAML, CARGO_TOML, PACKAGE_JSON, 'README.md']) {
        const content = await readText(join(path, file));
        if (content !== undefined)
            files[file] = content;
    }
    const rootCargo = files[CARGO_TOML];
    if (typeof rootCargo === 'string') {
        for (const member of await workspaceMemberManifests(path, rootCargo)) {
            const content = await readText(join(path, member));
            if (content !== undefined)
                files[member] = content;
        }
    }
    const git = await readGit(path);
    return {
        name,
        url: git.url ?? (options.org ? `https://github.com/${options.org}/${name}` : null),
        description: null,
        topics: [],
        visibility: null,
        archived: false,
        headCommit: git.head,
        committedAt: git.committedAt,
        tags: git.tags,
        files,
    };
}
/** Cargo.toml paths of the workspace members, found by expanding the member globs one directory level at a time. */
async function workspaceMemberManifests(root, cargoToml) {
    const { members } = cargoWorkspaceMembers(cargoToml);
    const found = new Set();
    for (const glob of members) {
        let dirs = [''];
        for (const segment of glob.replace(/^\.\//, '').replace(/\/+$/, '').split('/')) {
            const next = [];
            for (const dir of dirs) {
                if (!segment.includes('*')) {
                    next.push(dir ? `${dir}/${segment}` : segment);
                    continue;
                }
                const children = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
                for (const child of children) {
                    const candidate = dir ? `${dir}/${child.name}` : child.name;
                    if (child.isDirectory() && matchesWorkspaceGlob(child.name, segment))
                        next.push(candidate);
                }
            }
            dirs = next;
        }
        for (const dir of dirs) {
            const manifest = `${dir}/${CARGO_TOML}`;
            if (!isIgnoredPath(manifest) && (await exists(join(root, manifest))))
                found.add(manifest);
        }
    }
    return [...found].sort();
}
/** Head commit, its time, tags and web URL of a git checkout; all empty for a plain folder. */
async function readGit(path) {
    if (!(await exists(join(path, '.git'))))
        return { head: null, committedAt: null, tags: [], url: null };
    const git = async (...args) => (await run('git', ['-C', path, ...args], { encoding: 'utf8' })).stdout.trim();
    const [log, tags, remote] = await Promise.all([
        git('log', '-1', '--format=%H %cI').catch(() => ''),
        git('tag', '--list').catch(() => ''),
        git('remote', 'get-url', 'origin').catch(() => ''),
    ]);
    const [head, date] = log.split(' ');
    return {
        head: head && /^[0-9a-f]{40}$/.test(head) ? head : null,
        committedAt: date ? toUtcSeconds(date) : null,
        tags: tags ? tags.split('\n').filter(Boolean) : [],
        url: webUrl(remote),
    };
}
/** git@github.com:org/repo.git and https://github.com/org/repo.git -> https://github.com/org/repo */
export function webUrl(remote) {
    const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(remote);
    if (ssh)
        return `https://${ssh[1]}/${ssh[2]}`;
    const https = /^https:\/\/(?:[^@/]+@)?([^/]+)\/(.+?)(?:\.git)?\/?$/.exec(remote);
    return https ? `https://${https[1]}/${https[2]}` : null;
}
/** The file's text, its bytes when it is not UTF-8, or undefined when there is no such file. */
async function readText(path) {
    const bytes = await readFile(path).catch(() => undefined);
    if (bytes === undefined)
        return undefined;
    return decodeUtf8(bytes) ?? new Uint8Array(bytes);
}
async function exists(path) {
    return stat(path).then(() => true, () => false);
}
