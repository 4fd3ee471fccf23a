/** Entry point of the action (bundled as dist/index.js, run by the runner as `node24`). */
import { run } from './action/main.js';
await run();
