/** One version of a module as the resolver sees it. */
export interface CatalogVersion {
    version: string;
    /** Dependency module -> declared range (`*` for any). Names the catalog does not hold are not modules: ignored. */
    dependencies: Record<string, string>;
    /** Dependency -> the version this one was built with and passed CI with (preferred when allowed). */
    verified?: Record<string, string>;
}
/** Module name -> its versions, any order. */
export type Catalog = ReadonlyMap<string, readonly CatalogVersion[]>;
export interface ResolveSpec {
    name: string;
    /** A semver range; `*` when the spec names no range. */
    range: string;
}
export type ResolveResult = {
    ok: true;
    versions: Record<string, string>;
} | {
    ok: false;
    explanation: string;
};
/** `NAME` or `NAME@RANGE`. */
export declare function parseResolveSpec(text: string): ResolveSpec;
export declare function resolve(catalog: Catalog, specs: readonly ResolveSpec[]): ResolveResult;
