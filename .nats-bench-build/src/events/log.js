export function jsonLogger(write = (line) => process.stdout.write(line), now = () => new Date()) {
    return (level, action, fields = {}) => {
        write(`${JSON.stringify({ time: now().toISOString(), level, action, ...fields })}\n`);
    };
}
/** Sorted sequence numbers as compact ranges (`1-500,502`): a batch of thousands stays one short line. */
export function seqRanges(seqs) {
    const sorted = [...new Set(seqs)].sort((a, b) => a - b);
    const parts = [];
    for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1)
            j++;
        parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
        i = j + 1;
    }
    return parts.join(',');
}
/** The inverse of seqRanges. */
export function parseSeqRanges(text) {
    if (text === '')
        return [];
    return text.split(',').flatMap((part) => {
        const [from, to] = part.split('-').map(Number);
        if (to === undefined)
            return [from];
        return Array.from({ length: to - from + 1 }, (_, i) => from + i);
    });
}
