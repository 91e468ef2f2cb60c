#!/usr/bin/env bash
# lint-kernel benchmark: bench/lint.sh [ITERATIONS]
# Builds bench/lint.c against build/libvmc.a and prints the in-process time
# of one lint (a 10,000-line config against 500 requirements: parse, check,
# report; target under 5 ms), then the wall clock of whole
# `vmc lint-kernel` processes on the same files (start-up included).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
make -s -C "$root" build/vmc build/libvmc.a
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cc -std=c11 -D_GNU_SOURCE -O2 -I"$root/compiler" -o "$tmp/bench-lint" "$root/bench/lint.c" "$root/build/libvmc.a" \
  $(pkg-config --libs tree-sitter libxxhash zlib) -lpthread -lm
"$tmp/bench-lint" "${1:-2000}" "$tmp"
runs=20
start=$(date +%s%N)
for _ in $(seq $runs); do
  "$root/build/vmc" lint-kernel --requirements "$tmp/requirements" "$tmp/config" >/dev/null || [ $? -eq 1 ]
done
echo "vmc lint-kernel process: $(( ($(date +%s%N) - start) / runs / 1000 )) us per run (mean of $runs)"
