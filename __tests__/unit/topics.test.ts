/**
 * The topic convention (`cim-module`, `cim-domain`, `cim-private`, `core`, `domain`, `template`) as evidence and as
 * checks: on the real organization's topics (a small fixture derived from github.com/thecowboyai and its hand-kept
 * registry), and a synthetic case for each rule; then the same checks in a module's own CI (validate, publish),
 * and the queries (list --topic, topics) over what the engine wrote.
 */
import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'
import { RegistryClient } from '../../src/client/client.js'
import { parseCimYaml } from '../../src/metadata/cim-yaml.js'
import { checkModuleTopics, eventRepository, type EventRepository } from '../../src/metadata/module-topics.js'
import { compileModulePattern } from '../../src/metadata/names.js'
import { decideVisibility, ghRepository, isTopic, topicProblems, typeByTopics } from '../../src/metadata/topics.js'
import { validateFile } from '../../src/modes/validate.js'
import { planUpdate, type UpdatePlan } from '../../src/registry/update.js'
import type { ModuleType, PrivateDomainsFile, Problem, RepositorySnapshot, StatusFile } from '../../src/format/types.js'
import { ROOT } from '../support/run.js'
import { tempDir, writeTree } from '../support/temp.js'

const modulePattern = compileModulePattern()
const TOPIC_CODES = ['missing-topic', 'topic-mismatch']

function repo(name: string, topics: string[], extra: Partial<RepositorySnapshot> = {}): RepositorySnapshot {
  return {
    name,
    url: `https://github.com/acme/${name}`,
    description: `${name} module`,
    topics,
    visibility: 'public',
    archived: false,
    headCommit: 'a'.repeat(40),
    committedAt: '2025-01-30T09:00:00Z',
    tags: [],
    files: {},
    ...extra,
  }
}

function cimYaml(name: string, lines: string[]): RepositorySnapshot['files'] {
  return { 'cim.yaml': `module:\n  name: ${name}\n${lines.map((line) => `  ${line}\n`).join('')}` }
}

function run(snapshots: RepositorySnapshot[], existing: Record<string, string> = {}): UpdatePlan {
  return planUpdate({ snapshots, existing, modulePattern, date: '2026-01-01' })
}

function topicWarnings(plan: UpdatePlan, name: string): string[] {
  return plan.registry.modules
    .get(name)!
    .problems.filter((p) => TOPIC_CODES.includes(p.code))
    .map((p) => `${p.code}: ${p.message}`)
}

function status(plan: UpdatePlan): StatusFile {
  return JSON.parse(plan.files['status.json']!) as StatusFile
}

describe('the real organization (thecowboyai)', () => {
  const fixture = JSON.parse(readFileSync(join(ROOT, '__tests__/fixtures/topics/thecowboyai.json'), 'utf8')) as {
    modules: { name: string; topics: string[]; handKeptType: ModuleType }[]
  }
  const snapshots = fixture.modules.map((m) => ({
    ...repo(m.name, m.topics),
    url: `https://github.com/thecowboyai/${m.name}`,
  }))
  const handKept = `modules:\n${fixture.modules.map((m) => `  ${m.name}:\n    type: ${m.handKeptType}\n`).join('')}`
  const domainsWithoutCimDomain = fixture.modules
    .filter((m) => m.topics.includes('domain') && !m.topics.includes('cim-domain'))
    .map((m) => m.name)

  it('has the 30 modules the org tags `cim`, 14 of them domains tagged `domain` but not `cim-domain`', () => {
    expect(fixture.modules).toHaveLength(30)
    expect(domainsWithoutCimDomain).toHaveLength(14)
  })

  it('gives every module its hand-kept type from the evidence alone, 22 of them through a topic', () => {
    const plan = run(snapshots)
    const byOrigin: Record<string, number> = {}
    for (const m of fixture.modules) {
      const module = plan.registry.modules.get(m.name)!
      expect([m.name, module.fields.type]).toEqual([m.name, m.handKeptType])
      byOrigin[module.origins.type!] = (byOrigin[module.origins.type!] ?? 0) + 1
    }
    expect(byOrigin).toEqual({ topic: 22, inferred: 8 })
  })

  it('warns only of the 14 domains without `cim-domain`, each with the command that fixes it', () => {
    const plan = run(snapshots)
    for (const m of fixture.modules) {
      const expected = domainsWithoutCimDomain.includes(m.name)
        ? [
            `missing-topic: no \`cim-domain\` topic: a domain implementation carries it (fix: gh repo edit thecowboyai/${m.name} --add-topic cim-domain)`,
          ]
        : []
      expect([m.name, topicWarnings(plan, m.name)]).toEqual([m.name, expected])
    }
  })

  it('adopts the hand-kept registry: every type carried, the same warnings, and a second run changes nothing', () => {
    const adopted = run(snapshots, { 'modules.yaml': handKept })
    for (const m of fixture.modules) {
      const module = adopted.registry.modules.get(m.name)!
      expect([m.name, module.fields.type, module.origins.type]).toEqual([m.name, m.handKeptType, 'carried'])
    }
    const warned = fixture.modules.filter((m) => topicWarnings(adopted, m.name).length > 0).map((m) => m.name)
    expect(warned).toEqual(domainsWithoutCimDomain)
    expect(run(snapshots, adopted.files).changedFiles).toEqual([])
  })
})

describe('topics as evidence', () => {
  it('weighs cim.yaml over a value kept by hand over the topics over the name', () => {
    const declared = run([
      repo('cim-x', ['cim', 'cim-module', 'cim-domain'], { files: cimYaml('cim-x', ['type: core']) }),
    ])
    expect(declared.registry.modules.get('cim-x')).toMatchObject({
      fields: { type: 'core' },
      origins: { type: 'declared' },
    })

    const handKept = run([repo('cim-x', ['cim', 'cim-module', 'core'])], {
      'modules.yaml': 'modules:\n  cim-x:\n    type: utility\n',
    })
    expect(handKept.registry.modules.get('cim-x')).toMatchObject({
      fields: { type: 'utility' },
      origins: { type: 'carried' },
    })

    const topic = run([repo('cim-domain-x', ['cim', 'cim-module', 'core'])])
    expect(topic.registry.modules.get('cim-domain-x')).toMatchObject({
      fields: { type: 'core' },
      origins: { type: 'topic' },
    })

    const name = run([repo('cim-domain-x', ['cim', 'cim-module', 'graph'])])
    expect(name.registry.modules.get('cim-domain-x')).toMatchObject({
      fields: { type: 'domain' },
      origins: { type: 'inferred' },
    })
  })

  it('takes the first type topic in the order template, cim-private, cim-domain, domain, core', () => {
    expect(typeByTopics(['core', 'template'])).toBe('template')
    expect(typeByTopics(['core', 'domain'])).toBe('domain')
    expect(typeByTopics(['core', 'cim-private'])).toBe('domain')
    expect(typeByTopics(['core'])).toBe('core')
    expect(typeByTopics(['graph', 'ai', 'cim-module'])).toBeNull()
  })

  it('never carries a type a topic decided: when the topic goes, the next run decides again', () => {
    const first = run([repo('cim-domain-x', ['cim', 'cim-module', 'core'])])
    expect(status(first).modules['cim-domain-x']!.origins).toEqual({ description: 'inferred', type: 'topic' })
    const second = run([repo('cim-domain-x', ['cim', 'cim-module', 'cim-domain'])], first.files)
    expect(second.registry.modules.get('cim-domain-x')).toMatchObject({
      fields: { type: 'domain' },
      origins: { type: 'topic' },
    })
    expect(second.changes.updated.has('cim-domain-x')).toBe(true)
  })

  it('lists a public repository tagged `cim-private` as private and files it in private-domains.yaml', () => {
    const plan = run([
      repo('cim-domain-lender', ['cim', 'cim-private'], {
        files: cimYaml('cim-domain-lender', ['category: financial-services', 'owner: "lender-x"']),
      }),
    ])
    const module = plan.registry.modules.get('cim-domain-lender')!
    expect(module).toMatchObject({
      visibility: 'private',
      fields: { type: 'domain' },
      origins: { type: 'topic', visibility: 'topic' },
    })
    expect(topicWarnings(plan, 'cim-domain-lender')).toEqual([]) // a private domain needs neither cim-module nor cim-domain
    const domains = parse(plan.files['private-domains.yaml']!) as PrivateDomainsFile
    expect(domains.private_domains['financial-services']).toEqual([
      { name: 'cim-domain-lender', owner: 'lender-x', description: 'cim-domain-lender module' },
    ])
    expect(status(plan).modules['cim-domain-lender']!.origins).toMatchObject({ visibility: 'topic' })
  })

  it('lets cim.yaml `visibility: public` win over `cim-private`, with a warning to remove the topic', () => {
    const plan = run([
      repo('cim-domain-open', ['cim', 'cim-module', 'cim-domain', 'cim-private'], {
        files: cimYaml('cim-domain-open', ['visibility: public']),
      }),
    ])
    const module = plan.registry.modules.get('cim-domain-open')!
    expect(module.visibility).toBe('public')
    expect(module.origins.visibility).toBeUndefined()
    expect(topicWarnings(plan, 'cim-domain-open')).toEqual([
      'topic-mismatch: the `cim-private` topic says private, but cim.yaml says `visibility: public`, which wins (fix: gh repo edit acme/cim-domain-open --remove-topic cim-private)',
    ])
    expect(plan.files['private-domains.yaml']).not.toContain('cim-domain-open')
  })

  it('keeps a private repository private whatever cim.yaml says, and a cim.yaml that says private on a public one is told of the topic', () => {
    expect(decideVisibility('private', 'public', [])).toEqual({ visibility: 'private', byTopic: false })
    expect(decideVisibility('public', 'private', ['cim-private'])).toEqual({ visibility: 'private', byTopic: true })
    expect(decideVisibility(null, undefined, [])).toEqual({ visibility: 'public', byTopic: false })
    const plan = run([
      repo('cim-domain-y', ['cim', 'cim-module', 'cim-domain'], {
        files: cimYaml('cim-domain-y', ['visibility: private']),
      }),
    ])
    expect(plan.registry.modules.get('cim-domain-y')!.problems.map((p) => p.message)).toContain(
      'cim.yaml says visibility private but the repository is public; the repository wins (a `cim-private` topic lists a public repository as private)',
    )
    const agreed = run([
      repo('cim-domain-y', ['cim', 'cim-private'], { files: cimYaml('cim-domain-y', ['visibility: private']) }),
    ])
    expect(agreed.registry.modules.get('cim-domain-y')).toMatchObject({ visibility: 'private', problems: [] })
  })

  it('keeps a topic-decided visibility on a module that cannot be read, so that a run changes nothing', () => {
    const first = run([repo('cim-domain-lender', ['cim', 'cim-private'])])
    const unreadable = repo('cim-domain-lender', ['cim', 'cim-private'], { readError: 'timeout' })
    const second = run([unreadable], first.files)
    expect(second.registry.modules.get('cim-domain-lender')).toMatchObject({
      visibility: 'private',
      origins: { visibility: 'topic' },
      stale: 'timeout',
    })
    expect(second.files['private-domains.yaml']).toBe(first.files['private-domains.yaml'])
    const third = run([unreadable], second.files)
    expect(third.changedFiles).toEqual([])
    // Readable again, it is decided afresh: without the topic, the public repository is public.
    const fourth = run([repo('cim-domain-lender', ['cim', 'cim-module', 'cim-domain'])], third.files)
    expect(fourth.registry.modules.get('cim-domain-lender')!.visibility).toBe('public')
    expect(fourth.files['private-domains.yaml']).not.toContain('cim-domain-lender')
  })

  it('decides and checks nothing by topic where the source cannot see topics (a local folder)', () => {
    const plan = run([
      repo('cim-domain-z', ['core', 'cim-private'], { topicsUnknown: true, url: null, visibility: null }),
    ])
    const module = plan.registry.modules.get('cim-domain-z')!
    expect(module).toMatchObject({ visibility: 'public', fields: { type: 'domain' }, origins: { type: 'inferred' } })
    expect(topicWarnings(plan, 'cim-domain-z')).toEqual([])
  })

  it('accepts a client from this release reading the `topic` origin', async () => {
    const plan = run([
      repo('cim-domain-lender', ['cim', 'cim-private']),
      repo('cim-graph', ['cim', 'cim-module', 'core', 'graph']),
    ])
    const dir = writeTree(tempDir(), plan.files)
    const client = new RegistryClient({ directory: dir })
    expect((await client.status()).modules['cim-domain-lender']!.origins).toMatchObject({
      type: 'topic',
      visibility: 'topic',
    })
  })
})

describe('topics as checks', () => {
  const warnings = (type: ModuleType, topics: string[], visibility: 'public' | 'private' = 'public'): string[] =>
    topicProblems({ repository: 'acme/cim-x', topics, type, visibility }).map(
      (p: Problem) => `${p.level} ${p.code}: ${p.message}`,
    )

  it('asks every module for `cim-module`, a domain for `cim-domain`, a private domain for `cim-private`', () => {
    expect(warnings('core', ['cim'])).toEqual([
      'warning missing-topic: no `cim-module` topic: every CIM module carries it (fix: gh repo edit acme/cim-x --add-topic cim-module)',
    ])
    expect(warnings('domain', ['cim'])).toEqual([
      'warning missing-topic: no `cim-module` topic: every CIM module carries it (fix: gh repo edit acme/cim-x --add-topic cim-module)',
      'warning missing-topic: no `cim-domain` topic: a domain implementation carries it (fix: gh repo edit acme/cim-x --add-topic cim-domain)',
    ])
    expect(warnings('domain', ['cim', 'cim-domain'], 'private')).toEqual([
      'warning missing-topic: no `cim-private` topic: a private domain implementation carries it (fix: gh repo edit acme/cim-x --add-topic cim-private)',
    ])
    expect(warnings('domain', ['cim', 'cim-private'], 'private')).toEqual([])
    expect(warnings('core', ['cim', 'cim-module', 'graph', 'ai'])).toEqual([])
  })

  it('names each type topic that contradicts the type, with the command that removes it', () => {
    expect(warnings('core', ['cim', 'cim-module', 'cim-domain', 'template'])).toEqual([
      'warning topic-mismatch: the `template` topic says type template, but the module is core (fix: gh repo edit acme/cim-x --remove-topic template)',
      'warning topic-mismatch: the `cim-domain` topic says type domain, but the module is core (fix: gh repo edit acme/cim-x --remove-topic cim-domain)',
    ])
    expect(warnings('core', ['cim', 'cim-private'], 'private')).toEqual([
      'warning missing-topic: no `cim-module` topic: every CIM module carries it (fix: gh repo edit acme/cim-x --add-topic cim-module)',
      'warning topic-mismatch: the `cim-private` topic says type domain, but the module is core (fix: gh repo edit acme/cim-x --remove-topic cim-private)',
    ])
  })

  it('checks against the type kept by hand, not the topic it replaced', () => {
    const plan = run([repo('cim-x', ['cim', 'cim-module', 'core'])], {
      'modules.yaml': 'modules:\n  cim-x:\n    type: utility\n',
    })
    expect(topicWarnings(plan, 'cim-x')).toEqual([
      'topic-mismatch: the `core` topic says type core, but the module is utility (fix: gh repo edit acme/cim-x --remove-topic core)',
    ])
    expect(plan.registry.modules.get('cim-x')!.health).toBe('warning')
  })

  it('checks no archived repository, whose topics cannot be edited', () => {
    const plan = run([repo('cim-domain-old', ['cim', 'domain'], { archived: true })])
    expect(plan.registry.modules.get('cim-domain-old')!.problems.map((p) => p.code)).toEqual([
      'missing-cim-yaml',
      'archived',
    ])
  })

  it("makes room in the same command once the additions would pass GitHub's maximum of 20 topics", () => {
    const subjects = (count: number) => ['cim', ...Array.from({ length: count }, (_, i) => `subject-${i}`)]
    expect(warnings('core', subjects(19))).toEqual([
      'warning missing-topic: no `cim-module` topic: every CIM module carries it (fix: gh repo edit acme/cim-x --add-topic cim-module --remove-topic OTHER, where OTHER is one of its topics: a repository has at most 20)',
    ])
    expect(warnings('core', subjects(18))[0]).toContain('(fix: gh repo edit acme/cim-x --add-topic cim-module)')
    // 19 topics: the first addition fits, the second does not.
    const domain = warnings('domain', subjects(18))
    expect(domain[0]).toMatch(/--add-topic cim-module\)$/)
    expect(domain[1]).toMatch(
      /--add-topic cim-domain --remove-topic OTHER, where OTHER is one of its topics: a repository has at most 20\)$/,
    )
  })

  it('writes the fix for the host the repository is on', () => {
    expect(ghRepository('https://github.com/acme/cim-x')).toBe('acme/cim-x')
    expect(ghRepository('https://ghe.example.com/acme/cim-x/')).toBe('ghe.example.com/acme/cim-x')
    expect(ghRepository(null)).toBeNull()
    expect(ghRepository('not a url')).toBeNull()
    // Unknown, the command names no repository: gh then edits the one of the checkout it runs in.
    expect(
      topicProblems({ repository: null, topics: ['cim'], type: 'core', visibility: 'public' })[0]!.message,
    ).toContain('(fix: gh repo edit --add-topic cim-module)')
    const plan = run([repo('cim-x', ['cim'], { url: 'https://ghe.example.com/acme/cim-x' })])
    expect(topicWarnings(plan, 'cim-x')[0]).toContain(
      '(fix: gh repo edit ghe.example.com/acme/cim-x --add-topic cim-module)',
    )
  })

  it('knows GitHub topics: lowercase letters, digits and hyphens, a letter or digit first, at most 50 characters', () => {
    for (const topic of ['cim', 'cim-module', 'a', '3d', 'x'.repeat(50)])
      expect([topic, isTopic(topic)]).toEqual([topic, true])
    for (const topic of ['', 'Graph', '-cim', 'cim_module', 'cim module', 'x'.repeat(51), 'ümlaut'])
      expect([topic, isTopic(topic)]).toEqual([topic, false])
  })
})

describe("in the module's own CI", () => {
  // The repository object of a push event: https://docs.github.com/en/webhooks/webhook-events-and-payloads#push
  const push = (repository: Record<string, unknown>) => ({ ref: 'refs/heads/main', repository })
  const base = {
    name: 'cim-domain-x',
    full_name: 'acme/cim-domain-x',
    html_url: 'https://github.com/acme/cim-domain-x',
    private: false,
  }

  it('reads the repository and its topics from the event payload, and nothing from a payload without them', () => {
    expect(
      eventRepository(push({ ...base, topics: ['cim', 'CIM-Module', 7, null, 'two words', '-x', 'x'.repeat(51)] })),
    ).toEqual({
      repository: 'acme/cim-domain-x',
      name: 'cim-domain-x',
      topics: ['cim', 'cim-module'],
      visibility: 'public',
    })
    expect(
      eventRepository(
        push({ ...base, html_url: 'https://ghe.example.com/acme/cim-domain-x', private: true, topics: [] }),
      ),
    ).toMatchObject({
      repository: 'ghe.example.com/acme/cim-domain-x',
      visibility: 'private',
    })
    expect(eventRepository(push({ full_name: 'acme/cim-domain-x', topics: ['cim'] }))).toEqual({
      repository: 'acme/cim-domain-x',
      name: 'cim-domain-x',
      topics: ['cim'],
      visibility: null,
    })
    expect(eventRepository(push({ name: 'cim-domain-x', topics: ['cim'] }))).toEqual({
      repository: null,
      name: 'cim-domain-x',
      topics: ['cim'],
      visibility: null,
    })
    for (const event of [
      {},
      null,
      'text',
      push(base),
      push({ ...base, topics: 'cim' }),
      { repository: null },
      push({ topics: ['cim'] }),
    ]) {
      expect(eventRepository(event)).toBeNull()
    }
  })

  it('checks the `cim` topic too, and the type cim.yaml declares over the topics and the name', () => {
    const repository = eventRepository(push({ ...base, topics: ['domain'] }))!
    expect(checkModuleTopics(repository, null).map((p) => p.message)).toEqual([
      'no `cim` topic: the registry finds modules by it, and will not list this one (fix: gh repo edit acme/cim-domain-x --add-topic cim)',
      'no `cim-module` topic: every CIM module carries it (fix: gh repo edit acme/cim-domain-x --add-topic cim-module)',
      'no `cim-domain` topic: a domain implementation carries it (fix: gh repo edit acme/cim-domain-x --add-topic cim-domain)',
    ])
    expect(
      checkModuleTopics(
        { ...repository, topics: ['cim', 'cim-module', 'domain'] },
        { name: 'cim-domain-x', type: 'utility' },
      ).map((p) => p.message),
    ).toEqual([
      'the `domain` topic says type domain, but the module is utility (fix: gh repo edit acme/cim-domain-x --remove-topic domain)',
    ])
  })

  it('validate adds the topic warnings, which never make a file invalid', async () => {
    const dir = writeTree(tempDir(), {
      'cim.yaml': 'module:\n  name: cim-domain-x\n  type: core\n  visibility: public\n',
    })
    const repository = eventRepository(push({ ...base, topics: ['cim', 'cim-module', 'cim-domain', 'cim-private'] }))
    const result = await validateFile(join(dir, 'cim.yaml'), 'cim-domain-x', repository)
    expect(result.valid).toBe(true)
    expect(result.problems.map((p) => `${p.level} ${p.code}`)).toEqual([
      'warning topic-mismatch',
      'warning topic-mismatch',
    ])
    expect(result.problems.map((p) => p.message).join('\n')).toContain('--remove-topic cim-private')
    expect(result.problems.map((p) => p.message).join('\n')).toContain('--remove-topic cim-domain')
    expect((await validateFile(join(dir, 'cim.yaml'), 'cim-domain-x', null)).problems).toEqual([])
  })

  it('publish checks the module as cim.yaml declares it, or as the conventions say when it has none or an invalid one', async () => {
    const dir = writeTree(tempDir(), {
      'cim.yaml': 'module:\n  name: cim-domain-x\n  type: core\n',
      'bad/cim.yaml': 'module: [',
    })
    const repository = eventRepository(push({ ...base, topics: ['cim', 'cim-module', 'cim-domain'] }))
    expect((await moduleTopicProblems(join(dir, 'cim.yaml'), repository)).map((p) => p.message)).toEqual([
      'the `cim-domain` topic says type domain, but the module is core (fix: gh repo edit acme/cim-domain-x --remove-topic cim-domain)',
    ])
    // Without a readable declaration the topic says domain, and agrees with itself.
    for (const path of [join(dir, 'missing.yaml'), join(dir, 'bad/cim.yaml')])
      expect(await moduleTopicProblems(path, repository)).toEqual([])
    expect(await moduleTopicProblems(join(dir, 'cim.yaml'), null)).toEqual([])
  })
})

/** What publish does with the module's cim.yaml (src/modes/publish-module.ts): absent or invalid declares nothing. */
async function moduleTopicProblems(cimYaml: string, repository: EventRepository | null): Promise<Problem[]> {
  if (!repository) return []
  const bytes = await readFile(cimYaml).catch(() => null)
  return checkModuleTopics(repository, bytes ? parseCimYaml(bytes, { expectedName: repository.name }).metadata : null)
}

describe('queries by topic', () => {
  const plan = run([
    repo('cim-graph', ['cim', 'cim-module', 'core', 'graph']),
    repo('cim-domain-agent', ['cim', 'cim-module', 'cim-domain', 'ai']),
    repo('cim-conceptgraph', ['cim', 'cim-module', 'graph', 'ai']),
    repo('cim-keys', ['cim', 'cim-module', 'security']),
  ])
  const client = () => new RegistryClient({ directory: writeTree(tempDir(), plan.files) })

  it('lists the modules of one topic, with the other filters, case-insensitively', async () => {
    const registry = client()
    expect((await registry.listModules({ topic: 'graph' })).map((m) => m.name)).toEqual([
      'cim-conceptgraph',
      'cim-graph',
    ])
    expect((await registry.listModules({ topic: ' AI ', type: 'domain' })).map((m) => m.name)).toEqual([
      'cim-domain-agent',
    ])
    expect(await registry.listModules({ topic: 'nothing-here' })).toEqual([])
    await expect(registry.listModules({ topic: 'not a topic' })).rejects.toThrow('"not a topic" is not a GitHub topic')
    await expect(registry.listModules({ topic: 'x'.repeat(51) })).rejects.toThrow(RangeError)
  })

  it('counts the topics, most used first, and tells the convention apart from subjects', async () => {
    const topics = await client().topics()
    expect(topics.filter((t) => !t.convention)).toEqual([
      { topic: 'ai', modules: ['cim-conceptgraph', 'cim-domain-agent'], convention: false },
      { topic: 'graph', modules: ['cim-conceptgraph', 'cim-graph'], convention: false },
      { topic: 'security', modules: ['cim-keys'], convention: false },
    ])
    expect(topics.slice(0, 2).map((t) => [t.topic, t.modules.length, t.convention])).toEqual([
      ['cim', 4, true],
      ['cim-module', 4, true],
    ])
  })
})
