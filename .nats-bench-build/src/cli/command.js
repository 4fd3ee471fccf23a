/** Bad usage: main prints the message and exits 2. */
export class UsageError extends Error {
}
/** Runs `f`, turning what it throws into a UsageError. */
export function usage(f) {
    try {
        return f();
    }
    catch (error) {
        throw new UsageError(error.message);
    }
}
export function string(value) {
    return typeof value === 'string' ? value : undefined;
}
