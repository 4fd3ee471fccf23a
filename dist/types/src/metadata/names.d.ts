/**
 * Module names and the pattern that says which repositories are modules.
 *
 * A module name is also a repository name, a YAML key, a Markdown link text and a mermaid node id, so it is held to
 * the strictest of those: lowercase ASCII letters and digits in hyphen-separated words, at most 100 characters
 * (GitHub's limit for a repository name).
 */
import type { ModuleType } from '../format/types.js';
export declare function isModuleName(name: string): boolean;
/** Why a name is not a module name, in words a person can act on; null when it is one. */
export declare function moduleNameError(name: string): string | null;
/** The default module pattern: the repository `cim` and every `cim-*` repository. */
export declare const DEFAULT_MODULE_PATTERN = "cim,cim-*";
/** A compiled module pattern: comma-separated globs in which `*` stands for any run of name characters. */
export interface ModulePattern {
    source: string;
    matches(name: string): boolean;
}
export declare function compileModulePattern(source?: string): ModulePattern;
/** The naming convention's type, the last evidence weighed: `cim-start`: template; `cim-domain-*`: domain; else core. */
export declare function typeByName(name: string): ModuleType;
