#!/usr/bin/env python3
"""Times `pyrite build` on a generated 1,000-line program (issue 6's
compile-time target: at most 3 s at -O2).

The program has 100 functions of ten lines each (loops over ranges, int
and float arithmetic, branches, calls of the previous function, list and
dict work) and a main that calls them all; it runs and prints a checksum,
so the build is of a real program. Usage: bench/compile_time.py [--pyrite
PATH] [--runs N]; prints the minimum wall and CPU time per -O level.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time


def program(functions=100):
    lines = []
    for k in range(functions):
        callee = f"f{k - 1}(n - 1, x * 0.5)" if k else "n"
        lines += [
            f"def f{k}(n, x):",
            f"    total = {k}",
            "    acc = x",
            "    for i in range(n):",
            f"        if i % {k % 7 + 2} == 0:",
            f"            total += i * {k + 1} - (total >> 3)",
            "        else:",
            "            acc = acc * 0.75 + i / (n + 1)",
            f"    items = [total, acc, {callee}]",
            "    return total + int(acc) + len(items) + len({'k': total})",
        ]
    lines.append("")
    lines.append("def main():")
    lines.append("    s = 0")
    for k in range(functions):
        lines.append(f"    s += f{k}({k % 5 + 3}, {k}.5)")
    lines.append("    print(s)")
    lines.append("")
    lines.append("main()")
    return "\n".join(lines) + "\n"


def timed(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pyrite", default="target/release/pyrite")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(d, "big.py")
        text = program()
        with open(src, "w") as f:
            f.write(text)
        print(f"program: {text.count(chr(10))} lines")
        exe = os.path.join(d, "big")
        for level in ("-O0", "-O2"):
            best = min(
                (timed([args.pyrite, "build", level, src, "-o", exe]) for _ in range(args.runs)),
                key=lambda t: t[1],
            )
            out = subprocess.run([exe], capture_output=True, text=True).stdout.strip()
            expected = subprocess.run(
                [sys.executable, src], capture_output=True, text=True
            ).stdout.strip()
            same = "same output as python3" if out == expected else f"DIFFERENT: {out} vs {expected}"
            print(f"{level}: wall {best[0]:.2f} s, cpu {best[1]:.2f} s ({same})")


if __name__ == "__main__":
    main()
