#!/bin/busybox sh
# shellcheck shell=dash
# /init of the boot-test initramfs (busybox sh).  It proves what the VM was
# configured with by printing "VMC-PROOF key=value" lines on the console
# (the serial port with console=ttyS0), which check-proof.sh parses:
#   VMC-PROOF kernel=<uname -r>
#   VMC-PROOF cmdline=<contents of /proc/cmdline>
#   VMC-PROOF memtotal_kb=<MemTotal from /proc/meminfo>
#   VMC-PROOF memphys_kb=<RAM found at boot, from dmesg's "Memory: a/bK">
#   VMC-PROOF cpus=<online CPUs>
#   VMC-PROOF 9p-tag=<tag>          one per virtio 9p device
#   VMC-PROOF net=<iface> mac=<mac> one per network interface but lo
#   VMC-PROOF rng=<current hw rng>  when a hardware RNG (virtio-rng) is present
#   VMC-PROOF disk=/dev/vda size=<bytes>   one per virtio disk
#   VMC-PROOF disk-rw=ok            /dev/vda formatted (busybox mke2fs, mounted
#                                   with the ext4 module), a file written, the
#                                   fs remounted and the file read back
#   VMC-PROOF xchg=ok               the 9p tag "xchg" mounted and the token of
#                                   vmc.token=TOKEN written to vmc-proof-token
#                                   in it, for the host to read
#   VMC-PROOF shared=ok             the 9p tag "shared" mounted (when present)
#   VMC-PROOF uptime-init=S / uptime-done=S   seconds since boot at the
#                                   start and the end of /init
#   VMC-PROOF done failures=N       /init ran to the end; N FAIL lines before
# A failed check prints "VMC-PROOF FAIL <what>" and /init goes on with the
# checks that do not depend on it; it always ends by powering off.
# Kernel command line knobs: vmc.token=TOKEN, vmc.disk=none (skip the disk
# checks), vmc.msize=N (9p msize, default 512000, the virtio cap).
/bin/busybox mkdir -p /proc /sys /dev /tmp /mnt /usr/bin /usr/sbin /sbin
/bin/busybox --install -s
export PATH=/sbin:/bin:/usr/sbin:/usr/bin
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t proc proc /proc
mount -t sysfs sysfs /sys
# The cpio has no /dev/console node (building it needs no root): take the
# console from devtmpfs now.
exec </dev/console >/dev/console 2>&1
# Whatever happens, end by powering off instead of panicking on init's exit.
trap 'poweroff -f' EXIT
# Keep kernel messages from splitting our lines on the shared console.
echo 1 > /proc/sys/kernel/printk

fails=0
proof() { echo "VMC-PROOF $*"; }
fail() { echo "VMC-PROOF FAIL $*"; fails=$((fails + 1)); }
cmdarg() { # value of NAME=VALUE on the kernel command line; the last wins
  v=""; found=1
  for w in $(cat /proc/cmdline); do
    case $w in "$1"=*) v=${w#*=}; found=0 ;; esac
  done
  [ $found = 0 ] && echo "$v"
}

proof "kernel=$(uname -r)"
proof "uptime-init=$(cut -d' ' -f1 /proc/uptime)"
proof "cmdline=$(cat /proc/cmdline)"

# Drivers: the modules in dependency order, as make-kernel.sh listed them.
while read -r m; do
  insmod "/lib/modules/$m" 2>/dev/null || fail "insmod $m"
done < /lib/modules/modules.load
# Devices appear asynchronously after the driver probe: wait a moment for them.
i=0
while [ $i -lt 50 ] && [ ! -e /dev/vda ] && [ "$(cmdarg vmc.disk)" != none ]; do
  usleep 100000; i=$((i + 1))
done

proof "memtotal_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)"
# The RAM the kernel found (firmware's memory map), before its reservations:
# the boot message "Memory: 468156K/523756K available" -> 523756.
proof "memphys_kb=$(dmesg | sed -n 's|.*Memory: [0-9]*K/\([0-9]*\)K available.*|\1|p' | head -n 1)"
proof "cpus=$(grep -c '^processor' /proc/cpuinfo)"

for t in /sys/bus/virtio/drivers/9pnet_virtio/*/mount_tag; do
  [ -e "$t" ] && proof "9p-tag=$(tr -d '\000' < "$t")"
done
for n in /sys/class/net/*; do
  [ "${n##*/}" = lo ] || proof "net=${n##*/} mac=$(cat "$n/address")"
done
[ -e /sys/class/misc/hw_random/rng_current ] &&
  proof "rng=$(cat /sys/class/misc/hw_random/rng_current)"

# Disk: size of every virtio disk, then a write/read round trip on /dev/vda.
for b in /sys/block/vd*; do
  [ -e "$b" ] && proof "disk=/dev/${b##*/} size=$(($(cat "$b/size") * 512))"
done
if [ "$(cmdarg vmc.disk)" != none ]; then
  if [ ! -b /dev/vda ]; then
    fail "disk /dev/vda missing"
  elif ! mke2fs -q /dev/vda >/dev/null 2>&1; then
    fail "disk mkfs"
  elif ! mount -t ext4 /dev/vda /mnt; then
    fail "disk mount"
  else
    echo "vmc-disk-$$" > /mnt/proof && sync && umount /mnt &&
      mount -t ext4 /dev/vda /mnt && [ "$(cat /mnt/proof)" = "vmc-disk-$$" ] &&
      proof "disk-rw=ok" || fail "disk read-back"
    umount /mnt 2>/dev/null
  fi
fi

# 9p: the host shares a directory under the tag xchg; write the token there.
msize=$(cmdarg vmc.msize || echo 512000)
mkdir -p /tmp/xchg /tmp/shared
if mount -t 9p -o trans=virtio,version=9p2000.L,msize=$msize xchg /tmp/xchg; then
  token=$(cmdarg vmc.token || echo none)
  echo "$token" > /tmp/xchg/vmc-proof-token && sync &&
    [ "$(cat /tmp/xchg/vmc-proof-token)" = "$token" ] &&
    proof "xchg=ok" || fail "xchg write"
  umount /tmp/xchg
else
  fail "xchg mount"
fi
if cat /sys/bus/virtio/drivers/9pnet_virtio/*/mount_tag 2>/dev/null |
   tr '\000' '\n' | grep -qx shared; then
  mount -t 9p -o trans=virtio,version=9p2000.L,msize=$msize shared /tmp/shared &&
    ls /tmp/shared >/dev/null && proof "shared=ok" || fail "shared mount"
  umount /tmp/shared 2>/dev/null
fi

proof "uptime-done=$(cut -d' ' -f1 /proc/uptime)"
proof "done failures=$fails"
sync
poweroff -f
