#!/usr/bin/env bash
# The project's whole check, as CI runs it (`npm run ci`, the README's test command): types, lint and format, then the committed
# dist/ against a fresh build, then every test on that fresh build (so a source change is tested before it is
# bundled). A stale dist/ fails the run after the tests, so their figures are still shown. Ends with jest's
# `N passed, N failed` line.
set -uo pipefail
cd "$(dirname "$0")/.."
fresh=.tmp/fresh-dist
npm run --silent typecheck || exit 1
npm run --silent lint || exit 1
npm run --silent format:check || exit 1
node scripts/check-dist.mjs "$fresh"
dist=$?
[ "$dist" = 2 ] && exit 1
CIM_DIST="$fresh" npm test
tests=$?
[ "$tests" = 0 ] || exit "$tests"
exit "$dist"
