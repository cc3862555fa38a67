"""Regenerates the expected symbol-table dumps under tests/scopes/ from CPython.

Run from the repository root with CPython 3.11:

    python3 tests/scopes/regen.py

For every tests/scopes/NAME.py it writes NAME.expected: one block per scope
(module first, then children depth-first in symbol-table order) listing what
CPython's compiler decided: co_name, co_qualname, parameters, co_varnames,
co_cellvars, co_freevars, the generator/coroutine code flags, the class
cell, `from __future__ import annotations`, and for every symbol of the
scope the load opcode family compiler_nameop picks (derived from the symbol's
scope exactly as compile.c does). For every tests/scopes/errors/NAME.py it
writes NAME.expected with "line: message" of the SyntaxError compile()
raises. The Rust test compiler/tests/scopes.rs prints the same format from
Pyrite's ScopeTable and compares.
"""

import glob
import os
import symtable
import sys

CO_VARARGS = 0x04
CO_VARKEYWORDS = 0x08
CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200
CO_FUTURE_ANNOTATIONS = 0x1000000

LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE, CELL = 1, 2, 3, 4, 5
COMPREHENSIONS = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"}


def kind_of(table, code):
    if table.get_type() == "module":
        return "Module"
    if table.get_type() == "class":
        return "Class"
    if code.co_name == "<lambda>":
        return "Lambda"
    if code.co_name in COMPREHENSIONS:
        return "Comprehension"
    return "Function"


def name_op(sym, kind):
    scope = sym._Symbol__scope
    function_like = kind in ("Function", "Lambda", "Comprehension")
    if scope == FREE:
        return "ClassDeref" if kind == "Class" else "Deref"
    if scope == CELL:
        return "Deref"
    if scope == LOCAL:
        return "Fast" if function_like else "Name"
    if scope == GLOBAL_IMPLICIT:
        return "Global" if function_like else "Name"
    if scope == GLOBAL_EXPLICIT:
        return "Global"
    return "Name"


def child_codes(code):
    return [c for c in code.co_consts if hasattr(c, "co_code")]


def dump(table, code, out):
    kind = kind_of(table, code)
    nparams = code.co_argcount + code.co_kwonlyargcount
    nparams += bool(code.co_flags & CO_VARARGS) + bool(code.co_flags & CO_VARKEYWORDS)
    flags = []
    if code.co_flags & (CO_GENERATOR | CO_ASYNC_GENERATOR):
        flags.append("generator")
    if code.co_flags & (CO_COROUTINE | CO_ASYNC_GENERATOR):
        flags.append("coroutine")
    if kind == "Class" and "__class__" in code.co_cellvars:
        flags.append("class_cell")
    if kind == "Module" and code.co_flags & CO_FUTURE_ANNOTATIONS:
        flags.append("future_annotations")
    function_like = kind not in ("Module", "Class")
    out.append(f"scope {kind} {code.co_name}")
    out.append(f"  qualname: {code.co_qualname}")
    out.append("  params: " + " ".join(code.co_varnames[:nparams]))
    out.append("  locals: " + (" ".join(code.co_varnames) if function_like else ""))
    out.append("  cellvars: " + " ".join(code.co_cellvars))
    out.append("  freevars: " + " ".join(code.co_freevars))
    out.append("  flags: " + " ".join(flags))
    ops = sorted((s.get_name(), name_op(s, kind)) for s in table.get_symbols())
    out.append("  ops: " + " ".join(f"{n}={o}" for n, o in ops))
    codes = child_codes(code)
    for child in table.get_children():
        name = child.get_name()
        match = None
        for c in codes:
            cname = c.co_name
            if cname in COMPREHENSIONS or cname == "<lambda>":
                cname = cname[1:-1]
            if cname == name:
                match = c
                break
        if match is None:
            out.append(f"# no code object for {name}")
            continue
        codes.remove(match)
        dump(child, match, out)


def main():
    root = os.path.dirname(os.path.abspath(__file__))
    for path in sorted(glob.glob(os.path.join(root, "*.py"))):
        if path.endswith("regen.py"):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        code = compile(text, path, "exec", dont_inherit=True)
        table = symtable.symtable(text, path, "exec")
        out = []
        dump(table, code, out)
        with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    for path in sorted(glob.glob(os.path.join(root, "errors", "*.py"))):
        with open(path, encoding="utf-8") as f:
            text = f.read()
        try:
            compile(text, path, "exec", dont_inherit=True)
            result = "ok"
        except SyntaxError as e:
            result = f"{e.lineno}: {e.msg}"
        with open(path[:-3] + ".expected", "w", encoding="utf-8") as f:
            f.write(result + "\n")


if __name__ == "__main__":
    sys.exit(main())
