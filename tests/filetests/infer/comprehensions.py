# A comprehension or generator expression is made and called once, with
# its outermost iterable: its parameter takes that iterator's type, so a
# loop over a range counts ints. A function that escapes (stored, passed)
# may be called with anything.
def squares(n):
    return [i * i for i in range(n)]


def total(n):
    return sum(j * 0.5 for j in range(n))


def words(xs):
    return {w: len(w) for w in xs}


def escapes(n):
    g = (k for k in range(n))
    f = lambda a: a + 1
    return f, g


squares(3)
total(4)
words(["a"])
escapes(2)
# ---- expected ----
# @0 () -> none
# @1 (int) -> list, called directly
# @2 (range_iterator) -> list, called directly
# @3 (int) -> object, called directly
# @4 (range_iterator) -> none, called directly
# @5 (list) -> dict, called directly
# @6 (object) -> dict, called directly
# @7 (int) -> tuple, called directly
# @8 (range_iterator) -> none, called directly
# @9 (object) -> object
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @5:0-6:36
    v1 = const None @5:0-6:36
    v2 = const None @5:0-6:36
    v3 = const None @5:0-6:36
    v4 = function.make @1, v0, v1, v2, v3 @5:0-6:36
    store.name "squares", v4 !exit @5:0-6:36
    v5 = const None @9:0-10:41
    v6 = const None @9:0-10:41
    v7 = const None @9:0-10:41
    v8 = const None @9:0-10:41
    v9 = function.make @3, v5, v6, v7, v8 @9:0-10:41
    store.name "total", v9 !exit @9:0-10:41
    v10 = const None @13:0-14:34
    v11 = const None @13:0-14:34
    v12 = const None @13:0-14:34
    v13 = const None @13:0-14:34
    v14 = function.make @5, v10, v11, v12, v13 @13:0-14:34
    store.name "words", v14 !exit @13:0-14:34
    v15 = const None @17:0-20:15
    v16 = const None @17:0-20:15
    v17 = const None @17:0-20:15
    v18 = const None @17:0-20:15
    v19 = function.make @7, v15, v16, v17, v18 @17:0-20:15
    store.name "escapes", v19 !exit @17:0-20:15
    v20 = load.name "squares" !exit @23:0-23:7
    v21 = const 3 @23:8-23:9
    v22: list = call v20, v21 !exit @23:0-23:10
    v23 = load.name "total" !exit @24:0-24:5
    v24 = const 4 @24:6-24:7
    v25 = call v23, v24 !exit @24:0-24:8
    v26 = load.name "words" !exit @25:0-25:5
    v27 = const "a" @25:7-25:10
    v28 = list.build v27 @25:6-25:11
    v29: dict = call v26, v28 !exit @25:0-25:12
    v30 = load.name "escapes" !exit @26:0-26:7
    v31 = const 2 @26:8-26:9
    v32: tuple = call v30, v31 !exit @26:0-26:10
    v33 = const None @26:0-26:10
    return v33 @26:0-26:10
end

function @1 "squares" qualname "squares" kind function suspension plain line 5
  params posonly 0 positional 1 kwonly 0
  locals "n"
  local_types int
block0:
    v0 = load.global "range" !exit @6:27-6:32
    v1: int = load.fast "n" !exit @6:33-6:34
    v2: range = call v0, v1 !exit @6:27-6:35
    v3: range_iterator = iter v2 !exit @6:11-6:36
    v4 = const None @6:11-6:36
    v5 = const None @6:11-6:36
    v6 = function.make @2, v4, v4, v4, v5 @6:11-6:36
    v7: list = call v6, v3 !exit @6:11-6:36
    return v7 @6:4-6:36
end

function @2 "<listcomp>" qualname "squares.<locals>.<listcomp>" kind comprehension suspension plain line 6
  params posonly 0 positional 1 kwonly 0
  locals ".0" "i"
  local_types range_iterator int
block0:
    v0 = list.build @6:11-6:36
    v1: range_iterator = load.fast ".0" !exit @6:18-6:35
    jump block1 @6:18-6:35
block1:
    for_iter v1, next block3, done block2 !exit @6:18-6:35
block2:
    return v0 @6:11-6:36
block3(v2: int):
    store.fast "i", v2 @6:22-6:23
    v3: int = load.fast "i" !exit @6:12-6:13
    v4: int = load.fast "i" !exit @6:16-6:17
    v5: int = binary.mul v3, v4 !exit @6:12-6:17
    list.append v0, v5 @6:11-6:36
    jump block1 @6:18-6:35
end

function @3 "total" qualname "total" kind function suspension plain line 9
  params posonly 0 positional 1 kwonly 0
  locals "n" "<genexpr j>" "<sum>"
  local_types int int float
block0:
    v0 = load.global "sum" !exit @10:11-10:14
    v1 = load.global "range" !exit @10:32-10:37
    v2: int = load.fast "n" !exit @10:38-10:39
    v3: range = call v1, v2 !exit @10:32-10:40
    v4: range_iterator = iter v3 !exit @10:14-10:41
    v5 = is.builtin "sum", v0 @10:11-10:41
    branch v5, block2, block1 @10:11-10:41
block1:
    v6 = const None @10:14-10:41
    v7 = const None @10:14-10:41
    v8 = function.make @4, v6, v6, v6, v7 @10:14-10:41
    v9 = call v8, v4 !exit @10:14-10:41
    v10 = call v0, v9 !exit @10:11-10:41
    jump block9(v10) @10:11-10:41
block2:
    jump block3 @10:23-10:40
block3:
    for_iter v4, next block5, done block4 !block11 @10:23-10:40
block4:
    v11 = const 0 @10:11-10:41
    jump block9(v11) @10:11-10:41
block5(v12: int):
    store.fast "<genexpr j>", v12 @10:27-10:28
    v13: int = load.fast "<genexpr j>" !block11 @10:15-10:16
    v14 = const 0.5 @10:19-10:22
    v15: float = binary.mul v13, v14 !block11 @10:15-10:22
    v16 = const 0 @10:11-10:41
    v17: float = binary.add v16, v15 !exit @10:11-10:41
    store.fast "<sum>", v17 @10:11-10:41
    jump block6 @10:11-10:41
block6:
    jump block7 @10:23-10:40
block7:
    for_iter v4, next block10, done block8 !block11 @10:23-10:40
block8:
    v18: float = load.fast "<sum>" !exit @10:11-10:41
    jump block9(v18) @10:11-10:41
block9(v19: object):
    return v19 @10:4-10:41
block10(v20: int):
    store.fast "<genexpr j>", v20 @10:27-10:28
    v21: int = load.fast "<genexpr j>" !block11 @10:15-10:16
    v22 = const 0.5 @10:19-10:22
    v23: float = binary.mul v21, v22 !block11 @10:15-10:22
    v24: float = load.fast "<sum>" !exit @10:11-10:41
    v25: float = binary.add v24, v23 !exit @10:11-10:41
    store.fast "<sum>", v25 @10:11-10:41
    jump block7 @10:23-10:40
block11(v26: object):
    v27 = genexpr.unwind @4, v26 @10:11-10:41
    reraise v27 !exit @10:11-10:41
end

function @4 "<genexpr>" qualname "total.<locals>.<genexpr>" kind comprehension suspension generator line 10
  params posonly 0 positional 1 kwonly 0
  locals ".0" "j"
  local_types range_iterator int
block0:
    v0: range_iterator = load.fast ".0" !exit @10:23-10:40
    jump block1 @10:23-10:40
block1:
    for_iter v0, next block3, done block2 !exit @10:23-10:40
block2:
    v1 = const None @10:14-10:41
    return v1 @10:14-10:41
block3(v2: int):
    store.fast "j", v2 @10:27-10:28
    v3: int = load.fast "j" !exit @10:15-10:16
    v4 = const 0.5 @10:19-10:22
    v5: float = binary.mul v3, v4 !exit @10:15-10:22
    yield v5, resume block4 !exit @10:14-10:41
block4(v6: object):
    jump block1 @10:23-10:40
end

function @5 "words" qualname "words" kind function suspension plain line 13
  params posonly 0 positional 1 kwonly 0
  locals "xs"
  local_types list
block0:
    v0: list = load.fast "xs" !exit @14:31-14:33
    v1 = iter v0 !exit @14:11-14:34
    v2 = const None @14:11-14:34
    v3 = const None @14:11-14:34
    v4 = function.make @6, v2, v2, v2, v3 @14:11-14:34
    v5: dict = call v4, v1 !exit @14:11-14:34
    return v5 @14:4-14:34
end

function @6 "<dictcomp>" qualname "words.<locals>.<dictcomp>" kind comprehension suspension plain line 14
  params posonly 0 positional 1 kwonly 0
  locals ".0" "w"
block0:
    v0 = dict.build !exit @14:11-14:34
    v1 = load.fast ".0" !exit @14:22-14:33
    jump block1 @14:22-14:33
block1:
    for_iter v1, next block3, done block2 !exit @14:22-14:33
block2:
    return v0 @14:11-14:34
block3(v2: object):
    store.fast "w", v2 @14:26-14:27
    v3 = load.fast "w" !exit @14:12-14:13
    v4 = load.global "len" !exit @14:15-14:18
    v5 = load.fast "w" !exit @14:19-14:20
    v6: int = call v4, v5 !exit @14:15-14:21
    dict.set v0, v3, v6 !exit @14:11-14:34
    jump block1 @14:22-14:33
end

function @7 "escapes" qualname "escapes" kind function suspension plain line 17
  params posonly 0 positional 1 kwonly 0
  locals "n" "g" "f"
  local_types int object object
block0:
    v0 = load.global "range" !exit @18:20-18:25
    v1: int = load.fast "n" !exit @18:26-18:27
    v2: range = call v0, v1 !exit @18:20-18:28
    v3: range_iterator = iter v2 !exit @18:8-18:29
    v4 = const None @18:8-18:29
    v5 = const None @18:8-18:29
    v6 = function.make @8, v4, v4, v4, v5 @18:8-18:29
    v7 = call v6, v3 !exit @18:8-18:29
    store.fast "g", v7 @18:4-18:5
    v8 = const None @19:8-19:23
    v9 = const None @19:8-19:23
    v10 = const None @19:8-19:23
    v11 = const None @19:8-19:23
    v12 = function.make @9, v8, v9, v10, v11 @19:8-19:23
    store.fast "f", v12 @19:4-19:5
    v13 = load.fast "f" !exit @20:11-20:12
    v14 = load.fast "g" !exit @20:14-20:15
    v15 = tuple.build v13, v14 @20:11-20:15
    return v15 @20:4-20:15
end

function @8 "<genexpr>" qualname "escapes.<locals>.<genexpr>" kind comprehension suspension generator line 18
  params posonly 0 positional 1 kwonly 0
  locals ".0" "k"
  local_types range_iterator int
block0:
    v0: range_iterator = load.fast ".0" !exit @18:11-18:28
    jump block1 @18:11-18:28
block1:
    for_iter v0, next block3, done block2 !exit @18:11-18:28
block2:
    v1 = const None @18:8-18:29
    return v1 @18:8-18:29
block3(v2: int):
    store.fast "k", v2 @18:15-18:16
    v3: int = load.fast "k" !exit @18:9-18:10
    yield v3, resume block4 !exit @18:8-18:29
block4(v4: object):
    jump block1 @18:11-18:28
end

function @9 "<lambda>" qualname "escapes.<locals>.<lambda>" kind lambda suspension plain line 19
  params posonly 0 positional 1 kwonly 0
  locals "a"
block0:
    v0 = load.fast "a" !exit @19:18-19:19
    v1 = const 1 @19:22-19:23
    v2 = binary.add v0, v1 !exit @19:18-19:23
    return v2 @19:18-19:23
end
