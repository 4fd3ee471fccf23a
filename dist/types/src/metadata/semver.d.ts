/** The canonical form of a version, or null when it is not semver. Tags may carry a leading `v`. */
export declare function cleanVersion(text: string): string | null;
export declare function isVersion(text: string): boolean;
export declare function isRange(text: string): boolean;
/** The highest semver tag, or null when no tag is a version. */
export declare function highestTagVersion(tags: readonly string[]): string | null;
/**
 * A Cargo version requirement as a semver range: Cargo reads a bare `0.3.0` as `^0.3.0` and separates
 * comparators with commas, where npm's semver reads a bare version as exact and separates with spaces.
 */
export declare function cargoRequirementToRange(requirement: string): string | null;
/** Does `version` satisfy `range`? Prereleases count when the range names the same major.minor.patch. */
export declare function satisfiesRange(version: string, range: string): boolean;
