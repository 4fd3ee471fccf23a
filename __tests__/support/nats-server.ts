/**
 * A real nats-server with JetStream for tests: on a free loopback port with a temporary store, started and stopped
 * by the test, killed and restarted on the same port and store to play a server crash. Debian's `nats-server`
 * package provides it (`.ci/run` installs it); when it is missing, start() fails: no test skips for want of it.
 */
import { jetstreamManager } from '@nats-io/jetstream'
import type { ModuleEvent } from '../../src/events/event.js'
import { connect } from '@nats-io/transport-node'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface NatsServerOptions {
  /** Extra command-line arguments, e.g. `['--auth', TOKEN]`. */
  args?: string[]
  /** A configuration file's text (auth blocks, TLS); `listen`, `jetstream` and the store are added. */
  config?: string
}

/**
 * The servers' folders, removed when the process exits. Not temp.ts's tempDir: the benchmark uses this launcher
 * too, outside jest.
 */
const storeDirs: string[] = []
process.once('exit', () => {
  for (const dir of storeDirs) rmSync(dir, { recursive: true, force: true })
})

export class NatsServer {
  private process: ChildProcess | null = null
  private output = ''

  private constructor(
    readonly port: number,
    readonly storeDir: string,
    private readonly args: string[],
  ) {}

  static async start(options: NatsServerOptions = {}): Promise<NatsServer> {
    const found = spawnSync('nats-server', ['--version'], { encoding: 'utf8' })
    if (found.error || found.status !== 0) {
      throw new Error(
        'nats-server is not installed: `apt-get install nats-server` (Debian) or see https://docs.nats.io',
      )
    }
    const dir = mkdtempSync(join(tmpdir(), 'cim-nats-'))
    storeDirs.push(dir)
    const port = await freePort()
    const storeDir = join(dir, 'store')
    const args = ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir, ...(options.args ?? [])]
    if (options.config !== undefined) {
      const file = join(dir, 'server.conf')
      writeFileSync(file, options.config)
      args.push('-c', file)
    }
    const server = new NatsServer(port, storeDir, args)
    await server.launch()
    return server
  }

  get url(): string {
    return `nats://127.0.0.1:${this.port}`
  }

  get running(): boolean {
    return this.process !== null
  }

  /** What the server printed, for a failing test's message. */
  get log(): string {
    return this.output
  }

  /** SIGKILL: the server dies without a word, as in a crash. */
  async kill(): Promise<void> {
    await this.signal('SIGKILL')
  }

  /** SIGTERM: a clean shutdown. */
  async stop(): Promise<void> {
    await this.signal('SIGTERM')
  }

  /** Starts again on the same port with the same store, after kill() or stop(). */
  async restart(): Promise<void> {
    if (this.process) await this.kill()
    await this.launch()
  }

  private async launch(): Promise<void> {
    const child = spawn('nats-server', this.args, { stdio: ['ignore', 'pipe', 'pipe'] })
    this.process = child
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`nats-server did not start within 10s:\n${this.output}`)), 10_000)
      const read = (chunk: Buffer) => {
        this.output += chunk.toString()
        if (this.output.length > 200_000) this.output = this.output.slice(-100_000)
        if (/Server is ready/.test(this.output.slice(-4000))) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout!.on('data', read)
      child.stderr!.on('data', read)
      child.once('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`nats-server exited with ${code}:\n${this.output}`))
      })
    })
    this.output = ''
    await ready
    child.removeAllListeners('exit')
    child.once('exit', () => {
      if (this.process === child) this.process = null
    })
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.process
    if (!child) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill(signal)
    await exited
    this.process = null
  }
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

/** The bridge consumer's counters, read through a connection of its own. */
export async function consumerState(url: string, stream = 'CIM_MODULES', consumer = 'cim-registry-bridge') {
  const nc = await connect({ servers: url })
  try {
    const info = await (await jetstreamManager(nc)).consumers.info(stream, consumer)
    return {
      pending: info.num_pending,
      ackPending: info.num_ack_pending,
      ackFloor: info.ack_floor.stream_seq,
      redelivered: info.num_redelivered,
    }
  } finally {
    await nc.close()
  }
}

/** Polls `check` until it returns true; fails with `what` and the last state seen after `timeoutMs`. */
export async function waitUntil(
  what: string,
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
  state: () => unknown = () => '',
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} ${JSON.stringify(await state())}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** Event number `i` of an organization's stream: 50 modules in turn, each push a commit of its own. */
export function moduleEvent(i: number, overrides: Partial<ModuleEvent> = {}): ModuleEvent {
  return {
    schema: 1,
    module: `cim-m${i % 50}`,
    repository: `example-org/cim-m${i % 50}`,
    commit: i.toString(16).padStart(40, '0'),
    timestamp: '2025-01-30T10:00:00Z',
    ref: 'refs/heads/main',
    version: '1.0.0',
    ...overrides,
  }
}

/** One JSON log line of the bridge. */
export type BridgeLine = Record<string, unknown> & { time: string; level: string; action: string }

/** The bundled bridge command as a child process, its JSON log lines parsed as they come. */
export class BridgeProcess {
  private stdout = ''
  private stderrText = ''
  readonly exited: Promise<number | null>

  private constructor(private readonly child: ChildProcess) {
    child.stdout!.on('data', (chunk: Buffer) => (this.stdout += chunk.toString()))
    child.stderr!.on('data', (chunk: Buffer) => (this.stderrText += chunk.toString()))
    this.exited = new Promise((resolve) => child.on('close', (code) => resolve(code)))
  }

  /** `node CLI bridge ARGS`; secrets and the GitHub API URL go in `env`. */
  static start(cli: string, args: string[], env: NodeJS.ProcessEnv): BridgeProcess {
    return new BridgeProcess(
      spawn(process.execPath, [cli, 'bridge', ...args], {
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    )
  }

  /** The complete lines so far; a line cut short by a kill is left out. */
  get lines(): BridgeLine[] {
    return this.stdout
      .split('\n')
      .slice(0, -1)
      .map((line) => JSON.parse(line) as BridgeLine)
  }

  get output(): string {
    return this.stdout
  }

  get stderr(): string {
    return this.stderrText
  }

  actions(action: string): BridgeLine[] {
    return this.lines.filter((line) => line.action === action)
  }

  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal)
  }
}
