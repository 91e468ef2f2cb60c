#!/usr/bin/env bash
# The parse cache (compiler/cache.h): a warm run gives exactly what a cold
# run gives, an edited file is parsed again, damaged packs and entries are
# ignored, many runs' packs are merged into one, a file imported only after
# the packs were unmapped (cache_release) is still found, many files named
# at once (read on two threads) give what fewer give, identical files and a
# file loaded twice are safe, and VMC_CACHE_DIR=off writes nothing.
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
# A file imported lazily, by an option's value that is forced only while
# the config is printed: its cache_get comes after cache_release (main.c)
# has unmapped the packs, which must be mapped again.
lz=$tmp/cache-lazy
mkdir -p "$tmp/lazy/sub"
cat >"$tmp/lazy/main.cfg" <<'CFG'
{ lib, ... }: {
  options.x = lib.mkOption { type = lib.types.attrsOf lib.types.str; };
  options.y = lib.mkOption { type = lib.types.listOf lib.types.int; };
  config.x = import ./sub/other.cfg;
  config.y = (import ./sub/third.cfg).list;
}
CFG
echo '{ a = "from other"; b = (import ./third.cfg).s; }' >"$tmp/lazy/sub/other.cfg"
echo '{ s = "from third"; list = [ 1 2 3 ]; }' >"$tmp/lazy/sub/third.cfg"
lazy_want='{"x":{"a":"from other","b":"from third"},"y":[1,2,3]}'
cd "$tmp/lazy" || exit 1
VMC_CACHE_DIR=$lz "$vmc" config --json --stats main.cfg >"$tmp/out" 2>"$tmp/err"
check "lazy imports: cold run parses the three files" grep -q '0 files from the cache, 3 not in it, 3 entries written' "$tmp/err"
check "lazy imports: cold result" test "$(cat "$tmp/out")" = "$lazy_want"
VMC_CACHE_DIR=$lz "$vmc" config --json --stats main.cfg >"$tmp/out" 2>"$tmp/err"
check "lazy imports: warm run takes all three from the cache" grep -q '3 files from the cache, 0 not in it, 0 entries written' "$tmp/err"
check "lazy imports: warm result" test "$(cat "$tmp/out")" = "$lazy_want"
# An edited lazy import: a miss after the release, parsed and written.
echo '{ a = "edited"; b = (import ./third.cfg).s; }' >"$tmp/lazy/sub/other.cfg"
VMC_CACHE_DIR=$lz "$vmc" config --json --stats main.cfg >"$tmp/out" 2>"$tmp/err"
check "lazy imports: the edited file is parsed again" grep -q '2 files from the cache, 1 not in it, 1 entries written' "$tmp/err"
check "lazy imports: the edit shows" test "$(cat "$tmp/out")" = '{"x":{"a":"edited","b":"from third"},"y":[1,2,3]}'
VMC_CACHE_DIR=$lz "$vmc" config --json --stats main.cfg >/dev/null 2>"$tmp/err"
check "lazy imports: ... and cached" grep -q '3 files from the cache, 0 not in it, 0 entries written' "$tmp/err"
# An error inside a lazily imported file, warm: the snippet is read again
# from the file (its text was released once its AST came from the cache).
echo '{ a = "ok";
  b = throw "lazy boom"; }' >"$tmp/lazy/sub/other.cfg"
VMC_CACHE_DIR=$lz "$vmc" config --json main.cfg >/dev/null 2>"$tmp/cold-err"; rc1=$?
VMC_CACHE_DIR=$lz "$vmc" config --json --stats main.cfg >/dev/null 2>"$tmp/err"; rc2=$?
check "lazy imports: an error in the import, warm, exits 1" test "$rc1|$rc2" = "1|1"
check "lazy imports: ... came from the cache (third.cfg is never reached)" grep -q '2 files from the cache, 0 not in it' "$tmp/err"
check "lazy imports: ... with its snippet, as cold" cmp -s "$tmp/cold-err" <(grep -v '^stats:' "$tmp/err")
check "lazy imports: ... the snippet is the file's line" grep -qF '    2 |   b = throw "lazy boom"; }' "$tmp/err"
# Many files on the command line (64 or more are read on two threads into
# one mapping): the result is what the same modules give when fewer files
# are named (imported by two group files), cold and warm.  A directory
# stands for its default.cfg; a file named twice counts once.
mc=$tmp/cache-many
mkdir -p "$tmp/many/dir"
cd "$tmp/many" || exit 1
cat >opts.cfg <<'CFG'
{ lib, ... }: {
  options.items = lib.mkOption { type = lib.types.attrsOf lib.types.int; };
  options.names = lib.mkOption { type = lib.types.listOf lib.types.str; };
}
CFG
for i in $(seq -w 0 69); do echo "{ items.k$i = $((10#$i * 3)); names = [ \"m$i\" ]; }" >"m$i.cfg"; done
echo '{ items.kdir = 1; names = [ "dir" ]; }' >dir/default.cfg
files=(opts.cfg m*.cfg dir)   # 72 names
# Definitions merge in the reverse of the module order (SEMANTICS.md §2).
want='{"items":{'
for i in $(seq -w 0 69); do want+="\"k$i\":$((10#$i * 3)),"; done
want+='"kdir":1},"names":["dir"'
for i in $(seq -w 69 -1 0); do want+=",\"m$i\""; done
want+=']}'
{ echo '{ imports = ['; printf '  ./%s\n' "${files[@]:0:36}"; echo ']; }'; } >group1.cfg
{ echo '{ imports = ['; printf '  ./%s\n' "${files[@]:36}"; echo ']; }'; } >group2.cfg
VMC_CACHE_DIR=$mc "$vmc" config --json --stats "${files[@]}" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "many files: cold run succeeds" test $rc -eq 0
check "many files: cold result is right" test "$(cat "$tmp/out")" = "$want"
check "many files: cold run parses every file" grep -q '0 files from the cache, 72 not in it, 72 entries written' "$tmp/err"
VMC_CACHE_DIR=$mc "$vmc" config --json --stats "${files[@]}" >"$tmp/out" 2>"$tmp/err"
check "many files: warm result is right" test "$(cat "$tmp/out")" = "$want"
check "many files: warm run takes every file from the cache" grep -q '72 files from the cache, 0 not in it, 0 entries written' "$tmp/err"
VMC_CACHE_DIR=off "$vmc" config --json group1.cfg group2.cfg >"$tmp/out" 2>"$tmp/err"
check "many files: two group files give the same result" test "$(cat "$tmp/out")" = "$want"
VMC_CACHE_DIR=off "$vmc" config --json "${files[@]}" m05.cfg ./m40.cfg "$tmp/many/opts.cfg" >"$tmp/out" 2>"$tmp/err"
check "many files: files named twice count once" test "$(cat "$tmp/out")" = "$want"
VMC_CACHE_DIR=off "$vmc" config --json "${files[@]:0:30}" missing.cfg "${files[@]:30}" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "many files: a missing file is an error naming it" test "$rc|$(cat "$tmp/err")" = "1|vmc: error: cannot read 'missing.cfg': No such file or directory"
mkdir -p nodefault
VMC_CACHE_DIR=off "$vmc" config --json "${files[@]}" nodefault >"$tmp/out" 2>"$tmp/err"; rc=$?
check "many files: a directory without default.cfg is an error naming it" test "$rc|$(cat "$tmp/err")" = "1|vmc: error: cannot read 'nodefault/default.cfg': No such file or directory"
: >empty.cfg
VMC_CACHE_DIR=off "$vmc" config --json "${files[@]:0:50}" empty.cfg "${files[@]:50}" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "many files: an empty file is a syntax error at its start" test "$rc|$(head -1 "$tmp/err")" = "1|empty.cfg:1:1: error: syntax error: the file holds no expression"
# A type error in one of many files read together: the snippet is read
# again from that file, whose text shared the mapping.
echo '{ items.kbad = "x"; }' >bad.cfg
VMC_CACHE_DIR=off "$vmc" config --json "${files[@]}" bad.cfg >"$tmp/out" 2>"$tmp/err"; rc=$?
check "many files: an error in one shows its line" test "$rc|$(sed -n 2p "$tmp/err")" = '1|    1 | { items.kbad = "x"; }'
# Identical files share a cache key: the second one's AST comes from the
# entry the first one just made, while the parse-ahead thread may already
# be parsing it; its text must not be released under that thread.  Large
# files widen the window (this crashed 4 runs in 4 before the fix).
mkdir -p "$tmp/same" && cd "$tmp/same" || exit 1
python3 - <<'PY'
body = " ".join(f"a{i} = [ 1 2 3 \"x\" ];" for i in range(20000))
for i in range(1, 7):
    open(f"s{i}.cfg", "w").write("{ lib, ... }: let x = { " + body + " }; in { }")
PY
VMC_CACHE_DIR=$tmp/cache-same "$vmc" config --json --stats s*.cfg >"$tmp/out" 2>"$tmp/err"; rc=$?
check "identical files: a cold run succeeds" test "$rc|$(cat "$tmp/out")" = "0|{}"
check "identical files: later ones come from the entry the first made" grep -q '5 files from the cache, 1 not in it, 1 entries written' "$tmp/err"
# Without a cache the same files are all parsed (nothing is hashed or
# serialized), and nothing is written.
VMC_CACHE_DIR=off "$vmc" config --json --stats s*.cfg >"$tmp/out" 2>"$tmp/err"; rc=$?
check "identical files without a cache: the run succeeds" test "$rc|$(cat "$tmp/out")" = "0|{}"
check "identical files without a cache: nothing comes from or goes to a cache" grep -q '0 files from the cache, 0 not in it, 0 entries written' "$tmp/err"
# A file loaded under two spellings (a directory and its default.cfg) is
# loaded twice; the second time its released text is read again.
mkdir -p "$tmp/twice/d" && cd "$tmp/twice" || exit 1
echo '{ lib, ... }: { options.x = lib.mkOption { default = 1; }; }' >d/default.cfg
echo '{ imports = [ ./d ./d/default.cfg ]; }' >m.cfg
VMC_CACHE_DIR=off "$vmc" config --json m.cfg >"$tmp/out" 2>"$tmp/err"; rc=$?
check "a file loaded twice is read again: the duplicate declaration is reported" \
  test "$rc|$(head -1 "$tmp/err")" = "1|d/default.cfg:1:25: error: The option \`x' in \`$tmp/twice/d' is already declared in \`$tmp/twice/d/default.cfg'."
cd "$tmp/m" || exit 1
rm -rf "$VMC_CACHE_DIR"
VMC_CACHE_DIR=off "$vmc" config --json a.cfg >/dev/null
check "VMC_CACHE_DIR=off writes nothing" test ! -e "$VMC_CACHE_DIR"
echo "cache: $pass passed, $fail failed"
echo "cache $pass $fail" >>"$results"
[ $fail -eq 0 ]
