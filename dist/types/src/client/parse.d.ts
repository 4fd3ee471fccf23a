import { type ModuleEntry, type ModulesFile, type PrivateDomainsFile, type StatusFile } from '../format/types.js';
/** Checked, not frozen: the client indexes the entries into objects of its own, and freezes those. */
export declare function parseModulesFile(text: string, location: string): ModulesFile;
/** One module entry on its own (a record of the NATS bucket), checked like an entry of modules.yaml. */
export declare function checkModuleEntry(value: unknown, location: string): ModuleEntry;
export declare function parseStatusFile(text: string, location: string): StatusFile;
/** private-domains.yaml may lack a schema_version (kept by hand before the first run); a wrong one is refused. */
export declare function parsePrivateDomainsFile(text: string, location: string): PrivateDomainsFile;
