/**
 * private-domains.yaml: private modules grouped by category. The file is edited in place through the `yaml`
 * Document API, so that the comments, the order and the values people write into it by hand survive every run.
 */
import { isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq, type Document, type Node, type Pair } from 'yaml'
import { sortedUnique } from '../../util/order.js'
import { REGISTRY_SCHEMA_VERSION, type Problem, type Registry, type RegistryModule } from '../../format/types.js'
import { UNCATEGORIZED } from '../../format/files.js'

const HEADER = [
  ' Private CIM domains, grouped by category, kept by cim-registry-action.',
  ' Entries of private module repositories are updated on every run. Hand-written values (owner, status, deployed),',
  ' hand-written entries for domains no token can see (marked verified: false) and these comments are kept.',
].join('\n')

/** Comment lines that hold unexpanded shell text, such as `# Last updated: $(date -I)`, are dropped. */
const STRAY_SHELL_TEXT = /\$\(|`[^`]*`/

export interface PrivateDomainsResult {
  text: string
  /** Hand-kept entries that match no repository the source can see. */
  unverified: string[]
  /** Set when the existing file cannot be read: it is then left exactly as it is, for a person to mend. */
  problem?: Problem
}

export function renderPrivateDomains(registry: Registry, existing: string | undefined): PrivateDomainsResult {
  const doc = openDocument(existing)
  if (!doc) {
    const parsed = parseDocument(existing!)
    const error = parsed.errors[0]
    const where = error ? ` (${error.message.split('\n')[0]})` : ' (its root is not a mapping)'
    return {
      text: existing!,
      unverified: [],
      problem: {
        level: 'error',
        code: 'registry-file',
        message: `private-domains.yaml could not be parsed${where}: it was left unchanged so that nothing written by hand is lost; mend it by hand`,
      },
    }
  }
  const root = doc.contents as YAMLMap
  if (!root.has('schema_version'))
    root.items.unshift(doc.createPair('schema_version', REGISTRY_SCHEMA_VERSION) as never)
  let byCategory = root.get('private_domains', true) as unknown
  if (!isMap(byCategory)) {
    byCategory = new YAMLMap()
    root.set('private_domains', byCategory)
  }

  const privateModules = new Map(
    [...registry.modules.values()]
      .filter((module) => module.visibility === 'private')
      .map((module) => [module.name, module]),
  )
  const placed = new Set<string>()
  const unverified: string[] = []

  const categories = byCategory as YAMLMap
  for (const pair of [...categories.items]) {
    const list = pair.value
    if (!isSeq(list)) continue
    for (const item of [...list.items]) {
      if (!isMap(item)) continue
      const name = String(item.get('name') ?? '')
      const module = privateModules.get(name)
      const category = module ? categoryOf(module) : null
      if (registry.modules.has(name) && !module) {
        list.items.splice(list.items.indexOf(item), 1) // the module is public now: it has no place here
      } else if (!module) {
        setValue(doc, item, 'verified', false)
        unverified.push(name)
      } else if (!sameCategory(keyOf(pair), category!)) {
        list.items.splice(list.items.indexOf(item), 1)
        seqFor(doc, categories, category!).items.push(item)
        updateItem(doc, item, module)
        placed.add(name)
      } else {
        updateItem(doc, item, module)
        placed.add(name)
      }
    }
  }
  for (const module of privateModules.values()) {
    if (placed.has(module.name)) continue
    const item = new YAMLMap()
    item.set('name', module.name)
    updateItem(doc, item, module)
    seqFor(doc, categories, categoryOf(module)).items.push(item)
  }
  categories.items = categories.items.filter(
    (pair) => !isSeq(pair.value) || pair.value.items.length > 0 || pair.value.commentBefore,
  )
  categories.flow = categories.items.length === 0 // `private_domains: {}` when empty, block style otherwise
  const text = doc.toString(STRINGIFY)
  // The yaml library lays out some hand text its own way (a blank line before a trailing comment, say). When the
  // run changed nothing in the document, the file is kept byte for byte: a hand edit never causes a noise commit.
  const unchanged =
    existing !== undefined && existing.trim() !== '' && text === openDocument(existing)!.toString(STRINGIFY)
  return { text: unchanged ? existing : text, unverified: unverified.sort() }
}

const STRINGIFY = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const

/** The file's document; a fresh one when there is no file; null when the file exists but cannot be edited safely. */
function openDocument(existing: string | undefined): Document | null {
  if (existing !== undefined && existing.trim() !== '') {
    const doc = parseDocument(existing)
    if (doc.errors.length > 0 || !isMap(doc.contents)) return null
    doc.commentBefore = withoutStrayText(doc.commentBefore)
    return doc
  }
  const fresh = parseDocument('private_domains: {}\n')
  fresh.commentBefore = HEADER
  return fresh
}

/** What the registry knows about a module, written over the item; keys it does not know keep their hand value. */
function updateItem(doc: Document, item: YAMLMap, module: RegistryModule): void {
  const { fields } = module
  if (fields.description !== null) setValue(doc, item, 'description', fields.description)
  if (fields.owner !== null) setValue(doc, item, 'owner', fields.owner)
  if (fields.status !== null) setValue(doc, item, 'status', fields.status)
  if (fields.deployed !== null) setValue(doc, item, 'deployed', fields.deployed)
  const used = sortedUnique(Object.keys(module.dependencies))
  if (used.length > 0) setValue(doc, item, 'modules_used', used)
  if (item.has('verified')) item.delete('verified')
}

/** Sets a value, touching the node only when the value differs, so that its comments and quoting stay. */
function setValue(doc: Document, map: YAMLMap, key: string, value: string | boolean | string[]): void {
  const current = map.get(key, true) as Node | undefined
  if (isScalar(current) && current.value === value) return
  if (isSeq(current) && Array.isArray(value) && sameItems(current, value)) return
  if (isScalar(current) && !Array.isArray(value)) {
    current.value = value
    return
  }
  const node = doc.createNode(value)
  if (isSeq(node)) node.flow = false
  map.set(key, node)
}

function sameItems(seq: YAMLSeq, values: string[]): boolean {
  return seq.items.length === values.length && seq.items.every((item, i) => isScalar(item) && item.value === values[i])
}

function seqFor(doc: Document, categories: YAMLMap, category: string): YAMLSeq {
  const existing = categories.items.find((pair) => sameCategory(keyOf(pair), category))?.value
  if (isSeq(existing)) return existing
  const seq = doc.createNode([]) as YAMLSeq
  seq.flow = false
  categories.set(category, seq)
  return seq
}

/** A map key as text: parsed keys are Scalar nodes, keys this tool adds are plain strings. */
function keyOf(pair: Pair): string {
  return String(isScalar(pair.key) ? pair.key.value : pair.key)
}

/** Hand-kept files write `financial_services` where cim.yaml writes `financial-services`: the same category. */
function sameCategory(a: string, b: string): boolean {
  return a.replace(/_/g, '-') === b.replace(/_/g, '-')
}

function categoryOf(module: RegistryModule): string {
  return module.fields.category ?? UNCATEGORIZED
}

function withoutStrayText(comment: string | null | undefined): string | null {
  if (!comment) return null
  return comment
    .split('\n')
    .filter((line) => !STRAY_SHELL_TEXT.test(line))
    .join('\n')
}
