/**
 * `cim-registry mirror`, `watch` and `serve` as commands (in process, through main): what they print, their exit
 * codes, and their answers to bad usage and broken registry folders. The bundled commands run in nats-loop.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { NatsServer } from '../support/nats-server.js'
import { nextRun } from '../support/registry-fixture.js'
import { tempDir, writeTree } from '../support/temp.js'

let server: NatsServer
beforeAll(async () => {
  server = await NatsServer.start()
})
afterAll(async () => {
  await server?.stop()
})

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const log = jest.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')))
  const error = jest.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')))
  try {
    return { code: await main(args), out: out.join('\n'), err: err.join('\n') }
  } finally {
    log.mockRestore()
    error.mockRestore()
  }
}

describe('cim-registry mirror', () => {
  const plan = nextRun([
    { name: 'cim-domain', version: '0.2.0' },
    { name: 'cim-secret', version: '1.0.0', visibility: 'private' },
  ])

  it('mirrors a registry folder, then writes nothing when run again', async () => {
    const dir = writeTree(tempDir(), plan.files)
    const first = await run([
      'mirror',
      '--registry-dir',
      dir,
      '--nats',
      server.url,
      '--commit',
      'a'.repeat(40),
      '--json',
    ])
    expect(first).toMatchObject({ code: 0, err: '' })
    const report = JSON.parse(first.out) as { buckets: { bucket: string; put: number; event: unknown }[] }
    expect(report.buckets.map((b) => [b.bucket, b.put])).toEqual([
      ['CIM_REGISTRY', 2],
      ['CIM_REGISTRY_PRIVATE', 2],
    ])
    expect(report.buckets[0]!.event).toMatchObject({
      commit: 'a'.repeat(40),
      added: [{ name: 'cim-domain', version: '0.2.0' }],
    })
    const again = await run(['mirror', '--registry-dir', dir, '--nats', server.url, '--commit', 'a'.repeat(40)])
    expect(again).toMatchObject({
      code: 0,
      out: 'CIM_REGISTRY: 0 keys written, 0 deleted\nCIM_REGISTRY_PRIVATE: 0 keys written, 0 deleted',
    })
  })

  it('refuses bad usage with 2 and a broken registry folder with 1, saying why', async () => {
    const dir = writeTree(tempDir(), plan.files)
    expect(await run(['mirror', '--nats', server.url])).toMatchObject({
      code: 2,
      err: 'cim-registry: mirror: --registry-dir is required',
    })
    expect(
      await run(['mirror', '--registry-dir', dir, '--nats', server.url, '--private-modules', 'maybe']),
    ).toMatchObject({
      code: 2,
      err: 'cim-registry: mirror: --private-modules must be one of bucket, omit, include',
    })
    expect(await run(['mirror', '--registry-dir', dir, '--nats', 'nats://user:pw@127.0.0.1:4222'])).toMatchObject({
      code: 2,
      err: expect.stringContaining('must not hold credentials'),
    })
    const broken = writeTree(tempDir(), {
      ...plan.files,
      'modules.yaml': 'schema_version: 1\nmodules:\n  cim-domain: {type: spaceship}\n',
    })
    expect(await run(['mirror', '--registry-dir', broken, '--nats', server.url])).toMatchObject({
      code: 1,
      err: expect.stringContaining('modules.cim-domain'),
    })
    expect(await run(['mirror', '--registry-dir', tempDir(), '--nats', server.url])).toMatchObject({
      code: 1,
      err: expect.stringContaining('ENOENT'),
    })
  })
})

describe('cim-registry watch and serve', () => {
  it('fail with 1 when the bucket does not exist or NATS is unreachable, and 2 without a server', async () => {
    expect(await run(['watch', '--nats', server.url, '--bucket', 'NOTHING_HERE'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('no such bucket'),
    })
    expect(await run(['watch', '--nats', 'nats://127.0.0.1:1'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot reach NATS'),
    })
    expect(await run(['serve', '--nats', 'nats://127.0.0.1:1'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('cannot reach NATS'),
    })
    delete process.env.NATS_URL
    const noServer = await run(['watch'])
    expect(noServer.code).toBe(2)
  })
})
