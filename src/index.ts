/**
 * The package's library entry: RegistryClient (typed queries over a registry's files), its errors, and the
 * registry's types and constants, shared with the engine that writes the files.
 */
export { DEFAULT_TIMEOUT_MS, RegistryClient, type RegistryClientOptions } from './client/client.js'
export {
  ModuleNotFoundError,
  RegistryError,
  RegistryFileNotFoundError,
  RegistryNetworkError,
  RegistryParseError,
  SchemaVersionError,
  VersionNotFoundError,
} from './client/errors.js'
export type { DependencyLink, ModuleFilter, ModuleInfo, TopicUse } from './client/model.js'
export type { GitHubRegistry } from './client/file-readers.js'
export { registryOptions, REGISTRY_SPEC_HELP } from './client/spec.js'
export { REGISTRY_FILES } from './format/files.js'
export type { CompatEntry, DriftEntry } from './versions/evidence.js'
export type { ResolveResult } from './versions/resolve.js'
export type { CiState, LockedDependency, LockSource, VersionEntry } from './versions/types.js'
export * from './format/types.js'
