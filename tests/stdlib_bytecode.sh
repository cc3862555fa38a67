#!/bin/sh
# Emits bytecode (`pyrite build --emit=bytecode`) for every .py file of the
# installed standard library. A file CPython's compile() also rejects is
# skipped; any other failure (an internal compiler error, an emitter error,
# a file CPython accepts but Pyrite rejects) is printed. Totals at the end;
# exit status 1 if anything failed.
# Usage: tests/stdlib_bytecode.sh [path/to/pyrite]  (default: release build)
set -eu
root="$(cd "$(dirname "$0")/.." && pwd)"
PYRITE="${1:-$root/target/release/pyrite}"
PYTHON="${PYTHON:-python3}"
STDLIB="$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])')"
"$PYTHON" - "$PYRITE" "$STDLIB" <<'PY'
import os, subprocess, sys, warnings
pyrite, stdlib = sys.argv[1], sys.argv[2]
warnings.simplefilter("ignore")
files = []
for d, dirs, names in os.walk(stdlib):
    dirs[:] = sorted(x for x in dirs if x != "site-packages" and x != "__pycache__")
    files += [os.path.join(d, n) for n in sorted(names) if n.endswith(".py")]
ok = rejected = failed = 0
for path in files:
    r = subprocess.run([pyrite, "build", "--emit=bytecode", path], capture_output=True, text=True)
    if r.returncode == 0:
        ok += 1
        continue
    try:
        with open(path, "rb") as f:
            compile(f.read(), path, "exec")
    except (SyntaxError, ValueError):
        if "internal compiler error" not in r.stderr:
            rejected += 1
            continue
    failed += 1
    print(f"FAIL {path}: {r.stderr.strip().splitlines()[0] if r.stderr.strip() else r.returncode}")
print(f"{len(files)} files: {ok} emitted, {rejected} rejected as CPython rejects them, {failed} failed")
sys.exit(1 if failed else 0)
PY
