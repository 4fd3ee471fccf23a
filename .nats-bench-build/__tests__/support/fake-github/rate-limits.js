const DURATION = { core: 3_600_000, search: 60_000, graphql: 3_600_000 };
export class RateLimits {
    now;
    windows = new Map();
    limits;
    constructor(budget = {}, now = Date.now) {
        this.now = now;
        this.limits = { core: budget.core ?? 5_000, search: budget.search ?? 30, graphql: budget.graphql ?? 5_000 };
    }
    /** The window after spending `points` (0 to look without spending). */
    charge(key, resource, points) {
        const id = `${key}:${resource}`;
        const now = this.now();
        let window = this.windows.get(id);
        if (!window || now >= window.start + DURATION[resource]) {
            window = { start: now, used: 0 };
            this.windows.set(id, window);
        }
        window.used += points;
        const limit = this.limits[resource];
        const reset = Math.ceil((window.start + DURATION[resource]) / 1000);
        return { limit, used: window.used, remaining: Math.max(0, limit - window.used), reset };
    }
    /** Whether the budget is spent already (before this request). */
    exhausted(key, resource) {
        const window = this.charge(key, resource, 0);
        return window.used >= window.limit;
    }
}
export function rateLimitHeaders(window, resource) {
    return {
        'x-ratelimit-limit': String(window.limit),
        'x-ratelimit-remaining': String(window.remaining),
        'x-ratelimit-used': String(window.used),
        'x-ratelimit-reset': String(window.reset),
        'x-ratelimit-resource': resource,
    };
}
