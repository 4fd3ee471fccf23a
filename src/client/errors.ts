/**
 * What a RegistryClient can fail with. Each error says what went wrong and where (the file's URL without its query,
 * or its path), in words a person can act on; no message ever carries a token. Each has a `code` (src/errors.ts).
 */
import { CimError } from '../errors.js'

export class RegistryError extends CimError {
  override name = 'RegistryError'
  constructor(message: string, options?: ErrorOptions) {
    super('REGISTRY', message, options)
  }
}

/** The registry has no module of that name. */
export class ModuleNotFoundError extends RegistryError {
  override name = 'ModuleNotFoundError'
  override readonly code = 'MODULE_NOT_FOUND'
  constructor(
    readonly module: string,
    /** Registered names close to the one asked for, best first. */
    readonly suggestions: string[],
  ) {
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : ''
    super(`no module ${JSON.stringify(module)} in the registry${hint}`)
  }
}

/** The module has no such version in the registry's history. */
export class VersionNotFoundError extends RegistryError {
  override name = 'VersionNotFoundError'
  override readonly code = 'VERSION_NOT_FOUND'
  constructor(
    readonly module: string,
    readonly version: string,
    /** The versions the history knows, oldest first. */
    readonly known: string[],
  ) {
    super(`${module} has no version ${version} in its history (known: ${known.join(', ') || 'none'})`)
  }
}

/** A registry file is not where the client looked (HTTP 404, or no such file in the directory). */
export class RegistryFileNotFoundError extends RegistryError {
  override name = 'RegistryFileNotFoundError'
  override readonly code = 'REGISTRY_FILE_NOT_FOUND'
}

/** The file could not be fetched: no answer within the timeout, no connection, or an HTTP status other than 200/304. */
export class RegistryNetworkError extends RegistryError {
  override name = 'RegistryNetworkError'
  override readonly code = 'REGISTRY_NETWORK'
  constructor(
    message: string,
    /** The HTTP status, when there was an answer. */
    readonly status?: number,
    options?: ErrorOptions,
  ) {
    super(message, options)
  }
}

/** The file is not what a registry file must be: not UTF-8, not YAML or JSON, or not the registry's structure. */
export class RegistryParseError extends RegistryError {
  override name = 'RegistryParseError'
  override readonly code = 'REGISTRY_PARSE'
}

/** The file was written for a schema_version this client does not read. */
export class SchemaVersionError extends RegistryError {
  override name = 'SchemaVersionError'
  override readonly code = 'SCHEMA_VERSION'
  constructor(
    message: string,
    /** The schema_version found (undefined when the file has none). */
    readonly found: unknown,
    readonly supported: number,
  ) {
    super(message)
  }
}
