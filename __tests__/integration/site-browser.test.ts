/// <reference lib="dom" />
/**
 * The catalog site in a real browser: Debian's chromium through playwright-core, on the example organization's
 * site served from 127.0.0.1 with the site's Content-Security-Policy. Every page type loads with no console error
 * and no request to another host; search finds a module by a word of its description; each filter narrows the
 * list; a module page's links resolve; the graph highlights a module's neighbours; axe-core finds no serious or
 * critical violation; the pages read without JavaScript. Screenshots go to a temporary folder.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import axe from 'axe-core'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { parseModulesFile, parseStatusFile } from '../../src/client/parse.js'
import { readSiteAssets } from '../../src/site/assets.js'
import { buildSite } from '../../src/site/build.js'
import { parseHistory } from '../../src/site/read.js'
import { writeSite } from '../../src/site/write.js'
import type { ModulesFile } from '../../src/format/types.js'
import { launchChromium } from '../support/browser.js'
import {
  exampleRegistry,
  syntheticDescription,
  syntheticName,
  syntheticRegistry,
  syntheticTopic,
} from '../support/site-fixtures.js'
import { serveFolder, type StaticServer } from '../support/static-server.js'
import { tempDir } from '../support/temp.js'
import { ROOT } from '../support/run.js'

let browser: Browser
let server: StaticServer
let shots: string
let privateCount: number
const SYNTHETIC = 240
let syntheticShown: number
let syntheticModules: ModulesFile
let publicModules: {
  name: string
  type: string
  health: string
  category: string | null
  status: string | null
  description: string | null
}[]

beforeAll(async () => {
  const files = await exampleRegistry()
  const modules = parseModulesFile(files['modules.yaml']!, 'modules.yaml')
  const status = parseStatusFile(files['status.json']!, 'status.json')
  publicModules = Object.entries(modules.modules)
    .filter(([, entry]) => entry.visibility === 'public')
    .map(([name, entry]) => ({
      name,
      type: entry.type,
      health: status.modules[name]!.health,
      category: entry.category,
      status: entry.status ?? null,
      description: entry.description,
    }))
  // cim-domain's page has a version history (the section the registry's version tracking fills), for axe to check.
  const history = new Map([
    [
      'cim-domain',
      parseHistory(
        '{"version":"0.3.0","tag":"v0.3.0","commit":"0123456789ab","date":"2025-12-01T00:00:00Z","ci":"success","dependencies":{},"locked":{}}\n',
      ),
    ],
  ])
  const input = { modules, status, changelog: files['changelog.md']!, history }
  const assets = readSiteAssets(join(ROOT, 'src/site'))
  const root = join(tempDir('cim-site-browser-'), 'site')
  await writeSite(root, await buildSite(input, assets))
  // The site with private modules too, at /all/: the only one with a visibility filter.
  await writeSite(join(root, 'all'), await buildSite({ ...input, includePrivate: true }, assets))
  privateCount = Object.values(modules.modules).filter((entry) => entry.visibility === 'private').length
  // A registry of more modules than a catalog page holds, at /synthetic/.
  const synthetic = syntheticRegistry(SYNTHETIC)
  syntheticModules = parseModulesFile(synthetic['modules.yaml']!, 'modules.yaml')
  syntheticShown = Object.values(syntheticModules.modules).filter((entry) => entry.visibility === 'public').length
  const syntheticStatus = parseStatusFile(synthetic['status.json']!, 'status.json')
  await writeSite(
    join(root, 'synthetic'),
    await buildSite({ modules: syntheticModules, status: syntheticStatus, changelog: '' }, assets),
  )
  server = await serveFolder(root)
  // CIM_SITE_SHOTS keeps them (to look at, or to refresh the README's picture); by default they go with the temp folder.
  shots = process.env.CIM_SITE_SHOTS ?? tempDir('cim-site-shots-')
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

interface Visit {
  page: Page
  /** Console errors, uncaught exceptions and CSP violations. */
  errors: string[]
  /** Every URL the page asked for that is not on the test server. */
  foreign: string[]
}

/** Opens `path` in a new page, recording errors and every request to another origin (which is refused). */
async function visit(path: string, options: { javaScript?: boolean } = {}): Promise<Visit> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: 1280, height: 900 },
  })
  const page = await context.newPage()
  const errors: string[] = []
  const foreign: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      errors.push(`console ${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`))
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (url.startsWith(`${server.origin}/`)) return route.continue()
    foreign.push(url)
    return route.abort('blockedbyclient')
  })
  const response = await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' })
  expect(response?.status()).toBe(200)
  return { page, errors, foreign }
}

/** Runs `check` on `path` opened as visit() does, and closes the page's context whatever happens. */
async function onPage(
  path: string,
  check: (opened: Visit) => Promise<void>,
  options?: { javaScript?: boolean },
): Promise<void> {
  const opened = await visit(path, options)
  try {
    await check(opened)
  } finally {
    await opened.page.context().close()
  }
}

/** axe-core's violations of impact serious or critical. evaluate() runs outside the page's CSP, as devtools do. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 3),
    }))
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.join(', ')}`)
}

const PAGE_TYPES = [
  'index.html',
  'modules/cim-domain.html',
  'modules/cim-bridge.html',
  'graph.html',
  'health.html',
  'changelog.html',
]

describe('every page type', () => {
  it.each(PAGE_TYPES)(
    '%s loads with no console error, no foreign request, and no serious accessibility violation',
    async (path) => {
      await onPage(path, async (opened) => {
        await opened.page.waitForLoadState('networkidle')
        expect(await opened.page.locator('h1').count()).toBe(1)
        if (path === 'modules/cim-domain.html') expect(await opened.page.locator('#history').count()).toBe(1)
        expect(await seriousViolations(opened.page)).toEqual([])
        expect(opened.errors).toEqual([])
        expect(opened.foreign).toEqual([])
      })
    },
  )
})

/** The names in the catalog table, as shown. */
const shownNames = (page: Page) => page.locator('#catalog-rows tr td:first-child').allTextContents()

describe('the catalog', () => {
  it('finds a module by a word of its description', async () => {
    const target = publicModules.find((module) => module.name === 'cim-ipld')!
    expect(target.description).toContain('storage')
    await onPage('index.html', async (opened) => {
      await opened.page.fill('#filter-q', 'storage')
      await expect(opened.page.locator('#result-count')).toBeDefined()
      await opened.page.waitForFunction(() => /match/.test(document.getElementById('result-count')!.textContent ?? ''))
      const names = await shownNames(opened.page)
      expect(names).toContain('cim-ipld')
      expect(names.length).toBeLessThan(publicModules.length)
      // The query is kept in the address, so that a search can be shared.
      expect(new URL(opened.page.url()).searchParams.get('q')).toBe('storage')
      await opened.page.screenshot({ path: join(shots, 'catalog-search.png') })
      // Clearing the search brings back the full page.
      await opened.page.click('#filter-reset')
      await opened.page.waitForFunction(
        (count) => document.querySelectorAll('#catalog-rows tr').length === count,
        publicModules.length,
      )
      expect(opened.errors).toEqual([])
      expect(opened.foreign).toEqual([])
    })
  })

  const FILTERS = [
    ['type', (m: (typeof publicModules)[number]) => m.type, 2],
    ['health', (m: (typeof publicModules)[number]) => m.health, 4],
    ['category', (m: (typeof publicModules)[number]) => m.category, 5],
    ['status', (m: (typeof publicModules)[number]) => m.status, 6],
  ] as const

  it.each(FILTERS)('narrows the list by %s', async (name, value, column) => {
    // The value that keeps the fewest modules, but at least one.
    const counts = new Map<string, number>()
    for (const module of publicModules) {
      const v = value(module)
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
    }
    const [chosen, expected] = [...counts].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1))[0]!
    expect(expected).toBeLessThan(publicModules.length)
    await onPage('index.html', async (opened) => {
      await opened.page.selectOption(`#filter-${name}`, chosen)
      await opened.page.waitForFunction((n) => document.querySelectorAll('#catalog-rows tr').length === n, expected)
      const cells = await opened.page.locator(`#catalog-rows tr td:nth-child(${column})`).allTextContents()
      expect(cells).toEqual(Array(expected).fill(chosen))
      expect((await shownNames(opened.page)).sort()).toEqual(
        publicModules
          .filter((m) => value(m) === chosen)
          .map((m) => m.name)
          .sort(),
      )
      expect(opened.errors).toEqual([])
    })
  })

  it('narrows the list by visibility when private modules are shown', async () => {
    await onPage('all/index.html', async (opened) => {
      await opened.page.selectOption('#filter-visibility', 'private')
      await opened.page.waitForFunction((n) => document.querySelectorAll('#catalog-rows tr').length === n, privateCount)
      expect(await opened.page.locator('#catalog-rows tr td:nth-child(7)').allTextContents()).toEqual(
        Array(privateCount).fill('private'),
      )
      expect(opened.errors).toEqual([])
    })
  })

  it('searches topics and descriptions over every page of a larger registry, and shows more on demand', async () => {
    await onPage('synthetic/index.html', async (opened) => {
      const count = () => opened.page.textContent('#result-count')
      expect(await opened.page.locator('#catalog-rows tr').count()).toBe(100)
      // A topic that one module on the last page has.
      await opened.page.fill('#filter-q', syntheticTopic(232))
      await opened.page.waitForFunction(() => /match/.test(document.getElementById('result-count')!.textContent ?? ''))
      expect(await shownNames(opened.page)).toEqual([syntheticName(232)])
      expect(await opened.page.locator('#catalog-pages').isVisible()).toBe(false)
      // Its description's unique token, and then a word that most descriptions have: more matches than a page.
      await opened.page.fill('#filter-q', syntheticDescription(232).match(/u\d+x/)![0])
      await opened.page.waitForFunction(
        (name) => document.querySelector('#catalog-rows td a')?.textContent === name,
        syntheticName(232),
      )
      // A typo in a word of 5 letters or more is forgiven: quorom finds the modules about quorum, and only them.
      const quorum = Object.entries(syntheticModules.modules)
        .filter(
          ([, entry]) =>
            entry.visibility === 'public' && [entry.description, ...entry.topics].join(' ').includes('quorum'),
        )
        .map(([name]) => name)
        .sort()
      expect(quorum.length).toBeGreaterThan(1)
      await opened.page.fill('#filter-q', 'quorom')
      await opened.page.waitForFunction(
        (n) => document.getElementById('result-count')!.textContent === `${n} modules match.`,
        quorum.length,
      )
      expect((await shownNames(opened.page)).sort()).toEqual(quorum)
      await opened.page.fill('#filter-q', 'handles')
      await opened.page.waitForFunction(
        (n) => document.getElementById('result-count')!.textContent === `${n} modules match.`,
        syntheticShown,
      )
      expect(await opened.page.locator('#catalog-rows tr').count()).toBe(100)
      await opened.page.click('#show-more')
      expect(await opened.page.locator('#catalog-rows tr').count()).toBe(200)
      await opened.page.click('#show-more')
      expect(await opened.page.locator('#catalog-rows tr').count()).toBe(syntheticShown)
      expect(await opened.page.locator('#show-more').isVisible()).toBe(false)
      expect(await count()).toBe(`${syntheticShown} modules match.`)
      expect(opened.errors).toEqual([])
    })
  })

  it('reads without JavaScript: every module in the table, the search form hidden', async () => {
    await onPage(
      'index.html',
      async (opened) => {
        expect((await shownNames(opened.page)).sort()).toEqual(publicModules.map((m) => m.name).sort())
        expect(await opened.page.locator('#filters').isVisible()).toBe(false)
        await opened.page.screenshot({ path: join(shots, 'catalog.png'), fullPage: true })
      },
      { javaScript: false },
    )
  })
})

describe('a module page', () => {
  it('has links that all resolve: the site pages it links to answer 200, the others go to the repository', async () => {
    await onPage('modules/cim-domain-workflow.html', async (opened) => {
      const links = await opened.page
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href))
      const own = links.filter((href) => href.startsWith(server.origin))
      const others = links.filter((href) => !href.startsWith(server.origin))
      expect(own.length).toBeGreaterThan(6)
      for (const href of own) {
        const response = await opened.page.request.get(href.replace(/#.*$/, ''))
        expect(`${href} ${response.status()}`).toBe(`${href} 200`)
      }
      expect(others.length).toBeGreaterThan(0)
      for (const href of others) expect(href).toMatch(/^https:\/\/github\.com\/example-org\/cim-domain-workflow(\/|$)/)
      await opened.page.screenshot({ path: join(shots, 'module.png'), fullPage: true })
    })
  })
})

describe('the graph', () => {
  it('highlights what a module depends on and what depends on it when it is chosen, and opens its page when chosen again', async () => {
    await onPage('graph.html', async (opened) => {
      const node = (name: string) => opened.page.locator(`a.node[data-name="${name}"]`)
      await node('cim-domain-identity').click()
      const classes = async (name: string) => (await node(name).getAttribute('class'))!.split(' ')
      expect(await classes('cim-domain-identity')).toContain('focus')
      // cim-domain-identity depends on cim-domain; cim-domain-workflow depends on it.
      expect(await classes('cim-domain')).toContain('dependency')
      expect(await classes('cim-domain-workflow')).toContain('dependent')
      expect(await classes('cim-start')).not.toEqual(expect.arrayContaining(['focus']))
      expect(await classes('cim-start')).not.toContain('dependency')
      expect(await classes('cim-start')).not.toContain('dependent')
      expect(await opened.page.locator('path.edge.edge-dependency').count()).toBeGreaterThan(0)
      expect(await opened.page.inputValue('#graph-focus')).toBe('cim-domain-identity')
      expect(await opened.page.textContent('#graph-selection')).toMatch(
        /cim-domain-identity depends on \d+ and \d+ depend on it/,
      )
      await opened.page.screenshot({ path: join(shots, 'graph.png'), fullPage: true })
      expect(await seriousViolations(opened.page)).toEqual([])
      await Promise.all([
        opened.page.waitForURL(/modules\/cim-domain-identity\.html$/),
        node('cim-domain-identity').click(),
      ])
      expect(opened.errors).toEqual([])
      expect(opened.foreign).toEqual([])
    })
  })

  it("focuses the module named in the address (a module page's link)", async () => {
    await onPage('graph.html#cim-domain', async (opened) => {
      expect(await opened.page.locator('a.node[data-name="cim-domain"]').getAttribute('class')).toContain('focus')
    })
  })

  it.each(['graph.html#constructor', 'graph.html#%E0%A4%A', 'graph.html#__proto__'])(
    'ignores an address that names no module (%s), and still highlights',
    async (path) => {
      await onPage(path, async (opened) => {
        expect(await opened.page.locator('a.node.focus').count()).toBe(0)
        await opened.page.selectOption('#graph-focus', 'cim-domain')
        expect(await opened.page.locator('a.node[data-name="cim-domain"]').getAttribute('class')).toContain('focus')
        expect(opened.errors).toEqual([])
      })
    },
  )
})

describe('the checks themselves', () => {
  it('see a request to another host refused by the policy, and a serious violation on a broken page', async () => {
    await onPage('index.html', async (opened) => {
      // 127.0.0.2 is another origin on loopback: the policy (connect-src 'self') refuses it before any request.
      const refused = await opened.page.evaluate(() =>
        fetch('http://127.0.0.2:9/x').then(
          () => 'fetched',
          () => 'refused',
        ),
      )
      expect(refused).toBe('refused')
      expect(opened.errors.join('\n')).toMatch(/Content Security Policy/)
      await opened.page.evaluate(() => {
        const image = document.createElement('img')
        image.src = 'assets/none.png'
        document.querySelector('main')!.append(image)
      })
      expect(await seriousViolations(opened.page)).toEqual([expect.stringMatching(/^image-alt \(critical\)/)])
    })
  })
})

describe('screenshots', () => {
  it('were written for the catalog, a module page and the graph', () => {
    for (const name of ['catalog.png', 'catalog-search.png', 'module.png', 'graph.png'])
      expect(statSync(join(shots, name)).size).toBeGreaterThan(10_000)
  })
})
