/** "Did you mean": the registered names closest to a name that is not registered. */
import { compareStrings } from '../util/order.js'

/** At most `limit` names within a small edit distance of `wanted`, or containing it, closest first. */
export function closestNames(wanted: string, names: Iterable<string>, limit = 3): string[] {
  const maxDistance = Math.max(2, Math.floor(wanted.length / 4))
  const scored: [name: string, score: number][] = []
  for (const name of names) {
    const distance = editDistance(wanted, name, maxDistance)
    if (distance <= maxDistance) scored.push([name, distance])
    else if (wanted.length >= 3 && name.includes(wanted)) scored.push([name, maxDistance + 1])
  }
  return scored
    .sort(([a, x], [b, y]) => x - y || compareStrings(a, b))
    .slice(0, limit)
    .map(([name]) => name)
}

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      best = Math.min(best, current[j]!)
    }
    if (best > max) return max + 1
    previous = current
  }
  return previous[b.length]!
}
