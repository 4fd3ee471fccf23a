/**
 * The site generator and the `site` command, without a browser (site-browser.test.ts drives Debian's chromium):
 * byte-stable output, private modules left out of every file, escaping of hostile module data, the pages' policy
 * (no inline script or style, nothing from another host), pagination, the graph's limit, the changelog's Markdown,
 * the version history hook, and the folder rules of the writer.
 */
import { beforeAll, describe, expect, it, jest } from '@jest/globals'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'
import { parseModulesFile, parseStatusFile } from '../../src/client/parse.js'
import { readSiteAssets } from '../../src/site/assets.js'
import { buildSite, type SiteFiles } from '../../src/site/build.js'
import { CONTENT_SECURITY_POLICY } from '../../src/site/html.js'
import type { SiteInput } from '../../src/site/model.js'
import { CATALOG_PAGE_SIZE } from '../../src/site/pages/catalog.js'
import { markdownToHtml } from '../../src/site/pages/changelog.js'
import { GRAPH_LIMIT } from '../../src/site/pages/graph.js'
import { parseHistory, readSiteInput, REMOTE_HISTORY_LIMIT } from '../../src/site/read.js'
import { SITE_MARKER } from '../../src/site/write.js'
import { engineRegistry, snapshot, startRegistryServer } from '../support/registry-server.js'
import { exampleRegistry, syntheticRegistry } from '../support/site-fixtures.js'
import { listFiles, tempDir, writeTree } from '../support/temp.js'
import { ROOT } from '../support/run.js'

const assets = readSiteAssets(join(ROOT, 'src/site'))
const PRIVATE = ['cim-domain-mortgage', 'cim-domain-patient-care']

function inputOf(files: Record<string, string>, extra: Partial<SiteInput> = {}): SiteInput {
  return {
    modules: parseModulesFile(files['modules.yaml']!, 'modules.yaml'),
    status: parseStatusFile(files['status.json']!, 'status.json'),
    changelog: files['changelog.md'] ?? '',
    ...extra,
  }
}

/**
 * A folder as GitHub's contents API lists it: an array of entries, each with name, path, sha, size and type (a
 * directory takes no custom media type, so the raw one still answers this JSON; at most 1,000 entries:
 * docs.github.com/en/rest/repos/contents#get-repository-content).
 */
function historyListing(names: string[]) {
  return names.map((name) => ({ name, path: `registry/history/${name}`, sha: '0'.repeat(40), size: 20, type: 'file' }))
}

const html = (files: SiteFiles) => [...files].filter(([path]) => path.endsWith('.html'))

let example: Record<string, string>
let site: SiteFiles

beforeAll(async () => {
  example = await exampleRegistry()
  site = await buildSite(inputOf(example), assets)
})

describe('the site of the example organization', () => {
  it('has the catalog, a page per public module, the graph, health, changelog, data and assets', () => {
    const modules = Object.entries(parseModulesFile(example['modules.yaml']!, 'm').modules)
    const publicNames = modules.filter(([, entry]) => entry.visibility === 'public').map(([name]) => name)
    expect(publicNames.length).toBeGreaterThan(5)
    expect([...site.keys()]).toEqual(
      [
        '.nojekyll',
        'assets/minisearch.js',
        'assets/minisearch.LICENSE.txt',
        'assets/site.css',
        'assets/site.js',
        'changelog.html',
        'data/catalog.json',
        'data/search-index.json',
        'graph.html',
        'health.html',
        'index.html',
        ...publicNames.map((name) => `modules/${name}.html`),
      ].sort(),
    )
  })

  it('is byte-stable: the same registry gives the same files', async () => {
    const again = await buildSite(inputOf(example), assets)
    expect([...again.keys()]).toEqual([...site.keys()])
    for (const [path, content] of site) expect(again.get(path)).toBe(content)
  })

  it('leaves private modules out of every file unless asked, and counts what it leaves out', async () => {
    for (const [path, content] of site)
      for (const name of PRIVATE) expect(`${path}: ${content.includes(name)}`).toBe(`${path}: false`)
    // cim-domain is depended on by the private cim-domain-mortgage: its page says so without naming it.
    expect(site.get('modules/cim-domain.html')).toContain(
      '<p class="muted">1 private module more, not shown on this site.</p>',
    )
    const all = await buildSite(inputOf(example, { includePrivate: true }), assets)
    for (const name of PRIVATE) expect(all.has(`modules/${name}.html`)).toBe(true)
    expect(all.get('index.html')).toContain('<th scope="col">Visibility</th>')
    expect(all.get('modules/cim-domain.html')).toContain('cim-domain-mortgage')
  })

  it('leaves out registry problems that name a repository the registry does not record, which may be private', async () => {
    // src/sources/github.ts names any repository that looks like a module but lacks the topic, or has the topic and
    // a name that is not a module name: the registry records nothing else of it, not even whether it is private.
    const status = JSON.parse(example['status.json']!) as { problems: unknown[] }
    status.problems.push(
      {
        level: 'warning',
        code: 'missing-topic',
        message: 'cim-secret-lab looks like a module but has no `cim` topic; add the topic to register it',
      },
      {
        level: 'warning',
        code: 'invalid-name',
        message:
          'Secret_Skunkworks has the `cim` topic but its name does not match the module pattern cim,cim-*; not registered',
      },
    )
    const files = { ...example, 'status.json': JSON.stringify(status) }
    const out = await buildSite(inputOf(files), assets)
    for (const [path, content] of out)
      expect(`${path}: ${/cim-secret-lab|Secret_Skunkworks/.test(content)}`).toBe(`${path}: false`)
    expect(out.get('health.html')).toMatch(/And \d+ that name private modules or repositories that are not registered/)
    const all = await buildSite(inputOf(files, { includePrivate: true }), assets)
    expect(all.get('health.html')).toContain('cim-secret-lab looks like a module')
    expect(all.get('health.html')).toContain('Secret_Skunkworks has the')
  })

  it('leaves out changelog lines about modules no longer registered, which may have been private', async () => {
    const changelog = [
      '# CIM Registry Changelog',
      '',
      '## 2026-02-01',
      '',
      '- **cim-domain-gone** removed',
      '- **[cim-domain](https://github.com/example-org/cim-domain)**: version 0.1.0 -> 0.2.0',
      '  - **breaks cim-domain-vanished**, which requires ^0.1',
      '',
      '## 2026-01-01',
      '',
      '- **[cim-domain-gone](https://github.com/example-org/cim-domain-gone)** added (domain 0.1.0)',
      '- **[cim-domain](https://github.com/example-org/cim-domain)** added (core 0.1.0)',
      '',
    ].join('\n')
    const out = await buildSite(inputOf(example, { changelog }), assets)
    const page = out.get('changelog.html')!
    expect(page).not.toMatch(/cim-domain-gone|cim-domain-vanished/)
    expect(page).toContain('version 0.1.0 -&#62; 0.2.0')
    expect(page).toContain('<strong><a href="https://github.com/example-org/cim-domain">cim-domain</a></strong> added')
    const all = await buildSite(inputOf(example, { changelog, includePrivate: true }), assets)
    expect(all.get('changelog.html')).toContain('<strong>cim-domain-gone</strong> removed')
    expect(all.get('changelog.html')).toContain('breaks cim-domain-vanished')
  })

  it("counts a module's problems that name a private module, so that its health keeps a reason", async () => {
    const status = JSON.parse(example['status.json']!) as {
      modules: Record<string, { health: string; problems: unknown[] }>
    }
    const domain = status.modules['cim-domain']!
    domain.health = 'error'
    domain.problems = [
      {
        level: 'error',
        code: 'dependency-cycle',
        message: 'dependency cycle: cim-domain -> cim-domain-mortgage -> cim-domain',
      },
    ]
    const out = await buildSite(inputOf({ ...example, 'status.json': JSON.stringify(status) }), assets)
    const page = out.get('modules/cim-domain.html')!
    expect(page).not.toContain('cim-domain-mortgage')
    expect(page).toContain(
      '<h2 id="problems">Problems</h2>\n<p class="muted">1 problem about private modules, not shown on this site.</p>',
    )
    expect(out.get('health.html')).toMatch(
      /cim-domain<\/a> <span class="health health-error">error<\/span><\/h3>\n<p class="muted">1 problem about private modules/,
    )
  })

  it('gives every page the policy, its own stylesheet, and no inline script, style or foreign resource', () => {
    for (const [path, content] of html(site)) {
      expect(content).toContain(
        `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/'/g, '&#39;')}">`,
      )
      expect(content).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/)
      expect(content).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i)
      const resources = [...content.matchAll(/<(?:script|link|img)\b[^>]*\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)
      expect(resources.length).toBeGreaterThan(0)
      for (const resource of resources) expect(`${path}: ${resource}`).not.toMatch(/:\s.*(?:\/\/|^[a-z]+:)/)
    }
  })

  it("shows a module's fields with their origins, its problems at file:line:col, and its links", () => {
    const bridge = site.get('modules/cim-bridge.html')!
    expect(bridge).toMatch(/<code>cim\.yaml:\d+:\d+<\/code>/)
    const workflow = site.get('modules/cim-domain-workflow.html')!
    // cim-domain-workflow wants cim-domain ^0.2, which the registered version does not satisfy.
    expect(workflow).toMatch(
      /<a href="\.\.\/modules\/cim-domain\.html">cim-domain<\/a><\/td><td><code>\^0\.2<\/code><\/td><td>[^<]+<\/td><td><strong class="level-error">no<\/strong>/,
    )
    expect(workflow).toContain('<th scope="row">description</th>')
    expect(workflow).toMatch(/<td>cim\.yaml<\/td>/)
    const ipld = site.get('modules/cim-ipld.html')!
    expect(ipld).toContain('inferred from the manifests')
    expect(site.get('modules/cim-domain.html')).toContain('href="../graph.html#cim-domain"')
  })

  it('has the health totals and the changelog as HTML', () => {
    expect(site.get('health.html')).toMatch(
      /<h3><a href="modules\/cim-bridge\.html">cim-bridge<\/a> <span class="health health-error">error<\/span><\/h3>/,
    )
    expect(site.get('changelog.html')).toMatch(/<h2>2026-01-01<\/h2>/)
    expect(site.get('changelog.html')).toContain(
      '<strong><a href="https://github.com/example-org/cim-domain">cim-domain</a></strong> added',
    )
  })

  it('draws every module in the graph with its edges, each node a link to its page', () => {
    const graph = site.get('graph.html')!
    expect(graph).toContain('<svg id="graph"')
    expect(graph).toMatch(
      /<a class="node node-core node-health-ok" href="modules\/cim-domain\.html" data-name="cim-domain"/,
    )
    expect(graph).toMatch(/<path class="edge" data-from="cim-domain-workflow" data-to="cim-domain" d="M[\d.]+,[\d.]+L/)
  })
})

describe('hostile module data', () => {
  it('is escaped: no markup, script URL or broken attribute gets through', async () => {
    const files = engineRegistry([
      {
        ...snapshot('cim-evil', {
          'cim.yaml':
            'module:\n  name: cim-evil\n  type: utility\n  version: "1.0.0"\n  description: "<script>alert(1)</script> \\" onmouseover=\\"x **bold** [l](javascript:alert(2))"\n  category: evil\n  owner: "<img src=x onerror=alert(3)>"\n',
        }),
        url: 'javascript:alert(4)',
      },
    ])
    const out = await buildSite(inputOf(files), assets)
    for (const [path, content] of html(out)) {
      expect(`${path}: ${/<script>alert|<img src=x|href="javascript:|onmouseover="/.test(content)}`).toBe(
        `${path}: false`,
      )
    }
    expect(out.get('modules/cim-evil.html')).toContain('&#60;script&#62;alert(1)&#60;/script&#62;')
    expect(out.get('modules/cim-evil.html')).not.toContain('Repository</a>')
  })

  it('pages the changelog by 25 entries, newest first', async () => {
    const entries = Array.from(
      { length: 30 },
      (_, i) => `## 2026-01-${String(30 - i).padStart(2, '0')}\n\n- **cim-domain** version 0.${30 - i}.0\n`,
    )
    const out = await buildSite(
      inputOf(example, { changelog: `# CIM Registry Changelog\n\n${entries.join('\n')}` }),
      assets,
    )
    expect([...out.keys()].filter((path) => path.startsWith('changelog'))).toEqual([
      'changelog-2.html',
      'changelog.html',
    ])
    const first = out.get('changelog.html')!
    expect(first.match(/<h2>/g)).toHaveLength(25)
    expect(first.indexOf('2026-01-30')).toBeLessThan(first.indexOf('2026-01-06'))
    expect(first).not.toContain('2026-01-05')
    expect(first).toContain('<a href="changelog-2.html" rel="next">Older</a>')
    expect(out.get('changelog-2.html')!.match(/<h2>/g)).toHaveLength(5)
    expect(out.get('changelog-2.html')).toContain('<a href="changelog.html" rel="prev">Newer</a>')
  })

  it('keeps changelog Markdown to its subset: links only to http(s), everything else text', () => {
    const out = markdownToHtml(
      '# Title\n\n## 2026-01-02\n\nTriggered by x.\n\n- **[a](https://e.org/a)** added\n  - **breaks b**, which requires ^1\n- [c](javascript:alert(1)) <b>x</b> \\*y\\*',
    )
    expect(out.value).toBe(
      '<h2>2026-01-02</h2>\n<p>Triggered by x.</p>\n<ul><li>\n<strong><a href="https://e.org/a">a</a></strong> added\n<ul><li>\n<strong>breaks b</strong>, which requires ^1\n</li></ul>\n</li><li>\n[c](javascript:alert(1)) &#60;b&#62;x&#60;/b&#62; *y*\n</li></ul>',
    )
  })
})

describe('large registries', () => {
  it('pages the catalog by 100 rows, and draws the most depended-on modules when there are too many', async () => {
    const files = syntheticRegistry(260)
    const out = await buildSite(inputOf(files), assets)
    const shown = Object.values(parseModulesFile(files['modules.yaml']!, 'm').modules).filter(
      (m) => m.visibility === 'public',
    ).length
    const pages = [...out.keys()].filter((path) => /^(index|page-\d+)\.html$/.test(path))
    expect(pages).toEqual(['index.html', 'page-2.html', 'page-3.html'])
    const rows = pages.map((path) => (out.get(path)!.match(/<tr><td><a href="modules\//g) ?? []).length)
    expect(rows).toEqual([CATALOG_PAGE_SIZE, CATALOG_PAGE_SIZE, shown - 2 * CATALOG_PAGE_SIZE])
    expect(out.get('page-2.html')).toContain('<a href="page-3.html" rel="next">Next</a>')
    expect(JSON.parse(out.get('data/catalog.json')!).rows).toHaveLength(shown)
    expect(shown).toBeGreaterThan(GRAPH_LIMIT)
    expect((out.get('graph.html')!.match(/<a class="node /g) ?? []).length).toBe(GRAPH_LIMIT)
    expect(out.get('graph.html')).toContain(`The ${GRAPH_LIMIT} most depended-on of ${shown} modules are drawn`)
  }, 120_000)
})

describe('version history', () => {
  it('renders a section only for modules the registry has a history of, without private dependencies', async () => {
    const history = new Map([
      [
        'cim-domain-workflow',
        parseHistory(
          '{"version":"0.4.0","tag":"v0.4.0","commit":"aaaaaaaaaaaa","date":"2025-11-01T10:00:00Z","ci":"success","dependencies":{"cim-domain":"^0.2","cim-domain-mortgage":"^0.1"},"locked":null}\nnot json\n{"version":"0.5.0","tag":"v0.5.0","commit":"bbbbbbbbbbbb","date":"2025-12-01T10:00:00Z","ci":null,"dependencies":{},"locked":{"cim-domain":{"version":"0.2.3","source":"git-tag","commit":"cccccccc"},"cim-domain-mortgage":{"version":"0.1.0","source":"path"}}}\n',
        ),
      ],
    ])
    const out = await buildSite(inputOf(example, { history }), assets)
    const page = out.get('modules/cim-domain-workflow.html')!
    expect(page).toContain('<h2 id="history">Version history</h2>')
    expect(page.indexOf('<td>0.5.0</td>')).toBeLessThan(page.indexOf('<td>0.4.0</td>'))
    expect(page).toContain('<td>cim-domain ^0.2</td><td>no lock file</td></tr>')
    expect(page).toContain('<th scope="col">Built with</th>')
    expect(page).toContain('<td>cim-domain 0.2.3 (git-tag)</td></tr>')
    expect(page).not.toContain('cim-domain-mortgage')
    expect(out.get('modules/cim-domain.html')).not.toContain('Version history')
    expect(site.get('modules/cim-domain-workflow.html')).not.toContain('Version history')
  })

  it('shows a tag once, as its last line says: a settled CI state or a moved tag is a line appended to the history', async () => {
    const history = new Map([
      [
        'cim-domain',
        parseHistory(
          [
            '{"version":"0.1.0","tag":"v0.1.0","commit":"1111111111","date":"2025-10-01T10:00:00Z","ci":"pending"}',
            '{"version":"0.2.0","tag":"v0.2.0","commit":"2222222222","date":"2025-11-01T10:00:00Z","ci":"success"}',
            '{"version":"0.1.0","tag":"v0.1.0","commit":"1111111111","date":"2025-10-01T10:00:00Z","ci":"failure"}',
            '{"version":"0.2.0","tag":"v0.2.0","commit":"3333333333","date":"2025-11-02T10:00:00Z","ci":"success","moved_from":"2222222222"}',
          ].join('\n'),
        ),
      ],
    ])
    const page = (await buildSite(inputOf(example, { history }), assets)).get('modules/cim-domain.html')!
    const rows = [
      ...page.matchAll(
        /<tr><td>(0\.\d\.0)<\/td><td>[^<]*<\/td><td>[^<]*<\/td><td><code>(\w+)<\/code><\/td><td>(\w+)<\/td>/g,
      ),
    ].map((m) => m.slice(1).join(' '))
    expect(rows).toEqual(['0.2.0 3333333 success', '0.1.0 1111111 failure'])
  })

  it('is read from history/NAME.jsonl of a registry directory', async () => {
    const dir = writeTree(tempDir('cim-site-history-'), {
      ...example,
      'history/cim-domain.jsonl': '{"version":"0.3.0","tag":"v0.3.0"}\n',
    })
    const { input } = await readSiteInput({ directory: dir })
    expect(input.history).toEqual(new Map([['cim-domain', [{ version: '0.3.0', tag: 'v0.3.0', ci: null }]]]))
    const { input: without } = await readSiteInput({ directory: writeTree(tempDir('cim-site-'), example) })
    expect(without.history).toBeUndefined()
  })

  it('is read through the contents API: one listing of the folder, then one request a shown module that has a file', async () => {
    const server = await startRegistryServer()
    try {
      server.serveRegistry('/repos/o/cim/contents/registry', example)
      const shown = Object.entries(parseModulesFile(example['modules.yaml']!, 'm').modules)
        .filter(([, entry]) => entry.visibility === 'public')
        .map(([name]) => name)
        .sort()
      // Version tracking writes no file for a module without git history: here the first module has none.
      expect(shown[0]).not.toBe('cim-start')
      server.serve('/repos/o/cim/contents/registry/history/cim-start.jsonl', '{"version":"0.1.0"}\n')
      server.serve('/repos/o/cim/contents/registry/history/cim-domain-mortgage.jsonl', '{"version":"0.1.0"}\n')
      server.serve(
        '/repos/o/cim/contents/registry/history',
        JSON.stringify(historyListing(['cim-domain-mortgage.jsonl', 'cim-start.jsonl', 'heads.json'])),
      )
      const { input } = await readSiteInput({ github: { owner: 'o', repo: 'cim', apiUrl: server.origin } })
      expect([...input.history!.keys()]).toEqual(['cim-start'])
      // The listing, then the one file of a shown module: none for the private one, none that answers 404.
      const asked = server.requests
        .filter((request) => request.url.includes('/history'))
        .map((request) => new URL(request.url, server.origin).pathname)
      expect(asked).toEqual([
        '/repos/o/cim/contents/registry/history',
        '/repos/o/cim/contents/registry/history/cim-start.jsonl',
      ])
    } finally {
      await server.close()
    }
  })

  it('costs one request through the contents API when the registry has no history folder', async () => {
    const server = await startRegistryServer()
    try {
      server.serveRegistry('/repos/o/cim/contents/registry', example)
      const { input } = await readSiteInput({ github: { owner: 'o', repo: 'cim', apiUrl: server.origin } })
      expect(input.history).toBeUndefined()
      expect(
        server.requests.filter((request) => request.url.includes('/history')).map((request) => request.status),
      ).toEqual([404])
    } finally {
      await server.close()
    }
  })

  it('over a plain URL, which cannot be listed, is asked of the other modules only when the first module has one', async () => {
    const server = await startRegistryServer()
    try {
      server.serveRegistry('/reg', example)
      server.serve('/reg/history/cim-start.jsonl', '{"version":"0.1.0"}\n')
      const first = await readSiteInput({ url: `${server.origin}/reg/` })
      expect(first.input.history).toBeUndefined()
      expect(server.requests.filter((request) => request.url.includes('/history/'))).toHaveLength(1)
      const shown = Object.entries(parseModulesFile(example['modules.yaml']!, 'm').modules).filter(
        ([, entry]) => entry.visibility === 'public',
      )
      server.serve(`/reg/history/${shown.map(([name]) => name).sort()[0]}.jsonl`, '{"version":"1.0.0"}\n')
      const second = await readSiteInput({ url: `${server.origin}/reg/` })
      expect(second.input.history!.has('cim-start')).toBe(true)
      expect(server.requests.filter((request) => request.url.includes('/history/'))).toHaveLength(1 + shown.length)
    } finally {
      await server.close()
    }
  })

  it('is not read over the network for more than REMOTE_HISTORY_LIMIT modules, and says so', async () => {
    const server = await startRegistryServer()
    try {
      const files = syntheticRegistry(Math.ceil(REMOTE_HISTORY_LIMIT * 1.2))
      server.serveRegistry('/repos/o/cim/contents/registry', files)
      const names = Object.keys(parseModulesFile(files['modules.yaml']!, 'm').modules)
      server.serve(
        '/repos/o/cim/contents/registry/history',
        JSON.stringify(historyListing(names.map((name) => `${name}.jsonl`))),
      )
      const read = await readSiteInput({ github: { owner: 'o', repo: 'cim', apiUrl: server.origin } })
      expect(read.input.history).toBeUndefined()
      expect(read.notes).toEqual([
        expect.stringMatching(
          /^version history not read: over the network it takes a request a module, and the site shows \d+ \(more than 300\)/,
        ),
      ])
      expect(server.requests.filter((request) => request.url.includes('/history/'))).toEqual([])
    } finally {
      await server.close()
    }
  })
})

describe('cim-registry site', () => {
  async function cli(args: string[]) {
    const stdout: string[] = []
    const stderr: string[] = []
    const log = jest
      .spyOn(console, 'log')
      .mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(' ')))
    const error = jest
      .spyOn(console, 'error')
      .mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')))
    try {
      return { code: await main(args), stdout: stdout.join('\n'), stderr: stderr.join('\n') }
    } finally {
      log.mockRestore()
      error.mockRestore()
    }
  }

  it('writes the site of a registry directory, and rewrites its own folder the same', async () => {
    const registry = writeTree(tempDir('cim-site-reg-'), example)
    const out = join(tempDir('cim-site-out-'), 'site')
    const first = await cli(['site', '--registry', registry, '--out', out, '--json'])
    expect(first).toMatchObject({ code: 0, stderr: '' })
    expect(JSON.parse(first.stdout)).toMatchObject({ out, modules: site.size - 11, hidden: 2, files: site.size })
    expect(listFiles(out)).toEqual([...site.keys(), SITE_MARKER].sort())
    for (const [path, content] of site) expect(readFileSync(join(out, path), 'utf8')).toBe(content)
    writeFileSync(join(out, 'modules', 'cim-gone.html'), 'a page of a removed module')
    expect((await cli(['site', '--registry', registry, '--out', out])).code).toBe(0)
    expect(listFiles(out)).toEqual([...site.keys(), SITE_MARKER].sort())
  })

  it('keeps the site it wrote before when the registry cannot be read: hung, refused, garbage, or cut short', async () => {
    // The real failures of a registry over HTTP (see registry-server.ts): a host that never answers, a token
    // refused (GitHub answers 403), a login page with status 200 (a captive portal), a body cut in the middle.
    const server = await startRegistryServer()
    try {
      server.serveRegistry('/org/cim/main/registry', example)
      const url = `${server.origin}/org/cim/main/registry`
      const out = join(tempDir('cim-site-out-'), 'site')
      expect((await cli(['site', '--registry', url, '--out', out])).code).toBe(0)
      const before = listFiles(out).map((path) => [path, readFileSync(join(out, path), 'utf8')])
      const expected = {
        hang: 'no complete answer within 300 ms',
        deny: 'access denied (HTTP 403)',
        garbage: 'modules.yaml:3:33: not valid YAML',
        stall: 'no complete answer within 300 ms',
      } as const
      for (const [misbehaviour, message] of Object.entries(expected)) {
        server.misbehaviour = misbehaviour as keyof typeof expected
        const run = await cli(['site', '--registry', url, '--out', out, '--timeout', '0.3'])
        expect(`${misbehaviour}: ${run.code}`).toBe(`${misbehaviour}: 1`)
        expect(run.stderr).toMatch(new RegExp(`^cim-registry: site: .*${message.replace(/[()]/g, '\\$&')}`))
        expect(listFiles(out).map((path) => [path, readFileSync(join(out, path), 'utf8')])).toEqual(before)
      }
    } finally {
      server.misbehaviour = 'none'
      await server.close()
    }
  }, 30_000)

  it('refuses a folder it did not write, bad usage, and an unreadable registry', async () => {
    const registry = writeTree(tempDir('cim-site-reg-'), example)
    const foreign = tempDir('cim-site-foreign-')
    mkdirSync(join(foreign, 'docs'))
    const refused = await cli(['site', '--registry', registry, '--out', foreign])
    expect(refused).toMatchObject({ code: 1 })
    expect(refused.stderr).toContain('is not empty and was not written by cim-registry site')
    expect(listFiles(foreign)).toEqual([])
    expect((await cli(['site', '--registry', registry])).stderr).toContain('--out is required')
    expect((await cli(['site', '--out', foreign, '--registry', registry, '--timeout', 'x'])).code).toBe(2)
    const missing = await cli(['site', '--registry', tempDir('cim-site-empty-'), '--out', join(foreign, 'x')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toContain('holds no modules.yaml')
  })
})
