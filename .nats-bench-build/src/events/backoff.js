/** The delay before retry number `attempt` (0 for the first retry). */
export function backoffDelay(attempt, backoff) {
    const exponent = Math.min(Math.max(attempt, 0), 30);
    return Math.min(backoff.initialMs * 2 ** exponent, backoff.maxMs);
}
export function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        }
        signal?.addEventListener('abort', done, { once: true });
    });
}
