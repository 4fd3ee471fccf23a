/**
 * One hierarchy for the errors this package throws on purpose, as the `yaml` library's errors.ts keeps one: every
 * class extends CimError and carries a stable `code` that a program can branch on (messages are for people and may
 * change). The layers add their own classes: the client's RegistryError family (client/errors.ts), the CLI's
 * UsageError, the NATS adapter's connection, publish and setup errors, the GitHub adapter's commit and wait errors.
 * This file imports nothing, so that every layer, the library bundle included, can stand on it.
 */
export type ErrorCode = 
/** A command's arguments or an action's inputs are wrong (the CLI exits 2). */
'USAGE' | 'REGISTRY' | 'MODULE_NOT_FOUND' | 'VERSION_NOT_FOUND' | 'REGISTRY_FILE_NOT_FOUND' | 'REGISTRY_NETWORK' | 'REGISTRY_PARSE' | 'SCHEMA_VERSION' | 'NATS_CONNECT' | 'NATS_PUBLISH' | 'NATS_SETUP_REFUSED' | 'STALE_HEAD' | 'COMMIT_OUTCOME_UNKNOWN' | 'WAIT_BUDGET_SPENT';
export declare class CimError extends Error {
    name: string;
    readonly code: ErrorCode;
    constructor(code: ErrorCode, message: string, options?: ErrorOptions);
}
