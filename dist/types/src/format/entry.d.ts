/** A module's entry in modules.yaml, as the engine writes it and compares it with the entry found. */
import type { ModuleEntry, RegistryModule } from './types.js';
/** Optional fields are left out when empty, so that an entry reads as the hand-kept files did. */
export declare function toModuleEntry(module: RegistryModule): ModuleEntry;
