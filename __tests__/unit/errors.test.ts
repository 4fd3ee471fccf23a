/** One error hierarchy (src/errors.ts): every deliberate error is a CimError with a stable code; the public API is named. */
import { describe, expect, it } from '@jest/globals'
import { UsageError } from '../../src/cli/command.js'
import {
  ModuleNotFoundError,
  RegistryError,
  RegistryFileNotFoundError,
  RegistryNetworkError,
  RegistryParseError,
  SchemaVersionError,
  VersionNotFoundError,
} from '../../src/client/errors.js'
import { CimError } from '../../src/errors.js'
import { describeConnectError, NatsConnectError } from '../../src/events/connection.js'
import { PublishError } from '../../src/events/jetstream-publish.js'
import { SetupRefused } from '../../src/events/provision.js'
import { CommitOutcomeUnknownError, StaleHeadError } from '../../src/github/registry-branch.js'
import { WaitBudgetError } from '../../src/github/retry.js'
import * as api from '../../src/index.js'

describe('the error hierarchy', () => {
  it('gives every deliberate error a CimError code and a name of its own', () => {
    const errors: [CimError, string, string][] = [
      [new RegistryError('x'), 'REGISTRY', 'RegistryError'],
      [new ModuleNotFoundError('cim-x', []), 'MODULE_NOT_FOUND', 'ModuleNotFoundError'],
      [new VersionNotFoundError('cim-x', '1.0.0', []), 'VERSION_NOT_FOUND', 'VersionNotFoundError'],
      [new RegistryFileNotFoundError('x'), 'REGISTRY_FILE_NOT_FOUND', 'RegistryFileNotFoundError'],
      [new RegistryNetworkError('x', 503), 'REGISTRY_NETWORK', 'RegistryNetworkError'],
      [new RegistryParseError('x'), 'REGISTRY_PARSE', 'RegistryParseError'],
      [new SchemaVersionError('x', 9, 1), 'SCHEMA_VERSION', 'SchemaVersionError'],
      [new UsageError('x'), 'USAGE', 'UsageError'],
      [new NatsConnectError('x', true), 'NATS_CONNECT', 'NatsConnectError'],
      [new PublishError('x', 'timeout'), 'NATS_PUBLISH', 'PublishError'],
      [new SetupRefused(['x']), 'NATS_SETUP_REFUSED', 'SetupRefused'],
      [new StaleHeadError('x'), 'STALE_HEAD', 'StaleHeadError'],
      [new CommitOutcomeUnknownError('x'), 'COMMIT_OUTCOME_UNKNOWN', 'CommitOutcomeUnknownError'],
      [new WaitBudgetError('x', {}), 'WAIT_BUDGET_SPENT', 'WaitBudgetError'],
    ]
    for (const [error, code, name] of errors) {
      expect(error).toBeInstanceOf(CimError)
      expect(error).toBeInstanceOf(Error)
      expect([error.code, error.name]).toEqual([code, name])
    }
    // The client's family stays catchable as one.
    expect(new ModuleNotFoundError('cim-x', [])).toBeInstanceOf(RegistryError)
  })

  it('tells a refused NATS connection (no retry helps) from an unreachable one', () => {
    const auth = describeConnectError(
      Object.assign(new Error('Authorization Violation'), { name: 'AuthorizationError' }),
      ['nats://127.0.0.1:4222'],
    )
    expect([auth.code, auth.refused]).toEqual(['NATS_CONNECT', true])
    const down = describeConnectError(Object.assign(new Error('connect'), { cause: { code: 'ECONNREFUSED' } }), [
      'nats://127.0.0.1:4222',
    ])
    expect([down.refused, down.message]).toEqual([false, 'cannot reach NATS at nats://127.0.0.1:4222: ECONNREFUSED'])
  })
})

describe('the public API', () => {
  it('exports exactly the named client, errors and file vocabulary, no engine internals', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CimError',
      'DEFAULT_TIMEOUT_MS',
      'FIELD_NAMES',
      'FIELD_ORIGINS',
      'HEALTHS',
      'LIFECYCLE_STATUSES',
      'MODULE_TYPES',
      'ModuleNotFoundError',
      'REGISTRY_FILES',
      'REGISTRY_SCHEMA_VERSION',
      'REGISTRY_SPEC_HELP',
      'RegistryClient',
      'RegistryError',
      'RegistryFileNotFoundError',
      'RegistryNetworkError',
      'RegistryParseError',
      'SchemaVersionError',
      'VISIBILITIES',
      'VersionNotFoundError',
      'registryOptions',
    ])
  })
})
