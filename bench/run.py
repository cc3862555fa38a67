#!/usr/bin/env python3
"""Pyrite's benchmark harness: every program under every implementation, side by side.

    python3 bench/run.py [--pyrite PATH] [--runs N] [--filter SUBSTR] [--json FILE]

Each program in bench/programs/ runs under each available implementation. A
time is the minimum wall-clock time (time.perf_counter around subprocess.run)
over --runs runs; the runs are interleaved (round 1 of every implementation,
then round 2, ...) so that a slow patch of a shared machine hits all columns
alike. Every implementation's stdout must equal CPython's, or its cell reads
`wrong`. A cell reads `-` when the implementation is not installed (or, for
the C column, has no version of that program) and `fail` when it exits with a
non-zero status or times out.

The ratio columns are python3's time divided by the implementation's time: above
1 means faster than CPython. The geomean row is the geometric mean of the ratios
over the programs the implementation ran correctly; start-up (`hello`, run at
least 20 times) is reported on its own row and left out of the mean. Under the
table, the size of pyrite's `hello` executable, as built and after `strip`.

Speed is measured only here: the test suite has no timed assertions.
Standard library only.
"""

import argparse
import json
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_DIR = os.path.dirname(BENCH_DIR)
PROGRAMS_DIR = os.path.join(BENCH_DIR, "programs")
C_DIR = os.path.join(BENCH_DIR, "c")

STARTUP_PROGRAM = "hello"
STARTUP_RUNS = 20
TIMEOUT = 120.0  # seconds for one run; beyond it the cell is `fail`


def real_python3():
    """The interpreter behind `python3`, bypassing version-manager shims (~50 ms each)."""
    exe = shutil.which("python3")
    if exe is None:
        return None
    try:
        out = subprocess.run(
            [exe, "-c", "import sys; print(sys.executable)"],
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    path = out.stdout.strip()
    return path if out.returncode == 0 and path else exe


class Impl:
    """One column of the table.

    `argv` is a command template: each element is formatted with
    {prog} (the .py file's absolute path), {name} (the program's name) and
    {exe} (what `prepare` returned). `prepare(name, prog, workdir)` returns the
    artifact to run, or None when this implementation has no version of the
    program (cell `-`); it may raise PrepareError (cell `fail`). `missing` is
    None when the implementation can run, else the reason it cannot.
    """

    def __init__(self, name, argv, missing=None, prepare=None):
        self.name = name
        self.argv = argv
        self.missing = missing
        self.prepare = prepare or (lambda name, prog, workdir: prog)

    def command(self, name, prog, exe):
        return [part.format(prog=prog, name=name, exe=exe) for part in self.argv]


class PrepareError(Exception):
    pass


def compile_c(name, prog, workdir):
    """The C column: bench/c/NAME.c, compiled with `cc -O2`, if that file exists."""
    src = os.path.join(C_DIR, name + ".c")
    if not os.path.exists(src):
        return None
    exe = os.path.join(workdir, name + "_c")
    cc = os.environ.get("CC", "cc")
    res = subprocess.run(
        [cc, "-O2", "-o", exe, src, "-lm"], capture_output=True, text=True
    )
    if res.returncode != 0:
        raise PrepareError(res.stderr.strip())
    return exe


def build_native(pyrite):
    """The pyrite column: `pyrite build PROG -o EXE` (default -O2), then EXE."""
    def prepare(name, prog, workdir):
        exe = os.path.join(workdir, name + "_pyrite")
        res = subprocess.run([pyrite, "build", prog, "-o", exe],
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise PrepareError(res.stderr.strip())
        return exe
    return prepare


def implementations(args):
    """The columns, in order. python3 must come first: it is the oracle.

    To add a column, append an Impl here (a `prepare` may build an
    executable and return its path, as `pyrite` and `C` do).
    """
    python3 = real_python3()
    pyrite = args.pyrite
    no_pyrite = None if os.path.isfile(pyrite) else "no " + pyrite
    pypy3 = shutil.which("pypy3")
    cc = shutil.which(os.environ.get("CC", "cc"))
    return [
        Impl("python3", [python3 or "python3", "{prog}"],
             None if python3 else "python3 not found"),
        Impl("pyrite-vm", [pyrite, "run", "--vm", "{prog}"], no_pyrite),
        Impl("pyrite", ["{exe}"], no_pyrite, prepare=build_native(pyrite)),
        Impl("pypy3", [pypy3 or "pypy3", "{prog}"],
             None if pypy3 else "pypy3 not installed"),
        Impl("C", ["{exe}"], None if cc else "no C compiler", prepare=compile_c),
    ]


def run_once(argv):
    """(seconds, stdout) of one run, or (None, reason) when it fails."""
    start = time.perf_counter()
    try:
        res = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return None, "timeout after %gs" % TIMEOUT
    except OSError as e:
        return None, str(e)
    elapsed = time.perf_counter() - start
    if res.returncode != 0:
        tail = res.stderr.decode("utf-8", "replace").strip().splitlines()[-1:]
        return None, "exit %d: %s" % (res.returncode, " ".join(tail))
    return elapsed, res.stdout


def measure_program(name, impls, runs, workdir, verbose):
    """{impl name: {"status": ok|missing|fail|wrong, "time": s, "times": [...], "note": ...}}."""
    prog = os.path.join(PROGRAMS_DIR, name + ".py")
    cells = {}
    commands = {}
    for impl in impls:
        if impl.missing:
            cells[impl.name] = {"status": "missing", "note": impl.missing}
            continue
        try:
            exe = impl.prepare(name, prog, workdir)
        except (PrepareError, OSError) as e:
            cells[impl.name] = {"status": "fail", "note": "prepare: %s" % e}
            continue
        if exe is None:
            cells[impl.name] = {"status": "missing", "note": "no version of " + name}
            continue
        commands[impl.name] = impl.command(name, prog, exe)
        cells[impl.name] = {"status": "ok", "times": [], "artifact": exe}
    expected = None
    for _ in range(runs):
        for impl in impls:
            cell = cells[impl.name]
            if cell["status"] != "ok":
                continue
            elapsed, out = run_once(commands[impl.name])
            if elapsed is None:
                cell.update(status="fail", note=out)
                continue
            if impl is impls[0]:
                expected = out if expected is None else expected
            elif expected is not None and out != expected:
                cell.update(status="wrong", note="stdout differs from python3's")
                continue
            cell["times"].append(elapsed)
    for impl in impls:
        cell = cells[impl.name]
        if impl is not impls[0] and expected is None and cell["status"] == "ok":
            cell.update(status="unchecked", note="python3 failed: nothing to compare with")
        if cell["status"] == "ok":
            cell["time"] = min(cell["times"])
        if verbose and cell["status"] not in ("ok", "missing"):
            print("  %s/%s: %s: %s" % (name, impl.name, cell["status"], cell.get("note", "")),
                  file=sys.stderr)
    return cells


def executable_size(path, workdir):
    """(bytes as built, bytes after `strip`) of an executable; the second is None without `strip`."""
    built = os.path.getsize(path)
    stripped_path = os.path.join(workdir, "stripped")
    res = subprocess.run(["strip", "-o", stripped_path, path], capture_output=True)
    stripped = os.path.getsize(stripped_path) if res.returncode == 0 else None
    return built, stripped


def size_text(sizes):
    built, stripped = sizes
    text = "%.2f MB as built" % (built / 1e6)
    if stripped is not None:
        text = "%.2f MB stripped, %s" % (stripped / 1e6, text)
    return "pyrite's %s executable: %s" % (STARTUP_PROGRAM, text)


def ratio(cells, base, impl):
    b, c = cells.get(base, {}), cells.get(impl, {})
    if b.get("status") == "ok" and c.get("status") == "ok" and c["time"] > 0:
        return b["time"] / c["time"]
    return None


def cell_text(cell):
    status = cell["status"]
    if status == "ok":
        return "%.3f" % cell["time"]
    return {"missing": "-", "unchecked": "?"}.get(status, status)


def format_table(results, names, impls):
    base = impls[0].name
    header = ["program"]
    for impl in impls:
        header.append(impl.name + " s")
        if impl.name != base:
            header.append("x")
    rows = []
    startup_rows = []
    ratios = {impl.name: [] for impl in impls[1:]}
    for name in names:
        cells = results[name]
        row = [name]
        for impl in impls:
            row.append(cell_text(cells[impl.name]))
            if impl.name != base:
                r = ratio(cells, base, impl.name)
                row.append("%.2f" % r if r is not None else "")
                if r is not None and name != STARTUP_PROGRAM:
                    ratios[impl.name].append(r)
        (startup_rows if name == STARTUP_PROGRAM else rows).append(row)
    if rows:
        geo = ["geomean"]
        for impl in impls:
            if impl.name == base:
                geo.append("")
                continue
            rs = ratios[impl.name]
            geo.append("n=%d" % len(rs) if rs else "")
            geo.append("%.2f" % math.exp(sum(map(math.log, rs)) / len(rs)) if rs else "")
        rows.append(geo)
    for row in startup_rows:
        row[0] = "start-up (%s)" % STARTUP_PROGRAM
        rows.append(row)
    table = [header] + rows
    widths = [max(len(r[i]) for r in table) for i in range(len(header))]
    lines = []
    for k, r in enumerate(table):
        cols = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append("  ".join(cols).rstrip())
        if k == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def program_names(filter_):
    names = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    if filter_:
        names = [n for n in names if filter_ in n]
    # start-up last, so that it sits under the table
    names.sort(key=lambda n: n == STARTUP_PROGRAM)
    return names


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pyrite", default=os.path.join(REPO_DIR, "target", "release", "pyrite"),
                    help="the pyrite binary (default: target/release/pyrite)")
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement; the minimum counts")
    ap.add_argument("--filter", default="", help="only programs whose name contains SUBSTR")
    ap.add_argument("--json", metavar="FILE", help="also save the results as JSON")
    ap.add_argument("--only", metavar="IMPL", action="append",
                    help="only this implementation (repeatable; python3 always runs)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    impls = implementations(args)
    if args.only:
        impls = [i for i in impls if i is impls[0] or i.name in args.only]
    if impls[0].missing:
        sys.exit("run.py: %s; it is the oracle, nothing to compare with" % impls[0].missing)
    for impl in impls:
        if impl.missing:
            print("%s: %s (column shows -)" % (impl.name, impl.missing), file=sys.stderr)

    names = program_names(args.filter)
    if not names:
        sys.exit("run.py: no program matches %r" % args.filter)
    results = {}
    sizes = None
    with tempfile.TemporaryDirectory(prefix="pyrite-bench-") as workdir:
        for name in names:
            runs = max(args.runs, STARTUP_RUNS) if name == STARTUP_PROGRAM else args.runs
            print("running %s (%d runs)..." % (name, runs), file=sys.stderr)
            results[name] = measure_program(name, impls, runs, workdir, verbose=True)
        built = results.get(STARTUP_PROGRAM, {}).get("pyrite", {})
        if built.get("status") == "ok":
            sizes = executable_size(built["artifact"], workdir)
    for cells in results.values():
        for cell in cells.values():
            cell.pop("artifact", None)

    print(format_table(results, names, impls))
    if sizes:
        print(size_text(sizes))
    if args.json:
        data = {
            "date": time.strftime("%Y-%m-%d %H:%M:%S"),
            "machine": platform.platform(),
            "runs": args.runs,
            "implementations": [
                {"name": i.name, "argv": i.argv, "missing": i.missing} for i in impls
            ],
            "results": results,
            "hello_size": {"built": sizes[0], "stripped": sizes[1]} if sizes else None,
        }
        with open(args.json, "w") as f:
            json.dump(data, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
