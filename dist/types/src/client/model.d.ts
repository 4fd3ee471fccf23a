import { type ModuleEntry, type ModulesFile, type ModuleType, type Visibility } from '../format/types.js';
/** A modules.yaml entry with its name. */
export interface ModuleInfo extends ModuleEntry {
    name: string;
}
/** One dependency edge: `from` requires `to` in `range`; `version` is what the registry has of `to`. */
export interface DependencyLink {
    from: string;
    to: string;
    range: string;
    /** Whether `to` is in the registry (the engine reports an `unknown-dependency` problem when it is not). */
    registered: boolean;
    /** The registered version of `to`; null when `to` is not registered or has no version. */
    version: string | null;
    /** Whether `version` satisfies `range` (the engine's semver rules); null when there is no version to check. */
    satisfied: boolean | null;
}
/** What listModules keeps; every given field must match. */
export interface ModuleFilter {
    type?: ModuleType;
    visibility?: Visibility;
    category?: string;
    /** Lifecycle status: planning, development, pilot, production, deprecated. */
    status?: string;
    /** A GitHub topic the module's repository carries, e.g. `graph` (case-insensitive, as GitHub's topics are). */
    topic?: string;
}
/** One topic and the modules whose repositories carry it. */
export interface TopicUse {
    topic: string;
    /** In name order. */
    modules: string[];
    /** True for the topics of the CIM convention (`cim`, `cim-module`, `cim-domain`, `cim-private`, `core`, `domain`,
     *  `template`), false for subject topics such as `graph` or `ai`. */
    convention: boolean;
}
export declare class ModuleIndex {
    private readonly byName;
    private readonly byType;
    private readonly dependents;
    /** Modules by topic, in name order, built on the first query that needs it. */
    private byTopic?;
    /** Lower-cased searchable text per module, built on the first search. */
    private searchText?;
    constructor(file: ModulesFile);
    get size(): number;
    has(name: string): boolean;
    get(name: string): ModuleInfo;
    list(filter?: ModuleFilter): ModuleInfo[];
    /** Every topic the modules carry, most used first (ties by topic), with the modules that carry it. */
    topics(): TopicUse[];
    ofType(type: ModuleType): ModuleInfo[];
    /**
     * Modules whose name, description, category, owner or topics contain every word of `text` (case-insensitive),
     * best first: an exact name, then words found in the name, then elsewhere; ties by name.
     */
    search(text: string): ModuleInfo[];
    /** What `name` depends on, in name order; targets that are not registered are included, with a null version. */
    dependenciesOf(name: string): DependencyLink[];
    /** The modules that depend on `name` (reverse dependencies), in name order, with the range each requires. */
    dependentsOf(name: string): DependencyLink[];
    /** Does the registered version of `name` satisfy `range`? False when the module has no version. */
    satisfies(name: string, range: string): boolean;
    private link;
}
