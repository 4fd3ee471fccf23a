/** Small text helpers shared by the readers. */
/** Strict UTF-8 decoding: null instead of replacement characters, so that a reader can say the file is not text. */
export declare function decodeUtf8(bytes: Uint8Array): string | null;
export declare function firstLine(message: string): string;
