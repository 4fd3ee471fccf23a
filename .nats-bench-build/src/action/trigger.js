/**
 * What started the run, read from the event the runner hands over. A repository_dispatch payload is only a hint
 * (every run reconciles the whole organization): it is checked, named in the log, commit and changelog when valid,
 * and reported and ignored when not — never trusted.
 */
import { readFileSync } from 'node:fs';
import { isModuleName } from '../metadata/names.js';
export function readTrigger(env, registryDir) {
    const eventName = env.GITHUB_EVENT_NAME ?? 'manual';
    const event = readEvent(env.GITHUB_EVENT_PATH);
    if (eventName === 'repository_dispatch') {
        const payload = event.client_payload;
        const problem = payloadProblem(payload);
        if (problem)
            return { description: 'repository_dispatch', ignoredPayload: problem, registryOnlyPush: false };
        const { module, commit } = payload;
        return { description: `repository_dispatch (${module}@${commit.slice(0, 7)})`, registryOnlyPush: false };
    }
    if (eventName === 'push')
        return { description: 'push', registryOnlyPush: touchesOnly(event, registryDir) };
    return { description: eventName, registryOnlyPush: false };
}
function readEvent(path) {
    if (!path)
        return {};
    try {
        const event = JSON.parse(readFileSync(path, 'utf8'));
        return event && typeof event === 'object' ? event : {};
    }
    catch {
        return {};
    }
}
function payloadProblem(payload) {
    if (!payload || typeof payload !== 'object')
        return 'client_payload is missing';
    const { module, commit } = payload;
    if (typeof module !== 'string' || !isModuleName(module))
        return 'client_payload.module is not a module name';
    if (typeof commit !== 'string' || !/^[0-9a-f]{40}$/.test(commit))
        return 'client_payload.commit is not a 40-hex commit SHA';
    return undefined;
}
/** True when every commit of a push changed only files under `dir` (the action's own registry commits). */
function touchesOnly(event, dir) {
    const commits = event.commits;
    if (!Array.isArray(commits) || commits.length === 0)
        return false;
    const prefix = `${dir.replace(/\/+$/, '')}/`;
    return commits.every((commit) => ['added', 'modified', 'removed'].every((key) => (commit[key] ?? []).every((path) => path.startsWith(prefix))));
}
