#!/usr/bin/env python3
"""vmc benchmark: evaluation speed against nix-instantiate, and parse throughput.

Usage: bench.py VMC   (normally run through bench/run.sh or `make bench`)

Environment: BENCH_RUNS (default 5) - runs per measurement; the median counts.
Prints figures only; exits 0 whatever the timings or outputs (a mismatch or a
failure is reported loudly in the table and on stderr).
"""

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

NIX = ["nix-instantiate", "--store", "dummy://", "--eval", "--strict"]
MB = 1e6  # decimal megabytes

# ---------------------------------------------------------------- workloads

FIB = "let fib = n: if n < 2 then n else fib (n - 1) + fib (n - 2); in fib 25\n"

LIST_FOLD = """\
let
  xs = builtins.genList (i: i * 3 + 1) 100000;
in builtins.foldl' (acc: x: acc + x) 0 xs
"""

ATTR_MERGE = """\
let
  n = 10000;
  mk = prefix: off: builtins.listToAttrs (builtins.genList
    (i: { name = "${prefix}${toString (i + off)}"; value = i + off; }) n);
  a = mk "k" 0;
  b = mk "k" 5000;      # half overlapping with a
  c = mk "other" 0;     # disjoint from both
  merged = builtins.foldl'
    (acc: i: acc // (if i - i / 3 * 3 == 0 then a else if i - i / 3 * 3 == 1 then b else c))
    { } (builtins.genList (i: i) 12);
  names = builtins.attrNames merged;
in builtins.length names + merged.k0 + merged.k14999 + merged.other9999
"""

LONG_STRING = """\
let
  big = builtins.concatStringsSep "," (builtins.genList (i: "item-${toString i}") 100000);
  appended = builtins.foldl' (acc: i: acc + "piece ${toString i}; ") ""
    (builtins.genList (i: i) 5000);
in builtins.stringLength big + builtins.stringLength appended
"""

N_IMPORTS = 1000


def write_imports(d):
    """Many small imported files: a chain f0 -> f1 -> ... plus a main that walks it."""
    sub = os.path.join(d, "chain")
    os.makedirs(sub)
    for i in range(N_IMPORTS):
        nxt = f"import ./f{i + 1}.cfg" if i + 1 < N_IMPORTS else "null"
        with open(os.path.join(sub, f"f{i}.cfg"), "w") as f:
            f.write(f"{{\n  value = {i};\n  name = \"node-{i}\";\n  next = {nxt};\n}}\n")
    main = os.path.join(d, "imports.cfg")
    with open(main, "w") as f:
        f.write("let\n  walk = node: if node == null then 0 else node.value + walk node.next;\n"
                "in walk (import ./chain/f0.cfg)\n")
    return main


# ------------------------------------------------------- parse-throughput text

def block(i):
    """One module-like Nix expression; the shape rotates with i."""
    k = i % 4
    if k == 0:
        return f"""{{ config, lib, pkgs, ... }}:
    let
      cfg = config.services.svc{i};
      defaultPort = 8000 + {i % 1000};
      mkFlag = name: value: "--${{name}}=${{toString value}}";
    in {{
      # Service {i}: options and the systemd unit.
      options.services.svc{i} = {{
        enable = lib.mkEnableOption "service number {i}";
        port = lib.mkOption {{
          type = lib.types.port;
          default = defaultPort;
          description = "TCP port that svc{i} listens on.";
        }};
        extraFlags = lib.mkOption {{ type = lib.types.listOf lib.types.str; default = [ ]; }};
      }};
      config = lib.mkIf cfg.enable {{
        systemd.services.svc{i} = {{
          description = "Service number {i}";
          wantedBy = [ "multi-user.target" ];
          after = [ "network.target" "svc{max(i - 1, 0)}.service" ];
          serviceConfig = {{
            ExecStart = "${{pkgs.svc{i}}}/bin/svc{i} ${{mkFlag "port" cfg.port}} ${{lib.concatStringsSep " " cfg.extraFlags}}";
            Restart = "on-failure";
            RestartSec = {i % 7 + 1};
            Environment = [ "HOME=/var/lib/svc{i}" "LANG=C.UTF-8" ];
          }};
        }};
        users.users.svc{i} = {{ isSystemUser = true; group = "svc{i}"; home = "/var/lib/svc{i}"; }};
      }};
    }}"""
    if k == 1:
        return f"""rec {{
      pname = "tool-{i}";
      version = "{i % 13}.{i % 7}.{i % 100}";
      src = {{
        url = "https://example.org/releases/${{pname}}-${{version}}.tar.gz";
        sha256 = "{('%064x' % (i * 2654435761 % (1 << 256)))}";
      }};
      buildInputs = [ "zlib" "openssl" "libffi-{i % 5}" ];
      configureFlags = [ "--enable-shared" "--disable-static" "--with-level=${{toString {i % 9}}}" ];
      doCheck = {"true" if i % 2 else "false"};
      meta = {{
        description = "Utility {i} for doing something useful";
        homepage = "https://example.org/tool-{i}";
        license = "mit";
        maintainers = [ "alice" "bob" ];
        platforms = [ "x86_64-linux" "aarch64-linux" ];
      }};
    }}"""
    if k == 2:
        hosts = "\n".join(
            f"""        {{ name = "host-{i}-{j}"; ip = "10.{i % 256}.{j}.{(i * 7 + j) % 250 + 2}"; roles = [ "web" "db-{j}" ]; memory = {512 * (j + 1)}; }}"""
            for j in range(5))
        return f"""let
      domain = "site{i}.example.net";
      base = {{ cpus = {i % 8 + 1}; disk = "{(i % 50) + 10}G"; }};
      withDefaults = h: base // h // {{ fqdn = "${{h.name}}.${{domain}}"; }};
    in {{
      inherit domain;
      hosts = map withDefaults [
{hosts}
      ];
      firewall.allowedTCPPorts = [ 22 80 443 {1024 + i % 4000} ];
    }}"""
    return f"""{{ lib, ... }}:
    {{
      /* Generated configuration file number {i}. */
      environment.etc."app{i}/config.ini".text = ''
        [main]
        name = app{i}
        workers = ${{toString {i % 16 + 1}}}
        log_level = {"debug" if i % 3 == 0 else "info"}

        [paths]
        data = /var/lib/app{i}
        cache = /var/cache/app{i}
      '';
      boot.kernelParams = [ "console=ttyS0" "quiet" "loglevel={i % 8}" ];
      networking.hostName = lib.mkDefault "machine-{i}";
      fileSystems."/data{i}" = {{ device = "/dev/vd{chr(97 + i % 26)}"; fsType = "ext4"; options = [ "noatime" ]; }};
      assertions = [ {{ assertion = {i} >= 0; message = "index of block {i} is negative"; }} ];
    }}"""


def write_large(d, target=4_000_000):
    path = os.path.join(d, "large.cfg")
    parts = ["# Large config-like file for parse throughput.\nlet\n  blocks = {\n"]
    size, i = 0, 0
    while size < target:
        b = f"    b{i} = {block(i)};\n"
        parts.append(b)
        size += len(b)
        i += 1
    parts.append("  };\nin builtins.length (builtins.attrNames blocks)\n")
    with open(path, "w") as f:
        f.write("".join(parts))
    return path, i


N_SMALL = 2000


def write_small(d):
    sub = os.path.join(d, "small")
    os.makedirs(sub)
    for i in range(N_SMALL):
        with open(os.path.join(sub, f"m{i}.cfg"), "w") as f:
            f.write(f"# Module {i}\n{{\n  id = {i};\n  body = {block(i)};\n}}\n")
    path = os.path.join(d, "small-main.cfg")
    with open(path, "w") as f:
        f.write("let\n  mods = [\n")
        for i in range(N_SMALL):
            f.write(f"    (import ./small/m{i}.cfg)\n")
        f.write("  ];\nin builtins.foldl' (acc: m: acc + m.id) 0 mods\n")
    return path


# ------------------------------------------------------------------- running

def run(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - t0, p


def timed(cmd, cwd, runs):
    """Median wall time of `runs` runs, and the last run's result."""
    times, p = [], None
    for _ in range(runs):
        t, p = run(cmd, cwd)
        times.append(t)
        if p.returncode != 0:
            break
    return statistics.median(times), p


def fmt_fail(p):
    msg = (p.stderr or p.stdout).strip().splitlines()
    return msg[-1] if msg else f"exit {p.returncode}"


STATS_RE = re.compile(r"stats: total ([0-9.]+) s, tree-sitter ([0-9.]+) s, "
                      r"lowering ([0-9.]+) s, (\d+) source bytes")


def main():
    vmc = os.path.abspath(sys.argv[1])
    # Every run parses its input: the parse cache would make repeated runs
    # measure loading cached syntax trees instead (bench/modules.py shows
    # both, cold and warm).
    os.environ["VMC_CACHE_DIR"] = "off"
    try:
        runs = max(1, int(os.environ.get("BENCH_RUNS", "5") or 5))
    except ValueError:
        print(f"bench: ignoring BENCH_RUNS={os.environ['BENCH_RUNS']!r} (not a number); using 5",
              file=sys.stderr)
        runs = 5
    tmp = tempfile.mkdtemp(prefix="vmc-bench.")
    try:
        bench(vmc, runs, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench(vmc, runs, tmp):
    def version(cmd):
        try:
            return subprocess.run(cmd, capture_output=True, text=True).stdout.strip() or "?"
        except OSError:
            return "?"

    print("vmc benchmark")
    print(f"  nproc: {os.cpu_count() if not shutil.which('nproc') else version(['nproc'])}")
    print(f"  vmc:   {version([vmc, '--version'])}  ({vmc})")
    print(f"  nix:   {version(['nix-instantiate', '--version'])}")
    print(f"  runs:  {runs} per measurement (median wall clock; BENCH_RUNS to change)")
    print("  cache: VMC_CACHE_DIR=off (every run parses its input)")
    print()

    workloads = []
    for name, fname, text in [("fib 25", "fib.cfg", FIB),
                              ("genList+foldl' 100k", "list.cfg", LIST_FOLD),
                              ("// merge 10k attrs", "merge.cfg", ATTR_MERGE),
                              ("long string", "string.cfg", LONG_STRING)]:
        path = os.path.join(tmp, fname)
        with open(path, "w") as f:
            f.write(text)
        workloads.append((name, path))
    workloads.append((f"{N_IMPORTS} imported files", write_imports(tmp)))

    mismatches = 0
    print(f"{'workload':<22} {'value':>14} {'vmc s':>9} {'nix s':>9} {'nix/vmc':>9}")
    print("-" * 67)
    for name, path in workloads:
        tv, pv = timed([vmc, "eval", path], tmp, runs)
        tn, pn = timed(NIX + [path], tmp, runs)
        ov, on = pv.stdout.strip(), pn.stdout.strip()
        note = ""
        if pv.returncode != 0:
            note = "  VMC FAILED: " + fmt_fail(pv)
        if pn.returncode != 0:
            note += "  NIX FAILED: " + fmt_fail(pn)
        if not note and ov != on:
            note = f"  MISMATCH: vmc {ov!r} != nix {on!r}"
        if note:
            mismatches += 1
            print(f"!!! {name}:{note}", file=sys.stderr)
        ratio = f"{tn / tv:.1f}x" if tv > 0 and not note else "-"
        value = ov if len(ov) <= 14 else ov[:11] + "..."
        print(f"{name:<22} {value:>14} {tv:>9.4f} {tn:>9.4f} {ratio:>9}{note}")
    if mismatches:
        print(f"!!! {mismatches} workload(s) with a mismatch or a failure (see above)")
    print()

    large, nblocks = write_large(tmp)
    small = write_small(tmp)
    print("parse throughput (vmc eval --stats; MB = 10^6 bytes; median of runs)")
    print(f"{'input':<28} {'MB':>6} {'parse s':>9} {'lower s':>9} {'parse MB/s':>11} "
          f"{'+lower MB/s':>12} {'total s':>8}")
    print("-" * 89)
    for name, path in [(f"1 large file ({nblocks} blocks)", large),
                       (f"{N_SMALL} small files + main", small)]:
        ts, lo, tot, nbytes, fail = [], [], [], 0, None
        for _ in range(runs):
            _, p = run([vmc, "eval", "--stats", path], tmp)
            m = STATS_RE.search(p.stderr)
            if p.returncode != 0 or not m:
                fail = fmt_fail(p)
                break
            tot.append(float(m.group(1)))
            ts.append(float(m.group(2)))
            lo.append(float(m.group(3)))
            nbytes = int(m.group(4))
        # One nix run to check that the generated text is valid Nix with the same value.
        _, pn = run(NIX + [path], tmp)
        if pn.returncode != 0:
            print(f"!!! {name}: NIX FAILED: {fmt_fail(pn)}", file=sys.stderr)
        elif not fail and pn.stdout.strip() != p.stdout.strip():
            print(f"!!! {name}: MISMATCH: vmc {p.stdout.strip()!r} != nix {pn.stdout.strip()!r}",
                  file=sys.stderr)
        if fail:
            print(f"{name:<28}  VMC FAILED: {fail}")
            print(f"!!! {name}: VMC FAILED: {fail}", file=sys.stderr)
            continue
        t, lw, tt = statistics.median(ts), statistics.median(lo), statistics.median(tot)
        mbs = lambda s: f"{nbytes / MB / s:.1f}" if s > 0 else "inf"
        print(f"{name:<28} {nbytes / MB:>6.2f} {t:>9.4f} {lw:>9.4f} {mbs(t):>11} "
              f"{mbs(t + lw):>12} {tt:>8.4f}")


if __name__ == "__main__":
    main()
