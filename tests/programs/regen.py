#!/usr/bin/env python3
"""Regenerates the expected output of every program under tests/programs/.

Usage: tests/programs/regen.py [PROGRAM ...]   (default: all of them)
       PYTHON=/path/to/python3.11 overrides the interpreter.

A program is either `AREA/NAME.py` (a file directly inside an area folder)
or `AREA/CASE/main.py` (a folder holding main.py; the other files in it are
the program's own modules and packages). For each program this runs CPython
3.11 from the program's folder, exactly as `cli/tests/programs.rs` runs
`pyrite run --vm`:

    cd AREA ; python3 -E -s -B NAME.py [args] < NAME.stdin

  * -E -s: no PYTHON* environment variables, no user site-packages. (-I is
    NOT used: since 3.11 it implies -P, which drops the script's folder from
    sys.path, so a program could not import its own modules.)
  * -B: no __pycache__ folders in the source tree.
  * environment: only PATH and LC_ALL=C.UTF-8.
  * NAME.args (optional): one argument per line. NAME.stdin (optional): fed
    as stdin; without it stdin is empty (/dev/null).

and writes NAME.stdout, NAME.stderr and NAME.exit (the exit code and a
newline). stderr is normalized: every occurrence of the program folder's
absolute path followed by "/" is removed, so a traceback line reads
`File "NAME.py", line 3` (or `File "pkg/mod.py"` for a module of a
multi-file program). The harness applies the same normalization to
Pyrite's stderr. Expected files are never edited by hand.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = os.environ.get("PYTHON", "/root/.pyenv/versions/3.11.7/bin/python3")
if not os.path.exists(PYTHON):
    PYTHON = "python3"
TIMEOUT = 10


def programs():
    """(id, dir, file, stem) for every program, sorted by id."""
    found = []
    for area in sorted(os.listdir(HERE)):
        adir = os.path.join(HERE, area)
        if not os.path.isdir(adir) or area.startswith((".", "_")):
            continue
        for entry in sorted(os.listdir(adir)):
            path = os.path.join(adir, entry)
            if entry.endswith(".py") and os.path.isfile(path):
                found.append((f"{area}/{entry[:-3]}", adir, entry, entry[:-3]))
            elif os.path.isfile(os.path.join(path, "main.py")):
                found.append((f"{area}/{entry}", path, "main.py", "main"))
    return found


def normalize(text, folder):
    for d in {folder, os.path.realpath(folder)}:
        text = text.replace(d + os.sep, "")
    return text


def run(pid, folder, file, stem):
    args = []
    args_file = os.path.join(folder, stem + ".args")
    if os.path.exists(args_file):
        with open(args_file, encoding="utf-8") as f:
            args = f.read().splitlines()
    stdin_file = os.path.join(folder, stem + ".stdin")
    stdin = open(stdin_file, "rb") if os.path.exists(stdin_file) else subprocess.DEVNULL
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8"}
    try:
        p = subprocess.run([PYTHON, "-E", "-s", "-B", file, *args], cwd=folder,
                           stdin=stdin, capture_output=True, env=env, timeout=TIMEOUT)
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    err = normalize(p.stderr.decode("utf-8", "surrogateescape"), folder)
    problems = []
    if "/lib/python3" in err or "/work/" in err or "/tmp/" in err:
        problems.append("stderr still names an absolute path (a stdlib frame?)")
    for ext, data in (("stdout", p.stdout), ("stderr", err.encode("utf-8", "surrogateescape")),
                      ("exit", f"{p.returncode}\n".encode())):
        with open(os.path.join(folder, f"{stem}.{ext}"), "wb") as f:
            f.write(data)
    return problems


def main():
    wanted = set(a.removesuffix(".py").removeprefix("tests/programs/") for a in sys.argv[1:])
    todo = [p for p in programs() if not wanted or p[0] in wanted]
    if wanted and len(todo) != len(wanted):
        sys.exit(f"unknown program(s): {sorted(wanted - {p[0] for p in todo})}")
    bad = 0
    for prog in todo:
        for problem in run(*prog):
            print(f"{prog[0]}: {problem}", file=sys.stderr)
            bad += 1
    print(f"regenerated {len(todo)} programs")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
