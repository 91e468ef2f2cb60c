#!/usr/bin/env bash
# boot-script.sh RUN-SCRIPT [EXPECTED...] — boots the VM of a start script
# that `vmc build` wrote (bin/run-NAME-vm) and checks the proof lines of the
# boot-test /init with check-proof.sh (EXPECTED as there, e.g. mem=512
# cpus=2 disk=/dev/vda:67108864 disk-rw shared).  Always checked as well:
# the token (see below) is on the kernel command line and comes back through
# the xchg share.
#
# The VM's config must boot the test kernel and initramfs:
#   boot.kernelImage = ".../vmlinux";   boot.initrdImage = ".../initrd.cpio";
# (make-kernel.sh DIR; make-initramfs.sh DIR/initrd.cpio).
#
# It drives the script only through the script's own environment:
#   TMPDIR + USE_TMPDIR=1  the VM's temporary directory, $BOOT_WORK/tmp, so
#                          the host side of xchg is $BOOT_WORK/tmp/xchg
#   NIX_DISK_IMAGE         $BOOT_WORK/disk.qcow2, removed first so that the
#                          script creates it (virtualisation.diskSize)
#   QEMU_KERNEL_PARAMS     "vmc.token=TOKEN console=ttyS0": a fresh token, and
#                          the serial port as /dev/console (the last console=
#                          wins), whatever virtualisation.graphics says
#   QEMU_OPTS              $BOOT_QEMU_OPTS, default "-machine accel=tcg
#                          -display none -nodefaults -serial mon:stdio": TCG
#                          (overrides the script's accel=kvm:tcg, KVM hangs
#                          here), no window, the serial console on stdout
#   SHARED_DIR             left as the caller set it (default: xchg's dir)
# Other knobs: BOOT_WORK (default: mktemp -d, removed when all checks passed
# unless BOOT_KEEP=1), BOOT_TIMEOUT, BOOT_STALL
# (run-vm.sh), BOOT_RETRIES (hung boots tried again, default 1).
# Exit status 0 when every check passed.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 RUN-SCRIPT [EXPECTED...]" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
script=$1; shift
work=${BOOT_WORK:-$(mktemp -d)}
mkdir -p "$work"
work=$(cd "$work" && pwd)
log=$work/serial.log
token=vmc$$x$RANDOM$RANDOM

export TMPDIR=$work/tmp USE_TMPDIR=1
export NIX_DISK_IMAGE=$work/disk.qcow2
export QEMU_KERNEL_PARAMS="vmc.token=$token console=ttyS0"
export QEMU_OPTS=${BOOT_QEMU_OPTS:--machine accel=tcg -display none -nodefaults -serial mon:stdio}
echo "booting $script (work: $work)"

tries=$(( ${BOOT_RETRIES:-1} + 1 ))
for try in $(seq 1 "$tries"); do
  # Fresh state for every try: disk, temporary directory, xchg.
  rm -rf "$TMPDIR" "$NIX_DISK_IMAGE"; mkdir -p "$TMPDIR"
  rc=0
  "$here/run-vm.sh" "$log" "$script" || rc=$?
  [ $rc -eq 124 ] || [ $rc -eq 125 ] || break
  cp "$log" "$log.hung$try"
  echo "boot $try hung (log kept in $log.hung$try); last lines:"
  tail -n 5 "$log.hung$try"
done
[ $rc -ne 0 ] && { echo "VM exit status $rc; last log lines:"; tail -n 20 "$log"; }
grep -a '^VMC-PROOF' "$log" | tr -d '\r' || true
status=0
"$here/check-proof.sh" "$log" "cmdline~vmc.token=$token" "xchg=$TMPDIR/xchg:$token" "$@" || status=$?
# A work directory of our own goes when all passed (unless BOOT_KEEP=1).
if [ -z "${BOOT_WORK:-}" ] && [ $status -eq 0 ] && [ "${BOOT_KEEP:-0}" != 1 ]; then
  rm -rf "$work"
else
  echo "work directory kept: $work"
fi
exit $status
