// Preloaded (NODE_OPTIONS=--import) into a process under benchmark: writes its peak RSS in KiB to CIM_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs'

process.on('exit', () => {
  if (process.env.CIM_BENCH_RSS_FILE)
    writeFileSync(process.env.CIM_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS))
})
