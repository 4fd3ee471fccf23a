/**
 * RegistryClient against registries the engine generated: served by a real HTTP server on 127.0.0.1 (ETag and 304,
 * redirects, a hanging, failing or garbage-serving server), through an emulated GitHub contents API, and from a
 * directory. Errors must be typed, clear, and free of the token.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { RegistryClient, type RegistryClientOptions } from '../../src/client/client.js'
import {
  ModuleNotFoundError,
  RegistryFileNotFoundError,
  RegistryNetworkError,
  RegistryParseError,
  SchemaVersionError,
} from '../../src/client/errors.js'
import { registryOptions } from '../../src/client/spec.js'
import * as lib from '../../src/index.js'
import type { StatusFile } from '../../src/format/types.js'
import {
  engineRegistry,
  engineRegistryOf,
  snapshot,
  startRegistryServer,
  type RegistryServer,
} from '../support/registry-server.js'
import { ROOT } from '../support/run.js'
import { tempDir, writeTree } from '../support/temp.js'
import { REGISTRY_FILES } from '../../src/format/files.js'

const TOKEN = 'ghs_test-token-0123456789'

let example: Record<string, string>
let server: RegistryServer
let served = 0

beforeAll(async () => {
  example = await engineRegistryOf(join(ROOT, 'examples/org'), 'example-org')
  server = await startRegistryServer()
})
afterAll(() => server.close())

/** Serves `files` under a path of their own, so that each test counts only its own requests. */
function serve(files: Record<string, string> = example): { url: string; path: (file: string) => string } {
  const prefix = `/example-org/cim/r${++served}/registry`
  server.serveRegistry(prefix, files)
  return { url: `${server.origin}${prefix}/`, path: (file) => `${prefix}/${file}` }
}

function directory(files: Record<string, string | Uint8Array>): string {
  return writeTree(tempDir('cim-client-'), files)
}

/** The error a promise rejects with (failing the test when it resolves). */
async function failure(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: Error) => error,
  )
}

describe('queries over the example registry', () => {
  const client = () => new RegistryClient({ url: serve().url })

  it('lists, gets and filters modules with the types of modules.yaml', async () => {
    const registry = client()
    const all = await registry.listModules()
    const names = all.map((module) => module.name)
    expect(names).toHaveLength(14)
    expect(names).toEqual([...names].sort())
    expect(await registry.getModule('cim-domain-identity')).toMatchObject({
      name: 'cim-domain-identity',
      type: 'domain',
      version: '0.1.2',
      metadata: 'inferred',
      dependencies: { 'cim-domain': '=0.3.0', 'cim-security': '^0.2.0-alpha.1', 'cim-subject': '^1.0' },
    })
    expect((await registry.listByType('domain')).map((module) => module.name)).toEqual([
      'cim-domain-identity',
      'cim-domain-location',
      'cim-domain-mortgage',
      'cim-domain-patient-care',
      'cim-domain-person',
      'cim-domain-workflow',
    ])
    expect((await registry.listByType('template')).map((module) => module.name)).toEqual(['cim-start'])
    expect(await registry.listByType('integration')).toEqual([])
    expect(
      (await registry.listModules({ type: 'domain', visibility: 'private' })).map((module) => module.name),
    ).toEqual(['cim-domain-mortgage', 'cim-domain-patient-care'])
    expect((await registry.listModules({ status: 'production' })).map((module) => module.name)).toEqual([
      'cim-domain',
      'cim-start',
      'cim-subject',
    ])
    expect((await registry.listModules({ category: 'healthcare' })).map((module) => module.name)).toEqual([
      'cim-domain-patient-care',
    ])
  })

  it('follows dependencies both ways, with the registered versions checked against the ranges', async () => {
    const registry = client()
    expect(await registry.dependenciesOf('cim-domain-workflow')).toEqual([
      {
        from: 'cim-domain-workflow',
        to: 'cim-domain',
        range: '^0.2',
        registered: true,
        version: '0.3.0',
        satisfied: false,
      },
      {
        from: 'cim-domain-workflow',
        to: 'cim-domain-identity',
        range: '>=0.1.0 <0.2.0',
        registered: true,
        version: '0.1.2',
        satisfied: true,
      },
    ])
    expect(
      (await registry.dependentsOf('cim-domain-identity')).map((link) => [link.from, link.range, link.satisfied]),
    ).toEqual([
      ['cim-domain-mortgage', '^0.1', true],
      ['cim-domain-patient-care', '^0.1', true],
      ['cim-domain-workflow', '>=0.1.0 <0.2.0', true],
    ])
    expect(await registry.dependentsOf('cim-bridge')).toEqual([])
    // The reverse index agrees with the dependents the engine wrote into status.json, for every module.
    const status = await registry.status()
    for (const [name, module] of Object.entries(status.modules)) {
      expect((await registry.dependentsOf(name)).map((link) => link.from)).toEqual(module.dependents)
    }
  })

  it('checks a registered version against a range, with the engine semver rules', async () => {
    const registry = client()
    expect(await registry.satisfies('cim-domain', '^0.3')).toBe(true)
    expect(await registry.satisfies('cim-domain', '^0.2')).toBe(false)
    expect(await registry.satisfies('cim-security', '^0.2.0-alpha.0')).toBe(true)
    expect(await registry.satisfies('cim-security', '>=0.1.0')).toBe(false) // a prerelease satisfies only ranges of its own version
    await expect(registry.satisfies('cim-domain', 'not a range')).rejects.toThrow(RangeError)
    await expect(registry.satisfies('cim-nope', '*')).rejects.toThrow(ModuleNotFoundError)
  })

  it('searches names, descriptions and categories for every word, exact and name matches first', async () => {
    const registry = client()
    expect((await registry.search('cim-domain')).map((module) => module.name)[0]).toBe('cim-domain')
    expect((await registry.search('Workflow DOMAIN')).map((module) => module.name)).toEqual([
      'cim-domain-workflow', // both words in the name
      'cim-domain-identity', // "workflows" in its description
      'cim-domain-mortgage',
    ])
    expect((await registry.search('financial-services')).map((module) => module.name)).toEqual(['cim-domain-mortgage'])
    expect(await registry.search('no such words')).toEqual([])
    await expect(registry.search('   ')).rejects.toThrow(RangeError)
  })

  it('reads status.json and private-domains.yaml', async () => {
    const registry = client()
    const status = await registry.status()
    expect(status.totals).toMatchObject({ modules: 14, by_visibility: { public: 12, private: 2 } })
    expect(status.modules['cim-bridge']).toMatchObject({ health: 'error' })
    const domains = await registry.privateDomains()
    expect(domains.schema_version).toBe(1)
    expect(domains.private_domains.healthcare).toEqual([
      expect.objectContaining({ name: 'cim-domain-patient-care', owner: 'health-system-a' }),
    ])
  })

  it('says which module is missing, and suggests close names', async () => {
    const registry = client()
    const error = await failure(registry.getModule('cim-domian'))
    expect(error).toBeInstanceOf(ModuleNotFoundError)
    expect(error.message).toBe('no module "cim-domian" in the registry; did you mean cim-domain?')
    expect((error as ModuleNotFoundError).suggestions).toEqual(['cim-domain'])
    expect(await failure(registry.dependentsOf('mortgage'))).toMatchObject({ suggestions: ['cim-domain-mortgage'] })
    expect((await failure(registry.getModule('zzz'))).message).toBe('no module "zzz" in the registry')
    await expect(registry.listByType('service' as never)).rejects.toThrow(
      'unknown module type "service"; one of template, core, domain, integration, utility',
    )
    await expect(registry.listModules({ visibility: 'internal' as never })).rejects.toThrow(RangeError)
  })

  it('hands out frozen modules, so that no caller can change what the next query sees', async () => {
    const registry = client()
    const module = await registry.getModule('cim-domain')
    expect(() => {
      ;(module as { version: string | null }).version = '9.9.9'
    }).toThrow(TypeError)
    expect(() => {
      module.topics.push('x')
    }).toThrow(TypeError)
    const list = await registry.listByType('domain')
    list.pop() // the list is the caller's own copy
    expect(await registry.listByType('domain')).toHaveLength(6)
  })
})

describe('HTTP', () => {
  it('fetches each file once, however many queries follow, concurrent ones included', async () => {
    const { url, path } = serve()
    const registry = new RegistryClient({ url })
    await Promise.all([
      registry.listModules(),
      registry.getModule('cim-domain'),
      registry.search('domain'),
      registry.status(),
      registry.status(),
    ])
    await registry.dependentsOf('cim-domain')
    await registry.listByType('core')
    expect(server.requestsFor(path('modules.yaml'))).toHaveLength(1)
    expect(server.requestsFor(path('status.json'))).toHaveLength(1)
    expect(server.requestsFor(path('private-domains.yaml'))).toHaveLength(0)
  })

  it('revalidates with If-None-Match after refresh(): a 304 reuses the copy held, a change is read', async () => {
    const { url, path } = serve()
    const registry = new RegistryClient({ url })
    const before = await registry.getModule('cim-domain')
    registry.refresh()
    const after = await registry.getModule('cim-domain')
    const [first, second] = server.requestsFor(path('modules.yaml'))
    expect(first!.headers['if-none-match']).toBeUndefined()
    expect(second!.headers['if-none-match']).toMatch(/^".+"$/)
    expect(second!.status).toBe(304)
    expect(after).toBe(before) // the same object: nothing was parsed again

    server.serve(path('modules.yaml'), example['modules.yaml']!.replace('version: "0.3.0"', 'version: "0.4.0"'))
    registry.refresh()
    expect(await registry.getModule('cim-domain')).toMatchObject({ version: '0.4.0' })
    expect(server.requestsFor(path('modules.yaml'))[2]!.status).toBe(200)
  })

  it('sends the token to the configured host only, also when redirected to another', async () => {
    const other = await startRegistryServer()
    try {
      const { url, path } = serve()
      other.serveRegistry('/elsewhere', example)
      server.redirect(path('status.json'), `${other.origin}/elsewhere/status.json`)
      const registry = new RegistryClient({ url, token: TOKEN })
      expect((await registry.status()).totals.modules).toBe(14)
      await registry.getModule('cim-domain')
      expect(server.requestsFor(path('status.json'))[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`)
      expect(server.requestsFor(path('modules.yaml'))[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`)
      expect(other.requests).toHaveLength(1)
      expect(other.requests[0]!.headers.authorization).toBeUndefined()
    } finally {
      await other.close()
    }
  })

  it('refuses to send a token over plain http to a host that is not loopback, or a URL with credentials', () => {
    const attempt = (options: RegistryClientOptions) => () => new RegistryClient(options)
    expect(attempt({ url: 'http://registry.example/cim/', token: TOKEN })).toThrow(
      'refusing to send a token over plain http to registry.example; use https',
    )
    expect(attempt({ url: 'https://user:secret@registry.example/cim/' })).toThrow('must not hold credentials')
    expect(attempt({ url: 'ftp://registry.example/' })).toThrow('must be http or https')
    expect(attempt({ url: 'not a url' })).toThrow('"not a url" is not a valid registry URL')
    expect(attempt({ url: 'https://registry.example/cim/', token: TOKEN })).not.toThrow()
  })

  it('gives up on a server that never answers, with a clear error within the timeout', async () => {
    const { url } = serve()
    server.misbehaviour = 'hang'
    try {
      const error = await failure(new RegistryClient({ url, timeoutMs: 200 }).listModules())
      expect(error).toBeInstanceOf(RegistryNetworkError)
      expect(error.message).toBe(`${url}modules.yaml: no complete answer within 200 ms`)
    } finally {
      server.misbehaviour = 'none'
    }
  }, 10_000)

  it('gives up on a body that stops half way', async () => {
    const { url } = serve()
    server.misbehaviour = 'stall'
    try {
      const error = await failure(new RegistryClient({ url, timeoutMs: 200 }).status())
      expect(error).toBeInstanceOf(RegistryNetworkError)
      expect(error.message).toContain('status.json: no complete answer within 200 ms')
    } finally {
      server.misbehaviour = 'none'
    }
  }, 10_000)

  it('reports a 500 with its status, and tries again on the next query', async () => {
    const { url } = serve()
    const registry = new RegistryClient({ url })
    server.misbehaviour = 'error'
    try {
      const error = await failure(registry.getModule('cim-domain'))
      expect(error).toBeInstanceOf(RegistryNetworkError)
      expect(error).toMatchObject({ status: 500, message: `${url}modules.yaml: HTTP 500 Internal Server Error` })
    } finally {
      server.misbehaviour = 'none'
    }
    expect((await registry.getModule('cim-domain')).version).toBe('0.3.0')
  })

  it('says a page that is not a registry file is not one', async () => {
    const { url } = serve()
    const registry = new RegistryClient({ url })
    server.misbehaviour = 'garbage'
    try {
      const modules = await failure(registry.listModules())
      expect(modules).toBeInstanceOf(RegistryParseError)
      expect(modules.message).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/.*\/modules\.yaml(:\d+:\d+)?: not (valid YAML|a registry file)/,
      )
      const status = await failure(registry.status())
      expect(status).toBeInstanceOf(RegistryParseError)
      expect(status.message).toContain('status.json: not valid JSON (')
    } finally {
      server.misbehaviour = 'none'
    }
  })

  it('says where a file is missing, and what to check', async () => {
    const { url, path } = serve()
    server.remove(path('status.json'))
    const error = await failure(new RegistryClient({ url }).status())
    expect(error).toBeInstanceOf(RegistryFileNotFoundError)
    expect(error.message).toBe(
      `${url}status.json: not found (HTTP 404); the URL must be the folder that holds modules.yaml`,
    )
  })

  it('says when nothing listens, and when a file is larger than allowed', async () => {
    const closed = await startRegistryServer()
    await closed.close()
    const refused = await failure(new RegistryClient({ url: `${closed.origin}/registry/` }).listModules())
    expect(refused).toBeInstanceOf(RegistryNetworkError)
    expect(refused.message).toBe(`${closed.origin}/registry/modules.yaml: request failed (ECONNREFUSED)`)

    const large = await failure(new RegistryClient({ url: serve().url, maxBytes: 1000 }).listModules())
    expect(large.message).toMatch(/modules\.yaml: larger than 1000 bytes/)
  })

  it('keeps a query of the base URL on each file, and leaves it out of messages', async () => {
    const { url, path } = serve()
    server.remove(path('private-domains.yaml'))
    const error = await failure(new RegistryClient({ url: `${url}?token=per-file-secret` }).privateDomains())
    expect(server.requestsFor(path('private-domains.yaml'))[0]!.url).toBe(
      `${path('private-domains.yaml')}?token=per-file-secret`,
    )
    expect(error.message).not.toContain('per-file-secret')
  })

  it('says when access is denied, and never puts the token into a message', async () => {
    const { url, path } = serve()
    const errors: Error[] = []
    server.misbehaviour = 'deny'
    try {
      errors.push(await failure(new RegistryClient({ url, token: TOKEN }).listModules()))
      expect(errors[0]).toMatchObject({
        status: 403,
        message: `${url}modules.yaml: access denied (HTTP 403); the token was refused or cannot read the registry`,
      })
      expect((await failure(new RegistryClient({ url }).listModules())).message).toContain(
        'access denied (HTTP 403); the registry needs a token',
      )
      server.misbehaviour = 'error'
      errors.push(await failure(new RegistryClient({ url, token: TOKEN }).listModules()))
    } finally {
      server.misbehaviour = 'none'
    }
    server.remove(path('status.json'))
    errors.push(await failure(new RegistryClient({ url, token: TOKEN }).status()))
    errors.push(await failure(new RegistryClient({ url: 'http://127.0.0.1:9/r/', token: TOKEN }).listModules()))
    for (const error of errors)
      expect(`${error.message} ${String(error.cause ?? '')} ${error.stack}`).not.toContain(TOKEN)
  })
})

describe('GitHub contents API', () => {
  const github = (ref?: string) => ({ owner: 'example-org', repo: 'cim', ref, apiUrl: server.origin })

  it('reads the raw files of a private registry repository with the token, at a ref', async () => {
    const prefix = '/repos/example-org/cim/contents/registry'
    server.serveRegistry(prefix, example)
    const registry = new RegistryClient({ github: github('v1.2'), token: TOKEN })
    expect((await registry.getModule('cim-domain')).version).toBe('0.3.0')
    const [request] = server.requestsFor(`${prefix}/modules.yaml`)
    expect(request!.url).toBe(`${prefix}/modules.yaml?ref=v1.2`)
    expect(request!.headers).toMatchObject({
      authorization: `Bearer ${TOKEN}`,
      accept: 'application/vnd.github.raw+json',
      'x-github-api-version': '2022-11-28',
    })
    registry.refresh()
    await registry.getModule('cim-domain')
    expect(server.requestsFor(`${prefix}/modules.yaml`)[1]!.status).toBe(304)
    expect(registry.location).toBe(`example-org/cim/registry@v1.2 (${server.origin}/)`)
  })

  it('reads another folder, and explains a 404 and a 401/403', async () => {
    server.serveRegistry('/repos/example-org/cim/contents/data/reg', example)
    const registry = new RegistryClient({ github: { ...github(), path: 'data/reg/' } })
    expect(await registry.listModules()).toHaveLength(14)
    const missing = await failure(new RegistryClient({ github: { ...github(), repo: 'cim-private' } }).listModules())
    expect(missing).toBeInstanceOf(RegistryFileNotFoundError)
    expect(missing.message).toContain('a private repository also answers 404 to a token that cannot read it')
    expect(() => new RegistryClient({ github: { ...github(), owner: 'bad owner' } })).toThrow(
      'github.owner must be a GitHub user or organization name',
    )
  })
})

describe('schema_version and structure', () => {
  const modulesYaml = () => example['modules.yaml']!
  const read = (files: Record<string, string | Uint8Array>, query: (client: RegistryClient) => Promise<unknown>) =>
    failure(query(new RegistryClient({ directory: directory({ ...example, ...files }) })))

  it('refuses a modules.yaml of an unknown or missing schema_version', async () => {
    const newer = await read({ 'modules.yaml': modulesYaml().replace('schema_version: 1', 'schema_version: 2') }, (c) =>
      c.listModules(),
    )
    expect(newer).toBeInstanceOf(SchemaVersionError)
    expect(newer).toMatchObject({ found: 2, supported: 1 })
    expect(newer.message).toMatch(
      /modules\.yaml has schema_version 2, newer than this client reads \(1\): upgrade cim-registry-action$/,
    )
    const none = await read({ 'modules.yaml': modulesYaml().replace('schema_version: 1\n', '') }, (c) =>
      c.listModules(),
    )
    expect(none.message).toMatch(/modules\.yaml has no schema_version: it was not generated by cim-registry-action/)
    const text = await read(
      { 'modules.yaml': modulesYaml().replace('schema_version: 1', 'schema_version: "1"') },
      (c) => c.listModules(),
    )
    expect(text.message).toMatch(/has schema_version "1"; this client reads schema_version 1$/)
  })

  it('refuses a status.json of another schema_version', async () => {
    const status = JSON.parse(example['status.json']!) as StatusFile
    const error = await read({ 'status.json': JSON.stringify({ ...status, schema_version: 0 }) }, (c) => c.status())
    expect(error).toBeInstanceOf(SchemaVersionError)
    expect(error.message).toMatch(/status\.json has schema_version 0; this client reads schema_version 1$/)
  })

  it('takes a private-domains.yaml without schema_version (kept by hand), not one with another', async () => {
    const handKept =
      'private_domains:\n  healthcare:\n    - name: "cim-domain-patient-care"\n      owner: "health-system-a"\n'
    const client = new RegistryClient({ directory: directory({ ...example, 'private-domains.yaml': handKept }) })
    expect((await client.privateDomains()).private_domains.healthcare![0]!.owner).toBe('health-system-a')
    const newer = await read({ 'private-domains.yaml': `schema_version: 3\n${handKept}` }, (c) => c.privateDomains())
    expect(newer).toBeInstanceOf(SchemaVersionError)
    const wrong = await read({ 'private-domains.yaml': handKept.replace('"health-system-a"', '42') }, (c) =>
      c.privateDomains(),
    )
    expect(wrong.message).toMatch(
      /private-domains\.yaml: private_domains\.healthcare\[0\]\.owner must be text, not 42$/,
    )
  })

  it('names the field that breaks the structure', async () => {
    const cases: [string, RegExp][] = [
      [
        modulesYaml().replace('type: "template"', 'type: "service"'),
        /modules\.cim-start\.type must be one of template, core, domain, integration, utility, not "service"$/,
      ],
      [
        modulesYaml().replace('cim-subject: "^1.0"', 'cim-subject: ["^1.0"]'),
        /modules\.cim-bridge\.dependencies\.cim-subject must be a range, not a list$/,
      ],
      [
        modulesYaml().replace('  cim-start:', '  Cim_Start:'),
        /modules\.yaml: modules must be keyed by module names, not "Cim_Start"$/,
      ],
      [`schema_version: 1\nmodules: [1, 2]\n`, /: modules must be a mapping of module name to entry, not a list$/],
      [`schema_version: 1\nmodules:\n  cim-a: {type: core\n`, /modules\.yaml:\d+:\d+: not valid YAML \(/],
      ['', /modules\.yaml: not a registry file \(expected a mapping with schema_version, found missing\)$/],
      ['just some text\n', /not a registry file \(expected a mapping with schema_version, found "just some text"\)$/],
    ]
    for (const [text, message] of cases) {
      const error = await read({ 'modules.yaml': text }, (c) => c.listModules())
      expect(error).toBeInstanceOf(RegistryParseError)
      expect(error.message).toMatch(message)
    }
    const status = await read({ 'status.json': '{"schema_version": 1, "registry_hash": "x"}' }, (c) => c.status())
    expect(status.message).toMatch(/status\.json: totals must be a mapping with the number of modules, not missing$/)
    const bytes = await read({ 'modules.yaml': new Uint8Array([0x6d, 0xff, 0xfe, 0x0a]) }, (c) => c.listModules())
    expect(bytes.message).toMatch(/modules\.yaml: not UTF-8 text$/)
  })
})

describe('a directory', () => {
  it('reads the registry folder, or a checkout of the registry repository holding registry/', async () => {
    const folder = directory(example)
    expect(await new RegistryClient({ directory: folder }).listModules()).toHaveLength(14)
    const checkout = directory(
      Object.fromEntries(Object.entries(example).map(([name, text]) => [`registry/${name}`, text])),
    )
    const client = new RegistryClient({ directory: checkout })
    expect((await client.getModule('cim-ipld')).version).toBe('0.5.0')
    expect((await client.status()).totals.modules).toBe(14)
  })

  it('says what is missing', async () => {
    const root = tempDir('cim-client-')
    const nothing = await failure(new RegistryClient({ directory: join(root, 'nope') }).listModules())
    expect(nothing).toBeInstanceOf(RegistryFileNotFoundError)
    expect(nothing.message).toBe(`${join(root, 'nope')}: no such directory`)
    const empty = await failure(new RegistryClient({ directory: root }).listModules())
    expect(empty.message).toBe(
      `${root} holds no modules.yaml (nor registry/modules.yaml); give the registry folder or a checkout of the registry repository`,
    )
    const partial = directory({ 'modules.yaml': example['modules.yaml']! })
    const status = await failure(new RegistryClient({ directory: partial }).status())
    expect(status).toBeInstanceOf(RegistryFileNotFoundError)
    expect(status.message).toBe(`${join(partial, 'status.json')}: no such file`)
  })
})

describe('modules the engine could not fully resolve', () => {
  const files = engineRegistry([
    snapshot('cim-alpha', {
      'cim.yaml':
        'module:\n  name: cim-alpha\n  version: "1.2.0"\n  dependencies:\n    - cim-beta: "^0.1"\n    - cim-ghost: "^1.0"\n',
    }),
    snapshot('cim-beta', {}),
  ])

  it('lists dependencies that are not registered, or have no version, without a verdict', async () => {
    const client = new RegistryClient({ directory: directory(files) })
    expect(await client.dependenciesOf('cim-alpha')).toEqual([
      { from: 'cim-alpha', to: 'cim-beta', range: '^0.1', registered: true, version: null, satisfied: null },
      { from: 'cim-alpha', to: 'cim-ghost', range: '^1.0', registered: false, version: null, satisfied: null },
    ])
    expect(await client.satisfies('cim-beta', '*')).toBe(false)
    expect((await client.status()).modules['cim-alpha']!.problems.map((problem) => problem.code)).toContain(
      'unknown-dependency',
    )
  })
})

describe('options', () => {
  it('needs exactly one source, and sane limits', () => {
    expect(() => new RegistryClient({} as RegistryClientOptions)).toThrow(
      'RegistryClient needs exactly one of url, github, directory or nats',
    )
    expect(
      () => new RegistryClient({ url: 'https://x.example/', directory: '.' } as unknown as RegistryClientOptions),
    ).toThrow('exactly one')
    expect(() => new RegistryClient({ directory: '.', timeoutMs: 0 })).toThrow(
      'timeoutMs must be a positive number, not 0',
    )
    expect(() => new RegistryClient({ directory: '.', maxBytes: Number.NaN })).toThrow(
      'maxBytes must be a positive number',
    )
  })

  it('reads a registry spec: a URL, github:OWNER/REPO[/PATH][@REF] or a directory, tokens from the environment', () => {
    const env = { CIM_REGISTRY_TOKEN: 'a', GITHUB_TOKEN: 'b', GITHUB_API_URL: 'https://ghe.example/api/v3' }
    expect(registryOptions('https://raw.example/org/cim/main/registry', env)).toEqual({
      url: 'https://raw.example/org/cim/main/registry',
      token: 'a',
    })
    expect(registryOptions('github:org/cim', { GITHUB_TOKEN: 'b' })).toEqual({
      github: { owner: 'org', repo: 'cim', path: undefined, ref: undefined, apiUrl: undefined },
      token: 'b',
    })
    expect(registryOptions('github:org/cim/data/registry@v1', env)).toEqual({
      github: { owner: 'org', repo: 'cim', path: 'data/registry', ref: 'v1', apiUrl: 'https://ghe.example/api/v3' },
      token: 'a',
    })
    expect(registryOptions('./cim', env)).toEqual({ directory: './cim' })
    expect(() => registryOptions('github:org', env)).toThrow('"github:org" is not github:OWNER/REPO[/PATH][@REF]')
    expect(() => registryOptions('s3://bucket/registry', env)).toThrow('only http and https URLs are supported')
  })

  it('exports the client, its errors and the shared types from the library entry', () => {
    expect(lib.RegistryClient).toBe(RegistryClient)
    expect(lib.SchemaVersionError).toBe(SchemaVersionError)
    expect(lib.REGISTRY_SCHEMA_VERSION).toBe(1)
    expect(lib.MODULE_TYPES).toContain('domain')
    expect(lib.REGISTRY_FILES).toBe(REGISTRY_FILES)
  })
})
