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
    /** What a run needs of the module's version lines when it does not read them (HistorySummary); present when the
     *  module has any. */
    summary?: HistorySummary;
}
/**
 * What the engine needs of a module's version lines to render every other module (warnings, the README's
 * compatibility section, the figures), kept with its head: a run on a large registry reads the history files of
 * the modules it reads only, and answers for the others from their summaries, with the same result as from their
 * lines (a test compares both). Computed from the lines whenever they are read.
 */
export interface HistorySummary {
    /** How many versions (tags) it has: currentVersions' count. */
    versions: number;
    /** Every version its lines name, their tags' and their manifests', in string order (knownVersions). */
    known: string[];
    /** Each commit a tag was read at -> the first tag read at it (describeLock). */
    tags: Record<string, string>;
    /** The ranges declared at its newest tag (currentVersions' first entry of that version), when it has tags. */
    newest_dependencies?: Record<string, string>;
    /** Its current versions whose tag names another version than their manifest, or that moved (their warnings). */
    notes?: TagNote[];
}
/** What a version's warning says of it: tag-version-mismatch and tag-moved. */
export type TagNote = Pick<VersionEntry, 'version' | 'tag' | 'commit' | 'manifest_version' | 'moved_from'>;
/** A module's history: its index lines (in file order, moved tags appear twice) and its head. */
export interface ModuleHistory {
    versions: VersionEntry[];
    head: HeadEntry | null;
}
/**
 * A module in the engine's index: its lines, or null when its file was not read this run (a large registry reads
 * only the files of the modules it reads); its head's summary then stands for them.
 */
export interface IndexedHistory {
    versions: VersionEntry[] | null;
    head: HeadEntry | null;
}
/** Every module's history, by module name. */
export type HistoryIndex = Map<string, IndexedHistory>;
