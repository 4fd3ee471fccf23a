import { type HttpSettings } from './http.js';
export interface RegistryText {
    text: string;
    /** Where the text was read from, for messages: a path, or a URL without its query. */
    where: string;
}
export interface RegistrySource {
    /** The registry's location, for messages. */
    readonly location: string;
    /** The text of one registry file (a name of REGISTRY_FILES). */
    read(file: string): Promise<RegistryText>;
}
/** A registry repository on GitHub, read through the contents API. */
export interface GitHubRegistry {
    owner: string;
    repo: string;
    /** The folder that holds the registry files (default `registry`). */
    path?: string;
    /** Branch, tag or commit (default: the repository's default branch). */
    ref?: string;
    /** The API's base URL (default https://api.github.com; GitHub Enterprise Server: https://HOST/api/v3). */
    apiUrl?: string;
}
/**
 * A directory holding the registry files, or a checkout of the registry repository holding them in `registry/`.
 */
export declare function directorySource(directory: string): RegistrySource;
/** The files under a base URL: `BASE/modules.yaml` and so on. A query on the base is kept on every file's URL. */
export declare function urlSource(url: string | URL, settings: HttpSettings): RegistrySource;
export declare function githubSource(github: GitHubRegistry, settings: HttpSettings): RegistrySource;
