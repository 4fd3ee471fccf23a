/**
 * The one way this project talks to GitHub: @actions/github's Octokit with the retry and throttling plugins, so
 * that 5xx answers are retried and primary and secondary rate limits are waited out as GitHub's headers say.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
export function createGitHubClient(options) {
    const log = options.log ?? (() => { });
    const rateLimitRetries = options.rateLimitRetries ?? 3;
    return getOctokit(options.token, {
        baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
        userAgent: options.userAgent ?? 'cim-registry-action',
        // fetch waits forever by default; a hung connection must become an error that the retry plugin can retry.
        request: { fetch: withTimeout(options.timeoutMs ?? 30_000) },
        // Only `retry: {...}`: a `request: {retries}` option would make plugin-retry retry 403s and hide them from
        // plugin-throttling (see the README's Developing notes).
        retry: { retries: options.retries ?? 3 },
        throttle: {
            ...(options.writeSpacingMs !== undefined
                ? { write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeSpacingMs }) }
                : {}),
            onRateLimit: (after, request, _octokit, count) => {
                log(`rate limit reached for ${request.method} ${request.url}; retrying after ${after}s (attempt ${count + 1})`);
                return count < rateLimitRetries;
            },
            onSecondaryRateLimit: (after, request, _octokit, count) => {
                log(`secondary rate limit for ${request.method} ${request.url}; retrying after ${after}s (attempt ${count + 1})`);
                return count < rateLimitRetries;
            },
        },
    }, retry, throttling);
}
function withTimeout(ms) {
    return (input, init) => fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, AbortSignal.timeout(ms)]) : AbortSignal.timeout(ms) });
}
/** Counts every HTTP request the client sends from now on, retries included: the cost figure runs report. */
export function countRequests(client) {
    let count = 0;
    client.hook.before('request', () => {
        count++;
    });
    return () => count;
}
