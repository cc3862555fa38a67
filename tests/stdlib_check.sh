#!/bin/sh
# Compares `pyrite check` with CPython's compile() on every .py file of the
# installed standard library: accepted/rejected, and the line of the error.
# Usage: tests/stdlib_check.sh [path/to/pyrite]  (default: release build)
# Prints each mismatch, then totals.
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
PYRITE="${1:-$root/target/release/pyrite}"
PYTHON="${PYTHON:-python3}"
STDLIB="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
"$PYTHON" - "$PYRITE" "$STDLIB" <<'PY'
import os, re, subprocess, sys, warnings
pyrite, stdlib = sys.argv[1], sys.argv[2]
warnings.simplefilter("ignore")
files = []
for d, dirs, names in os.walk(stdlib):
    dirs[:] = sorted(x for x in dirs if x != "site-packages" and x != "__pycache__")
    files += [os.path.join(d, n) for n in sorted(names) if n.endswith(".py")]

def cpython(path):
    try:
        src = open(path, "rb").read()
        compile(src, path, "exec", dont_inherit=True)
        return None
    except SyntaxError as e:
        # Line 0 (a whole-file encoding error) prints with no line, as pyrite does.
        return (type(e).__name__, e.lineno or None)
    except (ValueError, UnicodeDecodeError) as e:
        return ("SyntaxError", None)

line_re = re.compile(r'^  File ".*", line (\d+)$', re.M)
mismatch = 0
rejected = 0
for i in range(0, len(files), 200):
    chunk = files[i:i + 200]
    for path in chunk:
        want = cpython(path)
        r = subprocess.run([pyrite, "check", path], capture_output=True, text=True, errors="replace")
        got = None
        if r.returncode != 0:
            m = line_re.search(r.stderr)
            last = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else ""
            cls = last.split(":", 1)[0]
            got = (cls, int(m.group(1)) if m else None)
        if want is not None:
            rejected += 1
        ok = (want is None and got is None) or (
            want is not None and got is not None and want[1] == got[1] and (want[1] is not None or True))
        if not ok:
            mismatch += 1
            rel = os.path.relpath(path, stdlib)
            detail = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "accepted"
            print(f"MISMATCH {rel}: cpython={want} pyrite={got} :: {detail[:150]}")
print(f"files: {len(files)}  rejected by CPython: {rejected}  mismatches: {mismatch}")
PY
