/**
 * The programs' heap settings. V8 doubles its young generation (up to two 16 MB semi-spaces on 64-bit) whenever
 * many objects survive a scavenge, as they do while a run lists and carries 10,000 modules; the pages it takes are
 * not given back, so they count in the job's peak RSS. A growth factor of 1 keeps the young generation at its
 * start size: the no-op update over 10,000 repositories peaks about 35 MB lower (npm run bench -- update).
 * `--semi-space-growth-factor` is read each time V8 would grow the young generation, so setting it takes effect
 * (`--max-semi-space-size`, by contrast, is fixed when the heap is set up); it is set when this module is
 * evaluated, which src/programs.ts makes the first of the bundle, before the other modules' top-level code has
 * grown the young generation. The library (src/lib.ts) never imports it: a host process keeps its own settings.
 */
import { setFlagsFromString } from 'node:v8'

setFlagsFromString('--semi-space-growth-factor=1')
