#!/bin/sh
# Query the dependency graph of the CIM modules. The options of the old script still work; each is now a
# cim-registry command over modules.yaml and status.json (modules-graph.json is no longer needed):
#
#   -m, --module MODULE         cim-registry get MODULE         (metadata, health, dependencies, problems)
#   -g, --git MODULE            cim-registry get MODULE         (last commit and its time are part of it)
#   -d, --dependencies MODULE   cim-registry deps MODULE        (with the registered versions and verdicts)
#   -r, --dependents MODULE     cim-registry dependents MODULE  (what a new version of MODULE affects)
#   -p, --production            cim-registry list --status production
#
# Anything else goes to cim-registry as it is: query-graph.sh deps cim-domain --json
set -eu
cli="$(dirname -- "$0")/cim-registry"
needs_value() {
  [ $# -ge 2 ] || { echo "query-graph.sh: $1 needs a module name" >&2; exit 2; }
}
case "${1:-}" in
  '' | -h | --help) sed -n '2,12s/^# \{0,1\}//p' "$0"; exit 0 ;;
  -m | --module | -g | --git) needs_value "$@"; module=$2; shift 2; exec "$cli" get "$module" "$@" ;;
  -d | --dependencies) needs_value "$@"; module=$2; shift 2; exec "$cli" deps "$module" "$@" ;;
  -r | --dependents) needs_value "$@"; module=$2; shift 2; exec "$cli" dependents "$module" "$@" ;;
  -p | --production) shift; exec "$cli" list --status production "$@" ;;
  *) exec "$cli" "$@" ;;
esac
