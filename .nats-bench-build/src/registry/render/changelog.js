import { mdLink, mdText, shortSha } from './markdown.js';
export const CHANGELOG_TITLE = '# CIM Registry Changelog';
export function changelogEntry(changes, registry, context) {
    const lines = [`## ${context.date}`, ''];
    if (context.trigger)
        lines.push(`Triggered by ${mdText(context.trigger)}.`, '');
    if (context.adoption)
        lines.push(...adoptionLines(context.adoption, registry), '');
    const link = (name) => `**${mdLink(name, registry.modules.get(name)?.repository)}**`;
    for (const name of changes.added) {
        const module = registry.modules.get(name);
        lines.push(`- ${link(name)} added (${module.fields.type}${module.fields.version ? ` ${mdText(module.fields.version)}` : ''})`);
    }
    for (const name of changes.removed)
        lines.push(`- **${mdText(name)}** removed`);
    for (const [name, moduleChanges] of changes.updated) {
        const described = moduleChanges.map(describeChange);
        lines.push(`- ${link(name)}: ${described.map((d) => d.summary).join('; ')}`);
        for (const detail of described.flatMap((d) => d.details))
            lines.push(`  - ${detail}`);
    }
    return `${lines.join('\n').trimEnd()}\n`;
}
function describeChange(change) {
    switch (change.kind) {
        case 'version':
            return {
                summary: `version ${mdText(change.from ?? 'none')} -> ${mdText(change.to ?? 'none')}`,
                details: change.breaks.map(({ dependent, range }) => `**breaks ${mdText(dependent)}**, which requires ${mdText(range)}`),
            };
        case 'commit':
            return { summary: `new commit ${shortSha(change.from)} -> ${shortSha(change.to)}`, details: [] };
        case 'visibility':
            return { summary: `visibility ${change.from} -> ${change.to}`, details: [] };
        case 'archived':
            return { summary: change.to ? 'archived' : 'unarchived', details: [] };
        case 'metadata':
            return { summary: `metadata changed (${change.fields.join(', ')})`, details: [] };
        case 'health':
            return { summary: `health ${rank(change.to) < rank(change.from) ? 'healed' : 'degraded'} ${change.from} -> ${change.to}`, details: [] };
    }
}
function rank(health) {
    return ['ok', 'warning', 'error'].indexOf(health);
}
function adoptionLines(adoption, registry) {
    const lines = [`Registry adopted by cim-registry-action: ${registry.modules.size} modules, generated from the organization.`];
    for (const [field, names] of Object.entries(adoption.carried)) {
        if (names.length > 0)
            lines.push(`- Carried ${field} from the hand-kept files for ${names.length}: ${names.map(mdText).join(', ')}`);
    }
    if (adoption.unverified.length > 0) {
        lines.push(`- Kept ${adoption.unverified.length} private domains that no repository matches (verified: false): ${adoption.unverified.map(mdText).join(', ')}`);
    }
    for (const replaced of adoption.replaced)
        lines.push(`- ${mdText(replaced)}`);
    return lines;
}
/** The new entry under the title; the old entries below it, with the title (wherever it had drifted) removed. */
export function prependEntry(existing, entry) {
    const rest = (existing ?? '')
        .split('\n')
        .filter((line) => line.trim() !== CHANGELOG_TITLE)
        .join('\n')
        .trim();
    return `${CHANGELOG_TITLE}\n\n${entry}${rest ? `\n${rest}\n` : ''}`;
}
