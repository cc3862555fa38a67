#!/bin/sh
# Regenerates NAME.stderr and NAME.exit for every NAME.py here by running
# CPython 3.11 on it from this directory. CPython 3.11 reports the script by
# its absolute path, so that directory prefix is removed to leave "NAME.py".
# Expected outputs are only ever produced by this script.
set -eu
cd "$(dirname "$0")"
PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version'
dir="$(pwd -P)"
for f in *.py; do
    name="${f%.py}"
    set +e
    "$PYTHON" -I "$f" >/dev/null 2>"$name.stderr.tmp" </dev/null
    echo $? >"$name.exit"
    set -e
    sed "s|File \"$dir/|File \"|" "$name.stderr.tmp" >"$name.stderr"
    rm "$name.stderr.tmp"
done
