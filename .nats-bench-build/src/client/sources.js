/**
 * Where the registry files come from: a directory (a checkout of the registry repository, for offline use), a base
 * URL (such as the raw files of ORG/cim at a ref), or the GitHub contents API (private registry repositories).
 */
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { decodeUtf8 } from '../lib/text.js';
import { REGISTRY_FILES } from '../registry/previous.js';
import { RegistryError, RegistryFileNotFoundError, RegistryParseError } from './errors.js';
import { HttpReader, shownUrl } from './http.js';
/**
 * A directory holding the registry files, or a checkout of the registry repository holding them in `registry/`.
 */
export function directorySource(directory) {
    const dir = resolve(directory);
    return {
        location: dir,
        async read(file) {
            const path = join(await registryRoot(dir), file);
            let bytes;
            try {
                bytes = await readFile(path);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    throw new RegistryFileNotFoundError(`${path}: no such file`);
                throw new RegistryError(`${path}: ${error.message}`);
            }
            const text = decodeUtf8(bytes);
            if (text === null)
                throw new RegistryParseError(`${path}: not UTF-8 text`);
            return { text, where: path };
        },
    };
}
async function registryRoot(dir) {
    for (const candidate of [dir, join(dir, 'registry')]) {
        if (await isFile(join(candidate, REGISTRY_FILES.modules)))
            return candidate;
    }
    const found = await stat(dir).catch(() => null);
    if (!found)
        throw new RegistryFileNotFoundError(`${dir}: no such directory`);
    if (!found.isDirectory())
        throw new RegistryFileNotFoundError(`${dir}: not a directory`);
    const { modules } = REGISTRY_FILES;
    throw new RegistryFileNotFoundError(`${dir} holds no ${modules} (nor registry/${modules}); give the registry folder or a checkout of the registry repository`);
}
async function isFile(path) {
    return (await stat(path).catch(() => null))?.isFile() ?? false;
}
/** The files under a base URL: `BASE/modules.yaml` and so on. A query on the base is kept on every file's URL. */
export function urlSource(url, settings) {
    const base = parseUrl(url, 'registry URL');
    if (!base.pathname.endsWith('/'))
        base.pathname += '/';
    const reader = new HttpReader(base, { ...settings, notFoundHint: 'the URL must be the folder that holds modules.yaml' });
    return {
        location: shownUrl(base),
        async read(file) {
            const fileUrl = new URL(file, base);
            fileUrl.search = base.search;
            return { text: await reader.read(fileUrl), where: shownUrl(fileUrl) };
        },
    };
}
const GITHUB_NAME = /^[A-Za-z0-9._-]+$/;
export function githubSource(github, settings) {
    for (const key of ['owner', 'repo']) {
        if (typeof github[key] !== 'string' || !GITHUB_NAME.test(github[key])) {
            const what = key === 'owner' ? 'user or organization' : 'repository';
            throw new TypeError(`github.${key} must be a GitHub ${what} name, not ${JSON.stringify(github[key])}`);
        }
    }
    const api = parseUrl(github.apiUrl ?? 'https://api.github.com', 'GitHub API URL');
    if (!api.pathname.endsWith('/'))
        api.pathname += '/';
    const folder = (github.path ?? 'registry').split('/').filter(Boolean);
    const reader = new HttpReader(api, {
        ...settings,
        // The raw media type: the body is the file itself, not JSON with base64 content (which stops at 1 MB).
        headers: { accept: 'application/vnd.github.raw+json', 'x-github-api-version': '2022-11-28' },
        notFoundHint: 'check owner, repository, path and ref; a private repository also answers 404 to a token that cannot read it',
    });
    const ref = github.ref ? `@${github.ref}` : '';
    return {
        location: `${github.owner}/${github.repo}/${folder.join('/')}${ref} (${shownUrl(api)})`,
        async read(file) {
            const segments = ['repos', github.owner, github.repo, 'contents', ...folder, file].map(encodeURIComponent);
            const fileUrl = new URL(segments.join('/'), api);
            if (github.ref)
                fileUrl.searchParams.set('ref', github.ref);
            return { text: await reader.read(fileUrl), where: `${shownUrl(fileUrl)}${ref}` };
        },
    };
}
function parseUrl(url, what) {
    try {
        return new URL(url);
    }
    catch {
        throw new TypeError(`${JSON.stringify(String(url))} is not a valid ${what}`);
    }
}
