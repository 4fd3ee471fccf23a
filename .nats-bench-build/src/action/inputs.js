/** The action's inputs, read once and checked, in the shape the modes take. */
import * as core from '@actions/core';
import { compileModulePattern, DEFAULT_MODULE_PATTERN } from '../metadata/names.js';
export const MODES = ['update', 'publish', 'validate'];
export function readInputs() {
    const mode = core.getInput('mode') || 'update';
    if (!MODES.includes(mode)) {
        throw new Error(`input mode is ${JSON.stringify(mode)}; it must be one of ${MODES.join(', ')}`);
    }
    return {
        mode: mode,
        path: core.getInput('path') || 'cim.yaml',
        failOnInvalid: booleanInput('fail-on-invalid', true),
        source: core.getInput('source'),
        registryDir: core.getInput('registry-dir') || 'registry',
        modulePattern: compileModulePattern(core.getInput('module-pattern') || DEFAULT_MODULE_PATTERN),
        org: core.getInput('org') || (process.env.GITHUB_REPOSITORY_OWNER ?? ''),
        topic: core.getInput('topic') || 'cim',
        token: secretInput('token'),
        repository: repositoryInput(core.getInput('repository') || (process.env.GITHUB_REPOSITORY ?? '')),
        branch: core.getInput('branch'),
        dryRun: booleanInput('dry-run', false),
        commitMessage: core.getInput('commit-message'),
        requestTimeout: positiveNumber('request-timeout', 30),
    };
}
/** An input holding a secret: masked in the log before anything else can print it. */
function secretInput(name) {
    const value = core.getInput(name);
    if (value)
        core.setSecret(value);
    return value;
}
function repositoryInput(value) {
    const [owner = '', repo = ''] = value.split('/');
    return { owner, repo };
}
function positiveNumber(name, fallback) {
    const text = core.getInput(name);
    if (text === '')
        return fallback;
    const value = Number(text);
    if (!Number.isFinite(value) || value <= 0)
        throw new Error(`input ${name} is ${JSON.stringify(text)}; it must be a positive number`);
    return value;
}
/** Like core.getBooleanInput, with a default for an input that is not set at all. */
function booleanInput(name, fallback) {
    return core.getInput(name) === '' ? fallback : core.getBooleanInput(name);
}
