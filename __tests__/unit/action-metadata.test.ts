/** action.yml and the code agree: every input the code reads is declared (and documented), and every output too. */
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { ROOT } from '../support/run.js'

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
  runs: { using: string; main: string }
}
const code = readdirSync(join(ROOT, 'src/action'))
  .map((file) => readFileSync(join(ROOT, 'src/action', file), 'utf8'))
  .join('\n')
const named = (pattern: RegExp) => new Set([...code.matchAll(pattern)].map((match) => match[1]!))

describe('action.yml', () => {
  it('declares every input the action reads, and reads every input it declares', () => {
    const read = named(
      /(?:getInput|getBooleanInput|booleanInput|secretInput|secondsInput|pemInput|input)\('([a-z-]+)'/g,
    )
    expect([...read].sort()).toEqual(Object.keys(action.inputs).sort())
  })

  it('declares every output the action sets', () => {
    const set = named(/setOutput\('([a-z-]+)'/g)
    expect([...set].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('documents each input and output and runs the committed bundle on node24', () => {
    for (const entry of [...Object.values(action.inputs), ...Object.values(action.outputs)])
      expect(entry.description.length).toBeGreaterThan(10)
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })
})
