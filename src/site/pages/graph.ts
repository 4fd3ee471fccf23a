/**
 * The dependency graph, laid out when the site is built (elkjs, the layered algorithm) and drawn as inline SVG, so
 * it shows without JavaScript; each module is a link to its page. site.js adds the highlight: choosing a module
 * marks what it depends on and what depends on it. Above GRAPH_LIMIT modules the layout would take minutes and the
 * drawing would be unreadable, so the graph keeps the GRAPH_LIMIT most depended-on modules and says so.
 */
import elkBundled from 'elkjs/lib/elk.bundled.js'
import type { ELK as Elk, ELKConstructorArguments, ElkNode } from 'elkjs/lib/elk-api.js'
import { compareStrings } from '../../util/order.js'
import { html, modulePath, page } from '../html.js'
import type { SiteModule, SiteView } from '../model.js'

// elk.bundled.js is CommonJS whose module.exports is the class; its typings describe an ES default export.
const ELK = elkBundled as unknown as new (args?: ELKConstructorArguments) => Elk

export const GRAPH_LIMIT = 200

const NODE_HEIGHT = 26
/** Text is 12px system-ui; 7px a character is wide enough for module names (a-z, 0-9, hyphens). */
const charWidth = 7

export interface GraphLayout {
  width: number
  height: number
  nodes: { name: string; type: string; health: string; x: number; y: number; width: number; height: number }[]
  edges: { from: string; to: string; points: [number, number][] }[]
}

/** The modules drawn: all of them, or the GRAPH_LIMIT with most dependents (ties by name), in name order. */
export function graphModules(modules: readonly SiteModule[]): SiteModule[] {
  if (modules.length <= GRAPH_LIMIT) return [...modules]
  return [...modules]
    .sort((a, b) => b.dependentLinks.length - a.dependentLinks.length || compareStrings(a.name, b.name))
    .slice(0, GRAPH_LIMIT)
    .sort((a, b) => compareStrings(a.name, b.name))
}

export async function layoutGraph(modules: readonly SiteModule[]): Promise<GraphLayout> {
  const drawn = new Set(modules.map((module) => module.name))
  const edges = modules.flatMap((module) =>
    module.dependencyLinks
      .filter((link) => drawn.has(link.to) && link.to !== module.name)
      .map((link) => ({ from: module.name, to: link.to })),
  )
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': '10',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.layered.crossingMinimization.semiInteractive': 'false',
      'elk.randomSeed': '1',
    },
    children: modules.map((module) => ({
      id: module.name,
      width: module.name.length * charWidth + 20,
      height: NODE_HEIGHT,
    })),
    edges: edges.map((edge, i) => ({ id: `e${i}`, sources: [edge.from], targets: [edge.to] })),
  }
  const laid = await new ELK().layout(graph)
  const byName = new Map(modules.map((module) => [module.name, module]))
  const round = (value: number | undefined) => Math.round((value ?? 0) * 10) / 10
  return {
    width: Math.ceil(laid.width ?? 0),
    height: Math.ceil(laid.height ?? 0),
    nodes: (laid.children ?? []).map((node) => ({
      name: node.id,
      type: byName.get(node.id)!.type,
      health: byName.get(node.id)!.health,
      x: round(node.x),
      y: round(node.y),
      width: round(node.width),
      height: round(node.height),
    })),
    edges: (laid.edges ?? []).map((edge, i) => ({
      ...edges[i]!,
      points: (edge.sections ?? []).flatMap((section) =>
        [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p): [number, number] => [
          round(p.x),
          round(p.y),
        ]),
      ),
    })),
  }
}

export function graphPage(view: SiteView, layout: GraphLayout): string {
  const path = 'graph.html'
  const pad = 8
  const shown = layout.nodes.length
  const svg = html`<svg id="graph" class="graph" xmlns="http://www.w3.org/2000/svg" viewBox="${-pad} ${-pad} ${layout.width + 2 * pad} ${layout.height + 2 * pad}" width="${layout.width + 2 * pad}" height="${layout.height + 2 * pad}" role="group" aria-label="Dependency graph: an arrow goes from a module to a module it depends on">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path class="arrow-head" d="M0,0L10,5L0,10z"/></marker></defs>
<g class="edges">
${layout.edges.map((edge) => html`<path class="edge" data-from="${edge.from}" data-to="${edge.to}" d="${edge.points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('')}" marker-end="url(#arrow)"/>\n`)}
</g>
<g class="nodes">
${layout.nodes.map(
  (node) =>
    html`<a class="node node-${node.type} node-health-${node.health}" href="${modulePath(node.name)}" data-name="${node.name}" aria-label="${node.name} (${node.type}, ${node.health})"><rect x="${node.x}" y="${node.y}" width="${node.width}" height="${node.height}" rx="4"/><text x="${round1(node.x + node.width / 2)}" y="${round1(node.y + node.height / 2)}" text-anchor="middle" dominant-baseline="central">${node.name}</text></a>\n`,
)}
</g>
</svg>`
  const body = html`<h1>Dependency graph</h1>
<p class="lead">An arrow goes from a module to a module it depends on. ${
    shown < view.modules.length
      ? `The ${shown} most depended-on of ${view.modules.length} modules are drawn; every module's page lists all its links.`
      : `${shown} modules.`
  } Each box links to the module's page.</p>
<form id="graph-focus-form" class="filters" hidden><div class="field"><label for="graph-focus">Highlight a module</label><select id="graph-focus"><option value="">none</option>${layout.nodes
    .map((node) => node.name)
    .sort(compareStrings)
    .map((name) => html`<option>${name}</option>`)}</select></div></form>
<p id="graph-selection" class="result-count" role="status" aria-live="polite"></p>
<ul class="legend"><li><span class="key key-focus"></span>chosen module</li><li><span class="key key-dependency"></span>what it depends on</li><li><span class="key key-dependent"></span>what depends on it</li></ul>
<div class="graph-wrap">
${svg}
</div>`
  return page({ path, title: 'Dependency graph', siteTitle: view.title, body, scripts: ['assets/site.js'] })
}

function round1(value: number): number {
  return Math.round(value * 10) / 10
}
