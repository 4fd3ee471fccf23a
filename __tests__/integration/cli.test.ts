/** The cim-registry command run as a process from the committed bundle, on the example org and on real git. */
import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import type { ModulesFile, StatusFile } from '../../src/format/types.js'
import { ROOT, runCli } from '../support/run.js'
import { listFiles, tempDir, writeTree } from '../support/temp.js'

const EXAMPLE = join(ROOT, 'examples/org')

describe('cim-registry update', () => {
  it('builds the registry from the example org, then a second run changes nothing', () => {
    const registry = join(tempDir(), 'registry')
    const first = runCli(['update', '--source', EXAMPLE, '--registry-dir', registry, '--org', 'example-org', '--json'])
    expect(first.status).toBe(0)
    const summary = JSON.parse(first.stdout)
    expect(summary.changed).toBe(true)
    expect(summary.added).toHaveLength(14)
    expect(summary.errors).toEqual(['cim-bridge'])
    expect(readdirSync(registry).sort()).toEqual([
      'README.md',
      'changelog.md',
      'history',
      'modules.yaml',
      'private-domains.yaml',
      'status.json',
    ])

    const modules = parse(readFileSync(join(registry, 'modules.yaml'), 'utf8')) as ModulesFile
    expect(Object.keys(modules.modules)).toEqual([...Object.keys(modules.modules)].sort())
    expect(modules.modules['cim-domain-identity']).toMatchObject({
      type: 'domain',
      version: '0.1.2',
      metadata: 'inferred',
      dependencies: { 'cim-domain': '=0.3.0', 'cim-security': '^0.2.0-alpha.1', 'cim-subject': '^1.0' },
    })
    expect(modules.modules['cim-ipld']).toMatchObject({ version: '0.5.0', dependencies: { 'cim-domain': '=0.3.0' } })
    const status = JSON.parse(readFileSync(join(registry, 'status.json'), 'utf8')) as StatusFile
    expect(status.totals.by_visibility).toEqual({ public: 12, private: 2 })
    expect(status.modules['cim-domain-workflow']!.problems.map((p) => p.code)).toContain('unsatisfied-range')
    expect(status.modules['cim-bridge']!.problems.find((p) => p.code === 'invalid-metadata')).toMatchObject({
      file: 'cim.yaml',
      line: 6,
      col: 12,
    })

    const before = Object.fromEntries(
      listFiles(registry).map((name) => [name, readFileSync(join(registry, name), 'utf8')]),
    )
    const second = runCli(['update', '--source', EXAMPLE, '--registry-dir', registry, '--org', 'example-org', '--json'])
    expect(second.status).toBe(0)
    expect(JSON.parse(second.stdout)).toMatchObject({ changed: false, files: [], added: [], removed: [], updated: [] })
    for (const [name, text] of Object.entries(before)) expect(readFileSync(join(registry, name), 'utf8')).toBe(text)
  })

  it('gives byte-identical files for the same inputs', () => {
    const [a, b] = [join(tempDir(), 'a'), join(tempDir(), 'b')]
    runCli(['update', '--source', EXAMPLE, '--registry-dir', a])
    runCli(['update', '--source', EXAMPLE, '--registry-dir', b])
    expect(listFiles(b)).toEqual(listFiles(a))
    for (const name of listFiles(a))
      expect(readFileSync(join(b, name), 'utf8')).toBe(readFileSync(join(a, name), 'utf8'))
  })

  it('writes nothing with --dry-run', () => {
    const registry = join(tempDir(), 'registry')
    const result = runCli(['update', '--source', EXAMPLE, '--registry-dir', registry, '--dry-run', '--json'])
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ changed: true, dryRun: true })
    expect(() => readdirSync(registry)).toThrow()
  })

  it('reads commits from real git checkouts and commits the changed files with --commit', () => {
    const root = tempDir()
    const repo = writeTree(join(root, 'org/cim-alpha'), {
      'cim.yaml': 'module:\n  name: cim-alpha\n  version: "0.1.0"\n',
    })
    const git = (cwd: string, ...args: string[]) =>
      execFileSync('git', args, {
        cwd,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_COMMITTER_DATE: '2025-01-30T10:00:00+01:00',
          GIT_AUTHOR_DATE: '2025-01-30T10:00:00+01:00',
        },
      }).trim()
    git(repo, 'init', '-q', '-b', 'main')
    git(repo, 'add', '.')
    git(repo, '-c', 'user.email=a@localhost', '-c', 'user.name=A', 'commit', '-qm', 'first')
    git(repo, 'remote', 'add', 'origin', 'git@github.com:example-org/cim-alpha.git')
    const head = git(repo, 'rev-parse', 'HEAD')

    const registryRepo = join(root, 'cim')
    writeTree(registryRepo, { 'README.md': 'registry repo\n' })
    git(registryRepo, 'init', '-q', '-b', 'main')
    git(registryRepo, 'add', '.')
    git(registryRepo, '-c', 'user.email=a@localhost', '-c', 'user.name=A', 'commit', '-qm', 'init')

    const env = {
      GIT_AUTHOR_NAME: 'bot',
      GIT_AUTHOR_EMAIL: 'bot@localhost',
      GIT_COMMITTER_NAME: 'bot',
      GIT_COMMITTER_EMAIL: 'bot@localhost',
    }
    const result = runCli(
      ['update', '--source', join(root, 'org'), '--registry-dir', join(registryRepo, 'registry'), '--commit', '--json'],
      { env },
    )
    expect(result.status).toBe(0)
    const summary = JSON.parse(result.stdout)
    expect(summary.commit).toBe(git(registryRepo, 'rev-parse', 'HEAD'))
    expect(git(registryRepo, 'show', '--name-only', '--format=', 'HEAD').split('\n').sort()).toEqual(
      ['README.md', 'changelog.md', 'history/heads.json', 'modules.yaml', 'private-domains.yaml', 'status.json'].map(
        (name) => `registry/${name}`,
      ),
    )
    const modules = parse(readFileSync(join(registryRepo, 'registry/modules.yaml'), 'utf8')) as ModulesFile
    expect(modules.modules['cim-alpha']).toMatchObject({
      last_commit: head,
      last_updated: '2025-01-30T09:00:00Z',
      repository: 'https://github.com/example-org/cim-alpha',
    })

    const again = runCli(
      ['update', '--source', join(root, 'org'), '--registry-dir', join(registryRepo, 'registry'), '--commit', '--json'],
      { env },
    )
    expect(JSON.parse(again.stdout)).toMatchObject({ changed: false, commit: null })
    expect(git(registryRepo, 'rev-list', '--count', 'HEAD')).toBe('2')
  })

  it('commits with a relative --registry-dir, and catches up files an earlier run wrote but did not commit', () => {
    const root = tempDir()
    writeTree(join(root, 'org'), { 'cim-alpha/cim.yaml': 'module:\n  name: cim-alpha\n  version: "0.1.0"\n' })
    const registryRepo = writeTree(join(root, 'cim'), { 'README.md': 'registry repo\n' })
    const git = (...args: string[]) => execFileSync('git', args, { cwd: registryRepo, encoding: 'utf8' }).trim()
    git('init', '-q', '-b', 'main')
    git('add', '.')
    git('-c', 'user.email=a@localhost', '-c', 'user.name=A', 'commit', '-qm', 'init')
    const env = {
      GIT_AUTHOR_NAME: 'bot',
      GIT_AUTHOR_EMAIL: 'bot@localhost',
      GIT_COMMITTER_NAME: 'bot',
      GIT_COMMITTER_EMAIL: 'bot@localhost',
    }
    const update = (...extra: string[]) =>
      runCli(['update', '--source', join(root, 'org'), '--registry-dir', 'registry', '--json', ...extra], {
        cwd: registryRepo,
        env,
      })

    const first = update('--commit')
    expect(first.stderr).toBe('')
    expect(JSON.parse(first.stdout).commit).toBe(git('rev-parse', 'HEAD'))
    expect(git('show', '--name-only', '--format=', 'HEAD')).toContain('registry/modules.yaml')

    // A run without --commit (or one whose commit failed) leaves written, uncommitted files behind...
    writeTree(join(root, 'org'), { 'cim-beta/cim.yaml': 'module:\n  name: cim-beta\n' })
    expect(JSON.parse(update().stdout)).toMatchObject({ changed: true, commit: null })
    // ...which the next run finds unchanged, and commits all the same.
    const catchUp = update('--commit')
    expect(JSON.parse(catchUp.stdout)).toMatchObject({ changed: false })
    expect(JSON.parse(catchUp.stdout).commit).toBe(git('rev-parse', 'HEAD'))
    expect(git('status', '--porcelain')).toBe('')
    expect(git('show', 'HEAD:registry/modules.yaml')).toContain('cim-beta')
    expect(git('rev-list', '--count', 'HEAD')).toBe('3')

    expect(JSON.parse(update('--commit').stdout)).toMatchObject({ changed: false, commit: null })
    expect(git('rev-list', '--count', 'HEAD')).toBe('3')
  })

  it('fails with a one-line reason on bad usage and on a missing source', () => {
    const missing = runCli(['update', '--registry-dir', tempDir()])
    expect(missing.status).toBe(2)
    expect(missing.stderr.trim()).toBe('cim-registry: update: --source is required')
    const unknown = runCli(['update', '--bogus'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("Unknown option '--bogus'")
    const absent = runCli(['update', '--source', join(tempDir(), 'nope'), '--registry-dir', tempDir()])
    expect(absent.status).toBe(1)
    expect(absent.stderr).toMatch(/^cim-registry: update: .*no such file or directory/)
    expect(runCli(['frobnicate']).status).toBe(2)
  })
})

describe('cim-registry validate', () => {
  it('prints file:line:col problems and exits 1 for an invalid cim.yaml', () => {
    const result = runCli(['validate', join(EXAMPLE, 'cim-bridge/cim.yaml'), '--name', 'cim-bridge'])
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `${join(EXAMPLE, 'cim-bridge/cim.yaml')}:6:12: error: module.version: must be string, in quotes`,
    )
    expect(result.stdout).toContain(':8:3: warning: module: unknown key `maintainer` (ignored)')
  })

  it('exits 0 for a valid file and checks the name against --name', () => {
    const file = join(EXAMPLE, 'cim-domain/cim.yaml')
    expect(runCli(['validate', file]).status).toBe(0)
    const mismatch = runCli(['validate', file, '--name', 'cim-other'])
    expect(mismatch.status).toBe(1)
    expect(mismatch.stdout).toContain('they must be equal')
  })

  it('defaults to ./cim.yaml and says when it is missing', () => {
    const dir = tempDir()
    const result = runCli(['validate'], { cwd: dir })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('cim.yaml does not exist')
  })
})

describe('help', () => {
  it.each([['--help'], ['update', '--help'], ['validate', '-h']])('%s prints usage and exits 0', (...args) => {
    const result = runCli(args)
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^(cim-registry|Usage)|cim-registry /)
  })
})
