#!/usr/bin/env node
/**
 * Writes the REST contract of the fake GitHub server: the operations the fake implements, cut from GitHub's own
 * OpenAPI description (@octokit/openapi, pinned below) together with every component they reference, plus the list
 * of all of GitHub's routes so that the fake can tell "a real route it does not implement" (501) from "no such
 * route" (404).
 *
 *   node scripts/github-rest-subset.mjs                # fetches the pinned package with `npm pack` (needs npm's registry)
 *   node scripts/github-rest-subset.mjs --spec FILE    # or reads a downloaded api.github.com.json
 *
 * The full package is 385 MB unpacked, which is why it is not a dependency: only this subset is committed, at
 * __tests__/support/fake-github/contract/github-rest-subset.json. To change the contract, edit OPENAPI_VERSION or
 * OPERATIONS and run the script again.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const OPENAPI_VERSION = '23.0.2'

/** The operations the fake implements, by GitHub's operationId. */
export const OPERATIONS = [
  'repos/get',
  'repos/create-dispatch-event',
  'repos/list-commits',
  'repos/get-content',
  'git/get-blob',
  'repos/list-for-org',
  'search/repos',
  'rate-limit/get',
]

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const OUTPUT = join(ROOT, '__tests__/support/fake-github/contract/github-rest-subset.json')
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']

function main(argv) {
  const specIndex = argv.indexOf('--spec')
  const spec = JSON.parse(specIndex >= 0 ? readFileSync(argv[specIndex + 1], 'utf8') : downloadSpec())
  if (spec.info?.version !== OPENAPI_VERSION) {
    throw new Error(`the spec is version ${spec.info?.version}, this script is pinned to ${OPENAPI_VERSION}`)
  }
  const subset = cutSubset(spec, OPERATIONS)
  writeFileSync(OUTPUT, `${JSON.stringify(subset, null, 1)}\n`)
  const size = Buffer.byteLength(JSON.stringify(subset))
  console.log(
    `wrote ${OUTPUT}: ${OPERATIONS.length} operations, ${Object.keys(subset['x-all-routes']).length} routes, ${size} bytes`,
  )
}

/** `npm pack` fetches the tarball through npm's own client (and cache); only the one file is extracted. */
function downloadSpec() {
  const dir = mkdtempSync(join(tmpdir(), 'github-openapi-'))
  try {
    const tarball = execFileSync('npm', ['pack', `@octokit/openapi@${OPENAPI_VERSION}`, '--silent'], {
      cwd: dir,
      encoding: 'utf8',
    }).trim()
    const member = 'package/generated/api.github.com.json'
    execFileSync('tar', ['-xzf', tarball.split('\n').pop(), member], { cwd: dir })
    return readFileSync(join(dir, member), 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export function cutSubset(spec, operationIds) {
  const wanted = new Set(operationIds)
  const paths = {}
  for (const [template, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method]
      if (!operation || !wanted.has(operation.operationId)) continue
      paths[template] ??= item.parameters ? { parameters: item.parameters } : {}
      paths[template][method] = withoutExamples(operation)
      wanted.delete(operation.operationId)
    }
  }
  if (wanted.size > 0) throw new Error(`operations not in the spec: ${[...wanted].join(', ')}`)

  const components = {}
  const copyReferences = (node) => {
    if (Array.isArray(node)) return node.forEach(copyReferences)
    if (!node || typeof node !== 'object') return
    const ref = node.$ref
    if (typeof ref === 'string') {
      const [, kind, name] = /^#\/components\/([^/]+)\/(.+)$/.exec(ref) ?? []
      if (!kind) throw new Error(`unsupported $ref ${ref}`)
      components[kind] ??= {}
      if (!(name in components[kind])) {
        const target = spec.components[kind]?.[name]
        if (target === undefined) throw new Error(`dangling $ref ${ref}`)
        components[kind][name] = withoutExamples(target)
        copyReferences(components[kind][name])
      }
    }
    for (const value of Object.values(node)) copyReferences(value)
  }
  copyReferences(paths)
  for (const kind of Object.keys(components)) components[kind] = sortKeys(components[kind])

  // Every route with its methods, and the parameters that may hold slashes (`contents/{path}`), so that the router
  // can place any request: implemented, real but not implemented, or no such route.
  const allRoutes = {}
  const multiSegment = {}
  for (const [template, item] of Object.entries(spec.paths)) {
    const methods = METHODS.filter((method) => item[method])
    allRoutes[template] = methods
    const parameters = methods.flatMap((method) => [...(item.parameters ?? []), ...(item[method].parameters ?? [])])
    const names = parameters
      .map((parameter) => (parameter.$ref ? spec.components.parameters[parameter.$ref.split('/').pop()] : parameter))
      .filter((parameter) => parameter['x-multi-segment'] && parameter.in === 'path')
      .map((parameter) => parameter.name)
    if (names.length > 0) multiSegment[template] = [...new Set(names)]
  }

  return {
    openapi: spec.openapi,
    info: { title: spec.info.title, version: spec.info.version },
    'x-openapi-version': OPENAPI_VERSION,
    'x-source': `@octokit/openapi@${OPENAPI_VERSION} generated/api.github.com.json, cut by scripts/github-rest-subset.mjs`,
    'x-operations': operationIds,
    paths,
    components,
    'x-all-routes': allRoutes,
    'x-multi-segment': multiSegment,
  }
}

/** Examples are documentation (and often stale, see the research notes); the validator needs only the schemas. */
function withoutExamples(node) {
  if (Array.isArray(node)) return node.map(withoutExamples)
  if (!node || typeof node !== 'object') return node
  const out = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'examples' || key === 'example') continue
    out[key] = withoutExamples(value)
  }
  return out
}

function sortKeys(record) {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2))
