/**
 * A three-node JetStream cluster of real nats-servers on loopback, routes between free ports. The cluster elects its
 * JetStream meta leader a moment after the servers are up, and again after a node dies: `untilElected` retries an
 * operation through that window (JetStream answers 503 or times out meanwhile:
 * https://docs.nats.io/running-a-nats-service/configuration/clustering/jetstream_clustering).
 */
import { freePort, NatsServer } from './nats-server.js'

export async function startCluster(): Promise<NatsServer[]> {
  const routePorts = [await freePort(), await freePort(), await freePort()]
  const routes = routePorts.map((port) => `nats-route://127.0.0.1:${port}`).join(', ')
  return Promise.all(
    routePorts.map((port, i) =>
      NatsServer.start({
        config: `server_name: n${i + 1}\ncluster {\n  name: cim\n  listen: 127.0.0.1:${port}\n  routes: [${routes}]\n}\n`,
      }),
    ),
  )
}

export async function untilElected<T>(
  operation: () => Promise<T>,
  accept: (result: T) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const result = await operation().catch((error: Error) => error)
    if (!(result instanceof Error) && accept(result)) return result
    if (Date.now() > deadline)
      throw result instanceof Error ? result : new Error(`not accepted: ${JSON.stringify(result)}`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}
