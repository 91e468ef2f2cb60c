#!/usr/bin/env bash
# Runs the conformance cases copied from ../shared/conformance (the
# reference's answers) through vmc with ../shared's run.sh protocol,
# using the copy in tests/conformance so the suite does not depend on it.
# Usage: run_conformance.sh VMC [RESULTS_FILE]
set -uo pipefail
vmc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
results=$(realpath -m "${2:-/dev/null}")
here=$(cd "$(dirname "$0")" && pwd)
total_p=0; total_f=0; rc=0
for suite in lang modules; do
  case $suite in
    lang) args=(eval --json) ;;
    modules) args=(config --json) ;;
  esac
  out=$("$here/conformance/run.sh" "$here/conformance/$suite" "$vmc" "${args[@]}" 2>&1) || rc=1
  grep -v -E '^[0-9]+ passed, [0-9]+ failed$' <<<"$out" | sed "s/^FAIL /FAIL conformance\/$suite\//"
  line=$(tail -n 1 <<<"$out")
  p=$(sed -E 's/^([0-9]+) passed.*/\1/' <<<"$line"); f=$(sed -E 's/.* ([0-9]+) failed$/\1/' <<<"$line")
  total_p=$((total_p+p)); total_f=$((total_f+f))
done
echo "conformance: $total_p passed, $total_f failed"
echo "conformance $total_p $total_f" >>"$results"
exit $rc
