import type { HistorySummary, IndexedHistory, ModuleHistory, TagNote, VersionEntry } from './types.js';
/** The highest version a module's tags name (a head's `newest_tag`), when it has any. */
export declare function newestTagOf(versions: readonly VersionEntry[]): string | undefined;
export declare function summarizeVersions(versions: readonly VersionEntry[]): HistorySummary;
/** How many versions (tags) a module has. */
export declare function versionCount(history: IndexedHistory | undefined): number;
/** Every version a module's lines name: their tags' and their manifests'. */
export declare function namedVersionsOf(history: IndexedHistory | undefined): string[];
/** The first tag read at `commit`, if any. */
export declare function tagAt(history: IndexedHistory | undefined, commit: string): string | undefined;
/** The ranges a module declares at `version` when a tag has it; undefined when none does. */
export declare function dependenciesAtTag(history: IndexedHistory | undefined, version: string): Record<string, string> | undefined;
/** The current versions of a module that give a warning: a tag naming another version than its manifest, or moved. */
export declare function tagNotes(history: IndexedHistory | undefined): TagNote[];
/** The lines of a module this run reads: an index that lacks them is a defect of the reader, not of the registry. */
export declare function linesOf(name: string, history: IndexedHistory | undefined): ModuleHistory | undefined;
