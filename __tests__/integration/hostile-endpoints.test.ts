/**
 * Endpoints that accept TCP but never speak NATS (a silent listener, an HTTP server, a TLS-first listener): every
 * command ends within its time limit, says what is wrong, and leaves no socket open. In-process for the connection
 * helper (where the test counts sockets from the endpoint's side), then the bundled `nats setup`, publish action and
 * bridge as processes: exit status, wall time, and the process exiting on its own (no handle kept alive).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { connect } from '@nats-io/transport-node'
import { spawn } from 'node:child_process'
import { connectNats } from '../../src/events/connection.js'
import { HOSTILE_KINDS, startHostile, type HostileEndpoint, type HostileKind } from '../support/hostile-endpoints.js'
import { BridgeProcess, NatsServer, waitUntil } from '../support/nats-server.js'
import { CLI, runActionAsync } from '../support/run.js'
import { tempDir, writeTree } from '../support/temp.js'

const endpoints: HostileEndpoint[] = []
afterEach(async () => {
  for (const endpoint of endpoints.splice(0)) await endpoint.close()
})

async function hostile(kind: HostileKind): Promise<HostileEndpoint> {
  const endpoint = await startHostile(kind)
  endpoints.push(endpoint)
  return endpoint
}

interface Timed {
  status: number | null
  stdout: string
  stderr: string
  ms: number
}

/** The bundled CLI as a child process; fails the test if it does not exit on its own within `limitMs`. */
function runCliTimed(args: string[], limitMs: number): Promise<Timed> {
  const started = Date.now()
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`cim-registry ${args.join(' ')} still running after ${limitMs} ms:\n${stdout}\n${stderr}`))
    }, limitMs)
    child.on('close', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr, ms: Date.now() - started })
    })
  })
}

const NOT_NATS = /no NATS greeting from nats:\/\/127\.0\.0\.1:\d+|does not speak NATS|cannot reach NATS/

describe('connectNats against endpoints that never speak NATS', () => {
  it.each(HOSTILE_KINDS)('%s: fails within the timeout, says why, and closes the socket', async (kind) => {
    const endpoint = await hostile(kind)
    const started = Date.now()
    const failure = await connectNats({ servers: [endpoint.url] }, { timeout: 1000 }).catch((error: Error) => error)
    expect(failure).toBeInstanceOf(Error)
    expect((failure as Error).message).toMatch(NOT_NATS)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(endpoint.accepted).toBe(1)
    await waitUntil(
      'the client to close its socket',
      () => endpoint.open === 0,
      5000,
      () => ({ open: endpoint.open }),
    )
  })

  it('abandons an attempt at once when the signal aborts, socket closed', async () => {
    const endpoint = await hostile('silent')
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 200)
    const started = Date.now()
    const failure = await connectNats({ servers: [endpoint.url] }, { timeout: 30_000 }, controller.signal).catch(
      (error: Error) => error,
    )
    expect((failure as Error).message).toMatch(/cancelled/)
    expect(Date.now() - started).toBeLessThan(5000)
    await waitUntil(
      'the abandoned socket to close',
      () => endpoint.open === 0,
      5000,
      () => ({ open: endpoint.open }),
    )
  })

  it('reconnecting to an endpoint that no longer speaks NATS closes the socket of each attempt at its timeout', async () => {
    // A server replaced on its port by something else (or a load balancer whose backend died): the client reconnects
    // forever, each attempt timing out waiting for INFO. The stock transport keeps each socket until the next
    // attempt begins (a reconnect wait later); here it closes at the attempt's timeout.
    const nats = await NatsServer.start()
    const nc = await connectNats(
      { servers: [nats.url] },
      { timeout: 300, maxReconnectAttempts: -1, reconnectTimeWait: 1500 },
    )
    try {
      await nats.kill()
      const endpoint = await startHostile('silent', nats.port)
      endpoints.push(endpoint)
      await waitUntil(
        'three attempts closed',
        () => endpoint.lifetimes.length >= 3,
        20_000,
        () => ({ accepted: endpoint.accepted }),
      )
      expect(Math.max(...endpoint.lifetimes)).toBeLessThan(1000)
      expect(endpoint.open).toBeLessThanOrEqual(1)
    } finally {
      await nc.close()
    }
  })

  it('the stock client leaves the socket open after its timeout (the fault the helper works around)', async () => {
    // nats.js 3.4: NodeTransport._closed returns early for a transport that never connected. When this test starts
    // failing, the client closes the socket itself and ClosingTransport may go.
    const endpoint = await hostile('silent')
    const failure = await connect({ servers: endpoint.url, timeout: 500 }).catch((error: Error) => error)
    expect(failure).toBeInstanceOf(Error)
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(endpoint.open).toBe(1)
  })
})

describe('bundled commands against endpoints that never speak NATS', () => {
  it.each(HOSTILE_KINDS)('%s: nats setup exits 1 within its connect timeout with a clear message', async (kind) => {
    const endpoint = await hostile(kind)
    const result = await runCliTimed(['nats', 'setup', '--nats', endpoint.url], 30_000)
    expect({ status: result.status, stderr: result.stderr }).toEqual({
      status: 1,
      stderr: expect.stringMatching(NOT_NATS),
    })
    expect(result.ms).toBeLessThan(25_000)
    await waitUntil('no socket left', () => endpoint.open === 0, 5000)
  })

  it.each(HOSTILE_KINDS)('%s: the publish step fails within its timeout and the process exits', async (kind) => {
    const endpoint = await hostile(kind)
    const repo = writeTree(tempDir('cim-module-'), { 'cim.yaml': 'module:\n  name: cim-thing\n  version: "1.2.3"\n' })
    const started = Date.now()
    const result = await runActionAsync(
      { mode: 'publish', 'nats-servers': endpoint.url, timeout: '3' },
      {
        cwd: repo,
        eventName: 'push',
        env: {
          GITHUB_REPOSITORY: 'example-org/cim-thing',
          GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
          GITHUB_REF: 'refs/heads/main',
          GITHUB_RUN_ID: '42',
        },
      },
    )
    const ms = Date.now() - started
    expect(result.status).toBe(1)
    expect(result.stdout).toMatch(NOT_NATS)
    // 3 s of publish timeout, plus the process's start on a loaded machine.
    expect(ms).toBeLessThan(25_000)
    await waitUntil('no socket left', () => endpoint.open === 0, 5000)
  })

  it.each(HOSTILE_KINDS)('%s: the bridge retries with one socket at a time and exits 0 on SIGTERM', async (kind) => {
    const endpoint = await hostile(kind)
    const bridge = BridgeProcess.start(CLI, ['--nats', endpoint.url, '--registry-repo', 'example-org/cim'], {
      GITHUB_TOKEN: 'bridge-token',
    })
    try {
      await waitUntil(
        'two failed connects',
        () => bridge.actions('connect-failed').length >= 2,
        40_000,
        () => bridge.output + bridge.stderr,
      )
      expect(bridge.actions('connect-failed')[0]!.reason).toMatch(NOT_NATS)
      // Mid-attempt: the third connect is under way.
      await waitUntil('the next attempt', () => endpoint.accepted >= 3, 20_000)
      const signalled = Date.now()
      bridge.signal('SIGTERM')
      expect(await bridge.exited).toBe(0)
      expect(Date.now() - signalled).toBeLessThan(5000)
      expect(endpoint.peak).toBe(1)
      await waitUntil('no socket left', () => endpoint.open === 0, 5000)
    } finally {
      bridge.signal('SIGKILL')
      await bridge.exited
    }
  })
})
