def f(rows):
    return [x * y for row in rows if row for x, *y in row]

squares = {k: k * k for k in range(10)}
lazy = (c for c in "abc")
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @1:0-2:58
    v1 = const None @1:0-2:58
    v2 = const None @1:0-2:58
    v3 = const None @1:0-2:58
    v4 = function.make @1, v0, v1, v2, v3 @1:0-2:58
    store.name "f", v4 !exit @1:0-2:58
    v5 = load.name "range" !exit @4:29-4:34
    v6 = const 10 @4:35-4:37
    v7 = call v5, v6 !exit @4:29-4:38
    v8 = iter v7 !exit @4:10-4:39
    v9 = const None @4:10-4:39
    v10 = const None @4:10-4:39
    v11 = function.make @3, v9, v9, v9, v10 @4:10-4:39
    v12 = call v11, v8 !exit @4:10-4:39
    store.name "squares", v12 !exit @4:0-4:7
    v13 = const "abc" @5:19-5:24
    v14 = iter v13 !exit @5:7-5:25
    v15 = const None @5:7-5:25
    v16 = const None @5:7-5:25
    v17 = function.make @4, v15, v15, v15, v16 @5:7-5:25
    v18 = call v17, v14 !exit @5:7-5:25
    store.name "lazy", v18 !exit @5:0-5:4
    v19 = const None @5:0-5:25
    return v19 @5:0-5:25
end

function @1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  locals "rows"
block0:
    v0 = load.fast "rows" !exit @2:29-2:33
    v1 = iter v0 !exit @2:11-2:58
    v2 = const None @2:11-2:58
    v3 = const None @2:11-2:58
    v4 = function.make @2, v2, v2, v2, v3 @2:11-2:58
    v5 = call v4, v1 !exit @2:11-2:58
    return v5 @2:4-2:58
end

function @2 "<listcomp>" qualname "f.<locals>.<listcomp>" kind comprehension suspension plain line 2
  params posonly 0 positional 1 kwonly 0
  locals ".0" "row" "x" "y"
block0:
    v0 = list.build @2:11-2:58
    v1 = load.fast ".0" !exit @2:18-2:40
    jump block1 @2:18-2:40
block1:
    for_iter v1, next block3, done block2 !exit @2:18-2:40
block2:
    return v0 @2:11-2:58
block3(v2: object):
    store.fast "row", v2 @2:22-2:25
    v3 = load.fast "row" !exit @2:37-2:40
    v4 = truth v3 !exit @2:37-2:40
    branch v4, block4, block1 @2:37-2:40
block4:
    v5 = load.fast "row" !exit @2:54-2:57
    v6 = iter v5 !exit @2:41-2:57
    jump block5 @2:41-2:57
block5:
    for_iter v6, next block7, done block6 !exit @2:41-2:57
block6:
    jump block1 @2:18-2:40
block7(v7: object):
    v8 = unpack.ex #1 #0, v7 !exit @2:45-2:50
    v9 = tuple.item #0, v8 @2:45-2:50
    store.fast "x", v9 @2:45-2:46
    v10 = tuple.item #1, v8 @2:45-2:50
    store.fast "y", v10 @2:49-2:50
    v11 = load.fast "x" !exit @2:12-2:13
    v12 = load.fast "y" !exit @2:16-2:17
    v13 = binary.mul v11, v12 !exit @2:12-2:17
    list.append v0, v13 @2:11-2:58
    jump block5 @2:41-2:57
end

function @3 "<dictcomp>" qualname "<dictcomp>" kind comprehension suspension plain line 4
  params posonly 0 positional 1 kwonly 0
  locals ".0" "k"
block0:
    v0 = dict.build !exit @4:10-4:39
    v1 = load.fast ".0" !exit @4:20-4:38
    jump block1 @4:20-4:38
block1:
    for_iter v1, next block3, done block2 !exit @4:20-4:38
block2:
    return v0 @4:10-4:39
block3(v2: object):
    store.fast "k", v2 @4:24-4:25
    v3 = load.fast "k" !exit @4:11-4:12
    v4 = load.fast "k" !exit @4:14-4:15
    v5 = load.fast "k" !exit @4:18-4:19
    v6 = binary.mul v4, v5 !exit @4:14-4:19
    dict.set v0, v3, v6 !exit @4:10-4:39
    jump block1 @4:20-4:38
end

function @4 "<genexpr>" qualname "<genexpr>" kind comprehension suspension generator line 5
  params posonly 0 positional 1 kwonly 0
  locals ".0" "c"
block0:
    v0 = load.fast ".0" !exit @5:10-5:24
    jump block1 @5:10-5:24
block1:
    for_iter v0, next block3, done block2 !exit @5:10-5:24
block2:
    v1 = const None @5:7-5:25
    return v1 @5:7-5:25
block3(v2: object):
    store.fast "c", v2 @5:14-5:15
    v3 = load.fast "c" !exit @5:8-5:9
    yield v3, resume block4 !exit @5:7-5:25
block4(v4: object):
    jump block1 @5:10-5:24
end
