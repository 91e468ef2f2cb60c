#!/usr/bin/env bash
# boot-proto.sh — boots the boot-test VM WITHOUT vmc, with a hand-written QEMU
# command equal to what a generated bin/run-NAME-vm runs, then checks the
# proof lines with check-proof.sh.  A prototype and a smoke test of the
# machinery (kernel, initramfs, QEMU, TCG) independent of the compiler.
#
# Environment (all optional):
#   BOOT_WORK     work directory (default: a fresh mktemp -d, removed when
#                 all checks passed, unless BOOT_KEEP=1)
#   BOOT_KDIR     kernel+initramfs cache directory (default: $BOOT_WORK/kernel);
#                 make-kernel.sh / make-initramfs.sh run only if it lacks files
#   BOOT_MEM      -m in MiB (default 512)      BOOT_SMP  -smp (default 2)
#   BOOT_TIMEOUT  seconds before the VM is killed (default 120); BOOT_STALL
#                 seconds of console silence that count as a hang (default 40)
#   BOOT_RETRIES  how often a hung boot is tried again (default 1)
#   QEMU_OPTS     appended last, as the generated script does; default
#                 "-machine q35,accel=tcg -nodefaults -serial mon:stdio"
#   BOOT_APPEND   extra kernel command line words
# Exit status: 0 when every proof check passed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=${BOOT_WORK:-$(mktemp -d)}
kdir=${BOOT_KDIR:-$work/kernel}
mem=${BOOT_MEM:-512}
smp=${BOOT_SMP:-2}
tmo=${BOOT_TIMEOUT:-120}
QEMU_OPTS=${QEMU_OPTS--machine q35,accel=tcg -nodefaults -serial mon:stdio}

[ -r "$kdir/vmlinux" ] || "$here/make-kernel.sh" "$kdir"
[ -r "$kdir/initrd.cpio" ] || "$here/make-initramfs.sh" "$kdir/initrd.cpio" "$kdir"

# Per-run state: a fresh 64 MiB qcow2 disk, an empty xchg dir, a fresh token.
mkdir -p "$work"
rm -rf "$work/xchg"; mkdir -p "$work/xchg"
DISK=$work/disk.qcow2
qemu-img create -f qcow2 "$DISK" 64M >/dev/null
token=vmc$$x$RANDOM$RANDOM
log=$work/serial.log

# The command a generated start script runs (TMPDIR/xchg is its exchange
# directory, also shared as "shared" here), then QEMU_OPTS; a later -machine
# option merges with the earlier one, so "accel=tcg" overrides "kvm:tcg"
# (KVM is present here but hangs: the host CPU lacks vmx).
# shellcheck disable=SC2054  # the commas belong to QEMU option values
cmd=(qemu-system-x86_64 -machine accel=kvm:tcg -cpu max -name test
  -m "$mem" -smp "$smp"
  -device virtio-rng-pci
  -net nic,netdev=user.0,model=virtio -netdev user,id=user.0
  -virtfs "local,path=$work/xchg,security_model=none,mount_tag=xchg"
  -virtfs "local,path=$work/xchg,security_model=none,mount_tag=shared"
  -drive "index=0,id=drive1,if=none,file=$DISK,cache=writeback,werror=report"
  -device virtio-blk-pci,drive=drive1
  -kernel "$kdir/vmlinux" -initrd "$kdir/initrd.cpio"
  -append "console=ttyS0 vmc.token=$token ${BOOT_APPEND:+$BOOT_APPEND }init=/sbin/init"
  -nographic)
# shellcheck disable=SC2206  # QEMU_OPTS is word-split on purpose, like the script
cmd+=($QEMU_OPTS)
echo "+ ${cmd[*]}"

# run-vm.sh kills a VM that hangs (no console output for BOOT_STALL s, or
# BOOT_TIMEOUT s in all).  TCG boots hang rarely (about 1 in 100 seen, right
# after "Run /init"), so a hung boot is tried once more (BOOT_RETRIES).
tries=$(( ${BOOT_RETRIES:-1} + 1 ))
for try in $(seq 1 "$tries"); do
  rc=0
  BOOT_TIMEOUT=$tmo "$here/run-vm.sh" "$log" "${cmd[@]}" || rc=$?
  [ $rc -eq 124 ] || [ $rc -eq 125 ] || break
  cp "$log" "$log.hung$try"
  echo "boot $try hung (log kept in $log.hung$try; last lines below)"
  tail -n 5 "$log.hung$try"
  [ "$try" -lt "$tries" ] || break
  # A fresh disk and exchange directory for the next try.
  rm -rf "$work/xchg"; mkdir -p "$work/xchg"
  qemu-img create -f qcow2 "$DISK" 64M >/dev/null
done
[ $rc -ne 0 ] && { echo "VM exit status $rc; last log lines:"; tail -n 20 "$log"; }
grep -a '^VMC-PROOF' "$log" | tr -d '\r' || true

status=0
"$here/check-proof.sh" "$log" "cmdline~vmc.token=$token" "mem=$mem" "cpus=$smp" \
  "disk=/dev/vda:67108864" disk-rw "xchg=$work/xchg:$token" 9p-tag=xchg 9p-tag=shared \
  shared net rng || status=$?
# A work directory of our own goes when all passed (unless BOOT_KEEP=1).
if [ -z "${BOOT_WORK:-}" ] && [ $status -eq 0 ] && [ "${BOOT_KEEP:-0}" != 1 ]; then
  rm -rf "$work"
else
  echo "work directory kept: $work"
fi
exit $status
