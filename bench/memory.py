#!/usr/bin/env python3
"""Peak memory (maximum resident set size) of python3 and pyrite, side by side.

    python3 bench/memory.py [--pyrite PATH]

Runs each program in bench/memory/ (`ints`: a list of ten million distinct
small ints; `hello`: the baseline) under each implementation of run.py and
prints the peak RSS in MB, and python3's peak divided by the implementation's
(above 1 means smaller than CPython). The peak comes from `/usr/bin/time -v`
when present, otherwise from resource.getrusage(RUSAGE_CHILDREN) in a fresh
helper process that runs only that one child. Stdout must match python3's.
Standard library only.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run  # noqa: E402  (the implementations and their command templates)

MEMORY_DIR = os.path.join(run.BENCH_DIR, "memory")
GNU_TIME = "/usr/bin/time"

# Runs argv (sys.argv[1:]) and prints its exit code and peak RSS in KiB (Linux ru_maxrss unit).
HELPER = """
import resource, subprocess, sys
rc = subprocess.run(sys.argv[1:], stdin=subprocess.DEVNULL, stdout=sys.stdout).returncode
print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
"""


def peak_rss(argv):
    """(peak KiB, stdout) or (None, reason)."""
    if os.access(GNU_TIME, os.X_OK):
        res = subprocess.run([GNU_TIME, "-v"] + argv, stdin=subprocess.DEVNULL,
                             capture_output=True, timeout=run.TIMEOUT)
        err = res.stderr.decode("utf-8", "replace")
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
        if res.returncode != 0 or not m:
            return None, "exit %d" % res.returncode
        return int(m.group(1)), res.stdout
    res = subprocess.run([sys.executable, "-c", HELPER] + argv, stdin=subprocess.DEVNULL,
                         capture_output=True, timeout=run.TIMEOUT)
    fields = res.stderr.decode("utf-8", "replace").split()[-2:]
    if res.returncode != 0 or len(fields) != 2 or fields[0] != "0":
        return None, "exit %s" % (fields[0] if fields else res.returncode)
    return int(fields[1]), res.stdout


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pyrite", default=os.path.join(run.REPO_DIR, "target", "release", "pyrite"),
                    help="the pyrite binary (default: target/release/pyrite)")
    args = ap.parse_args()
    impls = [i for i in run.implementations(args) if i.name != "C"]
    if impls[0].missing:
        sys.exit("memory.py: %s" % impls[0].missing)
    names = sorted(f[:-3] for f in os.listdir(MEMORY_DIR) if f.endswith(".py"))
    source = "/usr/bin/time -v" if os.access(GNU_TIME, os.X_OK) else "getrusage"
    header = ["program"]
    for impl in impls:
        header += [impl.name + " MB"] + (["x"] if impl is not impls[0] else [])
    rows = [header]
    with tempfile.TemporaryDirectory(prefix="pyrite-mem-") as workdir:
        for name in names:
            prog = os.path.join(MEMORY_DIR, name + ".py")
            print("running %s..." % name, file=sys.stderr)
            row = [name]
            base = expected = None
            for impl in impls:
                if impl.missing:
                    row += ["-"] + ([""] if impl is not impls[0] else [])
                    continue
                kib, out = peak_rss(impl.command(name, prog, impl.prepare(name, prog, workdir)))
                if kib is None:
                    text = "fail"
                elif impl is impls[0]:
                    base, expected, text = kib, out, "%.1f" % (kib / 1024)
                elif out != expected:
                    kib, text = None, "wrong"
                else:
                    text = "%.1f" % (kib / 1024)
                row.append(text)
                if impl is not impls[0]:
                    row.append("%.2f" % (base / kib) if base and kib else "")
            rows.append(row)
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    print("peak RSS (%s)" % source)
    for k, r in enumerate(rows):
        cols = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        print("  ".join(cols).rstrip())
        if k == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    main()
