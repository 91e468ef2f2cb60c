#!/usr/bin/env bash
# Runs the Criterion unit tests and records their counts.
# Usage: run_unit.sh UNIT_BINARY [RESULTS_FILE]
set -uo pipefail
bin=$1; results=${2:-/dev/null}
out=$("$bin" --jobs=2 2>&1); rc=$?
printf '%s\n' "$out" | grep -v -E '^\[----\]' | tail -n 30
line=$(grep -E 'Synthesis: Tested: [0-9]+' <<<"$out" | tail -n 1)
tested=$(sed -E 's/.*Tested: ([0-9]+).*/\1/' <<<"$line")
passing=$(sed -E 's/.*Passing: ([0-9]+).*/\1/' <<<"$line")
[ -n "$tested" ] || { tested=1; passing=0; }
echo "unit: $passing passed, $((tested-passing)) failed"
echo "unit $passing $((tested-passing))" >>"$results"
exit $rc
