#!/usr/bin/env python3
"""Module-system benchmark: the module sets of ../shared/bench/gen.py.

For each K (10, 100, 1000, 3000 by default) it generates the set, runs
`vmc config --json --stats $(cat modules)`, checks the JSON against the
reference's answer in ../shared/bench/expected/ when there is one, and prints
the total time, the part in tree-sitter (CPU seconds on both threads), lowering,
reading the files, rebuilding cached ASTs (warm runs), evaluating and merging
(everything after that: modules, merging, printing), and peak memory (max RSS
of the process).  Medians of BENCH_RUNS runs (default 5).
The reference's own figures (README of ../shared/bench) are printed beside
them for the ratios.

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
    ks = [int(k) for k in os.environ.get("BENCH_K", "10 100 1000 3000").split()]
    tmp = tempfile.mkdtemp(prefix="vmc-modbench.")
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
            for _ in range(runs):
                dt, stats, _, out = run_once(vmc, d, files, cache)
                times.append(dt)
                if stats:
                    parts.append(stats)
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
            if mode == "cold":
                if prev:
                    pk, pt = prev
                    print(f"{'':>5} growth from K={pk} (cold): time x{med / pt:.2f} for K x{k / pk:.0f}")
                prev = (k, med)
        print("speed and memory are the reference's figure divided by vmc's (higher is better).")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
