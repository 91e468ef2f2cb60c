#!/usr/bin/env bash
# The start script passes every value to QEMU intact: over a thousand
# hostile values (spaces, quotes, $, backquotes, newlines, globs, commas,
# option-like words, unicode, bytes that are not UTF-8; fixed seed) are put
# where they become QEMU arguments (qemu.options, kernelParams, drives,
# shares, kernel, initrd, system.name, the QEMU program, boot disk, EFI
# files) or start-script environment values (NIX_DISK_IMAGE, TMPDIR,
# SHARED_DIR, QEMU_NET_OPTS, QEMU_KERNEL_PARAMS, QEMU_OPTS, NIX_EFI_VARS,
# arguments).  Each start script must pass shellcheck; a stand-in QEMU
# records its arguments, and each value must arrive exactly as model.json
# says (read back as QEMU's option parser reads key=value arguments), with
# no command run and no glob expanded.  Values vmc refuses by design must
# fail the build with exit 1 and a clear message.  tests/hostile.py does
# the work; HOSTILE_SHOW=N prints up to N failures (default 40).
# Usage: run_hostile.sh VMC [RESULTS_FILE]
set -uo pipefail
vmc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
results=$(realpath -m "${2:-/dev/null}")
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
if ! command -v shellcheck >/dev/null; then
  echo "hostile: shellcheck not found: skipping the shellcheck checks of the start scripts"
  export HOSTILE_NO_SHELLCHECK=1
fi
if ! command -v python3 >/dev/null; then
  echo "FAIL hostile: python3 not found"
  echo "hostile 0 1" >>"$results"
  exit 1
fi
mkdir "$tmp/work"
python3 "$here/hostile.py" "$vmc" "$tmp/work" "$tmp/counts"
if ! read -r pass fail <"$tmp/counts" 2>/dev/null; then
  echo "FAIL hostile: tests/hostile.py did not finish"
  pass=0; fail=1
fi
echo "hostile $pass $fail" >>"$results"
[ "$fail" -eq 0 ]
