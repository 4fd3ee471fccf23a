/** Deterministic ordering: every list and map the registry writes is sorted by code unit, never by locale. */
export function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
export function sortRecord(record) {
    return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}
export function sortedUnique(values) {
    return [...new Set(values)].sort(compareStrings);
}
