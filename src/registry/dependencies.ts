/**
 * Dependency analysis over the whole registry: each range checked against its target's registered version,
 * dependents (reverse dependencies), unknown targets and cycles.
 */
import type { ModuleRecord, Problem } from '../format/types.js'
import { compareStrings } from '../util/order.js'
import { satisfiesRange } from '../metadata/semver.js'

export interface DependencyAnalysis {
  /** Module -> sorted names of the modules that depend on it. */
  dependents: Map<string, string[]>
  /** Module -> problems with its dependencies. */
  problems: Map<string, Problem[]>
}

export function analyzeDependencies(modules: ReadonlyMap<string, ModuleRecord>): DependencyAnalysis {
  const dependents = new Map<string, string[]>([...modules.keys()].map((name) => [name, []]))
  const problems = new Map<string, Problem[]>([...modules.keys()].map((name) => [name, []]))

  for (const [name, module] of modules) {
    for (const [target, range] of Object.entries(module.dependencies)) {
      const dependency = modules.get(target)
      if (!dependency) {
        problems.get(name)!.push({
          level: 'warning',
          code: 'unknown-dependency',
          message: `depends on ${target} (${range}), which is not in the registry`,
        })
        continue
      }
      dependents.get(target)!.push(name)
      const version = dependency.fields.version
      if (version !== null && !satisfiesRange(version, range)) {
        problems.get(name)!.push({
          level: 'warning',
          code: 'unsatisfied-range',
          message: `requires ${target} ${range}, but the registry has ${target} ${version}`,
        })
      }
    }
  }
  for (const list of dependents.values()) list.sort(compareStrings)

  for (const cycle of findCycles(modules)) {
    const path = [...cycle, cycle[0]].join(' -> ')
    for (const name of cycle) {
      problems.get(name)!.push({ level: 'warning', code: 'dependency-cycle', message: `dependency cycle: ${path}` })
    }
  }
  return { dependents, problems }
}

/**
 * Strongly connected components of more than one module (Tarjan), each as a cycle path starting at its smallest
 * name. Self-dependencies are reported where they are declared, not here.
 */
export function findCycles(modules: ReadonlyMap<string, Pick<ModuleRecord, 'dependencies'>>): string[][] {
  const index = new Map<string, number>()
  const lowLink = new Map<string, number>()
  const onStack = new Set<string>()
  const stack: string[] = []
  const components: string[][] = []
  let counter = 0

  const edges = (name: string) =>
    Object.keys(modules.get(name)?.dependencies ?? {}).filter((target) => target !== name && modules.has(target))

  // Iterative, so that a long dependency chain cannot overflow the call stack.
  for (const start of [...modules.keys()].sort(compareStrings)) {
    if (index.has(start)) continue
    const work: { name: string; next: number }[] = [{ name: start, next: 0 }]
    index.set(start, counter)
    lowLink.set(start, counter++)
    stack.push(start)
    onStack.add(start)
    while (work.length > 0) {
      const frame = work[work.length - 1]!
      const targets = edges(frame.name)
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!
        if (!index.has(target)) {
          index.set(target, counter)
          lowLink.set(target, counter++)
          stack.push(target)
          onStack.add(target)
          work.push({ name: target, next: 0 })
        } else if (onStack.has(target)) {
          lowLink.set(frame.name, Math.min(lowLink.get(frame.name)!, index.get(target)!))
        }
        continue
      }
      work.pop()
      const parent = work[work.length - 1]
      if (parent) lowLink.set(parent.name, Math.min(lowLink.get(parent.name)!, lowLink.get(frame.name)!))
      if (lowLink.get(frame.name) === index.get(frame.name)) {
        const component: string[] = []
        let member: string
        do {
          member = stack.pop()!
          onStack.delete(member)
          component.push(member)
        } while (member !== frame.name)
        if (component.length > 1) components.push(cyclePath(component, edges))
      }
    }
  }
  return components.sort((a, b) => compareStrings(a[0]!, b[0]!))
}

/** One cycle through the component, from its smallest name, following the smallest edge that stays inside. */
function cyclePath(component: string[], edges: (name: string) => string[]): string[] {
  const members = new Set(component)
  const start = [...component].sort(compareStrings)[0]!
  const path = [start]
  const seen = new Set(path)
  let current = start
  for (;;) {
    const next = edges(current)
      .filter((target) => members.has(target))
      .sort(compareStrings)
      .find((target) => target === start || !seen.has(target))
    if (next === undefined || next === start) return path
    path.push(next)
    seen.add(next)
    current = next
  }
}
