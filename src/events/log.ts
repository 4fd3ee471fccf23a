/**
 * Structured log lines: one JSON object per line and per action (`dispatch`, `ack`, `term`, ...), so that a
 * service manager's journal can be filtered with jq and tests can follow what the bridge did.
 */
export type LogLevel = 'info' | 'warn' | 'error'

export type LogFields = Record<string, string | number | boolean | null | undefined | string[] | number[]>

export type Logger = (level: LogLevel, action: string, fields?: LogFields) => void

export function jsonLogger(
  write: (line: string) => void = (line) => process.stdout.write(line),
  now: () => Date = () => new Date(),
): Logger {
  return (level, action, fields = {}) => {
    write(`${JSON.stringify({ time: now().toISOString(), level, action, ...fields })}\n`)
  }
}

/** Sorted sequence numbers as compact ranges (`1-500,502`): a batch of thousands stays one short line. */
export function seqRanges(seqs: Iterable<number>): string {
  const sorted = [...new Set(seqs)].sort((a, b) => a - b)
  const parts: string[] = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`)
    i = j + 1
  }
  return parts.join(',')
}

/** The inverse of seqRanges. */
export function parseSeqRanges(text: string): number[] {
  if (text === '') return []
  return text.split(',').flatMap((part) => {
    const [from, to] = part.split('-').map(Number)
    if (to === undefined) return [from!]
    return Array.from({ length: to - from! + 1 }, (_, i) => from! + i)
  })
}
