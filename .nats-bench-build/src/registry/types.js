/**
 * The registry's vocabulary, shared by the engine (which builds registries) and the client (which reads them).
 *
 * Data flows one way: a source yields a RepositorySnapshot per repository, the metadata layer turns it into a
 * ModuleRecord, the registry builder turns the records into a Registry, and the renderers turn that into files.
 */
export const MODULE_TYPES = ['template', 'core', 'domain', 'integration', 'utility'];
export const VISIBILITIES = ['public', 'private'];
export const LIFECYCLE_STATUSES = ['planning', 'development', 'pilot', 'production', 'deprecated'];
export const HEALTHS = ['ok', 'warning', 'error'];
/** The schema version written into every registry file; the client refuses files it does not know. */
export const REGISTRY_SCHEMA_VERSION = 1;
