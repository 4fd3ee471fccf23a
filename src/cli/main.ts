/**
 * The `cim-registry` command line. Each command is a thin wrapper over a mode; exit codes: 0 done, 1 the thing
 * checked is invalid (validate) or the work failed, 2 bad usage.
 */
import { parseArgs } from 'node:util'
import { runDate } from '../util/clock.js'
import { compileModulePattern, DEFAULT_MODULE_PATTERN } from '../metadata/names.js'
import { describeSummary } from '../modes/summary.js'
import { updateFromLocalSource } from '../modes/update-local.js'
import { validateFile } from '../modes/validate.js'
import { string, usage, UsageError, type Command } from './command.js'
import { QUERY_COMMANDS } from './query.js'
import { NATS_COMMANDS } from './nats.js'
import { SITE_COMMANDS } from './site.js'
import { formatProblem } from '../format/problems.js'
import { REGISTRY_NATS_COMMANDS } from './registry-nats.js'

const COMMANDS: Record<string, Command> = {
  update: {
    summary: 'rebuild the registry files from a directory of module repositories',
    usage: `cim-registry update --source DIR --registry-dir DIR [options]

Reads every module repository under --source (each immediate subdirectory with a cim.yaml, or named by the
module pattern and holding a Cargo.toml or package.json) and rebuilds modules.yaml, status.json,
private-domains.yaml, changelog.md and README.md in --registry-dir. Files are written only when they change.

Options:
  --source DIR          directory of module repositories (git checkouts or plain folders)
  --registry-dir DIR    where the registry files live (created when missing)
  --module-pattern P    comma-separated globs of module names (default: ${DEFAULT_MODULE_PATTERN})
  --org NAME            GitHub organization, for the repository URLs of folders without an origin remote
  --trigger TEXT        what started this run, named in the changelog entry
  --dry-run             compute and report the changes, write nothing
  --commit              commit the registry files that differ from HEAD in the git repository holding --registry-dir
  --json                print a machine-readable summary
  -h, --help            show this help

The changelog date is today's, or SOURCE_DATE_EPOCH's when set. Exit status: 0 when the registry was built
(problems with single modules are reported, not fatal), 1 on I/O failure, 2 on bad usage.`,
    options: {
      source: { type: 'string' },
      'registry-dir': { type: 'string' },
      'module-pattern': { type: 'string' },
      org: { type: 'string' },
      trigger: { type: 'string' },
      'dry-run': { type: 'boolean' },
      commit: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    async run(values) {
      const source = required(values, 'source')
      const registryDir = required(values, 'registry-dir')
      const modulePattern = usage(() =>
        compileModulePattern(string(values['module-pattern']) ?? DEFAULT_MODULE_PATTERN),
      )
      const result = await updateFromLocalSource({
        source,
        registryDir,
        modulePattern,
        org: string(values.org),
        trigger: string(values.trigger),
        date: runDate(),
        dryRun: values['dry-run'] === true,
        commit: values.commit === true,
      })
      if (values.json) {
        console.log(JSON.stringify({ ...result.summary, commit: result.commitSha }))
      } else {
        for (const line of describeSummary(result.plan, result.summary)) console.log(line)
        if (result.commitSha) console.log(`committed ${result.commitSha}`)
      }
      return 0
    },
  },
  validate: {
    summary: "check a module's cim.yaml against the standard",
    usage: `cim-registry validate [PATH] [--name REPOSITORY]

Validates PATH (default ./cim.yaml) and prints each problem as file:line:col: level: message.

Options:
  --name REPOSITORY     the repository's name, which module.name must equal
  -h, --help            show this help

Exit status: 0 valid (warnings allowed), 1 invalid, 2 bad usage or unreadable file.`,
    options: { name: { type: 'string' } },
    async run(values, positionals) {
      if (positionals.length > 1) throw new UsageError('validate takes one path')
      const result = await validateFile(positionals[0] ?? 'cim.yaml', string(values.name)).catch((error: Error) => {
        throw new UsageError(error.message)
      })
      for (const problem of result.problems) console.log(formatProblem(problem))
      if (result.valid) console.log(`${result.file}: valid`)
      return result.valid ? 0 : 1
    },
  },
  ...QUERY_COMMANDS,
  ...NATS_COMMANDS,
  ...SITE_COMMANDS,
  ...REGISTRY_NATS_COMMANDS,
}

const HELP = `cim-registry: keeps the CIM module registry

Usage: cim-registry <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(12)}${command.summary}`)
  .join('\n')}

Run cim-registry <command> --help for a command's options.`

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(HELP)
    return name === undefined ? 2 : 0
  }
  const command = COMMANDS[name]
  if (!command) return fail(`unknown command ${JSON.stringify(name)}; run cim-registry --help`, 2)
  try {
    const { values, positionals } = usage(() =>
      parseArgs({
        args: rest,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      }),
    )
    if (values.help) {
      console.log(command.usage)
      return 0
    }
    return await command.run(values, positionals)
  } catch (error) {
    return error instanceof UsageError
      ? fail(`${name}: ${error.message}`, 2)
      : fail(`${name}: ${(error as Error).message}`, 1)
  }
}

function required(values: Record<string, unknown>, name: string): string {
  const value = string(values[name])
  if (!value) throw new UsageError(`--${name} is required`)
  return value
}

function fail(message: string, code: number): number {
  console.error(`cim-registry: ${message}`)
  return code
}
