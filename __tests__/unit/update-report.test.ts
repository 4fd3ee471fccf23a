/**
 * What an update reports to the runner stays inside the runner's limits at any size: the job summary under its
 * 1 MiB (changed and problem modules first, then a count), and annotations at GitHub's 10 errors and 10 warnings
 * per step (the most important first, then one that says how many more status.json holds).
 */
import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { ANNOTATIONS_PER_LEVEL, annotateModules } from '../../src/action/annotations.js'
import { describeReads, renderUpdateSummary, SUMMARY_BUDGET } from '../../src/action/job-summary.js'
import { describeSummary, summarize } from '../../src/modes/summary.js'
import { listSome } from '../../src/util/text.js'
import type { Problem, RegistryModule } from '../../src/format/types.js'
import type { UpdatePlan } from '../../src/registry/update.js'

function module(i: number, problems: Problem[]): RegistryModule {
  return {
    name: `cim-module-${String(i).padStart(5, '0')}`,
    repository: null,
    visibility: 'public',
    archived: false,
    topics: ['cim'],
    lastCommit: null,
    lastUpdated: null,
    metadata: 'inferred',
    fields: {
      type: 'core',
      version: '0.1.0',
      description: null,
      category: null,
      status: null,
      owner: null,
      deployed: null,
    },
    origins: {},
    dependencies: {},
    problems,
    health: problems.some((p) => p.level === 'error') ? 'error' : problems.length ? 'warning' : 'ok',
    dependents: [],
  }
}

/** 20,000 modules, every one with a long error, a stale warning every 3rd, 300 added. */
function bigPlan(): UpdatePlan {
  const modules = new Map<string, RegistryModule>()
  for (let i = 0; i < 20_000; i++) {
    const problems: Problem[] = [
      { level: 'error', code: 'invalid-metadata', message: `cim.yaml: ${'a long explanation '.repeat(10)}${i}` },
    ]
    if (i % 3 === 0)
      problems.push({
        level: 'warning',
        code: 'stale',
        message: 'could not be read this run (timeout); its previous entry is kept',
      })
    const entry = module(i, problems)
    modules.set(entry.name, entry)
  }
  const added = [...modules.keys()].slice(0, 300)
  return {
    registry: {
      modules,
      problems: [{ level: 'warning', code: 'partial-view', message: 'the token cannot see 3 private modules' }],
    },
    changes: { added, removed: [], updated: new Map() },
    adopted: false,
    files: {},
    changedFiles: ['modules.yaml'],
    warnings: [],
    previousHash: null,
    registryHash: 'sha256:0',
    archived: new Map(),
  }
}

describe('job summary', () => {
  it('stays under the budget at 20,000 problem modules, errors first, then says how many more', () => {
    const plan = bigPlan()
    const reads = {
      read: { new: 300, moved: 2, stale: 0, error: 0, listed: 0, rules: 0, tags: 0, pending: 0 },
      carried: 19_698,
      failed: 0,
    }
    const text = renderUpdateSummary(plan, summarize(plan, false), reads)
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SUMMARY_BUDGET)
    expect(SUMMARY_BUDGET).toBeLessThan(1024 * 1024)
    expect(text).toContain('Read the files of 302 modules (300 new, 2 new commits); 19698 carried unchanged.')
    expect(text).toMatch(/<p>\d+ more changed or problem modules are not listed here/)
    expect(text).toContain('cim-module-00000')
  })

  it('says what was read and why', () => {
    expect(
      describeReads({
        read: { new: 0, moved: 0, stale: 0, error: 0, listed: 0, rules: 0, tags: 0, pending: 0 },
        carried: 9400,
        failed: 0,
      }),
    ).toBe('Read the files of 0 modules; 9400 carried unchanged.')
  })
})

describe('annotations', () => {
  const written: string[] = []
  afterEach(() => {
    jest.restoreAllMocks()
    written.length = 0
  })

  it('annotates at most 10 errors and 10 warnings, the last of each saying how many more', () => {
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
    annotateModules(bigPlan())
    const errors = written.filter((line) => line.startsWith('::error'))
    const warnings = written.filter((line) => line.startsWith('::warning'))
    expect(errors).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(warnings).toHaveLength(ANNOTATIONS_PER_LEVEL)
    expect(errors.at(-1)).toContain('19991 more errors are not annotated here')
    // The registry's own warning comes first, then stale modules.
    expect(warnings[0]).toContain('partial-view')
    expect(warnings.at(-1)).toContain(`${1 + Math.ceil(20_000 / 3) - 9} more warnings are not annotated here`)
  })

  it('annotates every problem when there are 10 or fewer', () => {
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk))
      return true
    })
    const plan = bigPlan()
    plan.registry.modules = new Map([...plan.registry.modules].slice(0, 10))
    plan.registry.problems = []
    annotateModules(plan)
    expect(written.filter((line) => line.startsWith('::error'))).toHaveLength(10)
    expect(written.join('')).not.toContain('more errors')
  })
})

describe('log lines', () => {
  it('name at most ten files, then how many more', () => {
    const files = Array.from({ length: 9_400 }, (_, i) => `history/cim-module-${i}.jsonl`)
    const plan = { ...bigPlan(), changedFiles: files }
    const [line] = describeSummary(plan, summarize(plan, false))
    expect(line).toBe(`20000 modules; changed: ${files.slice(0, 10).join(', ')} and 9390 more`)
    expect(listSome(['a', 'b'])).toBe('a, b')
    expect(listSome([])).toBe('')
  })
})
