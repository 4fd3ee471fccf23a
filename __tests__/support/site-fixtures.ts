/**
 * Registries for the site's tests and benchmark: the example organization's, and synthetic ones of any size with
 * every type, health, category and status, private modules, dependencies that hold and that break, and
 * descriptions made of varied words (so that a search for one word finds few modules). No jest APIs here.
 */
import { join } from 'node:path'
import { MODULE_TYPES } from '../../src/format/types.js'
import { engineRegistry, engineRegistryOf, snapshot } from './registry-server.js'
import { ROOT } from './run.js'

const WORDS = [
  'ledger',
  'invoice',
  'shipment',
  'payroll',
  'clinic',
  'harvest',
  'tariff',
  'beacon',
  'quorum',
  'lattice',
  'orbit',
  'canyon',
  'ember',
  'glacier',
  'meadow',
  'prism',
  'quasar',
  'relay',
  'summit',
  'tundra',
  'vertex',
  'willow',
  'zephyr',
  'atlas',
  'cobalt',
  'delta',
  'falcon',
  'garnet',
  'helix',
  'indigo',
]
const STATUSES = ['planning', 'development', 'pilot', 'production', 'deprecated']

export const syntheticName = (i: number) => `cim-site-${String(i).padStart(5, '0')}`

/** The description of synthetic module i: three words of WORDS and its number spelled out as a unique token. */
export function syntheticDescription(i: number): string {
  const word = (k: number) => WORDS[(i * 7 + k * 13) % WORDS.length]
  return `Handles ${word(0)} and ${word(1)} events for the ${word(2)} service, unit u${i}x`
}

/** A topic that only synthetic module i has. */
export const syntheticTopic = (i: number) => `ring${i}x`

/** Registry files of `count` synthetic modules; every seventh is private, every 50th wants a version it lacks. */
export function syntheticRegistry(count: number): Record<string, string> {
  const version = (i: number) => `0.${i % 20}.${i % 7}`
  const snapshots = Array.from({ length: count }, (_, i) => {
    const dependencies = [1, 17, 331]
      .filter((step) => i - step >= 0)
      .map((step) => `    ${syntheticName(i - step)}: "${i % 50 === 0 ? '>=9.0.0' : `^${version(i - step)}`}"`)
    const cimYaml = [
      'module:',
      `  name: ${syntheticName(i)}`,
      `  type: ${MODULE_TYPES[i % MODULE_TYPES.length]}`,
      `  version: "${version(i)}"`,
      `  description: "${syntheticDescription(i)}"`,
      `  category: "category-${i % 12}"`,
      `  status: ${STATUSES[i % STATUSES.length]}`,
      ...(i % 7 === 3 ? ['  visibility: private'] : []),
      ...(dependencies.length > 0 ? ['  dependencies:', ...dependencies] : []),
    ].join('\n')
    return {
      ...snapshot(syntheticName(i), { 'cim.yaml': `${cimYaml}\n` }),
      topics: ['cim', WORDS[i % WORDS.length]!, syntheticTopic(i)],
    }
  })
  return engineRegistry(snapshots)
}

/** The registry files of examples/org, as `update` writes them. */
export function exampleRegistry(): Promise<Record<string, string>> {
  return engineRegistryOf(join(ROOT, 'examples/org'), 'example-org')
}
