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
} from './client/errors.js'
export type { DependencyLink, ModuleFilter, ModuleInfo } from './client/model.js'
export type { GitHubRegistry } from './client/sources.js'
export type { NatsRegistryOptions, RegistryChange } from './client/nats.js'
export { registryOptions, REGISTRY_SPEC_HELP } from './client/spec.js'
export { REGISTRY_FILES } from './registry/previous.js'
export * from './registry/types.js'
