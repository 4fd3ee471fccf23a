/** A README's first paragraph of prose, as a one-line description: the fallback when a repository has none. */
const MAX_SUMMARY = 300;
export function readmeSummary(readme) {
    if (!readme)
        return null;
    const paragraph = [];
    let inFence = false;
    for (const raw of readme.split(/\r?\n/)) {
        const line = raw.trim();
        if (line.startsWith('```') || line.startsWith('~~~')) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        const isProse = line !== '' && !/^(#|!\[|\[!\[|<|>|\||[-*_=]{3,}$|[-*+] |\d+\. )/.test(line);
        if (isProse)
            paragraph.push(line);
        else if (paragraph.length > 0)
            break;
    }
    const text = plainText(paragraph.join(' '));
    if (text === '')
        return null;
    if (text.length <= MAX_SUMMARY)
        return text;
    const cut = text.slice(0, MAX_SUMMARY);
    return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : MAX_SUMMARY)}…`;
}
/** Markdown inline syntax removed: links keep their text, emphasis and code marks go. */
function plainText(markdown) {
    return markdown
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/[*`]+/g, '')
        .replace(/\s+/g, ' ')
        .trim();
}
