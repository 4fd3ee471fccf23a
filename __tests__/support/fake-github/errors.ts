/**
 * The two kinds of failure a handler or resolver raises on purpose: an error GitHub itself gives (with its `type`),
 * and a limitation of the fake, which is answered and recorded as a violation so that no test silently relies on it.
 */

/** An error GitHub reports with a top-level `type` (NOT_FOUND, FORBIDDEN, STALE_DATA...), next to `path` and `message`. */
export class GitHubError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message)
  }
}

/** Something GitHub supports that the fake does not. */
export class FakeLimitation extends Error {}
