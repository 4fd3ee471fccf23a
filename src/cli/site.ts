/** `cim-registry site`: the catalog site of a registry, as static files for GitHub Pages or any web server. */
import { REGISTRY_SPEC_HELP } from '../client/spec.js'
import { buildSiteFromRegistry } from '../modes/build-site.js'
import { registryFromOptions, string, UsageError, type Command } from './command.js'

export const SITE_COMMANDS: Record<string, Command> = {
  site: {
    summary: 'build the catalog site of a registry: static HTML for GitHub Pages',
    usage: `cim-registry site --registry R --out DIR [options]

Builds a static site of the registry into DIR: the catalog (search and filters), a page per module, the
dependency graph, the registry's health and the changelog. It loads nothing from another host and reads
without JavaScript. The same registry always gives the same files. DIR must be empty, new, or a site this
command wrote before (whose content it replaces).

Options:
  --registry R          the registry: ${REGISTRY_SPEC_HELP}
                        (default: $CIM_REGISTRY)
  --out DIR             where to write the site
  --include-private     show private modules too (by default they are left out: a Pages site may be public)
  --title TEXT          the site's title (default: CIM registry)
  --timeout SECONDS     time allowed for fetching each registry file (default 10)
  --json                print a machine-readable summary
  -h, --help            show this help

CIM_REGISTRY_TOKEN is sent to the registry's host, and to no other; github: also takes GITHUB_TOKEN and
GITHUB_API_URL. Exit status: 0 built, 1 the registry could not be read or the site not written, 2 bad usage.`,
    options: {
      registry: { type: 'string' },
      out: { type: 'string' },
      'include-private': { type: 'boolean' },
      title: { type: 'string' },
      timeout: { type: 'string' },
      json: { type: 'boolean' },
    },
    async run(values, positionals) {
      if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}`)
      const registry = registryFromOptions(values)
      const out = string(values.out)
      if (!out) throw new UsageError('--out is required')
      const result = await buildSiteFromRegistry({
        registry,
        out,
        includePrivate: values['include-private'] === true,
        title: string(values.title),
      })
      for (const note of result.notes) console.error(`cim-registry: site: ${note}`)
      if (values.json) console.log(JSON.stringify({ out, ...result }))
      else {
        const hidden = result.hidden > 0 ? ` (${result.hidden} private left out)` : ''
        console.log(
          `wrote ${result.files} files (${Math.round(result.bytes / 1024)} kB) to ${out}: ${result.modules} modules${hidden}`,
        )
      }
      return 0
    },
  },
}
