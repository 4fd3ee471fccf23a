/** Numbers typed by people (inputs, options): one parser, one message. */

/**
 * The number in `text`, which must be positive (and at most `max`); otherwise an Error that names `what` and the text
 * given, e.g. `input request-timeout is "-1"; it must be a positive number of seconds`.
 */
export function parsePositiveNumber(text: string, what: string, options: { unit?: string; max?: number } = {}): number {
  const value = Number(text)
  const unit = options.unit ? ` of ${options.unit}` : ''
  const limit = options.max !== undefined ? ` up to ${options.max}` : ''
  if (
    text.trim() === '' ||
    !Number.isFinite(value) ||
    value <= 0 ||
    (options.max !== undefined && value > options.max)
  ) {
    throw new Error(`${what} is ${JSON.stringify(text)}; it must be a positive number${unit}${limit}`)
  }
  return value
}
