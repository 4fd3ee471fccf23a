export const SPEC_INACCURACIES = [
    {
        path: /\/homepage$/,
        keyword: 'format',
        why: 'Repository objects declare `homepage` as `format: uri`, but it is whatever the owner typed in the settings: ' +
            'GitHub returns "" once a homepage is cleared, and bare host names such as "example.com".',
    },
];
export function isAllowedInaccuracy(operationId, error) {
    return SPEC_INACCURACIES.some((entry) => (!entry.operation || entry.operation === operationId) && entry.keyword === error.keyword && entry.path.test(error.instancePath));
}
