/**
 * `npm run bench`: every benchmark, each printing its table, then one JSON line with all figures. Figures, not
 * pass/fail: the targets are in the issues and the README.
 */
import { benchClient } from './client.js'
import { benchNats } from './nats.js'
import { benchSite } from './site.js'
import { benchResolve } from './resolve.js'
import { benchRegistryNats } from './registry-nats.js'
import { benchUpdate } from './update.js'

const only = process.argv.slice(2)
const want = (name: string) => only.length === 0 || only.includes(name)
const figures: Record<string, unknown> = {}
if (want('update')) figures.update = await benchUpdate()
if (want('client')) figures.client = await benchClient()
if (want('nats')) figures.nats = await benchNats()
if (want('site')) figures.site = await benchSite()
if (want('resolve')) figures.resolve = await benchResolve()
if (want('registry-nats')) figures.registryNats = await benchRegistryNats()
console.log(JSON.stringify({ bench: figures }))
