/**
 * The query commands (list, get, deps, dependents, search, status) run in-process through main(), against the
 * example registry served over HTTP by a real server, from a directory and through the GitHub contents API.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import type { ModuleInfo } from '../../src/client/model.js'
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

const TOKEN = 'ghs_cli-test-token-9876543210'
const ENV_NAMES = ['CIM_REGISTRY', 'CIM_REGISTRY_TOKEN', 'GITHUB_TOKEN', 'GITHUB_API_URL'] as const

let example: Record<string, string>
let server: RegistryServer
let url: string
let dir: string

beforeAll(async () => {
  example = await engineRegistryOf(join(ROOT, 'examples/org'), 'example-org')
  server = await startRegistryServer()
  server.serveRegistry('/example-org/cim/main/registry', example)
  url = `${server.origin}/example-org/cim/main/registry`
  dir = writeTree(tempDir('cim-query-'), example)
})
afterAll(() => server.close())

interface Run {
  code: number
  stdout: string
  stderr: string
}

/** main(args) with console output captured, and only the given registry variables in the environment. */
async function cli(args: string[], env: Partial<Record<(typeof ENV_NAMES)[number], string>> = {}): Promise<Run> {
  const stdout: string[] = []
  const stderr: string[] = []
  const log = jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(' ')))
  const error = jest
    .spyOn(console, 'error')
    .mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')))
  const saved = Object.fromEntries(ENV_NAMES.map((name) => [name, process.env[name]]))
  for (const name of ENV_NAMES) {
    if (env[name] === undefined) delete process.env[name]
    else process.env[name] = env[name]
  }
  try {
    const code = await main(args)
    return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
    for (const name of ENV_NAMES) {
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
    }
  }
}

const names = (run: Run) => (JSON.parse(run.stdout) as { name: string }[]).map((module) => module.name)

describe('cim-registry list', () => {
  it('prints a table of every module from a registry URL', async () => {
    const run = await cli(['list', '--registry', url])
    expect(run).toMatchObject({ code: 0, stderr: '' })
    const lines = run.stdout.split('\n')
    expect(lines[0]).toMatch(/^NAME +TYPE +VERSION +VISIBILITY +STATUS +DESCRIPTION$/)
    expect(lines).toContain(
      'cim-domain-mortgage      domain    0.1.0          private     development  Private mortgage lending workflows',
    )
    expect(lines.at(-1)).toBe('14 modules')
  })

  it('filters by type, visibility, category and status, and prints JSON for programs', async () => {
    const json = await cli(['list', '--registry', url, '--type', 'domain', '--visibility', 'private', '--json'])
    expect(names(json)).toEqual(['cim-domain-mortgage', 'cim-domain-patient-care'])
    expect((JSON.parse(json.stdout) as ModuleInfo[])[0]).toMatchObject({
      owner: 'private-lender-x',
      dependencies: { 'cim-domain': '^0.3' },
    })
    expect(names(await cli(['list', '--registry', dir, '--status', 'production', '--json']))).toEqual([
      'cim-domain',
      'cim-start',
      'cim-subject',
    ])
    expect(names(await cli(['list', '--registry', dir, '--category', 'healthcare', '--json']))).toEqual([
      'cim-domain-patient-care',
    ])
    expect((await cli(['list', '--registry', dir, '--type', 'utility'])).stdout).toBe('no module matches these filters')
  })

  it('takes the registry from CIM_REGISTRY, also a checkout that holds registry/', async () => {
    const checkout = writeTree(
      tempDir('cim-checkout-'),
      Object.fromEntries(Object.entries(example).map(([name, text]) => [`registry/${name}`, text])),
    )
    expect(names(await cli(['list', '--json'], { CIM_REGISTRY: checkout }))).toHaveLength(14)
    expect(names(await cli(['list', '--json'], { CIM_REGISTRY: url }))).toHaveLength(14)
  })
})

describe('cim-registry get', () => {
  it('shows the entry, its dependencies with their verdicts, health and problems', async () => {
    const run = await cli(['get', 'cim-domain-workflow', '--registry', url])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      'cim-domain-workflow\n  type         domain\n  version      0.4.1\n  visibility   public\n',
    )
    expect(run.stdout).toContain('  health       warning\n  dependents   cim-domain-mortgage\n')
    expect(run.stdout).toContain(
      [
        '  dependencies',
        '    DEPENDENCY           RANGE           REGISTERED  SATISFIED',
        '    cim-domain           ^0.2            0.3.0       no',
        '    cim-domain-identity  >=0.1.0 <0.2.0  0.1.2       yes',
        '  problems',
      ].join('\n'),
    )
    expect(run.stdout).toContain('warning: requires cim-domain ^0.2, but the registry has cim-domain 0.3.0')
  })

  it('prints the entry and its status as one JSON object', async () => {
    const run = await cli(['get', 'cim-bridge', '--registry', dir, '--json'])
    expect(JSON.parse(run.stdout)).toMatchObject({
      name: 'cim-bridge',
      version: '1.0.0',
      health: 'error',
      problems: expect.arrayContaining([expect.objectContaining({ code: 'invalid-metadata', line: 6, col: 12 })]),
    })
  })

  it('exits 1 with a clear message for an unknown module', async () => {
    expect(await cli(['get', 'cim-domian', '--registry', url])).toEqual({
      code: 1,
      stdout: '',
      stderr: 'cim-registry: get: no module "cim-domian" in the registry; did you mean cim-domain?',
    })
    expect((await cli(['deps', 'cim-nothing-like-it', '--registry', dir])).stderr).toBe(
      'cim-registry: deps: no module "cim-nothing-like-it" in the registry',
    )
    expect((await cli(['dependents', 'cim-nothing-like-it', '--registry', dir])).code).toBe(1)
  })
})

describe('cim-registry deps, dependents, search', () => {
  it('lists dependencies with ranges, registered versions and verdicts', async () => {
    expect((await cli(['deps', 'cim-domain-workflow', '--registry', url])).stdout).toBe(
      [
        'DEPENDENCY           RANGE           REGISTERED  SATISFIED',
        'cim-domain           ^0.2            0.3.0       no',
        'cim-domain-identity  >=0.1.0 <0.2.0  0.1.2       yes',
      ].join('\n'),
    )
    expect((await cli(['deps', 'cim-domain', '--registry', url])).stdout).toBe('cim-domain has no dependencies')
    const json = JSON.parse((await cli(['deps', 'cim-domain-workflow', '--registry', url, '--json'])).stdout)
    expect(json[0]).toEqual({
      from: 'cim-domain-workflow',
      to: 'cim-domain',
      range: '^0.2',
      registered: true,
      version: '0.3.0',
      satisfied: false,
    })
  })

  it('lists the modules that depend on one', async () => {
    expect((await cli(['dependents', 'cim-domain-identity', '--registry', dir])).stdout).toBe(
      [
        'DEPENDENT                RANGE           SATISFIED',
        'cim-domain-mortgage      ^0.1            yes',
        'cim-domain-patient-care  ^0.1            yes',
        'cim-domain-workflow      >=0.1.0 <0.2.0  yes',
      ].join('\n'),
    )
    expect((await cli(['dependents', 'cim-bridge', '--registry', dir])).stdout).toBe('no module depends on cim-bridge')
  })

  it('searches for every word of the text', async () => {
    expect(names(await cli(['search', 'workflow', 'domain', '--registry', url, '--json']))).toEqual([
      'cim-domain-workflow',
      'cim-domain-identity',
      'cim-domain-mortgage',
    ])
    expect((await cli(['search', 'nothing-here', '--registry', url])).stdout).toBe('no module matches "nothing-here"')
  })
})

describe('cim-registry status', () => {
  it('summarizes the totals, the modules with errors and those with warnings', async () => {
    const run = await cli(['status', '--registry', url])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain(
      `registry    ${url}/\nmodules     14 (template 1, core 7, domain 6, integration 0, utility 0)\n`,
    )
    expect(run.stdout).toContain('health      ok 5, warning 8, error 1\nview        complete\n')
    expect(run.stdout).toContain(
      'modules with errors:\n  cim-bridge\n    cim.yaml:6:12: error: module.version: must be string, in quotes',
    )
    expect(run.stdout).toContain(
      'modules with warnings (cim-registry get NAME shows them): cim-dashboard, cim-domain-identity,',
    )
  })

  it('prints status.json as it is with --json', async () => {
    const run = await cli(['status', '--registry', dir, '--json'])
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(example['status.json']!) as StatusFile)
  })
})

describe('bad usage and failures', () => {
  it('exits 2 with a message for bad usage', async () => {
    const cases: [string[], string][] = [
      [
        ['list'],
        'cim-registry: list: no registry given: pass --registry (an http(s) URL of the registry folder, github:OWNER/REPO[/PATH][@REF], or a directory) or set CIM_REGISTRY',
      ],
      [
        ['list', '--registry', dir, '--type', 'service'],
        'cim-registry: list: unknown module type "service"; one of template, core, domain, integration, utility',
      ],
      [
        ['list', '--registry', dir, '--visibility', 'internal'],
        'cim-registry: list: unknown visibility "internal"; one of public, private',
      ],
      [['list', '--registry', dir, 'extra'], 'cim-registry: list: unexpected argument "extra"'],
      [['get', '--registry', dir], 'cim-registry: get: NAME is required'],
      [['search', '--registry', dir], 'cim-registry: search: search needs TEXT'],
      [
        ['status', '--registry', dir, '--timeout', 'soon'],
        'cim-registry: status: --timeout is "soon"; it must be a positive number of seconds',
      ],
      [
        ['status', '--registry', 'github:just-an-owner'],
        'cim-registry: status: "github:just-an-owner" is not github:OWNER/REPO[/PATH][@REF]',
      ],
      [
        ['status', '--registry', `http://user:pw@127.0.0.1:9/r`],
        'cim-registry: status: the registry URL must not hold credentials; pass a token instead',
      ],
    ]
    for (const [args, message] of cases) expect(await cli(args)).toEqual({ code: 2, stdout: '', stderr: message })
    expect(await cli(['list', '--registry', dir, '--colour'])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("Unknown option '--colour'"),
    })
  })

  it('exits 1 with a clear message when the registry cannot be read', async () => {
    server.misbehaviour = 'hang'
    try {
      const run = await cli(['list', '--registry', url, '--timeout', '0.2'])
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `cim-registry: list: ${url}/modules.yaml: no complete answer within 200 ms`,
      })
    } finally {
      server.misbehaviour = 'none'
    }
    const missing = await cli(['status', '--registry', join(dir, 'nope')])
    expect(missing).toMatchObject({ code: 1, stderr: `cim-registry: status: ${join(dir, 'nope')}: no such directory` })
  }, 10_000)

  it('sends CIM_REGISTRY_TOKEN to the registry host, and never prints it', async () => {
    server.misbehaviour = 'deny'
    try {
      const run = await cli(['list', '--registry', url], { CIM_REGISTRY_TOKEN: TOKEN })
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: `cim-registry: list: ${url}/modules.yaml: access denied (HTTP 403); the token was refused or cannot read the registry`,
      })
      expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${TOKEN}`)
    } finally {
      server.misbehaviour = 'none'
    }
  })

  it('reads github:OWNER/REPO through the contents API at GITHUB_API_URL, with GITHUB_TOKEN', async () => {
    server.serveRegistry('/repos/example-org/cim/contents/registry', example)
    const run = await cli(['get', 'cim-ipld', '--registry', 'github:example-org/cim@main', '--json'], {
      GITHUB_TOKEN: TOKEN,
      GITHUB_API_URL: server.origin,
    })
    expect(JSON.parse(run.stdout)).toMatchObject({ name: 'cim-ipld', version: '0.5.0', health: 'warning' })
    const request = server.requestsFor('/repos/example-org/cim/contents/registry/modules.yaml').at(-1)!
    expect(request.url).toBe('/repos/example-org/cim/contents/registry/modules.yaml?ref=main')
    expect(request.headers.authorization).toBe(`Bearer ${TOKEN}`)
  })

  it('shows module text with control characters replaced', async () => {
    const files = engineRegistry([
      snapshot('cim-sly', {
        'cim.yaml':
          'module:\n  name: cim-sly\n  version: "0.1.0"\n  description: "plain \\e[2J\\e[31mred\\rcarriage"\n',
      }),
    ])
    expect(files['modules.yaml']).toContain('\\e[2J')
    const registry = writeTree(tempDir('cim-query-'), files)
    for (const args of [['list'], ['get', 'cim-sly'], ['search', 'red']]) {
      const run = await cli([...args, '--registry', registry])
      expect(run.stdout).toContain('plain  [2J [31mred carriage')
      expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/)
    }
  })

  it('has help for every query command', async () => {
    for (const name of ['list', 'get', 'deps', 'dependents', 'search', 'status']) {
      const run = await cli([name, '--help'])
      expect(run.code).toBe(0)
      expect(run.stdout).toMatch(new RegExp(`^cim-registry ${name} `))
      expect(run.stdout).toContain('CIM_REGISTRY_TOKEN')
    }
    expect((await cli(['--help'])).stdout).toMatch(/\n {2}dependents {2}list the modules that depend on a module/)
  })
})

describe("the registry repository's scripts", () => {
  it('turn the old options into cim-registry commands over the checkout registry/', () => {
    const repo = tempDir('cim-registry-repo-')
    cpSync(join(ROOT, 'examples/registry-repo/scripts'), join(repo, 'scripts'), { recursive: true })
    // A stand-in for cim-registry that prints what it was given; the lead's process tests run the real one.
    const fake = writeTree(tempDir('cim-fake-cli-'), { 'cli.sh': 'printf "%s|" "$CIM_REGISTRY" "$@"\n' })
    const script = (name: string, args: string[], env: NodeJS.ProcessEnv = {}) => {
      const run = spawnSync('sh', [join(repo, 'scripts', name), ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH, CIM_REGISTRY_CLI: `sh ${join(fake, 'cli.sh')}`, ...env },
      })
      return { status: run.status, stdout: run.stdout, stderr: run.stderr }
    }
    const registry = join(repo, 'registry')
    const cases: [string, string[], string][] = [
      ['query-modules.sh', ['--list'], `${registry}|list|`],
      ['query-modules.sh', ['-t', 'domain', '--json'], `${registry}|list|--type|domain|--json|`],
      ['query-modules.sh', ['--category', 'healthcare'], `${registry}|list|--category|healthcare|`],
      ['query-modules.sh', ['-s', 'identity workflows'], `${registry}|search|identity workflows|`],
      ['query-modules.sh', ['--private'], `${registry}|list|--visibility|private|`],
      ['query-modules.sh', ['--production'], `${registry}|list|--status|production|`],
      ['query-modules.sh', ['get', 'cim-domain'], `${registry}|get|cim-domain|`],
      ['query-graph.sh', ['--module', 'cim-domain'], `${registry}|get|cim-domain|`],
      ['query-graph.sh', ['-d', 'cim-domain'], `${registry}|deps|cim-domain|`],
      ['query-graph.sh', ['--dependents', 'cim-domain', '--json'], `${registry}|dependents|cim-domain|--json|`],
    ]
    for (const [name, args, printed] of cases)
      expect(script(name, args)).toEqual({ status: 0, stdout: printed, stderr: '' })
    expect(script('query-graph.sh', ['-r'], { CIM_REGISTRY: 'https://registry.example/cim/' })).toEqual({
      status: 2,
      stdout: '',
      stderr: 'query-graph.sh: -r needs a module name\n',
    })
    expect(script('query-modules.sh', ['--list'], { CIM_REGISTRY: 'github:org/cim' }).stdout).toBe(
      'github:org/cim|list|',
    )
    expect(script('query-modules.sh', ['--help']).stdout).toContain(
      '-t, --type TYPE       cim-registry list --type TYPE',
    )
  })
})
