#!/usr/bin/env bash
# Regenerate golden expectations from the reference evaluator (Nix 2.8).
#   eval-okay-NAME.cfg -> eval-okay-NAME.exp    (stdout of nix, byte-exact)
#   eval-fail-NAME.cfg -> eval-fail-NAME.nixerr (stderr of nix, reference only)
# Fail cases whose first line mentions "deviation" (integer overflow: nix 2.8
# wraps, vmc raises an error) are expected to SUCCEED under nix and get no
# .nixerr.  Usage: ./gen-exp.sh [NAME-GLOB]   (run from anywhere)
set -u
cd "$(dirname "$0")"
NIX="nix-instantiate --store dummy:// --eval --strict --json"
pat="${1:-*}"
bad=0; nok=0; nfail=0
shopt -s nullglob
for f in eval-okay-$pat.cfg; do
  [ -e "$f" ] || continue; b="${f%.cfg}"
  if $NIX "$f" > "$b.exp.tmp" 2> "$b.stderr.tmp"; then
    mv "$b.exp.tmp" "$b.exp"; nok=$((nok+1))
  else
    echo "UNEXPECTED FAILURE: $f"; cat "$b.stderr.tmp"; bad=1
    rm -f "$b.exp.tmp" "$b.exp"
  fi
  rm -f "$b.stderr.tmp"
done
for f in eval-fail-$pat.cfg; do
  [ -e "$f" ] || continue; b="${f%.cfg}"
  if head -n1 "$f" | grep -qi 'deviation'; then
    if ! $NIX "$f" > /dev/null 2>&1; then
      echo "NOTE: deviation case $f also fails under nix"; bad=1
    fi
    rm -f "$b.nixerr"; nfail=$((nfail+1)); continue
  fi
  if $NIX "$f" > /dev/null 2> "$b.nixerr.tmp"; then
    echo "UNEXPECTED SUCCESS: $f"; bad=1; rm -f "$b.nixerr.tmp" "$b.nixerr"
  else
    mv "$b.nixerr.tmp" "$b.nixerr"; nfail=$((nfail+1))
  fi
done
for f in eval-okay-$pat.cfg eval-fail-$pat.cfg; do
  [ -e "$f" ] || continue
  head -n1 "$f" | grep -q '^# ' || { echo "MISSING '# comment' first line: $f"; bad=1; }
done
echo "okay: $nok  fail: $nfail"
exit $bad
