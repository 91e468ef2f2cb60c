#!/usr/bin/env bash
# make-kernel.sh OUTDIR — prepares the Debian amd64 kernel for the boot tests.
#
# Writes:
#   OUTDIR/vmlinux        the uncompressed ELF kernel (bzImage is XZ-packed and
#                         unpacking it under TCG costs seconds; QEMU boots the
#                         ELF directly through its PVH note)
#   OUTDIR/config         the kernel's /boot/config-*
#   OUTDIR/version        the kernel release, e.g. 6.1.0-56-amd64
#   OUTDIR/modules/*.ko   the modules the test initramfs needs, uncompressed
#   OUTDIR/modules.load   their file names in load order (dependencies first)
#
# Kernel choice: $VMC_BOOT_KERNEL (a vmlinuz path) if set, else the newest
# /boot/vmlinuz-*-amd64 (never -cloud-amd64: that one has no 9p).
# Needs: xz-utils (scripts/install-deps.sh --boot).
set -euo pipefail
export LC_ALL=C  # byte-wise grep for the XZ magic
[ $# -eq 1 ] || { echo "usage: $0 OUTDIR" >&2; exit 2; }
out=$1

# Modules wanted by the test /init; their dependencies come from modules.dep.
# crc32c_generic: softdep of ext4/jbd2 ("crypto-crc32c"), not in modules.dep.
WANT="virtio_pci virtio_blk virtio_net virtio-rng 9pnet_virtio 9p crc32c_generic ext4"

if [ -n "${VMC_BOOT_KERNEL:-}" ]; then
  vmlinuz=$VMC_BOOT_KERNEL
else
  vmlinuz=$(printf '%s\n' /boot/vmlinuz-*-amd64 | grep -v -e -cloud- -e '\*' | sort -V | tail -n 1 || true)
fi
[ -n "$vmlinuz" ] && [ -r "$vmlinuz" ] || {
  echo "$0: no Debian amd64 kernel in /boot (apt-get install linux-image-amd64, or scripts/install-deps.sh --boot)" >&2
  exit 1
}
ver=${vmlinuz##*/vmlinuz-}
moddir=/lib/modules/$ver
[ -r "$moddir/modules.dep" ] || { echo "$0: $moddir/modules.dep missing" >&2; exit 1; }

mkdir -p "$out/modules"
rm -f "$out"/modules/*.ko "$out/modules.load"
cp "/boot/config-$ver" "$out/config"
echo "$ver" > "$out/version"

# Extract the vmlinux like linux/scripts/extract-vmlinux: find the XZ stream
# magic (FD 37 7A 58 5A 00) inside the bzImage and decompress from there,
# trying each occurrence until one yields an ELF file.
tmp="$out/vmlinux.tmp"
found=""
for off in $(grep -aboP '\xfd7zXZ\x00' "$vmlinuz" | cut -d: -f1); do
  # (process substitution: xz stops at the stream end and tail gets SIGPIPE,
  # which a pipe under pipefail would report as failure)
  if xz -dc --single-stream < <(tail -c +$((off + 1)) "$vmlinuz") > "$tmp" 2>/dev/null \
     && [ "$(head -c 4 "$tmp" | od -An -c | tr -d ' ')" = '177ELF' ]; then
    found=1; break
  fi
done
[ -n "$found" ] || { rm -f "$tmp"; echo "$0: no XZ-compressed ELF kernel inside $vmlinuz" >&2; exit 1; }
mv "$tmp" "$out/vmlinux"

# Resolve dependencies with modules.dep (depth first: deps before the module),
# copy each module once, decompressing .ko.xz/.ko.zst if the kernel ships those
# (Debian 12 ships plain .ko; busybox insmod cannot read compressed ones).
declare -A seen=()
order=()
visit() { # $1: module path relative to $moddir, as in modules.dep
  local rel=$1 line dep
  [ -n "${seen[$rel]:-}" ] && return 0
  seen[$rel]=1
  line=$(grep -m1 "^$rel:" "$moddir/modules.dep") || { echo "$0: $rel not in modules.dep" >&2; exit 1; }
  # modules.dep lists the deps of deps too, the deepest last: walk it reversed.
  for dep in $(echo "${line#*:}" | tr ' ' '\n' | tac); do visit "$dep"; done
  order+=("$rel")
}
for m in $WANT; do
  # Module names may use - or _ interchangeably; match either in the file name.
  pat=$(echo "$m" | sed 's/[-_]/[-_]/g')
  rel=$(grep -m1 -E "(^|/)${pat}\.ko(\.xz|\.zst|\.gz)?:" "$moddir/modules.dep" | cut -d: -f1) \
    || { echo "$0: module $m not found in $moddir/modules.dep (built in?)" >&2; exit 1; }
  visit "$rel"
done
for rel in "${order[@]}"; do
  base=${rel##*/}
  case $base in
    *.ko.xz)  xz -dc "$moddir/$rel" > "$out/modules/${base%.xz}"; base=${base%.xz} ;;
    *.ko.zst) zstd -qdc "$moddir/$rel" > "$out/modules/${base%.zst}"; base=${base%.zst} ;;
    *.ko.gz)  gzip -dc "$moddir/$rel" > "$out/modules/${base%.gz}"; base=${base%.gz} ;;
    *)        cp "$moddir/$rel" "$out/modules/$base" ;;
  esac
  echo "$base" >> "$out/modules.load"
done
echo "kernel $ver: $out/vmlinux, ${#order[@]} modules"
