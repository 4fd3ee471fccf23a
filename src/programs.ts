/**
 * The two programs of the package, in one bundle (dist/programs/): the action, which the runner starts through
 * dist/index.js, and the `cim-registry` command, started through dist/cli.js. One bundle instead of two
 * near-copies halves dist/ and the build time; each launcher is one line written by scripts/bundle.mjs.
 * Each program is loaded when it runs (a chunk of its own in the bundle), so neither pays for the other's code.
 */
// First: bounds the young generation before any other module's top-level code runs (see src/util/heap.ts).
import './util/heap.js'

/** Runs the action (inputs from the runner's environment, outputs and summary through @actions/core). */
export async function runAction(): Promise<void> {
  const { run } = await import('./action/main.js')
  await run()
}

/** Runs `cim-registry ARGS...` and returns its exit status. */
export async function runCli(args: string[]): Promise<number> {
  const { main } = await import('./cli/main.js')
  return main(args)
}
