/** Deterministic ordering: every list and map the registry writes is sorted by code unit, never by locale. */
export declare function compareStrings(a: string, b: string): number;
export declare function sortRecord<T>(record: Record<string, T>): Record<string, T>;
export declare function sortedUnique(values: Iterable<string>): string[];
