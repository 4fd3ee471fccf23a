/** Small text helpers shared by the readers. */
/** Strict UTF-8 decoding: null instead of replacement characters, so that a reader can say the file is not text. */
export declare function decodeUtf8(bytes: Uint8Array): string | null;
export declare function firstLine(message: string): string;
/** The first `max` names, joined, then how many more: a log line stays readable on 10,000 history files. */
export declare function listSome(names: readonly string[], max?: number): string;
