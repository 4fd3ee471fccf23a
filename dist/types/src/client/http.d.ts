export interface HttpSettings {
    /** Sent as a bearer token, to the configured origin only. */
    token?: string;
    /** Milliseconds allowed for one file, redirects and body included. */
    timeoutMs: number;
    /** Largest file accepted, in bytes. */
    maxBytes: number;
}
export interface HttpReaderOptions extends HttpSettings {
    /** Extra request headers (the GitHub API's media type and version). */
    headers?: Record<string, string>;
    /** What to check when the answer is 404, in words for the message. */
    notFoundHint: string;
}
export declare class HttpReader {
    private readonly options;
    private readonly origin;
    /** The last copy of each file that came with an ETag, by URL. */
    private readonly copies;
    constructor(base: URL, options: HttpReaderOptions);
    read(url: URL): Promise<string>;
    private follow;
    private statusError;
}
/** A URL as shown in messages: without its query, which may hold a per-file token (raw.githubusercontent.com does). */
export declare function shownUrl(url: URL): string;
