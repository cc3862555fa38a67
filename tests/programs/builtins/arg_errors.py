# The argument-binding errors of builtin functions and methods, in each of
# CPython's parsing styles (Argument Clinic with keywords, positional-only,
# METH_O/METH_NOARGS, PyArg_ParseTuple, methods written in Python).
import itertools
import math
import random


calls = [
    ("list.clear()", lambda: list.clear()),
    ("[].clear(1)", lambda: [].clear(1)),
    ("list.index()", lambda: list.index()),
    ("{}.get()", lambda: {}.get()),
    ("[].insert(1)", lambda: [].insert(1)),
    ("[].append()", lambda: [].append()),
    ("math.floor()", lambda: math.floor()),
    ("math.pow(1)", lambda: math.pow(1)),
    ("itertools.cycle()", lambda: itertools.cycle()),
    ("itertools.pairwise(1, 2)", lambda: itertools.pairwise(1, 2)),
    ("itertools.count(foo=1)", lambda: itertools.count(foo=1)),
    ("itertools.count(1, 2, 3)", lambda: itertools.count(1, 2, 3)),
    ("itertools.count(1, start=2)", lambda: itertools.count(1, start=2)),
    ("itertools.accumulate(1, 2, 3)", lambda: itertools.accumulate(1, 2, 3)),
    ("itertools.combinations(r=2)", lambda: itertools.combinations(r=2)),
    ("'a'.split(1, 2, maxsplit=3)", lambda: "a".split(1, 2, maxsplit=3)),
    ("'a'.split(a=1, b=2, c=3)", lambda: "a".split(a=1, b=2, c=3)),
    ("'a'.split(foo=1)", lambda: "a".split(foo=1)),
    ("int.from_bytes(a=1, b=2, c=3, d=4)", lambda: int.from_bytes(a=1, b=2, c=3, d=4)),
    ("int.from_bytes()", lambda: int.from_bytes()),
    ("'a'.replace()", lambda: "a".replace()),
    ("'a'.replace(1, 2, 3, 4)", lambda: "a".replace(1, 2, 3, 4)),
    ("'a'.replace('a', 'b', count=1)", lambda: "a".replace("a", "b", count=1)),
    ("'a'.find()", lambda: "a".find()),
    ("'a'.find(1, 2, 3, 4)", lambda: "a".find(1, 2, 3, 4)),
    ("'a'.zfill()", lambda: "a".zfill()),
    ("'a'.upper(1)", lambda: "a".upper(1)),
    ("b'a'.hex(1, 2, 3)", lambda: b"a".hex(1, 2, 3)),
    ("str(1, 2, 3, 4)", lambda: str(1, 2, 3, 4)),
    ("Random().randint(1)", lambda: random.Random().randint(1)),
    ("Random().randint(1, b=2, a=3)", lambda: random.Random().randint(1, b=2, a=3)),
    ("Random().choice(x=1)", lambda: random.Random().choice(x=1)),
    ("len()", lambda: len()),
    ("len([], x=1)", lambda: len([], x=1)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("slice(1).indices()", lambda: slice(1).indices()),
]
for text, call in calls:
    try:
        call()
        print(text, "ok")
    except TypeError as e:
        print(text, "->", e)
