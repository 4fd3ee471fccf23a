#!/usr/bin/env node
/** Entry point of the `cim-registry` command (bundled as dist/cli.js). */
import { main } from './cli/main.js';
process.exitCode = await main(process.argv.slice(2));
