#!/usr/bin/env node
// The cim-registry command; the bundle itself is dist/cli/index.js.
import './cli/index.js'
