/**
 * What a RegistryClient can fail with. Each error says what went wrong and where (the file's URL without its query,
 * or its path), in words a person can act on; no message ever carries a token. Each has a `code` (src/errors.ts).
 */
import { CimError } from '../errors.js';
export declare class RegistryError extends CimError {
    name: string;
    constructor(message: string, options?: ErrorOptions);
}
/** The registry has no module of that name. */
export declare class ModuleNotFoundError extends RegistryError {
    readonly module: string;
    /** Registered names close to the one asked for, best first. */
    readonly suggestions: string[];
    name: string;
    readonly code = "MODULE_NOT_FOUND";
    constructor(module: string, 
    /** Registered names close to the one asked for, best first. */
    suggestions: string[]);
}
/** The module has no such version in the registry's history. */
export declare class VersionNotFoundError extends RegistryError {
    readonly module: string;
    readonly version: string;
    /** The versions the history knows, oldest first. */
    readonly known: string[];
    name: string;
    readonly code = "VERSION_NOT_FOUND";
    constructor(module: string, version: string, 
    /** The versions the history knows, oldest first. */
    known: string[]);
}
/** A registry file is not where the client looked (HTTP 404, or no such file in the directory). */
export declare class RegistryFileNotFoundError extends RegistryError {
    name: string;
    readonly code = "REGISTRY_FILE_NOT_FOUND";
}
/** The file could not be fetched: no answer within the timeout, no connection, or an HTTP status other than 200/304. */
export declare class RegistryNetworkError extends RegistryError {
    /** The HTTP status, when there was an answer. */
    readonly status?: number | undefined;
    name: string;
    readonly code = "REGISTRY_NETWORK";
    constructor(message: string, 
    /** The HTTP status, when there was an answer. */
    status?: number | undefined, options?: ErrorOptions);
}
/** The file is not what a registry file must be: not UTF-8, not YAML or JSON, or not the registry's structure. */
export declare class RegistryParseError extends RegistryError {
    name: string;
    readonly code = "REGISTRY_PARSE";
}
/** The file was written for a schema_version this client does not read. */
export declare class SchemaVersionError extends RegistryError {
    /** The schema_version found (undefined when the file has none). */
    readonly found: unknown;
    readonly supported: number;
    name: string;
    readonly code = "SCHEMA_VERSION";
    constructor(message: string, 
    /** The schema_version found (undefined when the file has none). */
    found: unknown, supported: number);
}
