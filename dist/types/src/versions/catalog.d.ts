import type { CatalogVersion } from './resolve.js';
import type { ModuleHistory } from './types.js';
export interface RegisteredModule {
    version: string | null;
    /** The ranges declared at the head. */
    dependencies: Record<string, string>;
}
export declare function catalogVersions(module: RegisteredModule, history: ModuleHistory | undefined): CatalogVersion[];
/** Every dependency name any version of the module declares: where a lazy reader looks next. */
export declare function dependencyNames(versions: readonly CatalogVersion[]): Set<string>;
