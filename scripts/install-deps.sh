#!/usr/bin/env bash
# Installs the Debian 12 packages vmc needs that are missing, and nothing
# else.  Build: a C compiler, make, pkg-config, libtree-sitter-dev,
# libxxhash-dev, zlib1g-dev (gzip-compressed kernel configs such as
# /proc/config.gz).  Tests (with --test): libcriterion-dev, and the kernel
# configs of Debian's generic and cloud kernels for the lint-kernel tests
# (scripts/fetch-kconfig.sh puts them in build/kconfig).  Benchmarks (with
# --bench): nix-bin, the reference evaluator.  Real-boot tests (with
# --boot): QEMU (TCG is enough), qemu-img, a Debian amd64 kernel, busybox
# for the test initramfs, xz/cpio to build it, OVMF for UEFI.  Runs apt-get
# only when something is missing; needs root (or sudo) then.
set -euo pipefail
pkgs=(gcc make pkg-config libtree-sitter-dev libxxhash-dev zlib1g-dev)
for a in "$@"; do
  case $a in
    --test) pkgs+=(libcriterion-dev python3); kconfig=1 ;;
    --bench) pkgs+=(nix-bin python3) ;;
    --boot) pkgs+=(qemu-system-x86 qemu-utils busybox-static linux-image-amd64 xz-utils cpio ovmf) ;;
    *) echo "usage: $0 [--test] [--bench] [--boot]" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ -z "${kconfig:-}" ] || "$(dirname "$0")/fetch-kconfig.sh" "$(dirname "$0")/../build/kconfig"
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing missing packages: ${missing[*]}"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
