#!/usr/bin/env bash
# The parse cache (compiler/cache.h): a warm run gives exactly what a cold
# run gives, an edited file is parsed again, damaged packs and entries are
# ignored, many runs' packs are merged into one, and VMC_CACHE_DIR=off
# writes nothing.
# Usage: run_cache.sh VMC [RESULTS_FILE]
set -uo pipefail
vmc=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
results=$(realpath -m "${2:-/dev/null}")
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export VMC_CACHE_DIR=$tmp/cache
pass=0; fail=0
check() {   # check NAME CONDITION...
  local name=$1; shift
  if "$@"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL cache: $name"; fi
}
stat_line() { grep 'parse cache' "$tmp/err"; }
mkdir -p "$tmp/m/sub"
cat >"$tmp/m/a.cfg" <<'CFG'
{ lib, ... }: { imports = [ ./sub/b.cfg ]; options.x = lib.mkOption { type = lib.types.listOf lib.types.str; }; config.x = [ "a" (toString ./.) ]; }
CFG
echo '{ x = [ "b" ]; }' >"$tmp/m/sub/b.cfg"
cd "$tmp/m"
"$vmc" config --json --stats a.cfg >"$tmp/cold" 2>"$tmp/err"
check "cold run parses both files and writes them" grep -q '0 files from the cache, 2 not in it, 2 entries written' "$tmp/err"
"$vmc" config --json --stats a.cfg >"$tmp/warm" 2>"$tmp/err"
check "warm run takes both files from the cache" grep -q '2 files from the cache, 0 not in it, 0 entries written' "$tmp/err"
check "warm output equals cold output" cmp -s "$tmp/cold" "$tmp/warm"
echo '{ x = [ "c" ]; }' >"$tmp/m/sub/b.cfg"
"$vmc" config --json --stats a.cfg >"$tmp/edit" 2>"$tmp/err"
check "an edited file is parsed again" grep -q '1 files from the cache, 1 not in it, 1 entries written' "$tmp/err"
check "the edit shows" grep -q '"c"' "$tmp/edit"
# The same text in another directory resolves ./. elsewhere: another entry.
mkdir -p "$tmp/n/sub"; cp "$tmp/m/a.cfg" "$tmp/n/"; cp "$tmp/m/sub/b.cfg" "$tmp/n/sub/"
(cd "$tmp/n" && "$vmc" config --json a.cfg >"$tmp/moved")
check "a copy in another directory gets its own paths" grep -q "$tmp/n" "$tmp/moved"
# ~/ paths resolve against $HOME when lowering: HOME is part of the key.
echo '~/foo' >"$tmp/m/home.cfg"
a=$(HOME=/home/alice "$vmc" eval home.cfg); b=$(HOME=/home/bob "$vmc" eval home.cfg)
check "~/ follows HOME through the cache" test "$a|$b" = "/home/alice/foo|/home/bob/foo"
rm "$tmp/m/home.cfg"
# Damage the packs: a bad index drops a whole pack, a bad blob one entry;
# vmc must notice and parse again.
damage() {   # damage OFFSET-FROM-START|-OFFSET-FROM-END: flips one byte of every pack
  find "$VMC_CACHE_DIR" -name '*.pack' | while read -r f; do
    python3 -c 'import sys; p,o=sys.argv[1],int(sys.argv[2]); b=bytearray(open(p,"rb").read()); b[o]^=0xff; open(p,"wb").write(b)' "$f" "$1"
  done
}
damage 20
"$vmc" config --json --stats a.cfg >"$tmp/damaged" 2>"$tmp/err"
check "a damaged pack index reads as misses" grep -q '0 files from the cache, 2 not in it, 2 entries written' "$tmp/err"
check "output after damage is right" cmp -s "$tmp/edit" "$tmp/damaged"
rm -f "$VMC_CACHE_DIR"/packs/*.pack
"$vmc" config --json a.cfg >/dev/null
damage -3
"$vmc" config --json --stats a.cfg >"$tmp/damaged" 2>"$tmp/err"
check "a damaged entry reads as a miss" grep -q '1 files from the cache, 1 not in it, 1 entries written' "$tmp/err"
check "output after a damaged entry is right" cmp -s "$tmp/edit" "$tmp/damaged"
# More than 16 packs: the next run that writes merges what it used into one.
for i in $(seq 18); do
  echo "{ x = [ \"p$i\" ]; }" >"$tmp/m/sub/b.cfg"
  "$vmc" config --json a.cfg >/dev/null
done
n=$(find "$VMC_CACHE_DIR" -name '*.pack' | wc -l)
check "packs are merged when there are too many ($n left)" test "$n" -le 17
"$vmc" config --json --stats a.cfg >/dev/null 2>"$tmp/err"
check "after merging, the working set is in the cache" grep -q '2 files from the cache, 0 not in it' "$tmp/err"
rm -rf "$VMC_CACHE_DIR"
VMC_CACHE_DIR=off "$vmc" config --json a.cfg >/dev/null
check "VMC_CACHE_DIR=off writes nothing" test ! -e "$VMC_CACHE_DIR"
echo "cache: $pass passed, $fail failed"
echo "cache $pass $fail" >>"$results"
[ $fail -eq 0 ]
