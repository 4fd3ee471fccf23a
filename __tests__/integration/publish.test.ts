/**
 * publish mode against a real nats-server: the bundled action run as the runner runs it (inputs, outputs,
 * annotations, masking), `nats setup` from the bundled command, authentication of every kind, and the failures a
 * user must understand: no server, no stream, refused credentials. One in-process case plays a server restart
 * in the middle of a publish, which a synchronous child process run cannot.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { AckPolicy, DeliverPolicy, DiscardPolicy, jetstreamManager, type StreamConfig } from '@nats-io/jetstream'
import { connect, nkeys } from '@nats-io/transport-node'
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { FakeGitHub, syntheticOrg } from '../support/fake-github/index.js'
import { freePort, NatsServer } from '../support/nats-server.js'
import { runAction, runActionAsync, runCli, type ActionResult } from '../support/run.js'
import { tempDir, writeTree } from '../support/temp.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const RUN_ID = '1001'
const servers: NatsServer[] = []
let nats: NatsServer

async function startServer(options: Parameters<typeof NatsServer.start>[0] = {}): Promise<NatsServer> {
  const server = await NatsServer.start(options)
  servers.push(server)
  return server
}

function setup(url: string, ...args: string[]) {
  return runCli(['nats', 'setup', '--nats', url, ...args])
}

function moduleRepo(
  files: Record<string, string> = { 'cim.yaml': 'module:\n  name: cim-thing\n  version: "1.2.3"\n' },
): string {
  return writeTree(tempDir('cim-module-'), files)
}

type PublishOptions = { repo?: string; env?: NodeJS.ProcessEnv; sha?: string }

/** The action in publish mode, as a push to main runs it in a module repository. */
function runner(inputs: Record<string, string>, options: PublishOptions): Parameters<typeof runAction> {
  return [
    { mode: 'publish', 'nats-servers': nats.url, timeout: '5', ...inputs },
    {
      cwd: options.repo ?? moduleRepo(),
      eventName: 'push',
      event: { head_commit: { timestamp: '2025-01-30T11:00:00+01:00' } },
      env: {
        GITHUB_REPOSITORY: 'example-org/cim-thing',
        GITHUB_SHA: options.sha ?? SHA,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ID: RUN_ID,
        ...options.env,
      },
    },
  ]
}

function publish(inputs: Record<string, string>, options: PublishOptions = {}): ActionResult {
  return runAction(...runner(inputs, options))
}

/** For runs that need the test's event loop meanwhile: the fake GitHub lives in it, and timers that restart NATS. */
function publishAsync(inputs: Record<string, string>, options: PublishOptions = {}): Promise<ActionResult> {
  return runActionAsync(...runner(inputs, options))
}

async function storedMessage(url: string, seq: number, options: { token?: string } = {}) {
  const nc = await connect({ servers: url, ...options })
  try {
    const jsm = await jetstreamManager(nc)
    const message = await jsm.streams.getMessage('CIM_MODULES', { seq })
    const info = await jsm.streams.info('CIM_MODULES')
    return {
      data: message ? JSON.parse(new TextDecoder().decode(message.data)) : null,
      msgId: message?.header.get('Nats-Msg-Id'),
      count: info.state.messages,
    }
  } finally {
    await nc.close()
  }
}

/** The configurations that setup manages, to compare before and after a refused setup. */
async function setupState(url: string) {
  const nc = await connect({ servers: url })
  try {
    const jsm = await jetstreamManager(nc)
    const { created: _created, ...stream } = (await jsm.streams.info('CIM_MODULES')).config as StreamConfig & {
      created?: string
    }
    const deadLetters = (await jsm.streams.info('CIM_MODULES_DEAD_LETTERS')).config
    const consumer = (await jsm.consumers.info('CIM_MODULES', 'cim-registry-bridge')).config
    return { stream, deadLetters, consumer }
  } finally {
    await nc.close()
  }
}

/** What the step printed, minus the `::add-mask::` commands, which carry the secret to the runner by design. */
function printed(result: ActionResult): string {
  return `${result.stdout}\n${result.stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n')
}

beforeAll(async () => {
  nats = await startServer()
  const created = setup(nats.url)
  expect(created.stderr).toBe('')
  expect(created.stdout).toContain('stream CIM_MODULES (cim.module.>, replicas 1): created')
  expect(created.stdout).toContain('dead-letter stream CIM_MODULES_DEAD_LETTERS (cim.dead-letter.module): created')
})

afterAll(async () => {
  for (const server of servers) await server.stop()
})

describe('nats setup', () => {
  it('creates the streams and the consumer once, then changes nothing, then updates what changed', () => {
    const json = (stream: string, deadLetters: string, consumer: string) =>
      `${JSON.stringify({ stream, deadLetters, consumer })}\n`
    expect(setup(nats.url, '--json')).toMatchObject({ status: 0, stdout: json('unchanged', 'unchanged', 'unchanged') })
    expect(setup(nats.url, '--json', '--ack-wait', '90s')).toMatchObject({
      status: 0,
      stdout: json('unchanged', 'unchanged', 'updated'),
    })
    expect(setup(nats.url, '--json', '--ack-wait', '60s')).toMatchObject({
      status: 0,
      stdout: json('unchanged', 'unchanged', 'updated'),
    })
  })

  it('refuses --replicas 3 on a single server before changing anything, and says so on the next run too', async () => {
    const server = await startServer()
    expect(setup(server.url).status).toBe(0)
    const before = await setupState(server.url)
    const refused = setup(server.url, '--replicas', '3', '--max-age', '0')
    expect(refused).toMatchObject({ status: 1, stdout: '' })
    expect(refused.stderr).toContain('nats setup refused, nothing changed')
    expect(refused.stderr).toContain(
      '--replicas 3 needs a JetStream cluster of at least 3 servers; this server is not clustered',
    )
    expect(await setupState(server.url)).toEqual(before)
    expect(setup(server.url, '--json')).toMatchObject({
      status: 0,
      stdout: '{"stream":"unchanged","deadLetters":"unchanged","consumer":"unchanged"}\n',
    })
  })

  it("refuses before any change when other streams already reserve the account's storage", async () => {
    // Each stream's max_bytes is reserved from the account's max_file as long as it exists (server/jetstream.go
    // "insufficient storage resources available"); setup counts what other streams reserve, not only its own.
    const ours = 1024 * 1024 * 1024 + 256 * 1024 * 1024
    const server = await startServer({
      config: `accounts {\n  APP {\n    jetstream { max_file: ${ours + 100 * 1024 * 1024} }\n    users: [{ user: app, password: app-pa55word }]\n  }\n}\nno_auth_user: app\n`,
    })
    const nc = await connect({ servers: server.url })
    const jsm = await jetstreamManager(nc)
    await jsm.streams.add({ name: 'OTHER', subjects: ['other.>'], max_bytes: 200 * 1024 * 1024 })
    const refused = setup(server.url)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toContain('nats setup refused, nothing changed')
    expect(refused.stderr).toContain(
      `add ${ours} bytes (with replicas) to the ${200 * 1024 * 1024} bytes already reserved`,
    )
    expect((await jsm.streams.names().next()).sort()).toEqual(['OTHER'])
    await nc.close()
  })

  it('undoes the stream change when the server refuses the consumer change', async () => {
    const server = await startServer()
    expect(setup(server.url).status).toBe(0)
    // A consumer the server cannot change to what setup wants: nats-server refuses a new deliver policy on update
    // (server/consumer.go checkNewConsumerConfig: "deliver policy can not be updated").
    const nc = await connect({ servers: server.url })
    const jsm = await jetstreamManager(nc)
    await jsm.consumers.delete('CIM_MODULES', 'cim-registry-bridge')
    await jsm.consumers.add('CIM_MODULES', {
      durable_name: 'cim-registry-bridge',
      filter_subject: 'cim.module.updated',
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.New,
    })
    await nc.close()
    const before = await setupState(server.url)
    const result = setup(server.url, '--max-age', '0')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('consumer cim-registry-bridge: the server refused the change')
    expect(result.stderr).toContain('undid the change of stream CIM_MODULES')
    expect(await setupState(server.url)).toEqual(before)
  })

  it('upgrades a stream made by the previous version: discard new, small events, dead letters moved out', async () => {
    const server = await startServer()
    const nc = await connect({ servers: server.url })
    const jsm = await jetstreamManager(nc)
    // The previous version's stream: discard old, messages up to 1 MiB, dead letters inside it.
    await jsm.streams.add({
      name: 'CIM_MODULES',
      subjects: ['cim.module.>'],
      discard: DiscardPolicy.Old,
      max_msg_size: 1024 * 1024,
      duplicate_window: 7 * 24 * 3600 * 1e9,
      max_age: 30 * 24 * 3600 * 1e9,
    })
    await nc.close()
    const upgraded = setup(server.url, '--json')
    expect(upgraded).toMatchObject({
      status: 0,
      stdout: '{"stream":"updated","deadLetters":"created","consumer":"created"}\n',
    })
    expect((await setupState(server.url)).stream).toMatchObject({ discard: 'new', max_msg_size: 5120 })
  })

  it('takes --max-age 0 as no limit, and refuses a subject another stream owns', async () => {
    const server = await startServer()
    expect(setup(server.url, '--max-age', '0', '--json')).toMatchObject({
      status: 0,
      stdout: '{"stream":"created","deadLetters":"created","consumer":"created"}\n',
    })
    expect((await setupState(server.url)).stream.max_age).toBe(0)
    const nc = await connect({ servers: server.url })
    await (await jetstreamManager(nc)).streams.add({ name: 'OTHER', subjects: ['elsewhere.>'] })
    await nc.close()
    const taken = setup(
      server.url,
      '--stream',
      'SECOND',
      '--subjects',
      'elsewhere.>',
      '--subject',
      'elsewhere.updated',
      '--dead-letter-stream',
      'SECOND_DL',
      '--dead-letter-subject',
      'dl.second',
    )
    expect(taken.status).toBe(1)
    expect(taken.stderr).toContain('subject elsewhere.updated is already captured by stream OTHER')
  })

  it('refuses a subject outside the stream and bad durations with exit 2', () => {
    expect(setup(nats.url, '--subject', 'other.subject')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("--subject other.subject is not captured by the stream's subjects cim.module.>"),
    })
    expect(setup(nats.url, '--duplicate-window', 'a week')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is not a duration'),
    })
    expect(setup(nats.url, '--duplicate-window', '40d')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('cannot be longer than --max-age'),
    })
    expect(setup(nats.url, '--dead-letter-subject', 'cim.module.dead')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("must be outside the stream's subjects"),
    })
    expect(setup(nats.url, '--max-event-bytes', '100')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--max-event-bytes must be an integer from 256'),
    })
    expect(runCli(['nats', 'setup'], { env: { NATS_URL: '' } })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('no NATS server given'),
    })
    expect(runCli(['nats', 'teardown', '--nats', nats.url])).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('one subcommand: setup'),
    })
  })
})

describe('action: publish', () => {
  it('publishes the event with its message id, outputs the ack, and a re-run is deduplicated', async () => {
    const repo = moduleRepo()
    const first = publish({}, { repo })
    expect(printed(first)).not.toContain('::error')
    expect(first.status).toBe(0)
    expect(first.outputs).toMatchObject({ stream: 'CIM_MODULES', duplicate: 'false', dispatched: 'false' })
    const seq = Number(first.outputs.seq)
    const stored = await storedMessage(nats.url, seq)
    expect(stored.data).toEqual({
      schema: 1,
      module: 'cim-thing',
      repository: 'example-org/cim-thing',
      commit: SHA,
      timestamp: '2025-01-30T10:00:00Z',
      ref: 'refs/heads/main',
      version: '1.2.3',
    })
    expect(stored.msgId).toBe(`example-org/cim-thing@refs/heads/main@${SHA}#${RUN_ID}`)

    // A re-run keeps GITHUB_RUN_ID; only GITHUB_RUN_ATTEMPT changes.
    const rerun = publish({}, { repo, env: { GITHUB_RUN_ATTEMPT: '2' } })
    expect(rerun.status).toBe(0)
    expect(rerun.outputs).toMatchObject({ stream: 'CIM_MODULES', seq: String(seq), duplicate: 'true' })
    expect(rerun.stdout).toContain('(duplicate: already published)')
    expect((await storedMessage(nats.url, seq)).count).toBe(stored.count)
  })

  it('announces a tag push of an announced commit, and a force-push back to it, as new events', async () => {
    const repo = moduleRepo()
    const sha = 'c'.repeat(40)
    const branch = publish({}, { repo, sha })
    const tag = publish({}, { repo, sha, env: { GITHUB_REF: 'refs/tags/v1.2.3', GITHUB_RUN_ID: '1002' } })
    // main moves on, then is force-pushed back to the first commit: a new workflow run of the same ref and SHA.
    const back = publish({}, { repo, sha, env: { GITHUB_RUN_ID: '1003' } })
    const rerunOfBack = publish({}, { repo, sha, env: { GITHUB_RUN_ID: '1003', GITHUB_RUN_ATTEMPT: '2' } })
    for (const result of [branch, tag, back, rerunOfBack]) expect(result.status).toBe(0)
    expect([branch, tag, back].map((result) => result.outputs.duplicate)).toEqual(['false', 'false', 'false'])
    expect(new Set([branch, tag, back].map((result) => result.outputs.seq)).size).toBe(3)
    expect(rerunOfBack.outputs).toMatchObject({ duplicate: 'true', seq: back.outputs.seq })
    expect((await storedMessage(nats.url, Number(tag.outputs.seq))).msgId).toBe(
      `example-org/cim-thing@refs/tags/v1.2.3@${sha}#1002`,
    )
  })

  it('serialises values as JSON: a quote in the ref cannot break the payload', async () => {
    const result = publish({}, { env: { GITHUB_REF: 'refs/heads/say-"hi"' }, sha: 'f'.repeat(40) })
    expect(result.status).toBe(0)
    expect((await storedMessage(nats.url, Number(result.outputs.seq))).data.ref).toBe('refs/heads/say-"hi"')
  })

  it('annotates an invalid cim.yaml, still announces the push, and fails the step unless told to warn', () => {
    const repo = moduleRepo({ 'cim.yaml': 'module:\n  name: cim-thing\n  version: 1.0\n' })
    const failing = publish({}, { repo, sha: '1'.repeat(40) })
    expect(failing.status).toBe(1)
    expect(failing.stdout).toContain(
      '::error title=invalid-metadata,file=cim.yaml,line=3,col=12::module.version: must be string',
    )
    expect(failing.stdout).toContain('::error::cim.yaml is not a valid cim.yaml')
    expect(failing.outputs).toMatchObject({ stream: 'CIM_MODULES', duplicate: 'false' })

    const warning = publish({ 'fail-on-invalid': 'false' }, { repo, sha: '1'.repeat(40) })
    expect(warning.status).toBe(0)
    expect(warning.stdout).toContain('::warning::cim.yaml is not a valid cim.yaml')
    expect(warning.outputs.duplicate).toBe('true')
  })

  it('without a cim.yaml, names the repository and takes the version from Cargo.toml', async () => {
    const repo = moduleRepo({ 'Cargo.toml': '[package]\nname = "cim-thing"\nversion = "0.10.0-alpha.1"\n' })
    const result = publish({}, { repo, sha: '2'.repeat(40) })
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('::notice::no cim.yaml')
    expect((await storedMessage(nats.url, Number(result.outputs.seq))).data).toMatchObject({
      module: 'cim-thing',
      version: '0.10.0-alpha.1',
    })
  })

  it('fails clearly when the server cannot be reached', async () => {
    const port = await freePort()
    const result = publish({ 'nats-servers': `nats://127.0.0.1:${port}`, timeout: '1' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(`::error::cannot reach NATS at nats://127.0.0.1:${port}: ECONNREFUSED`)
    expect(result.outputs).toMatchObject({ stream: '', seq: '', dispatched: 'false' })
  })

  it('fails clearly when no stream captures the subject', () => {
    const result = publish({ subject: 'cim.elsewhere.updated', timeout: '1' })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      '::error::no JetStream stream answered on subject cim.elsewhere.updated: create one with `cim-registry nats setup`',
    )
  })

  it('fails clearly when the credentials are refused, and prints no secret', async () => {
    const guarded = await startServer({ args: ['--auth', 'right-token-4b1d'] })
    const wrong = publish({ 'nats-servers': guarded.url, 'nats-token': 'wrong-token-93a7', timeout: '3' })
    expect(wrong.status).toBe(1)
    expect(wrong.stdout).toContain(`::error::NATS at ${guarded.url} refused the credentials (Authorization Violation)`)
    expect(wrong.stdout).toContain('::add-mask::wrong-token-93a7')
    expect(printed(wrong)).not.toContain('wrong-token-93a7')

    expect(setup(guarded.url).status).toBe(1)
    expect(
      runCli(['nats', 'setup', '--nats', guarded.url, '--nats-token-env', 'T'], { env: { T: 'right-token-4b1d' } })
        .status,
    ).toBe(0)
    const right = publish({ 'nats-servers': guarded.url, 'nats-token': 'right-token-4b1d' })
    expect(right.status).toBe(0)
    expect(right.outputs.stream).toBe('CIM_MODULES')
    expect(printed(right)).not.toContain('right-token-4b1d')
  })

  it('authenticates with a user and password, and with an nkey', async () => {
    const user = nkeys.createUser()
    const seed = new TextDecoder().decode(user.getSeed())
    const server = await startServer({
      config: `authorization { users = [ { user: "publisher", password: "pa55-w0rd-x" }, { nkey: "${user.getPublicKey()}" } ] }\n`,
    })
    expect(
      runCli(['nats', 'setup', '--nats', server.url, '--nats-user', 'publisher', '--nats-password-env', 'P'], {
        env: { P: 'pa55-w0rd-x' },
      }).status,
    ).toBe(0)
    const password = publish({ 'nats-servers': server.url, 'nats-user': 'publisher', 'nats-password': 'pa55-w0rd-x' })
    expect(password).toMatchObject({ status: 0, outputs: expect.objectContaining({ stream: 'CIM_MODULES' }) })
    expect(printed(password)).not.toContain('pa55-w0rd-x')
    const nkey = publish({ 'nats-servers': server.url, 'nats-nkey': seed }, { sha: '3'.repeat(40) })
    expect(nkey).toMatchObject({
      status: 0,
      outputs: expect.objectContaining({ stream: 'CIM_MODULES', duplicate: 'false' }),
    })
    expect(printed(nkey)).not.toContain(seed)
    const badSeed = publish({ 'nats-servers': server.url, 'nats-nkey': 'SUnot-a-seed' })
    expect(badSeed.stdout).toContain('::error::the NATS nkey is not a user seed')
  })

  it('authenticates with the content of a .creds file, against a server in operator mode', async () => {
    const { config, creds } = operatorMode()
    const server = await startServer({ config })
    const dir = tempDir('cim-creds-')
    writeTree(dir, { 'user.creds': creds })
    const setupRun = runCli(['nats', 'setup', '--nats', server.url, '--nats-creds', join(dir, 'user.creds')])
    expect(setupRun).toMatchObject({ status: 0, stderr: '' })
    // As pasted into a secret from Windows: CRLF line ends, no final newline.
    const result = publish({ 'nats-servers': server.url, 'nats-creds': creds.trim().replace(/\n/g, '\r\n') })
    expect(result).toMatchObject({
      status: 0,
      outputs: expect.objectContaining({ stream: 'CIM_MODULES', duplicate: 'false' }),
    })
    const seed = /SU[A-Z2-7]{56}/.exec(creds)![0]
    expect(result.stdout).toContain(`::add-mask::${seed}`)
    expect(printed(result)).not.toContain(seed)
    const stranger = operatorMode().creds
    const refused = publish({ 'nats-servers': server.url, 'nats-creds': stranger, timeout: '3' })
    expect(refused.status).toBe(1)
    expect(refused.stdout).toContain('refused the credentials')
  })

  it('connects over TLS to a server whose certificate a private CA signed, given as PEM text or as a file', () => {
    const dir = tempDir('cim-tls-')
    const ca = makeCertificates(dir)
    return startServer({
      config: `tls { cert_file: "${join(dir, 'server.pem')}", key_file: "${join(dir, 'server.key')}" }\n`,
    }).then((server) => {
      expect(runCli(['nats', 'setup', '--nats', server.url, '--nats-tls-ca', join(dir, 'ca.pem')]).status).toBe(0)
      expect(publish({ 'nats-servers': server.url, 'nats-tls-ca': ca })).toMatchObject({
        status: 0,
        outputs: expect.objectContaining({ stream: 'CIM_MODULES' }),
      })
      expect(publish({ 'nats-servers': server.url, 'nats-tls-ca': join(dir, 'ca.pem') }).outputs.duplicate).toBe('true')
      const untrusted = publish({ 'nats-servers': server.url, timeout: '2' })
      expect(untrusted.status).toBe(1)
      expect(untrusted.stdout).toMatch(/::error::TLS with NATS at nats:\/\/127\.0\.0\.1:\d+ failed/)
    })
  })

  it('refuses bad inputs with a clear message', () => {
    const cases: [Record<string, string>, string][] = [
      [{ dispatch: 'sometimes' }, 'input dispatch is "sometimes"; it must be one of fallback, always, never'],
      [{ timeout: 'soon' }, 'input timeout is "soon"; it must be a positive number of seconds up to 600'],
      [{ 'nats-servers': 'nats://me:secret@127.0.0.1:4222' }, 'a NATS server URL must not hold credentials'],
      [{ 'nats-servers': '' }, 'nats-servers is required'],
      [{ dispatch: 'always' }, 'dispatch `always` needs registry-repo and dispatch-token'],
      [
        { 'nats-token': 'tok-123456789', 'nats-user': 'u' },
        'choose one NATS authentication method; got token and user/password',
      ],
      [{ 'nats-creds': 'just some text' }, 'the NATS creds are not the content of a .creds file'],
      [{ 'nats-tls-ca': '/does/not/exist.pem' }, 'input nats-tls-ca is neither PEM text nor a readable file: ENOENT'],
    ]
    for (const [inputs, message] of cases) {
      const result = publish(inputs)
      expect({ inputs, status: result.status, stdout: result.stdout }).toMatchObject({
        status: 1,
        stdout: expect.stringContaining(`::error::${message}`),
      })
    }
    const notModule = publish({}, { env: { GITHUB_REPOSITORY: 'example-org/Not_A_Module' }, repo: moduleRepo({}) })
    expect(notModule.stdout).toContain('::error::cannot build the event: module "Not_A_Module" is not a module name')
  })
})

describe('action: publish with a dispatch', () => {
  const tokens = { 'dispatch-token-77aa': { canWrite: true }, 'read-only-token-55bb': { canWrite: false } }
  let github: FakeGitHub
  beforeAll(async () => {
    github = await FakeGitHub.start({ snapshot: syntheticOrg(3, { org: 'example-org' }), tokens })
  })
  afterAll(async () => {
    expect(github.violations).toEqual([])
    await github.stop()
  })
  const dispatchInputs = { 'registry-repo': 'example-org/cim', 'dispatch-token': 'dispatch-token-77aa' }

  it('sends the repository_dispatch itself when NATS cannot be reached, and says so', async () => {
    const before = github.dispatches.length
    const port = await freePort()
    const result = await publishAsync(
      { ...dispatchInputs, 'nats-servers': `127.0.0.1:${port}`, timeout: '1' },
      { env: github.env(), sha: '4'.repeat(40) },
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain(
      `::warning::cannot reach NATS at 127.0.0.1:${port}: ECONNREFUSED; sent the repository_dispatch directly instead`,
    )
    expect(result.outputs).toMatchObject({ dispatched: 'true', stream: '', seq: '' })
    expect(github.dispatches.slice(before)).toEqual([
      {
        repo: 'cim',
        event_type: 'module-updated',
        client_payload: {
          schema: 1,
          module: 'cim-thing',
          repository: 'example-org/cim-thing',
          commit: '4'.repeat(40),
          timestamp: '2025-01-30T10:00:00Z',
          ref: 'refs/heads/main',
          version: '1.2.3',
        },
      },
    ])
    expect(printed(result)).not.toContain('dispatch-token-77aa')
  })

  it('publishes and dispatches with dispatch `always`, and only publishes with `never` or by default', async () => {
    const before = github.dispatches.length
    const always = await publishAsync(
      { ...dispatchInputs, dispatch: 'always' },
      { env: github.env(), sha: '5'.repeat(40) },
    )
    expect(always.outputs).toMatchObject({ stream: 'CIM_MODULES', duplicate: 'false', dispatched: 'true' })
    expect(
      (await publishAsync({ ...dispatchInputs, dispatch: 'never' }, { env: github.env(), sha: '6'.repeat(40) })).outputs
        .dispatched,
    ).toBe('false')
    expect((await publishAsync(dispatchInputs, { env: github.env(), sha: '7'.repeat(40) })).outputs.dispatched).toBe(
      'false',
    )
    expect(github.dispatches.slice(before).map((dispatch) => dispatch.client_payload?.commit)).toEqual(['5'.repeat(40)])
  })

  it('ends within its timeout, fallback included, when NATS is unreachable and GitHub never answers', async () => {
    // A GitHub that takes the request and never answers (the fake's `timeout` fault): each request used to get its
    // own timeout and two retries after the whole NATS budget, about 4x the `timeout` in all.
    const hang = github.injectFault({
      kind: 'timeout',
      match: (request) => request.operation === 'repos/create-dispatch-event',
    })
    try {
      const port = await freePort()
      const started = Date.now()
      const result = await publishAsync(
        { ...dispatchInputs, 'nats-servers': `127.0.0.1:${port}`, timeout: '6' },
        { env: github.env(), sha: 'a'.repeat(40) },
      )
      const seconds = (Date.now() - started) / 1000
      expect(result.status).toBe(1)
      expect(result.stdout).toContain('the fallback dispatch failed too: no answer within')
      expect(result.outputs.dispatched).toBe('false')
      // 6 s, plus the process's start and exit on a loaded machine; the old code took about 29 s.
      expect(seconds).toBeLessThan(11)
      expect(hang.hits).toBeGreaterThanOrEqual(1)
    } finally {
      hang.remove()
    }
  })

  it('fails with both reasons when NATS is unreachable and the dispatch is refused', async () => {
    const port = await freePort()
    const result = await publishAsync(
      {
        ...dispatchInputs,
        'dispatch-token': 'read-only-token-55bb',
        'nats-servers': `127.0.0.1:${port}`,
        timeout: '1',
      },
      { env: github.env() },
    )
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      'ECONNREFUSED; the fallback dispatch failed too: the token cannot write to the registry repository',
    )
    expect(result.outputs.dispatched).toBe('false')
  })
})

describe('a three-node JetStream cluster', () => {
  it('takes the stream with replicas 3, and keeps acknowledging with one node down', async () => {
    const routePorts = [await freePort(), await freePort(), await freePort()]
    const routes = routePorts.map((port) => `nats-route://127.0.0.1:${port}`).join(', ')
    // no_advertise, as behind a load balancer: INFO then names no other server (connect_urls is empty,
    // https://docs.nats.io/reference/config/cluster/no_advertise), so setup cannot count the cluster up front.
    const nodes = await Promise.all(
      routePorts.map((port, i) =>
        startServer({
          config: `server_name: n${i + 1}\ncluster {\n  name: cim\n  listen: 127.0.0.1:${port}\n  no_advertise: true\n  routes: [${routes}]\n}\n`,
        }),
      ),
    )
    const urls = nodes.map((node) => node.url).join(',')
    // The cluster elects its JetStream leader a moment after the servers are up, and again after a node dies.
    const setupOnceElected = async (servers: string, ...args: string[]) => {
      let result = setup(servers, ...args)
      for (let attempt = 0; result.status !== 0 && attempt < 40; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        result = setup(servers, ...args)
      }
      return result
    }
    const created = await setupOnceElected(urls, '--replicas', '3')
    expect(created).toMatchObject({
      status: 0,
      stdout: expect.stringContaining('stream CIM_MODULES (cim.module.>, replicas 3): created'),
    })
    expect(publish({ 'nats-servers': urls }, { sha: '8'.repeat(40) }).outputs).toMatchObject({
      stream: 'CIM_MODULES',
      seq: '1',
    })

    await nodes[0]!.kill()
    const degraded = await publishAsync({ 'nats-servers': urls, timeout: '20' }, { sha: '9'.repeat(40) })
    expect(degraded.outputs).toMatchObject({ stream: 'CIM_MODULES', seq: '2', duplicate: 'false' })
    const survivors = nodes
      .slice(1)
      .map((node) => node.url)
      .join(',')
    expect((await setupOnceElected(survivors, '--replicas', '3', '--json')).stdout).toBe(
      '{"stream":"unchanged","deadLetters":"unchanged","consumer":"unchanged"}\n',
    )
  })
})

describe('action: publish while the server restarts', () => {
  it('retries until the restarted server acknowledges, and the stream stores the event once', async () => {
    const server = await startServer()
    expect(setup(server.url).status).toBe(0)
    await server.kill()
    const restarted = new Promise<void>((resolve, reject) =>
      setTimeout(() => server.restart().then(resolve, reject), 1500),
    )
    const result = await publishAsync({ 'nats-servers': server.url, timeout: '20' })
    await restarted
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/cannot reach NATS at nats:\/\/127\.0\.0\.1:\d+: ECONNREFUSED; retrying in \d+ ms/)
    expect(result.outputs).toMatchObject({ stream: 'CIM_MODULES', seq: '1', duplicate: 'false' })
    expect((await storedMessage(server.url, 1)).count).toBe(1)
  })
})

/**
 * A CA and a server certificate signed by it; returns the CA's PEM text. The certificate names localhost as well as
 * 127.0.0.1: for a server given as an IP address, nats.js (v3) checks the certificate against "localhost".
 */
function makeCertificates(dir: string): string {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' })
  openssl(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '2',
    '-subj',
    '/CN=cim test CA',
  )
  openssl(
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'server.key',
    '-out',
    'server.csr',
    '-subj',
    '/CN=127.0.0.1',
  )
  writeTree(dir, { 'san.ext': 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' })
  openssl(
    'x509',
    '-req',
    '-in',
    'server.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'server.pem',
    '-days',
    '2',
    '-extfile',
    'san.ext',
  )
  return readFileSync(join(dir, 'ca.pem'), 'utf8')
}

/**
 * A server configuration in operator mode (an operator, a system account and an account with JetStream, preloaded)
 * and the .creds text of a user of that account: JWTs signed here with nkeys, as `nsc` would make them.
 */
function operatorMode(): { config: string; creds: string } {
  const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const jwt = (
    issuer: ReturnType<typeof nkeys.createOperator>,
    subject: string,
    name: string,
    nats: Record<string, unknown>,
  ) => {
    const header = b64({ typ: 'JWT', alg: 'ed25519-nkey' })
    const claims = b64({
      jti: `${name}${Date.now()}`.toUpperCase(),
      iat: Math.floor(Date.now() / 1000),
      iss: issuer.getPublicKey(),
      name,
      sub: subject,
      nats,
    })
    const signature = Buffer.from(issuer.sign(new TextEncoder().encode(`${header}.${claims}`))).toString('base64url')
    return `${header}.${claims}.${signature}`
  }
  const [operator, system, account, user] = [
    nkeys.createOperator(),
    nkeys.createAccount(),
    nkeys.createAccount(),
    nkeys.createUser(),
  ]
  const limits = { subs: -1, data: -1, payload: -1, imports: -1, exports: -1, wildcards: true, conn: -1, leaf: -1 }
  const jetstreamLimits = { mem_storage: -1, disk_storage: -1, streams: -1, consumer: -1 }
  const config = [
    `operator: ${jwt(operator, operator.getPublicKey(), 'operator', { type: 'operator', version: 2, system_account: system.getPublicKey() })}`,
    `system_account: ${system.getPublicKey()}`,
    'resolver: MEMORY',
    'resolver_preload: {',
    `  ${system.getPublicKey()}: ${jwt(operator, system.getPublicKey(), 'SYS', { type: 'account', version: 2, limits })}`,
    `  ${account.getPublicKey()}: ${jwt(operator, account.getPublicKey(), 'cim', { type: 'account', version: 2, limits: { ...limits, ...jetstreamLimits } })}`,
    '}',
    '',
  ].join('\n')
  const userJwt = jwt(account, user.getPublicKey(), 'publisher', {
    type: 'user',
    version: 2,
    pub: {},
    sub: {},
    subs: -1,
    data: -1,
    payload: -1,
  })
  const creds = [
    '-----BEGIN NATS USER JWT-----',
    userJwt,
    '------END NATS USER JWT------',
    '',
    '************************* IMPORTANT *************************',
    'NKEY Seed printed below can be used to sign and prove identity.',
    '',
    '-----BEGIN USER NKEY SEED-----',
    new TextDecoder().decode(user.getSeed()),
    '------END USER NKEY SEED------',
    '',
  ].join('\n')
  return { config, creds }
}
