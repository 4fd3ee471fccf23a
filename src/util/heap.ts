/**
 * The programs' heap settings, for the job's peak RSS (a runner's memory is shared by every step):
 * - V8 doubles its young generation (up to two 16 MB semi-spaces on 64-bit) whenever many objects survive a
 *   scavenge, as they do while a run lists and carries 10,000 modules, and does not give those pages back. A
 *   growth factor of 1 keeps it at its start size.
 * - `--optimize-for-size` makes the old generation grow in smaller steps (and collect before it grows), so that
 *   parsing the previous registry's files does not leave tens of MB of headroom behind.
 * Together, the no-op update over 10,000 repositories peaks about 45 MB lower (about 205 -> 160 MB, A/B on the
 * same registry, same wall time). Both flags are read by V8 each time it sizes the heap, so setting them at run
 * time takes effect (`--max-semi-space-size` or `--max-old-space-size`, by contrast, are fixed when the heap is
 * set up, and an action cannot pass node options); they are set when this module is
 * evaluated, which src/programs.ts makes the first of the bundle, before the other modules' top-level code has
 * grown the young generation. The library (src/index.ts) never imports it: a host process keeps its own settings.
 */
import { setFlagsFromString } from 'node:v8'

setFlagsFromString('--semi-space-growth-factor=1')
setFlagsFromString('--optimize-for-size')
