/**
 * The registry directory on disk: read the registry files found there, write the ones that changed. Only the
 * registry's own file names are ever read or written, and each write is atomic (a temporary file renamed over).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REGISTRY_FILES } from '../registry/previous.js';
const NAMES = Object.values(REGISTRY_FILES);
export async function readRegistryDir(dir) {
    const texts = {};
    for (const name of NAMES) {
        const text = await readFile(join(dir, name), 'utf8').catch((error) => {
            if (error.code === 'ENOENT')
                return undefined;
            throw new Error(`cannot read ${join(dir, name)}: ${error.message}`);
        });
        if (text !== undefined)
            texts[name] = text;
    }
    return texts;
}
/** Writes `names` from `files` into `dir`, creating it when needed. */
export async function writeRegistryFiles(dir, files, names) {
    if (names.length === 0)
        return;
    await mkdir(dir, { recursive: true });
    for (const name of names) {
        if (!NAMES.includes(name))
            throw new Error(`refusing to write ${name}: not a registry file`);
        const target = join(dir, name);
        const temporary = `${target}.${process.pid}.tmp`;
        await writeFile(temporary, files[name], 'utf8');
        await rename(temporary, target);
    }
}
