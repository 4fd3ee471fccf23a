/** Commits registry files in the local git repository that holds the registry directory (the CLI's --commit). */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
const run = promisify(execFile);
/** Stages and commits exactly `names` under `dir`; returns the new commit's SHA. */
export async function commitRegistryFiles(dir, names, message) {
    const git = async (...args) => (await run('git', ['-C', dir, ...args], { encoding: 'utf8' })).stdout.trim();
    const top = await git('rev-parse', '--show-toplevel').catch(() => {
        throw new Error(`--commit: ${dir} is not inside a git repository`);
    });
    const paths = names.map((name) => join(dir, name));
    await git('add', '--', ...paths);
    await run('git', ['-C', top, 'commit', '--quiet', '--message', message, '--', ...paths], { encoding: 'utf8' }).catch((error) => {
        throw new Error(`git commit failed: ${(error.stderr ?? error.message).trim()}`);
    });
    return git('rev-parse', 'HEAD');
}
