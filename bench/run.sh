#!/usr/bin/env bash
# vmc benchmark: bench/run.sh [VMC]   (default build/vmc; `make bench` builds it first)
# Environment: BENCH_RUNS=N  runs per measurement (default 5), the median counts.
# A benchmark, not a test: exits 0 whatever the figures; 1 only if a tool is missing.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vmc=${1:-build/vmc}
missing=0
if [ ! -x "$vmc" ]; then
  echo "bench: vmc binary '$vmc' not found or not executable (run 'make' first)" >&2; missing=1
fi
for tool in python3 nix-instantiate; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "bench: required tool '$tool' is not installed (scripts/install-deps.sh --bench installs it)" >&2
    missing=1
  fi
done
[ "$missing" -eq 0 ] || exit 1
python3 -u "$here/bench.py" "$vmc"
python3 -u "$here/modules.py" "$vmc" "$here/../../shared/bench" || true
echo
"$here/lint.sh" || true
exit 0
