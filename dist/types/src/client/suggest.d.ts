/** At most `limit` names within a small edit distance of `wanted`, or containing it, closest first. */
export declare function closestNames(wanted: string, names: Iterable<string>, limit?: number): string[];
