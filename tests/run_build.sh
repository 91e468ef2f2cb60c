#!/usr/bin/env bash
# `vmc build` golden tests: tests/golden/vm-build/NAME/
#   modules          the files to build, relative to the folder (vm.cfg ...)
#   args             optional: more arguments for vmc build
#   expected/        the outputs as they must come out: run-vm (the start
#                    script), fstab, kernel-params, kernel-requirements,
#                    model.json (each checked by a person)
#   err.exp          instead of expected/: the build must fail (exit 1) with
#                    this on stderr, and write no result
# The folder's absolute path is rewritten to /pwd in the outputs, so the
# goldens do not depend on where the repository is.  Every start script must
# pass shellcheck.  VMC_ACCEPT=1 rewrites the expected files from vmc's
# output (review the git diff).  ONLY=REGEX runs the matching cases only.
# Usage: run_build.sh VMC [RESULTS_FILE]
set -uo pipefail
vmc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
results=$(realpath -m "${2:-/dev/null}")
root=$(cd "$(dirname "$0")/golden/vm-build" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
have_shellcheck=1; command -v shellcheck >/dev/null || have_shellcheck=0
for dir in "$root"/*/; do
  name=$(basename "$dir")
  if [ -n "${ONLY:-}" ] && ! [[ $name =~ $ONLY ]]; then continue; fi
  cd "$dir" || continue
  rm -rf "$tmp/store" "$tmp/result"
  args=(); [ -f args ] && read -r -a args <args
  # shellcheck disable=SC2046
  timeout 30 "$vmc" build --store "$tmp/store" -o "$tmp/result" "${args[@]}" $(cat modules) \
    >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
  sed -i "s|${dir%/}|/pwd|g; s|$tmp|/tmp|g" "$tmp/err"
  why=""
  if [ -f err.exp ]; then
    if [ "${VMC_ACCEPT:-}" = 1 ] && [ $rc -eq 1 ]; then cp "$tmp/err" err.exp; fi
    if [ $rc -ne 1 ]; then why="exit $rc, wanted 1"
    elif ! cmp -s err.exp "$tmp/err"; then why="stderr differs:"$'\n'"$(diff err.exp "$tmp/err" | head -20)"
    elif [ -e "$tmp/result" ]; then why="a failed build left a result link"
    fi
  elif [ $rc -ne 0 ]; then
    why="exit $rc: $(head -c 1500 "$tmp/err")"
  else
    mkdir -p "$tmp/got"
    script=$(ls "$tmp/result/bin/"run-*-vm 2>/dev/null | head -1)
    if [ -z "$script" ]; then why="no bin/run-NAME-vm in the result"; else
      sed "s|${dir%/}|/pwd|g" "$script" >"$tmp/got/run-vm"
      for f in fstab kernel-params kernel-requirements model.json; do
        sed "s|${dir%/}|/pwd|g" "$tmp/result/$f" >"$tmp/got/$f"
      done
      if [ "${VMC_ACCEPT:-}" = 1 ]; then mkdir -p expected; cp "$tmp/got/"* expected/; fi
      for f in run-vm fstab kernel-params kernel-requirements model.json; do
        if ! cmp -s "expected/$f" "$tmp/got/$f"; then
          why+="$f differs:"$'\n'"$(diff "expected/$f" "$tmp/got/$f" | head -20)"$'\n'
        fi
      done
      if [ -z "$why" ] && [ ! -x "$script" ]; then why="the start script is not executable"; fi
      if [ -z "$why" ] && [ $have_shellcheck = 1 ] && ! shellcheck "$script" >"$tmp/sc" 2>&1; then
        why="shellcheck: $(head -30 "$tmp/sc")"
      fi
    fi
  fi
  if [ -z "$why" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL build/$name: $why"; fi
done
[ $have_shellcheck = 1 ] || echo "build: shellcheck is not installed; start scripts were not checked"
echo "build: $pass passed, $fail failed"
echo "build $pass $fail" >>"$results"
[ $fail -eq 0 ]
