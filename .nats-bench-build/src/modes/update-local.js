/** `update` over the local source: read a directory of module repos, rebuild the registry files, write, commit. */
import { readRegistryDir, writeRegistryFiles } from '../files/registry-dir.js';
import { commitRegistryFiles } from '../git/local-commit.js';
import { planUpdate } from '../registry/update.js';
import { readLocalSource } from '../sources/local.js';
import { commitMessage, summarize } from './summary.js';
export async function updateFromLocalSource(options) {
    const listing = await readLocalSource(options.source, { modulePattern: options.modulePattern, org: options.org });
    const existing = await readRegistryDir(options.registryDir);
    const plan = planUpdate({
        snapshots: listing.snapshots,
        existing,
        modulePattern: options.modulePattern,
        sourceProblems: listing.problems,
        date: options.date,
        trigger: options.trigger,
    });
    let commitSha = null;
    if (!options.dryRun) {
        await writeRegistryFiles(options.registryDir, plan.files, plan.changedFiles);
        if (options.commit && plan.changedFiles.length > 0) {
            commitSha = await commitRegistryFiles(options.registryDir, plan.changedFiles, options.commitMessage ?? commitMessage(plan, options.trigger));
        }
    }
    return { plan, summary: summarize(plan, Boolean(options.dryRun)), commitSha };
}
