#!/usr/bin/env python3
"""Where vmc places a syntax error, against Nix.

Usage: syntax_errors.py VMC [N]

Breaks the repository's own .cfg files (tests/golden, examples) in N ways
(default 3000) from a fixed seed: a file cut off at a random byte, a token
left out, a token doubled, a token replaced with another one.  Keeps the
files that `nix-instantiate --parse` refuses with a syntax error, runs
`vmc eval` on each, and compares the position of vmc's first error with
Nix's.  Prints the counts (same line and column, same line), the share of
each, and how the differences are spread over Nix's messages.

A benchmark of message quality, not a test: exits 0 whatever the figures
(1 when nix-instantiate is missing).  SYNTAX_ERRORS_KEEP=DIR keeps the files
vmc places elsewhere, with both messages in DIR/differences.txt.
"""
import collections
import concurrent.futures
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

SEED = 20261127
TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_'-]*|\d+(?:\.\d+)?|\$\{|''|==|!=|<=|>=|&&|\|\||->|//|\+\+|\.\.\.|\S")
REPLACEMENTS = ["in", "let", "then", "else", "if", "with", "rec", "inherit", "assert", "or",
                ";", "=", ":", ".", ",", "(", ")", "[", "]", "{", "}", "${", '"', "''", "?", "@",
                "++", "//", "->", "==", "x", "1", "./p"]


def sources(root):
    out = []
    for top in ("tests/golden", "examples"):
        for d, _, fs in sorted(os.walk(os.path.join(root, top))):
            for f in sorted(fs):
                if f.endswith(".cfg"):
                    with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                        out.append(fh.read())
    return out


def mutate(text, rng):
    toks = [m for m in TOKEN.finditer(text)]
    how = rng.choice(["cut", "cut", "drop", "double", "replace"])
    if how == "cut" or not toks:
        return text[:rng.randrange(1, max(2, len(text)))]
    t = rng.choice(toks)
    a, b = t.span()
    if how == "drop":
        return text[:a] + text[b:]
    if how == "double":
        return text[:b] + " " + t.group() + text[b:]
    return text[:a] + rng.choice(REPLACEMENTS) + text[b:]


def nix_error(path):
    p = subprocess.run(["nix-instantiate", "--parse", path], capture_output=True, text=True, errors="replace")
    if p.returncode == 0:
        return None
    m = re.search(r"error: (.*)", p.stderr)
    pos = re.search(r"at [^\s]*?:(\d+):(\d+)", p.stderr)
    if not m or "syntax error" not in m.group(1) or not pos:
        return None
    return (int(pos.group(1)), int(pos.group(2))), m.group(1)


def vmc_error(vmc, path):
    p = subprocess.run([vmc, "eval", path], capture_output=True, text=True, errors="replace",
                       env=dict(os.environ, VMC_CACHE_DIR="off"), cwd=os.path.dirname(path))
    m = re.search(r"^[^\n]*?:(\d+):(\d+): error: (.*)$", p.stderr, re.M)
    if p.returncode > 1:
        return None, "exit %d" % p.returncode
    return ((int(m.group(1)), int(m.group(2))), m.group(3)) if m else (None, p.stderr[:60])


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    vmc = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    if not shutil.which("nix-instantiate"):
        print("syntax_errors: nix-instantiate is not installed (scripts/install-deps.sh --bench)", file=sys.stderr)
        sys.exit(1)
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    texts = sources(root)
    rng = random.Random(SEED)
    tmp = tempfile.mkdtemp(prefix="vmc-syntax-")
    try:
        paths = []
        for i in range(n):
            p = os.path.join(tmp, "f%05d.cfg" % i)
            with open(p, "w", encoding="utf-8") as fh:
                fh.write(mutate(rng.choice(texts), rng))
            paths.append(p)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as ex:
            nix = dict(zip(paths, ex.map(nix_error, paths)))
            broken = [p for p in paths if nix[p]]
            ours = dict(zip(broken, ex.map(lambda p: vmc_error(vmc, p), broken)))
        keep = os.environ.get("SYNTAX_ERRORS_KEEP")
        if keep:
            # The files placed elsewhere than Nix, with both messages (for study).
            os.makedirs(keep, exist_ok=True)
            with open(os.path.join(keep, "differences.txt"), "w", encoding="utf-8") as out:
                for p in broken:
                    if ours[p][0] != nix[p][0]:
                        shutil.copy(p, keep)
                        out.write("%s\tnix %s %s\tvmc %s %s\n" % (os.path.basename(p), nix[p][0], nix[p][1],
                                                                  ours[p][0], ours[p][1]))
    finally:
        shutil.rmtree(tmp)
    same = sum(1 for p in broken if ours[p][0] == nix[p][0])
    line = sum(1 for p in broken if ours[p][0] and ours[p][0][0] == nix[p][0][0])
    crashed = sum(1 for p in broken if ours[p][0] is None and ours[p][1].startswith("exit"))
    k = len(broken) or 1
    print("syntax errors: %d broken files (of %d made), Nix refuses them with a syntax error" % (len(broken), n))
    print("  vmc's first error at Nix's line and column: %d (%.1f%%)" % (same, 100.0 * same / k))
    print("  on Nix's line:                              %d (%.1f%%)" % (line, 100.0 * line / k))
    print("  vmc crashed or hung:                        %d" % crashed)
    off = collections.Counter(re.sub(r", expecting.*", "", nix[p][1]) for p in broken if ours[p][0] != nix[p][0])
    print("  elsewhere, by Nix's message:")
    for msg, c in off.most_common(8):
        print("    %5d  %s" % (c, msg))


if __name__ == "__main__":
    main()
