#!/usr/bin/env bash
# Checks that vmc's VM modules (runtime/modules/default.cfg) declare every
# option the seed (NixOS's qemu-vm module of 2021) declares, with the seed's
# type and default, or with vmc's where tests/golden/vm-module/seed-options.txt
# says vmc deliberately differs (that file describes its format).
#
# How: a helper module reads vmc's `options` tree for each name and gives
# the declared type's description and the default (the raw default,
# evaluated in the default configuration), next to the description of the
# expected type expression evaluated with vmc's lib; `vmc config --json -A`
# prints them, and python3 compares with the expected JSON defaults.
# Usage: tests/vm_options.sh [VMC [RESULTS_FILE]]   (default build/vmc)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
vmc=${1:-$here/../build/vmc}
results=$(realpath -m "${2:-/dev/null}")
list=$here/golden/vm-module/seed-options.txt
modules=$here/../runtime/modules/default.cfg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# NAME \t TYPE-EXPR \t DEFAULT for the values to check (vmc's where given).
grep -v '^#' "$list" | grep -v '^[[:space:]]*$' | awk -F'\t' '{
  t = $2; d = $3
  if (NF >= 5) { if ($4 != "=") t = $4; if ($5 != "=") d = $5 }
  print $1 "\t" t "\t" d
}' >"$tmp/want.tsv"

{
  echo '{ lib, options, ... }:'
  echo 'let'
  echo '  check = name: type:'
  echo '    let o = lib.attrByPath (lib.splitString "." name) null options; in'
  echo '    if !(lib.isOption o) then { declared = false; }'
  echo '    else {'
  echo '      declared = true;'
  # vmc's options tree has no `type' for an option declared without one
  # (NixOS's has types.unspecified there); read that as unspecified.
  echo '      type = (o.type or lib.types.unspecified).description;'
  echo '      wantType = type.description;'
  echo '      hasDefault = o ? default;'
  echo '      default = if o ? default then o.default else null;'
  echo '    };'
  echo 'in'
  echo '{'
  echo '  options.vmOptionsCheck = lib.mkOption { type = lib.types.unspecified; };'
  echo '  config.vmOptionsCheck = with lib; {'
  while IFS=$'\t' read -r name type _; do
    [ "$type" = "-" ] && type=types.unspecified
    printf '    "%s" = check "%s" (%s);\n' "$name" "$name" "$type"
  done <"$tmp/want.tsv"
  echo '  };'
  echo '}'
} >"$tmp/check.cfg"

if ! "$vmc" config --json -A vmOptionsCheck "$modules" "$tmp/check.cfg" >"$tmp/got.json" 2>"$tmp/err"; then
  echo "vm_options: vmc failed:"
  sed 's/^/    /' "$tmp/err" | head -20
  echo "0 passed, $(wc -l <"$tmp/want.tsv") failed"
  echo "vm_options 0 $(wc -l <"$tmp/want.tsv")" >>"$results"
  exit 1
fi

python3 - "$tmp/want.tsv" "$tmp/got.json" "$results" <<'EOF'
import json, sys
got = json.load(open(sys.argv[2]))
passed = failed = 0
for line in open(sys.argv[1]):
    name, _, default = line.rstrip('\n').split('\t')
    g = got[name]
    why = []
    if not g['declared']:
        why.append('not declared (or not an option in vmc\'s options tree)')
    else:
        if g['type'] != g['wantType']:
            why.append(f"type is `{g['type']}', want `{g['wantType']}'")
        if default == '-':
            if g['hasDefault']:
                why.append(f"has default {json.dumps(g['default'])}, want none")
        elif default.startswith('`'):
            why.append(f'the expected default {default} is not data: give vmc\'s default in seed-options.txt')
        elif not g['hasDefault']:
            why.append(f'has no default, want {default}')
        elif g['default'] != json.loads(default):
            why.append(f"default is {json.dumps(g['default'])}, want {default}")
    if why:
        failed += 1
        print(f'FAIL {name}: ' + '; '.join(why))
    else:
        passed += 1
print(f'vm_options: {passed} passed, {failed} failed')
with open(sys.argv[3], 'a') as r:
    r.write(f'vm_options {passed} {failed}\n')
sys.exit(1 if failed else 0)
EOF
