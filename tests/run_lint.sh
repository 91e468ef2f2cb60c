#!/usr/bin/env bash
# `vmc lint-kernel` tests: each folder tests/golden/lint/CASE/ runs
#   vmc lint-kernel $(cat args)
# from inside the folder and compares
#   stdout.exp, stderr.exp   the output (a missing file means empty output)
#   status                   the exit status (missing: 0)
# Optional files:
#   env      VAR=VALUE lines exported for the run (NO_COLOR, VMC_KCONFIG_SEARCH)
#   tty      run on a terminal (script(1)); stdout and stderr are then one
#            stream, compared with stdout.exp
#   filter   a grep -E pattern: only the matching stdout lines are compared
# In args, @DEBIAN_GENERIC@ and @DEBIAN_CLOUD@ stand for the configs of
# Debian's linux-image-amd64 and linux-image-cloud-amd64, found in
# build/kconfig/ (scripts/fetch-kconfig.sh, which `make check` runs through
# install-deps.sh --test) or /boot; cases that need one that is absent are
# skipped, and say so.  The tests folder is rewritten to /pwd in the output.
# VMC_ACCEPT=1 rewrites stdout.exp and stderr.exp; review the git diff.
# ONLY=REGEX runs the matching cases only.
# Usage: run_lint.sh VMC [RESULTS_FILE]
set -uo pipefail
vmc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
results=$(realpath -m "${2:-/dev/null}")
here=$(cd "$(dirname "$0")" && pwd)
root=$here/golden/lint
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
unset NO_COLOR VMC_KCONFIG_SEARCH   # the cases' env files set them

# The newest Debian kernel config whose name matches the pattern $1.
find_config() {
  ls -1 "$here"/../build/kconfig/config-* /boot/config-* 2>/dev/null | grep -E -- "$1" | sort -V | tail -n 1 |
    xargs -r realpath
}
generic=$(find_config '/config-[0-9.]+-[0-9]+-amd64$'); cloud=$(find_config '/config-[0-9.]+-[0-9]+-cloud-amd64$')

pass=0; fail=0; skip=0
for dir in "$root"/*/; do
  name=$(basename "$dir")
  if [ -n "${ONLY:-}" ] && ! [[ $name =~ $ONLY ]]; then continue; fi
  args=$(cat "$dir/args")
  if [[ $args == *@DEBIAN_GENERIC@* && -z $generic ]] || [[ $args == *@DEBIAN_CLOUD@* && -z $cloud ]]; then
    echo "SKIP lint/$name (no Debian kernel config: scripts/fetch-kconfig.sh fetches them)"
    skip=$((skip+1)); continue
  fi
  args=${args//@DEBIAN_GENERIC@/$generic}; args=${args//@DEBIAN_CLOUD@/$cloud}
  read -ra argv <<<"$args"
  envs=(); [ -f "$dir/env" ] && mapfile -t envs < <(grep -v '^[[:space:]]*$' "$dir/env")
  if [ -f "$dir/tty" ]; then
    cmd=$(printf '%q ' env "${envs[@]}" "$vmc" lint-kernel "${argv[@]}")
    (cd "$dir" && TERM=xterm timeout 20 script -qec "$cmd" /dev/null) >"$tmp/out" 2>/dev/null </dev/null; rc=$?
    tr -d '\r' <"$tmp/out" >"$tmp/out2"; mv "$tmp/out2" "$tmp/out"; : >"$tmp/err"
  else
    (cd "$dir" && env "${envs[@]}" timeout 20 "$vmc" lint-kernel "${argv[@]}") >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
  fi
  [ -f "$dir/filter" ] && { grep -E "$(cat "$dir/filter")" "$tmp/out" >"$tmp/out2"; mv "$tmp/out2" "$tmp/out"; }
  sed -i "s|$here/golden|/pwd|g" "$tmp/out" "$tmp/err"
  want=0; [ -f "$dir/status" ] && want=$(cat "$dir/status")
  if [ "${VMC_ACCEPT:-}" = 1 ] && [ $rc -eq "$want" ]; then
    if [ -s "$tmp/out" ]; then cp "$tmp/out" "$dir/stdout.exp"; else rm -f "$dir/stdout.exp"; fi
    if [ -s "$tmp/err" ]; then cp "$tmp/err" "$dir/stderr.exp"; else rm -f "$dir/stderr.exp"; fi
  fi
  why=""
  if [ $rc -ne "$want" ]; then why="expected exit $want, got $rc: $(head -c 600 "$tmp/err")"
  elif ! cmp -s <(cat "$dir/stdout.exp" 2>/dev/null) "$tmp/out"; then
    why="stdout differs:"$'\n'"$(diff <(cat "$dir/stdout.exp" 2>/dev/null) "$tmp/out" | head -12)"
  elif ! cmp -s <(cat "$dir/stderr.exp" 2>/dev/null) "$tmp/err"; then
    why="stderr differs:"$'\n'"$(diff <(cat "$dir/stderr.exp" 2>/dev/null) "$tmp/err" | head -12)"
  fi
  if [ -z "$why" ]; then pass=$((pass+1)); else
    fail=$((fail+1)); echo "FAIL lint/$name"; sed 's/^/    /' <<<"$why"; fi
done
echo "lint: $pass passed, $fail failed, $skip skipped"
echo "lint $pass $fail" >>"$results"
[ $fail -eq 0 ]
