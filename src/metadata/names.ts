/**
 * Module names and the pattern that says which repositories are modules.
 *
 * A module name is also a repository name, a YAML key, a Markdown link text and a mermaid node id, so it is held to
 * the strictest of those: lowercase ASCII letters and digits in hyphen-separated words, at most 100 characters
 * (GitHub's limit for a repository name).
 */
import type { ModuleType } from '../format/types.js'

const MODULE_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_NAME_LENGTH = 100

export function isModuleName(name: string): boolean {
  return typeof name === 'string' && name.length <= MAX_NAME_LENGTH && MODULE_NAME.test(name)
}

/** Why a name is not a module name, in words a person can act on; null when it is one. */
export function moduleNameError(name: string): string | null {
  if (isModuleName(name)) return null
  if (name.length === 0) return 'a module name cannot be empty'
  if (name.length > MAX_NAME_LENGTH) return `a module name has at most ${MAX_NAME_LENGTH} characters`
  return `${JSON.stringify(name)} is not a module name (lowercase letters, digits and single hyphens, e.g. cim-domain)`
}

/** The default module pattern: the repository `cim` and every `cim-*` repository. */
export const DEFAULT_MODULE_PATTERN = 'cim,cim-*'

/** A compiled module pattern: comma-separated globs in which `*` stands for any run of name characters. */
export interface ModulePattern {
  source: string
  matches(name: string): boolean
}

export function compileModulePattern(source: string = DEFAULT_MODULE_PATTERN): ModulePattern {
  const globs = source
    .split(',')
    .map((glob) => glob.trim())
    .filter((glob) => glob.length > 0)
  if (globs.length === 0) throw new Error(`module pattern ${JSON.stringify(source)} names no glob`)
  const regexes = globs.map((glob) => {
    if (!/^[a-z0-9*-]+$/.test(glob)) {
      throw new Error(`module pattern glob ${JSON.stringify(glob)} may hold only lowercase letters, digits, - and *`)
    }
    return new RegExp(`^${glob.replace(/\*/g, '[a-z0-9-]*')}$`)
  })
  return { source, matches: (name) => isModuleName(name) && regexes.some((regex) => regex.test(name)) }
}

/** The naming convention's type, the last evidence weighed: `cim-start`: template; `cim-domain-*`: domain; else core. */
export function typeByName(name: string): ModuleType {
  if (name === 'cim-start') return 'template'
  if (name.startsWith('cim-domain-')) return 'domain'
  return 'core'
}
