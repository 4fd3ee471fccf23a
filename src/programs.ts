/**
 * The two programs of the package, in one bundle (dist/programs/): the action, which the runner starts through
 * dist/index.js, and the `cim-registry` command, started through dist/cli.js. One bundle instead of two
 * near-copies halves dist/ and the build time; each launcher is one line written by scripts/bundle.mjs.
 */
// First: bounds the young generation before any other module's top-level code runs (see src/lib/heap.ts).
import './lib/heap.js'
import { run } from './action/main.js'
import { main } from './cli/main.js'

/** Runs the action (inputs from the runner's environment, outputs and summary through @actions/core). */
export async function runAction(): Promise<void> {
  await run()
}

/** Runs `cim-registry ARGS...` and returns its exit status. */
export async function runCli(args: string[]): Promise<number> {
  return main(args)
}
