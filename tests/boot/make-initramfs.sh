#!/usr/bin/env bash
# make-initramfs.sh OUT.cpio[.gz] [KERNELDIR]
# Builds the boot-test initramfs: busybox-static, the kernel modules that
# make-kernel.sh put in KERNELDIR (default: the directory of OUT) and
# tests/boot/init.sh as /init.  OUT ending in .gz is gzip-compressed (the
# Debian kernel has RD_GZIP); otherwise it is a plain newc cpio, which the
# kernel unpacks fastest under TCG.
# Needs no root: the cpio has no device nodes (/init mounts devtmpfs first).
# Needs: busybox-static, cpio (scripts/install-deps.sh --boot).
set -euo pipefail
[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 OUT.cpio[.gz] [KERNELDIR]" >&2; exit 2; }
out=$1
kdir=${2:-$(dirname "$out")}
here=$(cd "$(dirname "$0")" && pwd)
busybox=/bin/busybox
[ -r "$kdir/modules.load" ] || { echo "$0: $kdir/modules.load missing: run make-kernel.sh $kdir first" >&2; exit 1; }
# busybox-static, not the dynamic busybox package: the initramfs has no libc.
[ -x "$busybox" ] && ! ldd "$busybox" >/dev/null 2>&1 ||
  { echo "$0: $busybox is not static (apt-get install busybox-static)" >&2; exit 1; }

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage"/{bin,sbin,dev,proc,sys,tmp,mnt,lib/modules}
cp "$busybox" "$stage/bin/busybox"
ln -s busybox "$stage/bin/sh"
cp "$here/init.sh" "$stage/init"
chmod 755 "$stage/init"
ln -s ../init "$stage/sbin/init"   # for an init=/sbin/init on the command line
cp "$kdir"/modules/*.ko "$stage/lib/modules/"
cp "$kdir/modules.load" "$stage/lib/modules/modules.load"

mkdir -p "$(dirname "$out")"
( cd "$stage" && find . -mindepth 1 | LC_ALL=C sort |
    cpio -o -H newc -R 0:0 --reproducible --quiet ) > "$out.tmp"
case $out in
  *.gz) gzip -6 -n < "$out.tmp" > "$out"; rm -f "$out.tmp" ;;
  *) mv "$out.tmp" "$out" ;;
esac
echo "initramfs: $out ($(du -k "$out" | cut -f1) KiB)"
