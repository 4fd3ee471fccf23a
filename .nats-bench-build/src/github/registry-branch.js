/**
 * The registry files on a branch of the registry repository, read and committed through the API (no checkout).
 * The commit is GraphQL `createCommitOnBranch` with `expectedHeadOid`: atomic, signed by GitHub (verified), and a
 * compare-and-swap on the branch head, so that two runs can never overwrite each other's registry.
 */
import { REGISTRY_FILES } from '../registry/previous.js';
import { describeGraphqlError } from './graphql.js';
/** The branch moved since it was read: re-read and regenerate (never rebase generated files). */
export class StaleHeadError extends Error {
}
const FILE_NAMES = Object.values(REGISTRY_FILES);
export async function readRegistryBranch(client, target) {
    const head = await client
        .graphql(`query registryHead($owner: String!, $repo: String!, $ref: String!) {
        repository(owner: $owner, name: $repo) {
          defaultBranchRef { name target { oid } }
          ref(qualifiedName: $ref) { name target { oid } }
        }
      }`, 
    // Without a branch the ref looked up is the default branch's own, so one request serves both cases.
    { owner: target.owner, repo: target.repo, ref: target.branch ? `refs/heads/${target.branch}` : 'HEAD' })
        .catch((error) => {
        throw describeGraphqlError(error);
    });
    const repository = head.repository;
    if (!repository)
        throw new Error(`the registry repository ${target.owner}/${target.repo} was not found, or the token cannot read it`);
    const ref = target.branch ? repository.ref : repository.defaultBranchRef;
    const branch = target.branch || repository.defaultBranchRef?.name;
    const headOid = ref?.target.oid;
    if (!branch || !headOid) {
        throw new Error(`the registry repository ${target.owner}/${target.repo} has no branch ${branch ?? '(default)'} yet: push a first commit`);
    }
    // The files are read at the commit just seen, so that files and head always belong together.
    const fields = FILE_NAMES.map((name, i) => `f${i}: object(expression: ${JSON.stringify(`${headOid}:${join(target.dir, name)}`)}) { ... on Blob { text } }`);
    const data = await client
        .graphql(`query registryFiles($owner: String!, $repo: String!) { repository(owner: $owner, name: $repo) { ${fields.join(' ')} } }`, { owner: target.owner, repo: target.repo })
        .catch((error) => {
        throw describeGraphqlError(error);
    });
    const files = {};
    FILE_NAMES.forEach((name, i) => {
        const text = data.repository[`f${i}`]?.text;
        if (typeof text === 'string')
            files[name] = text;
    });
    return { branch, headOid, files };
}
/** Commits the files in one verified commit; StaleHeadError when the branch is no longer at expectedHeadOid. */
export async function commitRegistryBranch(client, target, commit) {
    const additions = Object.entries(commit.files).map(([name, text]) => ({
        path: join(target.dir, name),
        contents: Buffer.from(text, 'utf8').toString('base64'),
    }));
    try {
        const data = await client.graphql(`mutation commitRegistry($input: CreateCommitOnBranchInput!) {
        createCommitOnBranch(input: $input) { commit { oid } }
      }`, {
            input: {
                branch: { repositoryNameWithOwner: `${target.owner}/${target.repo}`, branchName: commit.branch },
                expectedHeadOid: commit.expectedHeadOid,
                message: { headline: commit.headline, ...(commit.body ? { body: commit.body } : {}) },
                fileChanges: { additions },
            },
        });
        return data.createCommitOnBranch.commit.oid;
    }
    catch (error) {
        throw commitError(error, target, commit.branch);
    }
}
/** The errors people hit most, with what to do about them. */
function commitError(error, target, branch) {
    const errors = error.errors ?? [];
    const text = errors.map((e) => `${e.type ?? ''} ${e.message ?? ''}`).join(' ') || error.message;
    const repository = `${target.owner}/${target.repo}`;
    if (errors.some((e) => e.type === 'STALE_DATA') || /expected branch to point to|is at .* but expected|does not point to expected/i.test(text)) {
        return new StaleHeadError(`${repository}@${branch} moved while the registry was being built`);
    }
    if (/protected branch|pull request|required status|rule violation|repository rule/i.test(text)) {
        return new Error(`${repository}@${branch} is protected and refused the commit (${text.trim()}): let the token bypass the rule ` +
            '(a GitHub App in the bypass list, or a ruleset exception for registry/**), or point `branch` at an unprotected branch');
    }
    if (errors.some((e) => e.type === 'FORBIDDEN') || /not accessible|permission|forbidden/i.test(text)) {
        return new Error(`the token cannot write to ${repository} (${text.trim()}): give the workflow \`permissions: contents: write\`, ` +
            'or pass a token with contents:write on the registry repository');
    }
    return describeGraphqlError(error);
}
function join(dir, name) {
    const clean = dir.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    return clean ? `${clean}/${name}` : name;
}
