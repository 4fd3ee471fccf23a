/**
 * The registry's files: their names and the texts found of them. The registry directory adapter, the GitHub branch
 * reader, the engine and the client all name files from here, so that none of them depends on another's code.
 */
/** The files of a registry folder, written by the engine and read by the client. */
export declare const REGISTRY_FILES: {
    readonly modules: "modules.yaml";
    readonly status: "status.json";
    readonly privateDomains: "private-domains.yaml";
    readonly changelog: "changelog.md";
    readonly readme: "README.md";
};
/** Text of the registry files as found, by file name; absent files are undefined. */
export type RegistryFileTexts = Partial<Record<string, string>>;
/** private-domains.yaml's group for a private domain without a category. */
export declare const UNCATEGORIZED = "uncategorized";
