/** The job summary of an update run: what changed, the module table and the problems. */
import * as core from '@actions/core';
import { htmlText } from '../registry/render/markdown.js';
export async function writeUpdateSummary(plan, summary) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    const modules = [...plan.registry.modules.values()];
    core.summary.addHeading('CIM registry update', 2);
    core.summary.addRaw(summary.changed
        ? `${summary.dryRun ? 'Would change' : 'Changed'}: ${summary.files.join(', ')}. Added ${summary.added.length}, removed ${summary.removed.length}, updated ${summary.updated.length}.`
        : 'No change: the registry already matches the organization.', true);
    core.summary.addTable([
        [
            { data: 'Module', header: true },
            { data: 'Type', header: true },
            { data: 'Version', header: true },
            { data: 'Health', header: true },
            { data: 'Problems', header: true },
        ],
        ...modules.map((module) => [
            htmlText(module.name),
            module.fields.type,
            htmlText(module.fields.version ?? '-'),
            module.health,
            htmlText(module.problems.map((problem) => problem.message).join('; ')),
        ]),
    ]);
    await core.summary.write();
}
