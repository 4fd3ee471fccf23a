import { type FieldName, type FieldOrigin, type Health, type ModuleEntry, type PrivateDomainEntry, type Problem } from './types.js';
export declare const REGISTRY_FILES: {
    readonly modules: "modules.yaml";
    readonly status: "status.json";
    readonly privateDomains: "private-domains.yaml";
    readonly changelog: "changelog.md";
    readonly readme: "README.md";
};
/** Text of the registry files as found, by file name; absent files are undefined. */
export type RegistryFileTexts = Partial<Record<string, string>>;
export interface PreviousRegistry {
    /** modules.yaml's entries, with only the fields that have the right type. */
    modules: Map<string, Partial<ModuleEntry>>;
    /** Health per module from a status.json we generated. */
    health: Map<string, Health>;
    /** Where each field of each module came from, from a status.json we generated. */
    origins: Map<string, Partial<Record<FieldName, FieldOrigin>>>;
    /** Hand-kept facts of private-domains.yaml, by module name, with the category each stands under. */
    privateDomains: Map<string, PrivateDomainEntry & {
        category?: string;
    }>;
    /** True when status.json is one we wrote: the registry was generated before, not kept by hand. */
    generated: boolean;
    /** What was wrong with the files found (each also said in the adoption changelog entry). */
    problems: Problem[];
}
export declare function readPreviousRegistry(files: RegistryFileTexts): PreviousRegistry;
