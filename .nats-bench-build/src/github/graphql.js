const MIN_PAGE_SIZE = 5;
export async function graphqlWithAdaptivePages(client, query, variables, pageSize, log = () => { }) {
    let size = Math.min(100, Math.max(MIN_PAGE_SIZE, pageSize));
    for (;;) {
        try {
            return { data: await client.graphql(query, { ...variables, first: size }), size };
        }
        catch (error) {
            if (!isTooExpensive(error) || size <= MIN_PAGE_SIZE)
                throw describeGraphqlError(error);
            size = Math.max(MIN_PAGE_SIZE, Math.floor(size / 2));
            log(`GitHub could not serve the page in time (${error.message.split('\n')[0]}); retrying with ${size} per page`);
        }
    }
}
/** A resource-limit or timeout answer: smaller pages may succeed. */
export function isTooExpensive(error) {
    const status = error.status;
    if (status === 502 || status === 504)
        return true;
    const errors = error.errors ?? [];
    return errors.some((e) => e.type === 'RESOURCE_LIMITS_EXCEEDED' || e.type === 'TIMEOUT' || /timeout|couldn't respond/i.test(e.message ?? ''));
}
export function isNotFound(error) {
    const errors = error.errors ?? [];
    return errors.length > 0 && errors.every((e) => e.type === 'NOT_FOUND');
}
/** GraphQL errors as one readable line, with the hint people need for the usual ones. */
export function describeGraphqlError(error) {
    const status = error.status;
    const errors = error.errors;
    const message = errors?.length ? errors.map((e) => `${e.type ? `${e.type}: ` : ''}${e.message ?? ''}`).join('; ') : error.message;
    const headers = error.response?.headers ?? {};
    if (headers['x-github-sso']) {
        return new Error(`GitHub refused the token because the organization enforces SAML SSO: authorize the token for the organization (${message})`);
    }
    if (status === 401)
        return new Error(`GitHub rejected the token (401 Bad credentials): check the \`token\` input (${message})`);
    return new Error(`GitHub GraphQL request failed${status ? ` (HTTP ${status})` : ''}: ${message}`);
}
