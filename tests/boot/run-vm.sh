#!/usr/bin/env bash
# run-vm.sh LOG COMMAND [ARG...] — runs a VM command (QEMU itself, or a
# generated bin/run-NAME-vm, which execs QEMU) with its serial console
# (stdout and stderr) in LOG, standard input from /dev/null, and two limits:
#   BOOT_TIMEOUT  seconds in all (default 120)
#   BOOT_STALL    seconds without a byte of new console output (default 40;
#                 a boot prints something at least every few seconds, even
#                 under TCG, so silence means the guest hung)
# Exit status: the command's, 124 when it ran out of time, 125 when it
# stalled.  Prints "elapsed: S s" last.  Runs the VM in its own process
# group, and kills that group (QEMU and all) when a limit is hit.
set -uo pipefail
[ $# -ge 2 ] || { echo "usage: $0 LOG COMMAND [ARG...]" >&2; exit 2; }
log=$1; shift
tmo=${BOOT_TIMEOUT:-120}
stall=${BOOT_STALL:-40}

start=$(date +%s%N); start_s=$(date +%s)
: > "$log"
setsid "$@" < /dev/null > "$log" 2>&1 &
pid=$!
# setsid forks only when it is a process group leader, which a background
# job of this (non-interactive, so no job control) shell never is: it execs
# in place, and $pid is the new process group's id too.
kill_group() {
  kill -TERM -- "-$pid" 2>/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -KILL -- "-$pid" 2>/dev/null
}
trap 'kill_group; exit 130' INT TERM
why=""
last_size=-1; last_change=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
  sleep 0.2
  now=$(date +%s)
  size=$(stat -c %s "$log" 2>/dev/null || echo 0)
  if [ "$size" != "$last_size" ]; then last_size=$size; last_change=$now; fi
  if [ $((now - start_s)) -ge "$tmo" ]; then why=timeout; break; fi
  if [ $((now - last_change)) -ge "$stall" ]; then why=stall; break; fi
done
rc=0
if [ -n "$why" ]; then
  kill_group
  wait "$pid" 2>/dev/null
  if [ "$why" = timeout ]; then rc=124; echo "run-vm: TIMEOUT after ${tmo}s" >&2
  else rc=125; echo "run-vm: STALL: no console output for ${stall}s" >&2; fi
else
  wait "$pid"; rc=$?
fi
ms=$(( ($(date +%s%N) - start) / 1000000 ))
printf 'elapsed: %d.%03d s\n' $((ms / 1000)) $((ms % 1000))
exit $rc
