import { type HeadEntry, type HistoryIndex, type ModuleHistory, type VersionEntry } from './types.js';
export declare const HISTORY_DIR = "history";
export declare const HEADS_FILE = "history/heads.json";
/** The size up to which heads.json holds the heads itself; GraphQL cuts a text at 512,000 bytes. */
export declare const HEADS_SHARDING_BYTES = 400000;
/** Every name a heads file can have: heads.json and the shards. */
export declare const HEADS_FILES: readonly string[];
/** The shard file of a module's head, in a sharded registry. */
export declare function headsShardFile(name: string): string;
export declare function historyFile(name: string): string;
/** The module a history file belongs to, or null for a name that is not one of ours. */
export declare function historyFileModule(file: string): string | null;
export declare function isHistoryFile(file: string): boolean;
/** The lines of an index file that are well-formed entries, in file order; others are skipped (and kept). */
export declare function parseVersionLines(text: string): VersionEntry[];
/** The index text after appending `entries` to `existing`, which is kept byte for byte. */
export declare function appendVersionLines(existing: string | undefined, entries: readonly VersionEntry[]): string;
export declare function parseHeads(text: string | undefined): Map<string, HeadEntry>;
/** The shard files a sharded heads.json lists (none for heads.json that holds the heads itself). */
export declare function headsShards(text: string | undefined): string[];
/** Every module's head: heads.json's own, and those of the shards it lists. */
export declare function readHeads(files: Readonly<Record<string, string | undefined>>): Map<string, HeadEntry>;
/**
 * The heads files' texts: heads.json alone while it fits HEADS_SHARDING_BYTES and `sharded` is false, else
 * heads.json listing every shard and each shard with its modules.
 */
export declare function renderHeads(heads: ReadonlyMap<string, HeadEntry>, sharded?: boolean): Record<string, string>;
/**
 * The versions of a module, one per tag (the last line of a tag wins), oldest first: by version, then date.
 */
export declare function currentVersions(entries: readonly VersionEntry[]): VersionEntry[];
/**
 * Every module's history from the files of a registry: `history/NAME.jsonl` texts and heads.json. `notRead`: the
 * modules whose history file exists but was not read (their heads' summaries stand for their lines).
 */
export declare function readHistoryIndex(files: Readonly<Record<string, string | undefined>>): Map<string, ModuleHistory>;
export declare function readHistoryIndex(files: Readonly<Record<string, string | undefined>>, notRead: ReadonlySet<string> | undefined): HistoryIndex;
