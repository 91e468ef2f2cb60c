#!/usr/bin/env bash
# Adds up the counts the test parts recorded and prints the closing line.
# Usage: summary.sh RESULTS_FILE...
set -uo pipefail
p=0; f=0; parts=0
for r in "$@"; do
  [ -f "$r" ] || { echo "missing results: $r (a part did not run)"; f=$((f+1)); continue; }
  while read -r name pp ff; do
    tag=""; [[ $r == *asan* ]] && tag=" (asan)"
    printf '  %-12s %5d passed, %d failed\n' "$name$tag" "$pp" "$ff"
    p=$((p+pp)); f=$((f+ff)); parts=$((parts+1))
  done <"$r"
done
echo "$p passed, $f failed"
[ $f -eq 0 ] && [ $parts -gt 0 ]
