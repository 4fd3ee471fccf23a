import { type HeadEntry, type HistoryIndex, type VersionEntry } from './types.js';
export declare const HISTORY_DIR = "history";
export declare const HEADS_FILE = "history/heads.json";
export declare function historyFile(name: string): string;
/** The module a history file belongs to, or null for a name that is not one of ours. */
export declare function historyFileModule(file: string): string | null;
export declare function isHistoryFile(file: string): boolean;
/** The lines of an index file that are well-formed entries, in file order; others are skipped (and kept). */
export declare function parseVersionLines(text: string): VersionEntry[];
/** The index text after appending `entries` to `existing`, which is kept byte for byte. */
export declare function appendVersionLines(existing: string | undefined, entries: readonly VersionEntry[]): string;
export declare function parseHeads(text: string | undefined): Map<string, HeadEntry>;
export declare function renderHeads(heads: ReadonlyMap<string, HeadEntry>): string;
/**
 * The versions of a module, one per tag (the last line of a tag wins), oldest first: by version, then date.
 */
export declare function currentVersions(entries: readonly VersionEntry[]): VersionEntry[];
/** Every module's history from the files of a registry: `history/NAME.jsonl` texts and heads.json. */
export declare function readHistoryIndex(files: Readonly<Record<string, string | undefined>>): HistoryIndex;
