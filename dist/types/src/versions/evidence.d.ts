import type { Problem } from '../format/types.js';
import type { HeadEntry, HistoryIndex, IndexedHistory, LockedDependency, LockSource, ModuleHistory } from './types.js';
/** Module name -> its newest registered version (null: the registry knows none). */
export type NewestVersions = ReadonlyMap<string, string | null>;
/**
 * A module's newest version: the higher of the version modules.yaml registers (the head's manifest) and the
 * highest version its tags name (a tag `v0.8.1` over a manifest that still says 0.8.0 is a release of 0.8.1).
 */
export declare function newestOf(registered: string | null, head: HeadEntry | null | undefined): string | null;
export interface DriftEntry {
    module: string;
    dependency: string;
    /** The version the module's head lock pins; null when the lock names only a commit. */
    locked: string | null;
    newest: string | null;
    source: LockSource;
    commit: string | null;
    reproducible: boolean;
}
export interface CompatEntry {
    declared: string | null;
    locked: string | null;
    newest: string | null;
    /** Does the newest version satisfy the declared range? Null when either is unknown. */
    satisfied: boolean | null;
    /** The dependency's versions this module was built with and passed CI with, oldest first. */
    verified: string[];
    /** Every version of the dependency this module was built with (by its locks), oldest first. */
    built_with: string[];
}
export declare function isReproducible(source: LockSource): boolean;
/** Every version a module is known to have had: its tags' versions, their manifests' and the head's. */
export declare function knownVersions(history: IndexedHistory | undefined, newest: string | null | undefined): Set<string>;
/**
 * Every cim package of every head lock whose locked version differs from the newest registered one, or that
 * cannot be reproduced; by module, then dependency. A dependency the registry does not know has no newest.
 */
export declare function drift(index: HistoryIndex, newest: NewestVersions): DriftEntry[];
/**
 * The warnings the history gives each module (status.json problems, never errors): tag-version-mismatch,
 * tag-moved, locked-behind, unreproducible-dependency, unknown-locked-version and ci-failing.
 */
export declare function historyWarnings(index: HistoryIndex, newest: NewestVersions): Map<string, Problem[]>;
/** How a module's version (or its head) stands to each dependency. `declared` is the range at that version. */
export declare function compat(name: string, history: ModuleHistory | undefined, declaredAtHead: Record<string, string>, newest: NewestVersions, version?: string): Record<string, CompatEntry>;
/** "cim-domain 0.8.1 (commit 33414f1, tag v0.8.1)": what a lock says, in words. */
export declare function describeLock(name: string, lock: LockedDependency, history?: IndexedHistory): string;
export declare function short(commit: string): string;
