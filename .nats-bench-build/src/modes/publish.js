/**
 * `publish`: announce a push of a module repository. Validates the module's cim.yaml, builds the event from it and
 * from the push, publishes it to JetStream (deduplicated by `<repository>@<sha>`), and, when so configured, sends
 * the registry repository's repository_dispatch directly: as a fallback when NATS cannot take the event, or always.
 * Knows nothing of the Actions runtime: the action adapter reads inputs and turns the result into outputs.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { jetstream } from '@nats-io/jetstream';
import { parseCimYaml } from '../metadata/cim-yaml.js';
import { CARGO_TOML, PACKAGE_JSON, readManifests } from '../metadata/manifests.js';
import { compileModulePattern } from '../metadata/names.js';
import { backoffDelay, sleep } from '../events/backoff.js';
import { createDispatcher } from '../events/bridge/dispatch.js';
import { closeConnection, connectNats } from '../events/connection.js';
import { buildEvent } from '../events/event.js';
import { PUBLISH_BACKOFF, publishEvent } from '../events/publish.js';
export const DISPATCH_POLICIES = ['fallback', 'always', 'never'];
/** Checks that the options make sense together, before anything is read or sent. */
export function checkPublishOptions(options) {
    const canDispatch = Boolean(options.registryRepo && options.dispatchToken);
    if (options.dispatch === 'always' && !canDispatch)
        throw new Error('dispatch `always` needs registry-repo and dispatch-token');
    if (!options.nats && options.dispatch !== 'always') {
        throw new Error('nats-servers is required (or set dispatch to `always` with registry-repo and dispatch-token to skip NATS)');
    }
}
export async function publishModule(options) {
    checkPublishOptions(options);
    const log = options.log ?? (() => { });
    const name = options.repository.split('/')[1] ?? '';
    const metadata = await readModuleMetadata(options.path, name);
    const event = buildEvent({
        module: metadata.module,
        repository: options.repository,
        commit: options.commit,
        timestamp: options.timestamp,
        ref: options.ref,
        version: metadata.version,
    });
    let ack = null;
    let natsError = null;
    if (options.nats) {
        try {
            ack = await publishOnce(options.nats, event, options, log);
            const duplicate = ack.duplicate ? ' (duplicate: already published)' : '';
            log(`published ${event.repository}@${event.commit} to stream ${ack.stream} as seq ${ack.seq}${duplicate}`);
        }
        catch (error) {
            natsError = error.message;
        }
    }
    const canDispatch = Boolean(options.registryRepo && options.dispatchToken);
    let dispatched = false;
    let dispatchError = null;
    if (options.dispatch === 'always' || (options.dispatch === 'fallback' && natsError !== null && canDispatch)) {
        const dispatch = createDispatcher({
            registryRepo: options.registryRepo,
            token: options.dispatchToken,
            ...(options.githubApiUrl ? { baseUrl: options.githubApiUrl } : {}),
            timeoutMs: Math.min(options.timeoutMs, 30_000),
            retries: 2,
            log,
        });
        const outcome = await dispatch({ ...event });
        dispatched = outcome.ok;
        if (outcome.ok)
            log(`sent repository_dispatch module-updated to ${options.registryRepo}`);
        else
            dispatchError = outcome.reason;
    }
    return { ...metadata, event, ack, natsError, dispatched, dispatchError };
}
/** Connects (retrying a server that refuses connections, as one does while restarting), publishes, closes. */
async function publishOnce(nats, event, options, log) {
    const deadline = Date.now() + options.timeoutMs;
    for (let attempt = 0;; attempt++) {
        const remaining = deadline - Date.now();
        let nc;
        try {
            nc = await connectNats(nats, {
                name: 'cim-registry-publish',
                timeout: Math.max(500, Math.min(5000, remaining)),
                maxReconnectAttempts: -1,
                reconnectTimeWait: 250,
            });
        }
        catch (error) {
            const failure = error;
            const delay = backoffDelay(attempt, PUBLISH_BACKOFF);
            if (failure.refused || Date.now() + delay >= deadline)
                throw failure;
            log(`${failure.message}; retrying in ${delay} ms`);
            await sleep(delay);
            continue;
        }
        try {
            return await publishEvent(jetstream(nc), event, {
                subject: options.subject,
                timeoutMs: Math.max(1, deadline - Date.now()),
                onRetry: (retry, delay, reason) => log(`${reason}; retry ${retry} in ${delay} ms`),
            });
        }
        finally {
            await closeConnection(nc);
        }
    }
}
/**
 * The module's name and version: from cim.yaml when it is there (invalid metadata still yields the repository's
 * name, so that the push is announced and the registry records the problem); from the root manifests otherwise.
 */
async function readModuleMetadata(path, repositoryName) {
    const bytes = await readFile(path).catch((error) => {
        if (error.code === 'ENOENT')
            return null;
        throw new Error(`cannot read ${path}: ${error.message}`);
    });
    if (bytes) {
        const { metadata, problems } = parseCimYaml(bytes, { file: path, expectedName: repositoryName });
        const valid = !problems.some((problem) => problem.level === 'error');
        return { module: repositoryName, version: metadata?.version ?? null, problems, valid, cimYamlFound: true };
    }
    const root = dirname(path);
    const files = {};
    for (const file of [CARGO_TOML, PACKAGE_JSON]) {
        const text = await readFile(join(root, file), 'utf8').catch(() => null);
        if (text !== null)
            files[file] = text;
    }
    const { version } = readManifests(repositoryName, files, compileModulePattern());
    return { module: repositoryName, version, problems: [], valid: true, cimYamlFound: false };
}
