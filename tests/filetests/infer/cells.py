# A cell takes the join of what every function sharing it stores: a
# comprehension's loop variable that a generator expression reads is an
# int there, and so are the arguments it passes on. A parameter that is a
# cell holds its argument. A cell that a nested function rebinds to
# something else, or deletes, is an object.
def pair(i, j):
    return 1.0 / (i + j + 1)


def rows(n):
    return [sum(pair(i, j) for j in range(n)) for i in range(n)]


def scaled(k):
    return lambda x: x * k


def mixed(n):
    acc = 0
    def bump():
        nonlocal acc
        acc = "s"
    bump()
    return acc


def gone():
    c = 1
    def f():
        return c
    del c
    return f


rows(3)
scaled(2.0)
mixed(1)
gone()
# ---- expected ----
# @0 () -> none
# @1 (int, int) -> float, called directly
# @2 (int) -> list, called directly
# @3 (range_iterator) -> list, called directly
# @4 (range_iterator) -> none, called directly
# @5 (float) -> object, called directly
# @6 (object) -> object
# @7 (int) -> object, called directly
# @8 () -> none
# @9 () -> object, called directly
# @10 () -> object
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @6:0-7:28
    v1 = const None @6:0-7:28
    v2 = const None @6:0-7:28
    v3 = const None @6:0-7:28
    v4 = function.make @1, v0, v1, v2, v3 @6:0-7:28
    store.name "pair", v4 !exit @6:0-7:28
    v5 = const None @10:0-11:64
    v6 = const None @10:0-11:64
    v7 = const None @10:0-11:64
    v8 = const None @10:0-11:64
    v9 = function.make @2, v5, v6, v7, v8 @10:0-11:64
    store.name "rows", v9 !exit @10:0-11:64
    v10 = const None @14:0-15:26
    v11 = const None @14:0-15:26
    v12 = const None @14:0-15:26
    v13 = const None @14:0-15:26
    v14 = function.make @5, v10, v11, v12, v13 @14:0-15:26
    store.name "scaled", v14 !exit @14:0-15:26
    v15 = const None @18:0-24:14
    v16 = const None @18:0-24:14
    v17 = const None @18:0-24:14
    v18 = const None @18:0-24:14
    v19 = function.make @7, v15, v16, v17, v18 @18:0-24:14
    store.name "mixed", v19 !exit @18:0-24:14
    v20 = const None @27:0-32:12
    v21 = const None @27:0-32:12
    v22 = const None @27:0-32:12
    v23 = const None @27:0-32:12
    v24 = function.make @9, v20, v21, v22, v23 @27:0-32:12
    store.name "gone", v24 !exit @27:0-32:12
    v25 = load.name "rows" !exit @35:0-35:4
    v26 = const 3 @35:5-35:6
    v27: list = call v25, v26 !exit @35:0-35:7
    v28 = load.name "scaled" !exit @36:0-36:6
    v29 = const 2.0 @36:7-36:10
    v30 = call v28, v29 !exit @36:0-36:11
    v31 = load.name "mixed" !exit @37:0-37:5
    v32 = const 1 @37:6-37:7
    v33 = call v31, v32 !exit @37:0-37:8
    v34 = load.name "gone" !exit @38:0-38:4
    v35 = call v34 !exit @38:0-38:6
    v36 = const None @38:0-38:6
    return v36 @38:0-38:6
end

function @1 "pair" qualname "pair" kind function suspension plain line 6
  params posonly 0 positional 2 kwonly 0
  locals "i" "j"
  local_types int int
block0:
    v0 = const 1.0 @7:11-7:14
    v1: int = load.fast "i" !exit @7:18-7:19
    v2: int = load.fast "j" !exit @7:22-7:23
    v3: int = binary.add v1, v2 !exit @7:18-7:23
    v4 = const 1 @7:26-7:27
    v5: int = binary.add v3, v4 !exit @7:18-7:27
    v6: float = binary.truediv v0, v5 !exit @7:11-7:28
    return v6 @7:4-7:28
end

function @2 "rows" qualname "rows" kind function suspension plain line 10
  params posonly 0 positional 1 kwonly 0
  locals "n"
  cellvars "n"
block0:
    v0: int = load.fast "n" !exit @10:0-10:0
    store.deref "n", v0 @10:0-10:0
    v1 = load.global "range" !exit @11:55-11:60
    v2: int = load.deref "n" !exit @11:61-11:62
    v3: range = call v1, v2 !exit @11:55-11:63
    v4: range_iterator = iter v3 !exit @11:11-11:64
    v5 = const None @11:11-11:64
    v6 = load.closure "n" @11:11-11:64
    v7 = tuple.build v6 @11:11-11:64
    v8 = function.make @3, v5, v5, v5, v7 @11:11-11:64
    v9: list = call v8, v4 !exit @11:11-11:64
    return v9 @11:4-11:64
end

function @3 "<listcomp>" qualname "rows.<locals>.<listcomp>" kind comprehension suspension plain line 11
  params posonly 0 positional 1 kwonly 0
  locals ".0" "<genexpr j>" "<sum>"
  cellvars "i"
  freevars "n"
  local_types range_iterator int float
block0:
    v0 = list.build @11:11-11:64
    v1: range_iterator = load.fast ".0" !exit @11:46-11:63
    jump block1 @11:46-11:63
block1:
    for_iter v1, next block3, done block2 !exit @11:46-11:63
block2:
    return v0 @11:11-11:64
block3(v2: int):
    store.deref "i", v2 @11:50-11:51
    v3 = load.global "sum" !exit @11:12-11:15
    v4 = load.global "range" !exit @11:36-11:41
    v5: int = load.deref "n" !exit @11:42-11:43
    v6: range = call v4, v5 !exit @11:36-11:44
    v7: range_iterator = iter v6 !exit @11:15-11:45
    v8 = is.builtin "sum", v3 @11:12-11:45
    branch v8, block5, block4 @11:12-11:45
block4:
    v9 = const None @11:15-11:45
    v10 = load.closure "i" @11:15-11:45
    v11 = tuple.build v10 @11:15-11:45
    v12 = function.make @4, v9, v9, v9, v11 @11:15-11:45
    v13 = call v12, v7 !exit @11:15-11:45
    v14 = call v3, v13 !exit @11:12-11:45
    jump block12(v14) @11:12-11:45
block5:
    jump block6 @11:27-11:44
block6:
    for_iter v7, next block8, done block7 !block14 @11:27-11:44
block7:
    v15 = const 0 @11:12-11:45
    jump block12(v15) @11:12-11:45
block8(v16: int):
    store.fast "<genexpr j>", v16 @11:31-11:32
    v17 = load.global "pair" !block14 @11:16-11:20
    v18: int = load.deref "i" !block14 @11:21-11:22
    v19: int = load.fast "<genexpr j>" !block14 @11:24-11:25
    v20: float = call v17, v18, v19 !block14 @11:16-11:26
    v21 = const 0 @11:12-11:45
    v22: float = binary.add v21, v20 !exit @11:12-11:45
    store.fast "<sum>", v22 @11:12-11:45
    jump block9 @11:12-11:45
block9:
    jump block10 @11:27-11:44
block10:
    for_iter v7, next block13, done block11 !block14 @11:27-11:44
block11:
    v23: float = load.fast "<sum>" !exit @11:12-11:45
    jump block12(v23) @11:12-11:45
block12(v24: object):
    list.append v0, v24 @11:11-11:64
    jump block1 @11:46-11:63
block13(v25: int):
    store.fast "<genexpr j>", v25 @11:31-11:32
    v26 = load.global "pair" !block14 @11:16-11:20
    v27: int = load.deref "i" !block14 @11:21-11:22
    v28: int = load.fast "<genexpr j>" !block14 @11:24-11:25
    v29: float = call v26, v27, v28 !block14 @11:16-11:26
    v30: float = load.fast "<sum>" !exit @11:12-11:45
    v31: float = binary.add v30, v29 !exit @11:12-11:45
    store.fast "<sum>", v31 @11:12-11:45
    jump block10 @11:27-11:44
block14(v32: object):
    v33 = genexpr.unwind @4, v32 @11:12-11:45
    reraise v33 !exit @11:12-11:45
end

function @4 "<genexpr>" qualname "rows.<locals>.<listcomp>.<genexpr>" kind comprehension suspension generator line 11
  params posonly 0 positional 1 kwonly 0
  locals ".0" "j"
  freevars "i"
  local_types range_iterator int
block0:
    v0: range_iterator = load.fast ".0" !exit @11:27-11:44
    jump block1 @11:27-11:44
block1:
    for_iter v0, next block3, done block2 !exit @11:27-11:44
block2:
    v1 = const None @11:15-11:45
    return v1 @11:15-11:45
block3(v2: int):
    store.fast "j", v2 @11:31-11:32
    v3 = load.global "pair" !exit @11:16-11:20
    v4: int = load.deref "i" !exit @11:21-11:22
    v5: int = load.fast "j" !exit @11:24-11:25
    v6: float = call v3, v4, v5 !exit @11:16-11:26
    yield v6, resume block4 !exit @11:15-11:45
block4(v7: object):
    jump block1 @11:27-11:44
end

function @5 "scaled" qualname "scaled" kind function suspension plain line 14
  params posonly 0 positional 1 kwonly 0
  locals "k"
  cellvars "k"
block0:
    v0: float = load.fast "k" !exit @14:0-14:0
    store.deref "k", v0 @14:0-14:0
    v1 = const None @15:11-15:26
    v2 = const None @15:11-15:26
    v3 = const None @15:11-15:26
    v4 = load.closure "k" @15:11-15:26
    v5 = tuple.build v4 @15:11-15:26
    v6 = function.make @6, v1, v2, v3, v5 @15:11-15:26
    return v6 @15:4-15:26
end

function @6 "<lambda>" qualname "scaled.<locals>.<lambda>" kind lambda suspension plain line 15
  params posonly 0 positional 1 kwonly 0
  locals "x"
  freevars "k"
block0:
    v0 = load.fast "x" !exit @15:21-15:22
    v1: float = load.deref "k" !exit @15:25-15:26
    v2 = binary.mul v0, v1 !exit @15:21-15:26
    return v2 @15:21-15:26
end

function @7 "mixed" qualname "mixed" kind function suspension plain line 18
  params posonly 0 positional 1 kwonly 0
  locals "n" "bump"
  cellvars "acc"
  local_types int object
block0:
    v0 = const 0 @19:10-19:11
    store.deref "acc", v0 @19:4-19:7
    v1 = const None @20:4-22:17
    v2 = const None @20:4-22:17
    v3 = const None @20:4-22:17
    v4 = load.closure "acc" @20:4-22:17
    v5 = tuple.build v4 @20:4-22:17
    v6 = function.make @8, v1, v2, v3, v5 @20:4-22:17
    store.fast "bump", v6 @20:4-22:17
    v7 = load.fast "bump" !exit @23:4-23:8
    v8 = call v7 !exit @23:4-23:10
    v9 = load.deref "acc" !exit @24:11-24:14
    return v9 @24:4-24:14
end

function @8 "bump" qualname "mixed.<locals>.bump" kind function suspension plain line 20
  freevars "acc"
block0:
    v0 = const "s" @22:14-22:17
    store.deref "acc", v0 @22:8-22:11
    v1 = const None @22:8-22:17
    return v1 @22:8-22:17
end

function @9 "gone" qualname "gone" kind function suspension plain line 27
  locals "f"
  cellvars "c"
block0:
    v0 = const 1 @28:8-28:9
    store.deref "c", v0 @28:4-28:5
    v1 = const None @29:4-30:16
    v2 = const None @29:4-30:16
    v3 = const None @29:4-30:16
    v4 = load.closure "c" @29:4-30:16
    v5 = tuple.build v4 @29:4-30:16
    v6 = function.make @10, v1, v2, v3, v5 @29:4-30:16
    store.fast "f", v6 @29:4-30:16
    del.deref "c" !exit @31:8-31:9
    v7 = load.fast "f" !exit @32:11-32:12
    return v7 @32:4-32:12
end

function @10 "f" qualname "gone.<locals>.f" kind function suspension plain line 29
  freevars "c"
block0:
    v0 = load.deref "c" !exit @30:15-30:16
    return v0 @30:8-30:16
end
