/**
 * The run's date, used only for changelog headings. SOURCE_DATE_EPOCH (the reproducible-builds convention) pins it,
 * so that tests and reproducible runs give byte-identical files.
 */
export function runDate(env: NodeJS.ProcessEnv = process.env, now: () => number = Date.now): string {
  const epoch = env.SOURCE_DATE_EPOCH
  const millis = epoch !== undefined && /^\d+$/.test(epoch) ? Number(epoch) * 1000 : now()
  return new Date(millis).toISOString().slice(0, 10)
}
