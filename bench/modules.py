#!/usr/bin/env python3
"""Module-system benchmark: the module sets of ../shared/bench/gen.py.

For each K (10, 100, 1000, 3000 by default; BENCH_K="1000 3000" or
BENCH_K=1000,3000 picks others) it generates the set, runs
`vmc config --json --stats $(cat modules)`, checks the JSON against the
reference's answer in ../shared/bench/expected/ when there is one, and prints
the total time, the part in tree-sitter (CPU seconds on both threads), lowering,
reading the files, rebuilding cached ASTs (warm runs), evaluating and merging
(everything after that: modules, merging, printing), and peak memory (max RSS
of the process).  Medians of BENCH_RUNS runs (default 5).
The reference's own figures (README of ../shared/bench) are printed beside
them for the ratios.

With BENCH_NIXPKGS_LIB=DIR (a nixpkgs `lib` directory, such as
"$(nix-instantiate --find-file nixpkgs)/lib" where nixpkgs is on NIX_PATH)
and nix-instantiate on PATH, the reference itself runs too: each of vmc's
runs is followed by one of `lib.evalModules` on the same set, so both see the
same minute of a machine whose speed drifts, its JSON is checked against
the expected answer, and the ratios to that measured reference are printed
as well.

usage: modules.py VMC [SHARED_BENCH_DIR]
"""
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

# The reference (Nix 2.8 with nixpkgs' lib), from ../shared/bench/README.md.
REFERENCE = {10: (0.04, 33), 100: (0.08, 56), 1000: (0.29, 157), 3000: (0.71, 347)}
STATS = re.compile(r"stats: total ([0-9.]+) s, tree-sitter ([0-9.]+) s, lowering ([0-9.]+) s, "
                   r"evaluation and merging ([0-9.]+) s.*reading files ([0-9.]+) s, ASTs from the cache ([0-9.]+) s")


def run_once(vmc, case_dir, files, cache):
    """Runs vmc once in a child process; returns (seconds, stats, maxrss_kb, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    p = subprocess.run([vmc, "config", "--json", "--stats"] + files, cwd=case_dir,
                       env=dict(os.environ, VMC_CACHE_DIR=cache),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    dt = time.perf_counter() - t0
    # ru_maxrss of children is the maximum over all children so far; run the
    # measurement through /usr/bin/time when available for a per-run figure.
    if p.returncode != 0:
        raise RuntimeError(p.stderr[-2000:])
    m = STATS.search(p.stderr)
    stats = tuple(float(x) for x in m.groups()) if m else None
    return dt, stats, before, p.stdout


def peak_rss_kb(vmc, case_dir, files, cache):
    """Peak RSS of one run, via /usr/bin/time -f %M (GNU time), else None."""
    if not os.path.exists("/usr/bin/time"):
        return None
    p = subprocess.run(["/usr/bin/time", "-f", "%M", vmc, "config", "--json"] + files, cwd=case_dir,
                       env=dict(os.environ, VMC_CACHE_DIR=cache),
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        return int(p.stderr.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


# The reference's evaluation of a module set: the files listed in DIR/modules,
# given to lib.evalModules as paths; its config is printed as JSON.
REF_EVAL = """{ lib, dir }:
let
  names = builtins.filter (l: builtins.isString l && l != "") (builtins.split "\\n" (builtins.readFile (dir + "/modules")));
in (import lib).evalModules { modules = map (f: dir + "/${f}") names; }
"""


def reference_cmd(nixpkgs_lib, eval_nix, case_dir):
    return ["nix-instantiate", "--store", "dummy://", "--eval", "--strict", "--json", eval_nix,
            "--arg", "lib", os.path.abspath(nixpkgs_lib), "--arg", "dir", case_dir, "-A", "config"]


def run_reference(cmd, case_dir):
    """One run of the reference; returns (seconds, peak_kb or None, stdout)."""
    timed = ["/usr/bin/time", "-f", "%M"] + cmd if os.path.exists("/usr/bin/time") else cmd
    env = {k: v for k, v in os.environ.items() if k != "NIX_PATH"}
    t0 = time.perf_counter()
    p = subprocess.run(timed, cwd=case_dir, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError("the reference failed: " + p.stderr[-2000:])
    peak = None
    if timed is not cmd:
        try:
            peak = int(p.stderr.strip().splitlines()[-1])
        except (ValueError, IndexError):
            pass
    return dt, peak, p.stdout


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    vmc = os.path.abspath(sys.argv[1])
    shared = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "shared", "bench")
    shared = os.path.abspath(shared)
    gen = os.path.join(shared, "gen.py")
    if not os.path.exists(gen):
        print(f"bench: {gen} not found; the module benchmark needs ../shared/bench", file=sys.stderr)
        return 1
    runs = int(os.environ.get("BENCH_RUNS", "5") or 5)
    ks = [int(k) for k in os.environ.get("BENCH_K", "10 100 1000 3000").replace(",", " ").split()]
    nixpkgs_lib = os.environ.get("BENCH_NIXPKGS_LIB", "")
    if nixpkgs_lib:
        if not os.path.exists(os.path.join(nixpkgs_lib, "modules.nix")):
            print(f"bench: BENCH_NIXPKGS_LIB={nixpkgs_lib} holds no modules.nix (it should be nixpkgs' lib directory)",
                  file=sys.stderr)
            return 1
        if not shutil.which("nix-instantiate"):
            print("bench: BENCH_NIXPKGS_LIB is set, but nix-instantiate is not on PATH", file=sys.stderr)
            return 1
    tmp = tempfile.mkdtemp(prefix="vmc-modbench.")
    eval_nix = os.path.join(tmp, "reference.nix")
    with open(eval_nix, "w") as f:
        f.write(REF_EVAL)
    measured = []   # (K, mode, vmc median, reference median, vmc peak MB, reference peak MB, reference ok)
    try:
        print(f"\nmodule system: gen.py sets, `vmc config --json`, median of {runs} runs")
        print("cold: VMC_CACHE_DIR=off, every file parsed; warm: every file's AST from the parse cache")
        print(f"{'K':>5} {'defs':>7} {'MB':>5} {'run':>4} {'total s':>8} {'best s':>7} {'parse s':>8} {'lower s':>8} {'read s':>7} "
              f"{'AST s':>6} {'eval+merge s':>12} "
              f"{'peak MB':>8} {'ref s':>6} {'ref MB':>6} {'speed':>6} {'memory':>7}  result")
        prev = None
        cache_dir = os.path.join(tmp, "cache")
        for k, mode in [(k, m) for k in ks for m in ("cold", "warm")]:
            cache = "off" if mode == "cold" else cache_dir
            d = os.path.join(tmp, f"k{k}")
            subprocess.run([sys.executable, gen, str(k), d], check=True, stdout=subprocess.DEVNULL)
            files = [l for l in open(os.path.join(d, "modules")).read().split("\n") if l.strip()]
            size = sum(os.path.getsize(os.path.join(d, f)) for f in files)
            times, parts = [], []
            out = None
            if mode == "warm":
                run_once(vmc, d, files, cache)   # fills the cache
            ref_times, ref_peak, ref_out = [], None, None
            rcmd = reference_cmd(nixpkgs_lib, eval_nix, d) if nixpkgs_lib else None
            for _ in range(runs):
                dt, stats, _, out = run_once(vmc, d, files, cache)
                times.append(dt)
                if stats:
                    parts.append(stats)
                if rcmd:   # interleaved: the same minute as vmc's run
                    rt, rp, ref_out = run_reference(rcmd, d)
                    ref_times.append(rt)
                    if rp:
                        ref_peak = max(ref_peak or 0, rp)
            exp_path = os.path.join(shared, "expected", f"k{k}-seed1.json")
            if os.path.exists(exp_path):
                ok = json.loads(out) == json.load(open(exp_path))
                result = "matches the reference" if ok else "DIFFERS FROM THE REFERENCE"
            else:
                result = "(no reference answer)"
            med = statistics.median(times)
            ts = statistics.median(p[1] for p in parts) if parts else float("nan")
            lo = statistics.median(p[2] for p in parts) if parts else float("nan")
            em = statistics.median(p[3] for p in parts) if parts else float("nan")
            rd = statistics.median(p[4] for p in parts) if parts else float("nan")
            ld = statistics.median(p[5] for p in parts) if parts else float("nan")
            rss = peak_rss_kb(vmc, d, files, cache)
            rss_mb = rss / 1024 if rss else float("nan")
            ref_t, ref_mb = REFERENCE.get(k, (None, None))
            speed = f"{ref_t / med:.1f}x" if ref_t else "-"
            mem = f"{ref_mb / rss_mb:.1f}x" if ref_mb and rss else "-"
            print(f"{k:>5} {k * 20:>7} {size / 1e6:>5.2f} {mode:>4} {med:>8.3f} {min(times):>7.3f} {ts:>8.3f} {lo:>8.3f} {rd:>7.4f} "
                  f"{ld:>6.4f} {em:>12.4f} "
                  f"{rss_mb:>8.1f} {ref_t if ref_t else '-':>6} {ref_mb if ref_mb else '-':>6} {speed:>6} {mem:>7}  {result}")
            if rcmd:
                ref_ok = (json.loads(ref_out) == json.load(open(exp_path))) if os.path.exists(exp_path) else None
                measured.append((k, mode, med, statistics.median(ref_times), rss_mb,
                                 ref_peak / 1024 if ref_peak else float("nan"), ref_ok))
            if mode == "cold":
                if prev:
                    pk, pt = prev
                    print(f"{'':>5} growth from K={pk} (cold): time x{med / pt:.2f} for K x{k / pk:.0f}")
                prev = (k, med)
        print("speed and memory are the reference's figure divided by vmc's (higher is better).")
        if measured:
            print(f"\nthe reference measured here ({nixpkgs_lib}), each run right after one of vmc's, median of {runs}:")
            print(f"{'K':>5} {'run':>4} {'vmc s':>7} {'ref s':>7} {'speed':>6} {'vmc MB':>7} {'ref MB':>7} {'memory':>7}  reference's JSON")
            for k, mode, t, rt, mb, rmb, ok in measured:
                verdict = "matches the expected answer" if ok else ("(no expected answer)" if ok is None else "DIFFERS FROM THE EXPECTED ANSWER")
                print(f"{k:>5} {mode:>4} {t:>7.3f} {rt:>7.3f} {rt / t:>5.1f}x {mb:>7.1f} {rmb:>7.1f} {rmb / mb:>6.1f}x  {verdict}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
