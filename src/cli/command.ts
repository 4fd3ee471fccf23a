/** The shape of a `cim-registry` command, and the small helpers the commands share. */
import type { ParseArgsConfig } from 'node:util'

/** Bad usage: main prints the message and exits 2. */
export class UsageError extends Error {}

export interface Command {
  summary: string
  usage: string
  options: NonNullable<ParseArgsConfig['options']>
  run(values: Record<string, string | boolean | undefined>, positionals: string[]): Promise<number>
}

/** Runs `f`, turning what it throws into a UsageError. */
export function usage<T>(f: () => T): T {
  try {
    return f()
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
}

export function string(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}
