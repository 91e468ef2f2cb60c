#!/usr/bin/env bash
# check-proof.sh LOG EXPECTED... — checks the "VMC-PROOF" lines that the
# boot-test /init (init.sh) printed on the serial console, saved in LOG.
# Prints one "ok"/"FAIL" line per check and then "N passed, M failed";
# exits 0 only when nothing failed.  Always checked: /init ran to the end
# ("done") and printed no "VMC-PROOF FAIL" line.  EXPECTED, each one of:
#   cmdline~TEXT      /proc/cmdline contains TEXT
#   cmdline!~TEXT     /proc/cmdline does not contain TEXT
#   mem=MIB           MemTotal fits a VM given -m MIB (bounds below)
#   cpus=N            N online CPUs
#   disk=DEV:BYTES    the disk DEV (e.g. /dev/vda) has BYTES bytes
#   disk-rw           the disk was formatted, written and read back
#   xchg              the 9p tag xchg was mounted and written
#   xchg=DIR:TOKEN    ... and, on the host, DIR/vmc-proof-token holds TOKEN
#   shared            the 9p tag shared was mounted
#   9p-tag=TAG        a virtio 9p device with mount tag TAG exists
#   net               a network interface (virtio-net) exists
#   rng               a hardware RNG (virtio-rng) is in use
#   kernel=RELEASE    uname -r is RELEASE
set -uo pipefail
# shellcheck disable=SC2016  # check() evals its single-quoted tests
[ $# -ge 1 ] || { echo "usage: $0 LOG EXPECTED..." >&2; exit 2; }
log=$1; shift
pass=0; failed=0
ok() { echo "ok   $1"; pass=$((pass + 1)); }
bad() { echo "FAIL $1"; failed=$((failed + 1)); }
check() { if eval "$2"; then ok "$1"; else bad "$1"; fi; }

# The proof lines without the prefix; \r from the serial line stripped.
proofs=$(grep -a '^VMC-PROOF ' "$log" 2>/dev/null | tr -d '\r' | sed 's/^VMC-PROOF //')
val() { printf '%s\n' "$proofs" | sed -n "s/^$1=//p" | head -n 1; }
has() { printf '%s\n' "$proofs" | grep -qxF -- "$1"; }

[ -r "$log" ] || bad "serial log $log is missing"
fails=$(printf '%s\n' "$proofs" | grep '^FAIL ' | sed 's/^FAIL //' | paste -sd, -)
check "guest reported no failure${fails:+ (reported: $fails)}" '[ -z "$fails" ]'
check "init ran to the end (done)" 'printf "%s\n" "$proofs" | grep -q "^done"'

for e in "$@"; do
  case $e in
    'cmdline!~'*)
      t=${e#cmdline!~}; c=$(val cmdline)
      check "cmdline lacks '$t'" '[[ "$c" != *"$t"* ]]' ;;
    'cmdline~'*)
      t=${e#cmdline~}; c=$(val cmdline)
      check "cmdline contains '$t' (cmdline: $c)" '[[ "$c" == *"$t"* ]]' ;;
    mem=*)
      # Two views of the RAM.  memphys_kb (dmesg "Memory: a/bK available",
      # b) is what the firmware's memory map gave the kernel: -m less the
      # legacy holes, measured 532 KiB short for 128 MiB..4 GiB on q35 and
      # pc; accept M - 8 MiB < b <= M.
      # MemTotal is that less what the kernel keeps for itself: its image
      # (~45 MiB for Debian's 6.1 amd64), the struct page array (1.6 % of
      # RAM) and, once RAM lies above 4 GiB, the 64 MiB swiotlb buffer.
      # Measured (q35, TCG): -m 128 -> 79.7 MiB, 256 -> 205.6, 512 -> 457.2,
      # 1024 -> 960.4, 2048 -> 1966.9, 4096 -> 3915.2.  Accept
      # M - 4 % - 128 MiB < MemTotal < M: tells -m M from -m 2M for any M
      # above 140 MiB, and from QEMU's default 128 MiB for M >= 320.
      m=${e#mem=}
      kb=$(val memtotal_kb)
      lo=$(( m * 1024 * 96 / 100 - 128 * 1024 )); hi=$(( m * 1024 ))
      check "memtotal ${kb:-?} kB fits -m $m ($lo < kB < $hi)" \
        '[ -n "$kb" ] && [ "$kb" -gt "$lo" ] && [ "$kb" -lt "$hi" ]'
      kb=$(val memphys_kb)
      lo=$(( m * 1024 - 8192 ))
      check "memphys ${kb:-?} kB fits -m $m ($lo < kB <= $hi)" \
        '[ -n "$kb" ] && [ "$kb" -gt "$lo" ] && [ "$kb" -le "$hi" ]' ;;
    cpus=*)
      n=${e#cpus=}; got=$(val cpus)
      check "cpus=$n (got ${got:-none})" '[ "$got" = "$n" ]' ;;
    disk=*:*)
      d=${e#disk=}; dev=${d%%:*}; size=${d#*:}
      check "disk $dev size $size" 'has "disk=$dev size=$size"' ;;
    disk-rw|xchg|shared)
      check "$e=ok" 'has "$e=ok"' ;;
    xchg=*:*)
      d=${e#xchg=}; dir=${d%%:*}; token=${d#*:}
      check "xchg=ok" 'has "xchg=ok"'
      got=$(cat "$dir/vmc-proof-token" 2>/dev/null)
      check "host reads token '$token' from $dir/vmc-proof-token (got '${got}')" \
        '[ "$got" = "$token" ]' ;;
    9p-tag=*)
      check "9p tag ${e#9p-tag=}" 'has "$e"' ;;
    net)
      check "network interface" 'printf "%s\n" "$proofs" | grep -q "^net="' ;;
    rng)
      check "hardware rng (got $(val rng))" '[ -n "$(val rng)" ]' ;;
    kernel=*)
      check "kernel ${e#kernel=} (got $(val kernel))" '[ "$(val kernel)" = "${e#kernel=}" ]' ;;
    *)
      bad "unknown expectation '$e'" ;;
  esac
done
echo "$pass passed, $failed failed"
[ "$failed" -eq 0 ]
