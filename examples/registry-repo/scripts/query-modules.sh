#!/bin/sh
# Query the CIM module registry. The options of the old script still work; each is now a cim-registry command,
# which reads the YAML properly instead of grepping it:
#
#   -l, --list            cim-registry list
#   -t, --type TYPE       cim-registry list --type TYPE
#   -c, --category CAT    cim-registry list --category CAT
#   -s, --search TEXT     cim-registry search TEXT
#   -p, --private         cim-registry list --visibility private
#   --status STATUS       cim-registry list --status STATUS
#   --production          cim-registry list --status production
#
# Anything else goes to cim-registry as it is: query-modules.sh get cim-domain --json
set -eu
cli="$(dirname -- "$0")/cim-registry"
needs_value() {
  [ $# -ge 2 ] || { echo "query-modules.sh: $1 needs a value" >&2; exit 2; }
}
case "${1:-}" in
  '' | -h | --help) sed -n '2,14s/^# \{0,1\}//p' "$0"; exit 0 ;;
  -l | --list) shift; exec "$cli" list "$@" ;;
  -t | --type) needs_value "$@"; value=$2; shift 2; exec "$cli" list --type "$value" "$@" ;;
  -c | --category) needs_value "$@"; value=$2; shift 2; exec "$cli" list --category "$value" "$@" ;;
  -s | --search) needs_value "$@"; value=$2; shift 2; exec "$cli" search "$value" "$@" ;;
  -p | --private) shift; exec "$cli" list --visibility private "$@" ;;
  --status) needs_value "$@"; value=$2; shift 2; exec "$cli" list --status "$value" "$@" ;;
  --production) shift; exec "$cli" list --status production "$@" ;;
  *) exec "$cli" "$@" ;;
esac
