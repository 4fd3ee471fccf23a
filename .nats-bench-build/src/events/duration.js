/** Durations as people write them on a command line (`500ms`, `2s`, `5m`, `24h`, `7d`), in milliseconds. */
const UNITS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
export function parseDuration(text) {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)$/.exec(text.trim());
    if (!match)
        throw new Error(`${JSON.stringify(text)} is not a duration such as 500ms, 30s, 5m, 24h or 7d`);
    return Math.round(Number(match[1]) * UNITS[match[2]]);
}
