import { type Problem, type Registry } from '../types.js';
export declare const UNCATEGORIZED = "uncategorized";
export interface PrivateDomainsResult {
    text: string;
    /** Hand-kept entries that match no repository the source can see. */
    unverified: string[];
    /** Set when the existing file cannot be read: it is then left exactly as it is, for a person to mend. */
    problem?: Problem;
}
export declare function renderPrivateDomains(registry: Registry, existing: string | undefined): PrivateDomainsResult;
