# sum() of a generator expression in a function: the loop runs inline,
# guarded by is.builtin, the generator call kept for when `sum` is not
# the builtin; its locals are hidden slots, and its exceptions leave
# through genexpr.unwind. Module code, a local `sum`, two `for`s, a scope
# inside or a frame reader keep the plain call.
def inline(xs, k):
    return sum(x * k for x in xs if x)


def local_sum(xs):
    sum = len
    return sum(x for x in xs)


def two_loops(xs):
    return sum(x * y for x in xs for y in xs)


def scope_inside(xs):
    return sum((lambda: x)() for x in xs)


def frame_reader(xs):
    return sum(len(locals()) for x in xs)


total = sum(x for x in range(3))
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @6:0-7:38
    v1 = const None @6:0-7:38
    v2 = const None @6:0-7:38
    v3 = const None @6:0-7:38
    v4 = function.make @1, v0, v1, v2, v3 @6:0-7:38
    store.name "inline", v4 !exit @6:0-7:38
    v5 = const None @10:0-12:29
    v6 = const None @10:0-12:29
    v7 = const None @10:0-12:29
    v8 = const None @10:0-12:29
    v9 = function.make @3, v5, v6, v7, v8 @10:0-12:29
    store.name "local_sum", v9 !exit @10:0-12:29
    v10 = const None @15:0-16:45
    v11 = const None @15:0-16:45
    v12 = const None @15:0-16:45
    v13 = const None @15:0-16:45
    v14 = function.make @5, v10, v11, v12, v13 @15:0-16:45
    store.name "two_loops", v14 !exit @15:0-16:45
    v15 = const None @19:0-20:41
    v16 = const None @19:0-20:41
    v17 = const None @19:0-20:41
    v18 = const None @19:0-20:41
    v19 = function.make @7, v15, v16, v17, v18 @19:0-20:41
    store.name "scope_inside", v19 !exit @19:0-20:41
    v20 = const None @23:0-24:41
    v21 = const None @23:0-24:41
    v22 = const None @23:0-24:41
    v23 = const None @23:0-24:41
    v24 = function.make @10, v20, v21, v22, v23 @23:0-24:41
    store.name "frame_reader", v24 !exit @23:0-24:41
    v25 = load.name "sum" !exit @27:8-27:11
    v26 = load.name "range" !exit @27:23-27:28
    v27 = const 3 @27:29-27:30
    v28 = call v26, v27 !exit @27:23-27:31
    v29 = iter v28 !exit @27:11-27:32
    v30 = const None @27:11-27:32
    v31 = const None @27:11-27:32
    v32 = function.make @12, v30, v30, v30, v31 @27:11-27:32
    v33 = call v32, v29 !exit @27:11-27:32
    v34 = call v25, v33 !exit @27:8-27:32
    store.name "total", v34 !exit @27:0-27:5
    v35 = const None @27:0-27:32
    return v35 @27:0-27:32
end

function @1 "inline" qualname "inline" kind function suspension plain line 6
  params posonly 0 positional 2 kwonly 0
  locals "xs" "k" "<genexpr x>" "<sum>"
  cellvars "k"
block0:
    v0 = load.fast "k" !exit @6:0-6:0
    store.deref "k", v0 @6:0-6:0
    v1 = load.global "sum" !exit @7:11-7:14
    v2 = load.fast "xs" !exit @7:30-7:32
    v3 = iter v2 !exit @7:14-7:38
    v4 = is.builtin "sum", v1 @7:11-7:38
    branch v4, block2, block1 @7:11-7:38
block1:
    v5 = const None @7:14-7:38
    v6 = load.closure "k" @7:14-7:38
    v7 = tuple.build v6 @7:14-7:38
    v8 = function.make @2, v5, v5, v5, v7 @7:14-7:38
    v9 = call v8, v3 !exit @7:14-7:38
    v10 = call v1, v9 !exit @7:11-7:38
    jump block10(v10) @7:11-7:38
block2:
    jump block3 @7:21-7:37
block3:
    for_iter v3, next block5, done block4 !block13 @7:21-7:37
block4:
    v11 = const 0 @7:11-7:38
    jump block10(v11) @7:11-7:38
block5(v12: object):
    store.fast "<genexpr x>", v12 @7:25-7:26
    v13 = load.fast "<genexpr x>" !block13 @7:36-7:37
    v14 = truth v13 !block13 @7:36-7:37
    branch v14, block6, block3 @7:36-7:37
block6:
    v15 = load.fast "<genexpr x>" !block13 @7:15-7:16
    v16 = load.deref "k" !block13 @7:19-7:20
    v17 = binary.mul v15, v16 !block13 @7:15-7:20
    v18 = const 0 @7:11-7:38
    v19 = binary.add v18, v17 !exit @7:11-7:38
    store.fast "<sum>", v19 @7:11-7:38
    jump block7 @7:11-7:38
block7:
    jump block8 @7:21-7:37
block8:
    for_iter v3, next block11, done block9 !block13 @7:21-7:37
block9:
    v20 = load.fast "<sum>" !exit @7:11-7:38
    jump block10(v20) @7:11-7:38
block10(v21: object):
    return v21 @7:4-7:38
block11(v22: object):
    store.fast "<genexpr x>", v22 @7:25-7:26
    v23 = load.fast "<genexpr x>" !block13 @7:36-7:37
    v24 = truth v23 !block13 @7:36-7:37
    branch v24, block12, block8 @7:36-7:37
block12:
    v25 = load.fast "<genexpr x>" !block13 @7:15-7:16
    v26 = load.deref "k" !block13 @7:19-7:20
    v27 = binary.mul v25, v26 !block13 @7:15-7:20
    v28 = load.fast "<sum>" !exit @7:11-7:38
    v29 = binary.add v28, v27 !exit @7:11-7:38
    store.fast "<sum>", v29 @7:11-7:38
    jump block8 @7:21-7:37
block13(v30: object):
    v31 = genexpr.unwind @2, v30 @7:11-7:38
    reraise v31 !exit @7:11-7:38
end

function @2 "<genexpr>" qualname "inline.<locals>.<genexpr>" kind comprehension suspension generator line 7
  params posonly 0 positional 1 kwonly 0
  locals ".0" "x"
  freevars "k"
block0:
    v0 = load.fast ".0" !exit @7:21-7:37
    jump block1 @7:21-7:37
block1:
    for_iter v0, next block3, done block2 !exit @7:21-7:37
block2:
    v1 = const None @7:14-7:38
    return v1 @7:14-7:38
block3(v2: object):
    store.fast "x", v2 @7:25-7:26
    v3 = load.fast "x" !exit @7:36-7:37
    v4 = truth v3 !exit @7:36-7:37
    branch v4, block4, block1 @7:36-7:37
block4:
    v5 = load.fast "x" !exit @7:15-7:16
    v6 = load.deref "k" !exit @7:19-7:20
    v7 = binary.mul v5, v6 !exit @7:15-7:20
    yield v7, resume block5 !exit @7:14-7:38
block5(v8: object):
    jump block1 @7:21-7:37
end

function @3 "local_sum" qualname "local_sum" kind function suspension plain line 10
  params posonly 0 positional 1 kwonly 0
  locals "xs" "sum"
block0:
    v0 = load.global "len" !exit @11:10-11:13
    store.fast "sum", v0 @11:4-11:7
    v1 = load.fast "sum" !exit @12:11-12:14
    v2 = load.fast "xs" !exit @12:26-12:28
    v3 = iter v2 !exit @12:14-12:29
    v4 = const None @12:14-12:29
    v5 = const None @12:14-12:29
    v6 = function.make @4, v4, v4, v4, v5 @12:14-12:29
    v7 = call v6, v3 !exit @12:14-12:29
    v8 = call v1, v7 !exit @12:11-12:29
    return v8 @12:4-12:29
end

function @4 "<genexpr>" qualname "local_sum.<locals>.<genexpr>" kind comprehension suspension generator line 12
  params posonly 0 positional 1 kwonly 0
  locals ".0" "x"
block0:
    v0 = load.fast ".0" !exit @12:17-12:28
    jump block1 @12:17-12:28
block1:
    for_iter v0, next block3, done block2 !exit @12:17-12:28
block2:
    v1 = const None @12:14-12:29
    return v1 @12:14-12:29
block3(v2: object):
    store.fast "x", v2 @12:21-12:22
    v3 = load.fast "x" !exit @12:15-12:16
    yield v3, resume block4 !exit @12:14-12:29
block4(v4: object):
    jump block1 @12:17-12:28
end

function @5 "two_loops" qualname "two_loops" kind function suspension plain line 15
  params posonly 0 positional 1 kwonly 0
  locals "xs"
  cellvars "xs"
block0:
    v0 = load.fast "xs" !exit @15:0-15:0
    store.deref "xs", v0 @15:0-15:0
    v1 = load.global "sum" !exit @16:11-16:14
    v2 = load.deref "xs" !exit @16:30-16:32
    v3 = iter v2 !exit @16:14-16:45
    v4 = const None @16:14-16:45
    v5 = load.closure "xs" @16:14-16:45
    v6 = tuple.build v5 @16:14-16:45
    v7 = function.make @6, v4, v4, v4, v6 @16:14-16:45
    v8 = call v7, v3 !exit @16:14-16:45
    v9 = call v1, v8 !exit @16:11-16:45
    return v9 @16:4-16:45
end

function @6 "<genexpr>" qualname "two_loops.<locals>.<genexpr>" kind comprehension suspension generator line 16
  params posonly 0 positional 1 kwonly 0
  locals ".0" "x" "y"
  freevars "xs"
block0:
    v0 = load.fast ".0" !exit @16:21-16:32
    jump block1 @16:21-16:32
block1:
    for_iter v0, next block3, done block2 !exit @16:21-16:32
block2:
    v1 = const None @16:14-16:45
    return v1 @16:14-16:45
block3(v2: object):
    store.fast "x", v2 @16:25-16:26
    v3 = load.deref "xs" !exit @16:42-16:44
    v4 = iter v3 !exit @16:33-16:44
    jump block4 @16:33-16:44
block4:
    for_iter v4, next block6, done block5 !exit @16:33-16:44
block5:
    jump block1 @16:21-16:32
block6(v5: object):
    store.fast "y", v5 @16:37-16:38
    v6 = load.fast "x" !exit @16:15-16:16
    v7 = load.fast "y" !exit @16:19-16:20
    v8 = binary.mul v6, v7 !exit @16:15-16:20
    yield v8, resume block7 !exit @16:14-16:45
block7(v9: object):
    jump block4 @16:33-16:44
end

function @7 "scope_inside" qualname "scope_inside" kind function suspension plain line 19
  params posonly 0 positional 1 kwonly 0
  locals "xs"
block0:
    v0 = load.global "sum" !exit @20:11-20:14
    v1 = load.fast "xs" !exit @20:38-20:40
    v2 = iter v1 !exit @20:14-20:41
    v3 = const None @20:14-20:41
    v4 = const None @20:14-20:41
    v5 = function.make @8, v3, v3, v3, v4 @20:14-20:41
    v6 = call v5, v2 !exit @20:14-20:41
    v7 = call v0, v6 !exit @20:11-20:41
    return v7 @20:4-20:41
end

function @8 "<genexpr>" qualname "scope_inside.<locals>.<genexpr>" kind comprehension suspension generator line 20
  params posonly 0 positional 1 kwonly 0
  locals ".0"
  cellvars "x"
block0:
    v0 = load.fast ".0" !exit @20:29-20:40
    jump block1 @20:29-20:40
block1:
    for_iter v0, next block3, done block2 !exit @20:29-20:40
block2:
    v1 = const None @20:14-20:41
    return v1 @20:14-20:41
block3(v2: object):
    store.deref "x", v2 @20:33-20:34
    v3 = const None @20:16-20:25
    v4 = const None @20:16-20:25
    v5 = const None @20:16-20:25
    v6 = load.closure "x" @20:16-20:25
    v7 = tuple.build v6 @20:16-20:25
    v8 = function.make @9, v3, v4, v5, v7 @20:16-20:25
    v9 = call v8 !exit @20:15-20:28
    yield v9, resume block4 !exit @20:14-20:41
block4(v10: object):
    jump block1 @20:29-20:40
end

function @9 "<lambda>" qualname "scope_inside.<locals>.<genexpr>.<lambda>" kind lambda suspension plain line 20
  freevars "x"
block0:
    v0 = load.deref "x" !exit @20:24-20:25
    return v0 @20:24-20:25
end

function @10 "frame_reader" qualname "frame_reader" kind function suspension plain line 23
  params posonly 0 positional 1 kwonly 0
  locals "xs"
block0:
    v0 = load.global "sum" !exit @24:11-24:14
    v1 = load.fast "xs" !exit @24:38-24:40
    v2 = iter v1 !exit @24:14-24:41
    v3 = const None @24:14-24:41
    v4 = const None @24:14-24:41
    v5 = function.make @11, v3, v3, v3, v4 @24:14-24:41
    v6 = call v5, v2 !exit @24:14-24:41
    v7 = call v0, v6 !exit @24:11-24:41
    return v7 @24:4-24:41
end

function @11 "<genexpr>" qualname "frame_reader.<locals>.<genexpr>" kind comprehension suspension generator line 24
  params posonly 0 positional 1 kwonly 0
  locals ".0" "x"
block0:
    v0 = load.fast ".0" !exit @24:29-24:40
    jump block1 @24:29-24:40
block1:
    for_iter v0, next block3, done block2 !exit @24:29-24:40
block2:
    v1 = const None @24:14-24:41
    return v1 @24:14-24:41
block3(v2: object):
    store.fast "x", v2 @24:33-24:34
    v3 = load.global "len" !exit @24:15-24:18
    v4 = load.global "locals" !exit @24:19-24:25
    v5 = call v4 !exit @24:19-24:27
    v6 = call v3, v5 !exit @24:15-24:28
    yield v6, resume block4 !exit @24:14-24:41
block4(v7: object):
    jump block1 @24:29-24:40
end

function @12 "<genexpr>" qualname "<genexpr>" kind comprehension suspension generator line 27
  params posonly 0 positional 1 kwonly 0
  locals ".0" "x"
block0:
    v0 = load.fast ".0" !exit @27:14-27:31
    jump block1 @27:14-27:31
block1:
    for_iter v0, next block3, done block2 !exit @27:14-27:31
block2:
    v1 = const None @27:11-27:32
    return v1 @27:11-27:32
block3(v2: object):
    store.fast "x", v2 @27:18-27:19
    v3 = load.fast "x" !exit @27:12-27:13
    yield v3, resume block4 !exit @27:11-27:32
block4(v4: object):
    jump block1 @27:14-27:31
end
