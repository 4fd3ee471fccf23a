/**
 * The run's date, used only for changelog headings. SOURCE_DATE_EPOCH (the reproducible-builds convention) pins it,
 * so that tests and reproducible runs give byte-identical files.
 */
export function runDate(env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): string {
  const epoch = env.SOURCE_DATE_EPOCH
  const millis = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now()
  return new Date(millis).toISOString().slice(0, 10)
}

/** Any ISO-8601 time as the registry writes times (GitHub's form): UTC, whole seconds, `Z`. Null when unparsable. */
export function toUtcSeconds(iso: string): string | null {
  const time = Date.parse(iso)
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z')
}
