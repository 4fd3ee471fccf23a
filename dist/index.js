#!/usr/bin/env node
// The action (action.yml: runs.main); the bundle is dist/programs/.
import { runAction } from './programs/index.js'

await runAction()
