#!/usr/bin/env bash
# Puts the kernel configs of Debian's linux-image-amd64 and
# linux-image-cloud-amd64 into DIR (default build/kconfig) as
# config-VERSION, for the lint-kernel tests (tests/run_lint.sh).  Only the
# config file is taken out of each package (apt-get download, dpkg-deb):
# installing two kernels would run initramfs hooks and fill /boot for
# nothing.  A config already in DIR, or in /boot because the package is
# installed, is not downloaded again.  Needs root (or sudo) only when the
# apt lists are missing.
set -euo pipefail
dir=${1:-build/kconfig}
mkdir -p "$dir"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
chmod 777 "$tmp"   # apt-get download runs as _apt when _apt can write here
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
for meta in linux-image-amd64 linux-image-cloud-amd64; do
  # The metapackage depends on the versioned package that holds the kernel.
  pkg=$(apt-cache depends "$meta" 2>/dev/null | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
  if [ -z "$pkg" ]; then
    $sudo apt-get update -qq
    pkg=$(apt-cache depends "$meta" | awk '/Depends: linux-image-[0-9]/ {print $2; exit}')
  fi
  [ -n "$pkg" ] || { echo "fetch-kconfig: no package behind $meta" >&2; exit 1; }
  config=config-${pkg#linux-image-}
  [ -f "$dir/$config" ] && continue
  if [ -f "/boot/$config" ]; then cp "/boot/$config" "$dir/"; continue; fi
  echo "fetching the kernel config of $pkg"
  (cd "$tmp" && apt-get download -qq "$pkg")
  dpkg-deb --fsys-tarfile "$tmp/${pkg}_"*.deb | tar -x -C "$tmp" "./boot/$config"
  mv "$tmp/boot/$config" "$dir/"
  rm -f "$tmp"/*.deb
done
