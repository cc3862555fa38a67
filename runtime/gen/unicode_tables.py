"""Generates runtime/src/types/unicode_tables.rs from the running python3.

The runtime's character predicates and case mappings must agree with
CPython 3.11 (Unicode 14.0), not with whatever Unicode version Rust's std
ships, so they are tables taken from the oracle itself.

Usage: python3 runtime/gen/unicode_tables.py > runtime/src/types/unicode_tables.rs
"""

import sys
import unicodedata

MAX = 0x110000


def ranges(pred):
    out = []
    start = None
    for i in range(MAX):
        ok = pred(chr(i))
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            out.append((start, i - 1))
            start = None
    if start is not None:
        out.append((start, MAX - 1))
    return out


def emit_ranges(name, doc, rs):
    print(f"/// {doc}")
    print(f"pub static {name}: &[(u32, u32)] = &[")
    line = "   "
    for a, b in rs:
        item = f" (0x{a:x}, 0x{b:x}),"
        if len(line) + len(item) > 96:
            print(line)
            line = "   "
        line += item
    print(line)
    print("];")
    print()


def rust_str(s):
    return '"' + "".join(f"\\u{{{ord(c):x}}}" for c in s) + '"'


def emit_map(name, doc, pairs):
    print(f"/// {doc}")
    print(f"pub static {name}: &[(u32, &str)] = &[")
    line = "   "
    for a, s in pairs:
        item = f" (0x{a:x}, {rust_str(s)}),"
        if len(line) + len(item) > 96:
            print(line)
            line = "   "
        line += item
    print(line)
    print("];")
    print()


def is_title_char(c):
    return c.istitle() and not c.isupper()


def main():
    assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
    print("//! Unicode character tables generated from CPython 3.11 (Unicode")
    print(f"//! {unicodedata.unidata_version}) by `runtime/gen/unicode_tables.py`. Do not edit.")
    print("//!")
    print("//! Ranges are inclusive, sorted and disjoint; maps are sorted by code point.")
    print()
    emit_ranges("PRINTABLE", "`str.isprintable()` of one character.", ranges(str.isprintable))
    emit_ranges("ALPHA", "`str.isalpha()` of one character.", ranges(str.isalpha))
    emit_ranges("DECIMAL", "`str.isdecimal()` of one character.", ranges(str.isdecimal))
    emit_ranges("DIGIT", "`str.isdigit()` of one character.", ranges(str.isdigit))
    emit_ranges("NUMERIC", "`str.isnumeric()` of one character.", ranges(str.isnumeric))
    emit_ranges("SPACE", "`str.isspace()` of one character.", ranges(str.isspace))
    emit_ranges("LOWER", "The Lowercase property (`str.islower()` of one character).", ranges(str.islower))
    emit_ranges("UPPER", "The Uppercase property (`str.isupper()` of one character).", ranges(str.isupper))
    emit_ranges("TITLE", "Titlecase letters (category Lt).", ranges(is_title_char))
    emit_ranges("CASED", "The Cased property.",
                ranges(lambda c: c.islower() or c.isupper() or is_title_char(c)
                       or unicodedata.category(c) in ("Lu", "Ll", "Lt")))
    emit_ranges("CASE_IGNORABLE", "The Case_Ignorable property (final sigma rule).",
                ranges(lambda c: unicodedata.category(c) in ("Mn", "Me", "Cf", "Lm", "Sk")
                       or c in "'.:^`\u00b7\u2018\u2019\u2024\ufe52\ufe55\uff07\uff0e\uff1a\u0387\u055f\u05f4\u2027\ufe13"))
    emit_ranges("ID_START", "Characters that may start an identifier.", ranges(str.isidentifier))
    emit_ranges("ID_CONTINUE", "Characters that may continue an identifier.",
                ranges(lambda c: ("a" + c).isidentifier()))
    emit_map("UPPER_MAP", "Full uppercase mappings that differ from the character.",
             [(i, chr(i).upper()) for i in range(MAX) if chr(i).upper() != chr(i)])
    emit_map("LOWER_MAP", "Full lowercase mappings that differ from the character.",
             [(i, chr(i).lower()) for i in range(MAX) if chr(i).lower() != chr(i)])
    emit_map("TITLE_MAP", "Titlecase mappings that differ from the uppercase mapping.",
             [(i, chr(i).title()) for i in range(MAX) if chr(i).title() != chr(i).upper()])
    emit_map("FOLD_MAP", "Case foldings that differ from the lowercase mapping.",
             [(i, chr(i).casefold()) for i in range(MAX) if chr(i).casefold() != chr(i).lower()])


main()
