/**
 * The vocabulary of version history: what a module was at each version tag and at its head, and the evidence of
 * what it was built with (lock files) and whether that build passed CI. Shared by the engine, which writes the
 * history index, and the client, which answers versions / compat / drift / resolve from it.
 */
/** A commit's combined CI state, as GitHub's GraphQL `StatusState` names it (lower case); null: nothing known. */
export declare const CI_STATES: readonly ["success", "failure", "pending", "error"];
export type CiState = (typeof CI_STATES)[number];
/**
 * How a lock file pins a dependency. `path` (a sibling checkout) and `git-branch` (whatever the branch held when
 * the lock was written) cannot be rebuilt from the manifest alone: they are not reproducible.
 */
export declare const LOCK_SOURCES: readonly ["path", "git-branch", "git-tag", "git-rev", "registry"];
export type LockSource = (typeof LOCK_SOURCES)[number];
/** One cim package as a lock file pins it. */
export interface LockedDependency {
    /** The locked version; null when the lock names only a commit (flake.lock). */
    version: string | null;
    source: LockSource;
    /** The locked commit of a git source, else null. */
    commit: string | null;
}
/** Cim package name -> how the build was locked: every cim package of the lock, direct or transitive. */
export type LockEvidence = Record<string, LockedDependency>;
/** One line of `history/NAME.jsonl`: one version tag as it was read, once. */
export interface VersionEntry {
    /** The version the tag names. */
    version: string;
    tag: string;
    commit: string;
    /** Committer date of the tag's commit (ISO-8601, UTC), or null. */
    date: string | null;
    /** The version the manifest says at that commit; null when it says none. */
    manifest_version: string | null;
    /** Dependency module -> range declared at that commit (the same inference rules as the head's). */
    dependencies: Record<string, string>;
    /** The lock files' evidence at that commit; null when the commit has no lock file. */
    locked: LockEvidence | null;
    ci: CiState | null;
    /** Set when the tag pointed at another commit when it was read before: that commit. */
    moved_from?: string;
    /** Files at that commit that exist but could not be read, each with why (`Cargo.lock: it is not UTF-8 text`). */
    unreadable?: string[];
}
/** What is known of a module's default-branch head: `history/heads.json` holds one per module. */
export interface HeadEntry {
    commit: string;
    date: string | null;
    /** The manifest's version at the head. */
    version: string | null;
    locked: LockEvidence | null;
    ci: CiState | null;
    /** As in VersionEntry: files at the head that could not be read. */
    unreadable?: string[];
    /** The highest version the module's tags name, when it has any: a reader of heads.json alone (the client's
     *  drift) learns each module's newest version from it and modules.yaml, without every history file. */
    newest_tag?: string;
}
/** A module's history: its index lines (in file order, moved tags appear twice) and its head. */
export interface ModuleHistory {
    versions: VersionEntry[];
    head: HeadEntry | null;
}
/** Every module's history, by module name. */
export type HistoryIndex = Map<string, ModuleHistory>;
