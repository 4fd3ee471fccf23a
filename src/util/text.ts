/** Small text helpers shared by the readers. */

/** Strict UTF-8 decoding: null instead of replacement characters, so that a reader can say the file is not text. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

export function firstLine(message: string): string {
  return message.split('\n')[0]!.trim()
}

/** The first `max` names, joined, then how many more: a log line stays readable on 10,000 history files. */
export function listSome(names: readonly string[], max = 10): string {
  const shown = names.slice(0, max).join(', ')
  return names.length > max ? `${shown} and ${names.length - max} more` : shown
}
