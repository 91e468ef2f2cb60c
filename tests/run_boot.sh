#!/usr/bin/env bash
# The examples and a real boot.  `vmc build` of each example VM in
# examples/vm/ (each must build, and its start script pass shellcheck), then
# a boot of the minimal example's start script under QEMU (TCG), whose test
# /init proves what the configuration says: the kernel command line, memory,
# CPUs, the disk (formatted, mounted, written, read back), the 9p shares
# (a file written in the guest read on the host), the network and the RNG
# (tests/boot/README.md).  Needs the kernel and initramfs in build/boot
# (make build/boot/initrd.cpio; scripts/install-deps.sh --boot); without
# them the part is skipped, except under CI, where that is a failure.
# Usage: run_boot.sh VMC [RESULTS_FILE]
set -uo pipefail
vmc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
results=$(realpath -m "${2:-/dev/null}")
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok() { pass=$((pass+1)); }
bad() { fail=$((fail+1)); echo "FAIL boot: $*"; }
if [ ! -f "$root/build/boot/vmlinux" ] || [ ! -f "$root/build/boot/initrd.cpio" ]; then
  if [ -n "${CI:-}" ]; then bad "build/boot has no kernel and initramfs"; else
    echo "boot: SKIP: no kernel and initramfs in build/boot (make build/boot/initrd.cpio)"; fi
  echo "boot: $pass passed, $fail failed"; echo "boot $pass $fail" >>"$results"; [ $fail -eq 0 ]; exit
fi
export VMC_STORE_DIR=$tmp/store
have_sc=1; command -v shellcheck >/dev/null || have_sc=0
build() {   # build NAME FILE...
  local name=$1; shift
  if ! (cd "$root" && "$vmc" build -o "$tmp/$name" "$@") >"$tmp/$name.out" 2>"$tmp/$name.err"; then
    bad "vmc build of the example $name: $(head -c 2000 "$tmp/$name.err")"; return 1
  fi
  local script; script=$(ls "$tmp/$name"/bin/run-*-vm)
  if [ $have_sc = 1 ] && ! shellcheck "$script" >"$tmp/$name.sc" 2>&1; then
    bad "shellcheck of the $name example's start script: $(head -20 "$tmp/$name.sc")"; return 1
  fi
  ok
}
build minimal examples/vm/minimal/vm.cfg
build layered examples/vm/layered/base.cfg examples/vm/layered/host.cfg
build disks examples/vm/disks/vm.cfg
if [ -f /usr/share/OVMF/OVMF_CODE.fd ]; then build efi examples/vm/efi/vm.cfg
elif [ -n "${CI:-}" ]; then bad "no /usr/share/OVMF (Debian's ovmf) for the efi example"
else echo "boot: SKIP: the efi example needs Debian's ovmf"; fi
# The boot: the proof lines must show what examples/vm/minimal/vm.cfg says.
if [ -x "$tmp/minimal/bin/run-minimal-vm" ]; then
  BOOT_WORK=$tmp/work "$root/tests/boot/boot-script.sh" "$tmp/minimal/bin/run-minimal-vm" \
    mem=512 cpus=2 disk=/dev/vda:67108864 disk-rw xchg shared net rng 'cmdline~vmc.example=minimal' \
    'cmdline~init=/sbin/init' >"$tmp/boot.out" 2>&1
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$tmp/boot.out" | tail -1)
  if [ -z "$line" ]; then bad "the boot gave no proof: $(tail -30 "$tmp/boot.out")"; else
    p=${line%% passed*}; f=${line#*passed, }; f=${f%% failed*}
    pass=$((pass+p)); fail=$((fail+f))
    [ "$f" = 0 ] || { echo "FAIL boot: the minimal example's boot:"; grep -v '^ok' "$tmp/boot.out" | tail -40; }
  fi
fi
echo "boot: $pass passed, $fail failed"
echo "boot $pass $fail" >>"$results"
[ $fail -eq 0 ]
