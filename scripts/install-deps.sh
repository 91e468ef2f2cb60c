#!/usr/bin/env bash
# Installs the Debian 12 packages vmc needs that are missing, and nothing
# else.  Build: a C compiler, make, pkg-config, libtree-sitter-dev,
# libxxhash-dev.  Tests (with --test): libcriterion-dev.  Benchmarks (with
# --bench): nix-bin, the reference evaluator.  Runs apt-get only when
# something is missing; needs root (or sudo) then.
set -euo pipefail
pkgs=(gcc make pkg-config libtree-sitter-dev libxxhash-dev)
for a in "$@"; do
  case $a in
    --test) pkgs+=(libcriterion-dev python3) ;;
    --bench) pkgs+=(nix-bin python3) ;;
    *) echo "usage: $0 [--test] [--bench]" >&2; exit 2 ;;
  esac
done
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing missing packages: ${missing[*]}"
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
