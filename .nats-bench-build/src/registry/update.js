/**
 * The whole update as one pure function: repository snapshots and the registry files found -> the registry files
 * to write. Sources, file systems and commits stay outside; this is what every mode and every source shares.
 */
import { describeModule } from '../metadata/describe.js';
import { sortRecord } from '../lib/order.js';
import { buildRegistry } from './build.js';
import { diffRegistry, isEmpty } from './diff.js';
import { readPreviousRegistry, REGISTRY_FILES } from './previous.js';
import { changelogEntry, prependEntry } from './render/changelog.js';
import { renderModulesYaml, renderStatusJson, statusFile } from './render/modules.js';
import { renderPrivateDomains } from './render/private-domains.js';
import { renderReadme } from './render/readme.js';
export function planUpdate(input) {
    const previous = input.previous ?? readPreviousRegistry(input.existing);
    const described = input.snapshots.map((snapshot) => describeModule(snapshot, { modulePattern: input.modulePattern }));
    const registry = buildRegistry(described, previous, input.sourceProblems);
    const modulesYaml = renderModulesYaml(registry);
    const privateDomains = renderPrivateDomains(registry, input.existing[REGISTRY_FILES.privateDomains]);
    const foundFiles = Object.values(input.existing).some((text) => text !== undefined);
    const adopted = foundFiles && !previous.generated;
    const changes = diffRegistry(previous, registry);
    if (adopted)
        changes.updated.clear(); // a hand-kept file differs in every generated field: say what was carried instead
    const files = {
        [REGISTRY_FILES.modules]: modulesYaml,
        [REGISTRY_FILES.status]: renderStatusJson(statusFile(registry, modulesYaml, input.completeView ?? true)),
        [REGISTRY_FILES.privateDomains]: privateDomains.text,
        [REGISTRY_FILES.readme]: renderReadme(registry),
    };
    const existingChangelog = input.existing[REGISTRY_FILES.changelog];
    if (adopted || !isEmpty(changes)) {
        const adoption = adopted ? adoptionReport(registry, privateDomains.unverified, previous.problems) : undefined;
        const entry = changelogEntry(changes, registry, { date: input.date, trigger: input.trigger, adoption });
        files[REGISTRY_FILES.changelog] = prependEntry(existingChangelog, entry);
    }
    else {
        files[REGISTRY_FILES.changelog] = existingChangelog ?? prependEntry(undefined, '');
    }
    const changedFiles = Object.keys(files)
        .filter((name) => files[name] !== input.existing[name])
        .sort();
    return { registry, changes, adopted, files: sortRecord(files), changedFiles, warnings: previous.problems };
}
function adoptionReport(registry, unverified, problems) {
    const carried = {};
    for (const module of registry.modules.values()) {
        for (const [field, origin] of Object.entries(module.origins)) {
            if (origin === 'carried')
                (carried[field] ??= []).push(module.name);
        }
    }
    return { carried: sortRecord(carried), unverified, replaced: problems.map((problem) => problem.message) };
}
