/**
 * What a RegistryClient can fail with. Each error says what went wrong and where (the file's URL without its query,
 * or its path), in words a person can act on; no message ever carries a token.
 */
export class RegistryError extends Error {
    name = 'RegistryError';
}
/** The registry has no module of that name. */
export class ModuleNotFoundError extends RegistryError {
    module;
    suggestions;
    name = 'ModuleNotFoundError';
    constructor(module, 
    /** Registered names close to the one asked for, best first. */
    suggestions) {
        const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
        super(`no module ${JSON.stringify(module)} in the registry${hint}`);
        this.module = module;
        this.suggestions = suggestions;
    }
}
/** A registry file is not where the client looked (HTTP 404, or no such file in the directory). */
export class RegistryFileNotFoundError extends RegistryError {
    name = 'RegistryFileNotFoundError';
}
/** The file could not be fetched: no answer within the timeout, no connection, or an HTTP status other than 200/304. */
export class RegistryNetworkError extends RegistryError {
    status;
    name = 'RegistryNetworkError';
    constructor(message, 
    /** The HTTP status, when there was an answer. */
    status, options) {
        super(message, options);
        this.status = status;
    }
}
/** The file is not what a registry file must be: not UTF-8, not YAML or JSON, or not the registry's structure. */
export class RegistryParseError extends RegistryError {
    name = 'RegistryParseError';
}
/** The file was written for a schema_version this client does not read. */
export class SchemaVersionError extends RegistryError {
    found;
    supported;
    name = 'SchemaVersionError';
    constructor(message, 
    /** The schema_version found (undefined when the file has none). */
    found, supported) {
        super(message);
        this.found = found;
        this.supported = supported;
    }
}
