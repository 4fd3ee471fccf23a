/**
 * `update` on GitHub: list the organization, read the registry branch, plan, and commit with compare-and-swap.
 * When the branch moved meanwhile, the registry is rebuilt from the new head (the organization's listing is kept:
 * it does not depend on the branch), a bounded number of times.
 */
import { readRegistryBranch, commitRegistryBranch, StaleHeadError } from '../github/registry-branch.js';
import { readPreviousRegistry } from '../registry/previous.js';
import { planUpdate } from '../registry/update.js';
import { readGitHubSource } from '../sources/github.js';
import { commitMessage, summarize } from './summary.js';
export async function updateFromGitHub(options) {
    const log = options.log ?? (() => { });
    const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
    const listing = await readGitHubSource({
        client: options.client,
        org: options.org,
        topic: options.topic,
        modulePattern: options.modulePattern,
        registryRepo: options.registry.owner.toLowerCase() === options.org.toLowerCase() ? options.registry.repo : undefined,
        pageSize: options.pageSize,
        log,
    });
    const maxAttempts = options.maxAttempts ?? 5;
    for (let attempt = 1;; attempt++) {
        const state = await readRegistryBranch(options.client, options.registry);
        const previous = readPreviousRegistry(state.files);
        const hidden = hiddenPrivateModules(listing.snapshots, listing.sawPrivate, previous.modules);
        const completeView = hidden.length === 0;
        const sourceProblems = [...listing.problems];
        if (!completeView) {
            sourceProblems.push({
                level: 'warning',
                code: 'partial-view',
                message: `the token sees no private repository, so ${hidden.length} private modules of the previous registry were kept as they were: give the action a token that can read them`,
            });
        }
        const plan = planUpdate({
            snapshots: [...listing.snapshots, ...hidden],
            existing: state.files,
            previous,
            modulePattern: options.modulePattern,
            sourceProblems,
            completeView,
            date: options.date,
            trigger: options.trigger,
        });
        const summary = summarize(plan, Boolean(options.dryRun));
        if (plan.changedFiles.length === 0 || options.dryRun)
            return { plan, summary, commitSha: null, attempts: attempt, completeView };
        const message = options.commitMessage || commitMessage(plan, options.trigger);
        const [headline, ...body] = message.split('\n');
        try {
            const commitSha = await commitRegistryBranch(options.client, options.registry, {
                branch: state.branch,
                expectedHeadOid: state.headOid,
                files: Object.fromEntries(plan.changedFiles.map((name) => [name, plan.files[name]])),
                headline: headline,
                body: body.join('\n').trim(),
            });
            log(`committed ${plan.changedFiles.join(', ')} to ${options.registry.owner}/${options.registry.repo}@${state.branch}: ${commitSha}`);
            return { plan, summary, commitSha, attempts: attempt, completeView };
        }
        catch (error) {
            if (!(error instanceof StaleHeadError) || attempt >= maxAttempts) {
                if (error instanceof StaleHeadError)
                    throw new Error(`${error.message}, ${attempt} times in a row; giving up (the next run will catch up)`);
                throw error;
            }
            log(`${error.message}; rebuilding from the new head (attempt ${attempt + 1} of ${maxAttempts})`);
            await sleep(100 * attempt + Math.floor(Math.random() * 200));
        }
    }
}
/**
 * Private modules of the previous registry that the listing cannot show because the token sees no private
 * repository at all (the default GITHUB_TOKEN): kept as unreadable, so that the builder keeps their entries.
 * When the token does see private repositories, a private module missing from the listing is really gone.
 */
function hiddenPrivateModules(snapshots, sawPrivate, previous) {
    if (sawPrivate)
        return [];
    const listed = new Set(snapshots.map((snapshot) => snapshot.name));
    return [...previous]
        .filter(([name, entry]) => entry.visibility === 'private' && !listed.has(name))
        .map(([name, entry]) => ({
        name,
        url: entry.repository ?? null,
        description: entry.description ?? null,
        topics: entry.topics ?? [],
        visibility: 'private',
        archived: entry.archived ?? false,
        headCommit: entry.last_commit ?? null,
        committedAt: entry.last_updated ?? null,
        tags: [],
        files: {},
        readError: 'not visible to this token',
    }));
}
