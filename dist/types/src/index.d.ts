/**
 * The package's public API, named one by one (as the `yaml` library's index.ts does), so that the contract is visible
 * and versioned: RegistryClient (typed queries over a registry's files), its errors with their codes, and the types
 * and constants of the registry's files. The engine's internal types (snapshots, records) are not part of it.
 */
export { DEFAULT_TIMEOUT_MS, RegistryClient, type RegistryClientOptions } from './client/client.js';
export { ModuleNotFoundError, RegistryError, RegistryFileNotFoundError, RegistryNetworkError, RegistryParseError, SchemaVersionError, VersionNotFoundError, } from './client/errors.js';
export type { DependencyLink, ModuleFilter, ModuleInfo, TopicUse } from './client/model.js';
export type { GitHubRegistry } from './client/file-readers.js';
export type { NatsRegistryOptions, RegistryChange } from './client/nats.js';
export { registryOptions, REGISTRY_SPEC_HELP } from './client/spec.js';
export { REGISTRY_FILES } from './format/files.js';
export type { CompatEntry, DriftEntry } from './versions/evidence.js';
export type { ResolveResult } from './versions/resolve.js';
export type { CiState, LockedDependency, LockSource, VersionEntry } from './versions/types.js';
export { CimError, type ErrorCode } from './errors.js';
export { FIELD_NAMES, FIELD_ORIGINS, HEALTHS, LIFECYCLE_STATUSES, MODULE_TYPES, REGISTRY_SCHEMA_VERSION, VISIBILITIES, type FieldName, type FieldOrigin, type Health, type LifecycleStatus, type MetadataOrigin, type ModuleEntry, type ModulesFile, type ModuleStatus, type ModuleType, type OriginName, type PrivateDomainEntry, type PrivateDomainsFile, type Problem, type ProblemCode, type StatusFile, type Visibility, } from './format/types.js';
