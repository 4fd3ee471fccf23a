/**
 * A registry named in one string, as `--registry` and CIM_REGISTRY take it: an http(s) URL, `github:OWNER/REPO`
 * (optionally `/PATH` to the registry folder and `@REF`), or a directory. Tokens come from the environment only,
 * so that they never appear on a command line or in a shell history.
 */
import type { RegistryClientOptions } from './client.js';
export declare const REGISTRY_SPEC_HELP = "an http(s) URL of the registry folder, github:OWNER/REPO[/PATH][@REF], or a directory";
/**
 * The client options for `spec`. A URL gets CIM_REGISTRY_TOKEN; `github:` gets CIM_REGISTRY_TOKEN or GITHUB_TOKEN
 * and the API at GITHUB_API_URL (default https://api.github.com).
 */
export declare function registryOptions(spec: string, env?: NodeJS.ProcessEnv): RegistryClientOptions;
