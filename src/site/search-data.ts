/**
 * The data the catalog's script loads on first use (a search or a filter): one compact row per shown module, and a
 * MiniSearch index built here, at build time, so that the browser only loads it (MiniSearch.loadJS) instead of
 * indexing 10,000 modules itself. The browser must open the index with the same fields: SEARCH_FIELDS is written
 * into the index file, and site.js reads it from there.
 */
import MiniSearch from 'minisearch'
import type { SiteModule } from './model.js'

/** The columns of a catalog row, in order; site.js reads rows by these positions. */
export const CATALOG_COLUMNS = [
  'name',
  'type',
  'version',
  'health',
  'category',
  'status',
  'visibility',
  'description',
] as const

export const SEARCH_FIELDS = ['name', 'description', 'category', 'topics'] as const

export interface CatalogData {
  columns: typeof CATALOG_COLUMNS
  rows: (string | null)[][]
}

export function catalogData(modules: readonly SiteModule[]): CatalogData {
  return {
    columns: CATALOG_COLUMNS,
    rows: modules.map((module) => [
      module.name,
      module.type,
      module.version,
      module.health,
      module.category,
      module.status ?? null,
      module.visibility,
      module.description,
    ]),
  }
}

/** The serialized index; document ids are the positions of the rows in catalogData's rows. */
export function searchIndex(modules: readonly SiteModule[]): { fields: readonly string[]; index: unknown } {
  const search = new MiniSearch<{ id: number; name: string; description: string; category: string; topics: string }>({
    fields: [...SEARCH_FIELDS],
    storeFields: [],
  })
  search.addAll(
    modules.map((module, id) => ({
      id,
      name: module.name,
      description: module.description ?? '',
      category: module.category ?? '',
      topics: module.topics.join(' '),
    })),
  )
  return { fields: SEARCH_FIELDS, index: search.toJSON() }
}
