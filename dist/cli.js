#!/usr/bin/env node
// The cim-registry command; the bundle is dist/programs/.
import { runCli } from './programs/index.js'

process.exitCode = await runCli(process.argv.slice(2))
