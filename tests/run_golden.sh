#!/usr/bin/env bash
# Golden tests: tests/golden/<suite>/
#   eval-okay-NAME.cfg + .exp      `vmc eval --json` prints .exp (produced by
#                                  nix-instantiate --eval --strict --json, see gen-exp.sh)
#   eval-fail-NAME.cfg + .err.exp  `vmc eval --json` exits 1 and prints .err.exp
#                                  on stderr (the whole diagnostic, reviewed by a person)
#   config-okay-NAME/              a folder: `vmc config --json $(cat modules)` prints
#                                  expected.json (reviewed by a person); with a file
#                                  `attr` beside, `-A $(cat attr)` is passed too, and
#                                  with a file `args`, its words (`--vm`)
#   config-fail-NAME/              ... exits 1 and prints err.exp on stderr
#   explain-NAME/                  `vmc explain --option $(cat option) $(cat modules)`
#                                  prints explain.exp
# Each case runs from inside its folder, so file names in diagnostics are
# relative; absolute paths (module files in module-system messages) have the
# tests/golden folder rewritten to /pwd, and then the repository's folder to
# /repo (runtime/modules/ files), so the goldens do not depend on where the
# repository is.  VMC_ACCEPT=1 rewrites the .err.exp files from vmc's output;
# review the git diff.  ONLY=REGEX runs the matching cases only.
# Usage: run_golden.sh VMC [RESULTS_FILE]
set -uo pipefail
vmc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
results=$(realpath -m "${2:-/dev/null}")
root=$(cd "$(dirname "$0")/golden" && pwd)
repo=$(cd "$root/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
for dir in "$root"/*/; do
  cd "$dir" || continue
  for cfg in eval-okay-*.cfg eval-fail-*.cfg; do
    [ -f "$cfg" ] || continue
    name=${cfg%.cfg}
    if [ -n "${ONLY:-}" ] && ! [[ $name =~ $ONLY ]]; then continue; fi
    timeout 20 "$vmc" eval --json "$cfg" >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
    sed -i -e "s|$root|/pwd|g" -e "s|$repo|/repo|g" "$tmp/out" "$tmp/err"
    why=""
    case $name in
      eval-okay-*)
        if [ $rc -ne 0 ]; then why="exit $rc: $(head -c 600 "$tmp/err")"
        elif ! cmp -s <(printf '%s' "$(cat "$name.exp")") <(printf '%s' "$(cat "$tmp/out")"); then
          why="stdout differs:"$'\n'"$(diff <(cat "$name.exp"; echo) "$tmp/out" | head -10)"
        fi ;;
      eval-fail-*)
        if [ "${VMC_ACCEPT:-}" = 1 ] && [ $rc -eq 1 ]; then cp "$tmp/err" "$name.err.exp"; fi
        if [ $rc -ne 1 ]; then why="expected exit 1, got $rc: $(head -c 300 "$tmp/out") $(head -c 300 "$tmp/err")"
        elif [ ! -f "$name.err.exp" ]; then why="no $name.err.exp (run with VMC_ACCEPT=1 and review)"
        elif ! cmp -s "$name.err.exp" "$tmp/err"; then
          why="stderr differs:"$'\n'"$(diff "$name.err.exp" "$tmp/err" | head -12)"
        fi ;;
    esac
    if [ -z "$why" ]; then pass=$((pass+1)); else
      fail=$((fail+1)); echo "FAIL golden/$(basename "$dir")/$name"; sed 's/^/    /' <<<"$why"; fi
  done
  for case in config-okay-*/ config-fail-*/ explain-*/; do
    [ -d "$case" ] || continue
    case=${case%/}
    if [ -n "${ONLY:-}" ] && ! [[ $case =~ $ONLY ]]; then continue; fi
    mapfile -t files < <(grep -v '^[[:space:]]*$' "$case/modules")
    attr=()
    [ -f "$case/attr" ] && attr=(-A "$(cat "$case/attr")")
    if [ -f "$case/args" ]; then read -r -a more <"$case/args"; attr+=("${more[@]}"); fi
    why=""
    case $case in
      explain-*)
        (cd "$case" && timeout 20 "$vmc" explain --option "$(cat option)" "${files[@]}") >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
        sed -i -e "s|$root|/pwd|g" -e "s|$repo|/repo|g" "$tmp/out" "$tmp/err"
        [ "${VMC_ACCEPT:-}" = 1 ] && [ $rc -eq 0 ] && cp "$tmp/out" "$case/explain.exp"
        if [ $rc -ne 0 ]; then why="exit $rc: $(head -c 600 "$tmp/err")"
        elif ! cmp -s "$case/explain.exp" "$tmp/out"; then why="stdout differs:"$'\n'"$(diff "$case/explain.exp" "$tmp/out" | head -12)"; fi ;;
      config-okay-*)
        (cd "$case" && timeout 20 "$vmc" config --json "${attr[@]}" "${files[@]}") >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
        sed -i -e "s|$root|/pwd|g" -e "s|$repo|/repo|g" "$tmp/out" "$tmp/err"
        [ "${VMC_ACCEPT:-}" = 1 ] && [ $rc -eq 0 ] && [ ! -f "$case/expected.json" ] && cp "$tmp/out" "$case/expected.json"
        if [ $rc -ne 0 ]; then why="exit $rc: $(head -c 600 "$tmp/err")"
        elif ! cmp -s "$case/expected.json" "$tmp/out"; then why="stdout differs:"$'\n'"$(diff "$case/expected.json" "$tmp/out" | head -12)"; fi ;;
      config-fail-*)
        (cd "$case" && timeout 20 "$vmc" config --json "${attr[@]}" "${files[@]}") >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
        sed -i -e "s|$root|/pwd|g" -e "s|$repo|/repo|g" "$tmp/out" "$tmp/err"
        [ "${VMC_ACCEPT:-}" = 1 ] && [ $rc -eq 1 ] && cp "$tmp/err" "$case/err.exp"
        if [ $rc -ne 1 ]; then why="expected exit 1, got $rc: $(head -c 300 "$tmp/err")"
        elif ! cmp -s "$case/err.exp" "$tmp/err"; then why="stderr differs:"$'\n'"$(diff "$case/err.exp" "$tmp/err" | head -12)"; fi ;;
    esac
    if [ -z "$why" ]; then pass=$((pass+1)); else
      fail=$((fail+1)); echo "FAIL golden/$(basename "$dir")/$case"; sed 's/^/    /' <<<"$why"; fi
  done
done
echo "golden: $pass passed, $fail failed"
echo "golden $pass $fail" >>"$results"
[ $fail -eq 0 ]
