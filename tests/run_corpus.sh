#!/usr/bin/env bash
# Runs the grammar's corpus tests with the tree-sitter CLI, when there is one
# (../shared/bin/tree-sitter on the project's machines).  The counts go to
# RESULTS_FILE.
# Usage: run_corpus.sh [RESULTS_FILE]
set -uo pipefail
results=${1:-/dev/null}
here=$(cd "$(dirname "$0")/.." && pwd)
ts=${TREE_SITTER:-}
[ -n "$ts" ] || for c in "$here/../shared/bin/tree-sitter" "$(command -v tree-sitter || true)"; do
  [ -n "$c" ] && [ -x "$c" ] && { ts=$c; break; }
done
if [ -z "$ts" ]; then echo "corpus: skipped (no tree-sitter CLI)"; exit 0; fi
# The CLI compiles the grammar into a library named after the language in
# a per-user cache, and reuses it when it is newer than the sources: another
# checkout's grammar could be tested instead.  This checkout gets its own.
libdir="$here/build/tree-sitter-lib"
mkdir -p "$libdir"
out=$(cd "$here/grammar" && TREE_SITTER_LIBDIR="$libdir" "$ts" test 2>&1); rc=$?
p=$(grep -cE '^\s+[0-9]+\. ✓|✓' <<<"$out")
f=$(grep -cE '✗' <<<"$out")
[ $rc -eq 0 ] || [ "$f" -gt 0 ] || f=1
[ $rc -eq 0 ] || printf '%s\n' "$out" | tail -n 40
echo "corpus: $p passed, $f failed"
echo "corpus $p $f" >>"$results"
exit $rc
