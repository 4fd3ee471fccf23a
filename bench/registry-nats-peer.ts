/**
 * The benchmark's other process: `node registry-nats-peer.js watch URL` prints one JSON line per change its
 * watch() sees, with the wall clock at arrival; `... serve URL` runs the micro service. Each prints `ready` first.
 * A process of its own, as in production: the updater's work never shares its event loop.
 */
import { connect } from '@nats-io/transport-node'
import { RegistryClient } from '../src/client/client.js'
import { startRegistryService } from '../src/nats-registry/service.js'

const [role, url] = process.argv.slice(2)
if (role === 'watch') {
  const client = new RegistryClient({ nats: { servers: url! } })
  await client.listModules()
  console.log('ready')
  for await (const change of client.watch())
    console.log(JSON.stringify({ name: change.name, version: change.module?.version ?? null, at: Date.now() }))
} else if (role === 'serve') {
  const nc = await connect({ servers: url! })
  const service = await startRegistryService(nc, { source: { servers: url! } })
  await service.ready
  console.log('ready')
} else {
  throw new Error(`unknown role ${role}`)
}
