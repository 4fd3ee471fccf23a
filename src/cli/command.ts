/** The shape of a `cim-registry` command, and the small helpers the commands share. */
import type { ParseArgsConfig } from 'node:util'
import type { RegistryClientOptions } from '../client/client.js'
import { registryOptions, REGISTRY_SPEC_HELP } from '../client/spec.js'
import { parsePositiveNumber } from '../util/numbers.js'
import { CimError } from '../errors.js'

/** Bad usage: main prints the message and exits 2. */
export class UsageError extends CimError {
  override name = 'UsageError'
  constructor(message: string) {
    super('USAGE', message)
  }
}

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

/** The registry a command reads: `--registry` (or CIM_REGISTRY) and `--timeout` in seconds. */
export function registryFromOptions(values: Record<string, string | boolean | undefined>): RegistryClientOptions {
  const spec = string(values.registry) ?? process.env.CIM_REGISTRY
  if (!spec) throw new UsageError(`no registry given: pass --registry (${REGISTRY_SPEC_HELP}) or set CIM_REGISTRY`)
  const timeout = string(values.timeout)
  const seconds =
    timeout === undefined ? undefined : usage(() => parsePositiveNumber(timeout, '--timeout', { unit: 'seconds' }))
  return usage(() => ({ ...registryOptions(spec), ...(seconds !== undefined ? { timeoutMs: seconds * 1000 } : {}) }))
}
