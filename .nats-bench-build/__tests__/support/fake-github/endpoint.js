import { rateLimitHeaders } from './rate-limits.js';
/** The injected fault this request meets, as a reply; undefined when none hits it. */
export function faultReply(parts, request) {
    const fault = parts.faults.pick(request);
    if (!fault)
        return undefined;
    if (fault.kind === 'timeout')
        return { status: 0, operation: request.operation, hang: fault.hangMs === undefined ? {} : { ms: fault.hangMs } };
    return { status: fault.status, body: fault.body, headers: fault.headers, operation: request.operation };
}
const RATE_LIMIT_MESSAGE = 'API rate limit exceeded for user ID 1.';
/**
 * GitHub's primary rate limit once the budget is spent (only with `enforceRateLimits`): REST 403 with
 * `x-ratelimit-remaining: 0`, GraphQL 200 with an error of type RATE_LIMITED.
 */
export function rateLimitReply(parts, access, resource, operation) {
    if (!parts.options.enforceRateLimits || !parts.rateLimits.exhausted(access.key, resource))
        return undefined;
    const window = parts.rateLimits.charge(access.key, resource, 0);
    const headers = rateLimitHeaders({ ...window, remaining: 0 }, resource);
    if (resource === 'graphql')
        return { status: 200, body: { errors: [{ type: 'RATE_LIMITED', message: RATE_LIMIT_MESSAGE }] }, headers, operation };
    const body = { message: RATE_LIMIT_MESSAGE, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: '403' };
    return { status: 403, body, headers, operation };
}
