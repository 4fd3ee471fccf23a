import { type Registry } from '../types.js';
export declare const UNCATEGORIZED = "uncategorized";
export interface PrivateDomainsResult {
    text: string;
    /** Hand-kept entries that match no repository the source can see. */
    unverified: string[];
}
export declare function renderPrivateDomains(registry: Registry, existing: string | undefined): PrivateDomainsResult;
