def f(a: A, /, b: B, *c: C, d: D = 1, **e: E) -> R:
    x: int = 1

class K:
    y: int
    z: str = "z"
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @1:0-2:14
    v1 = const "d" @1:0-2:14
    v2 = const 1 @1:35-1:36
    v3 = dict.build v1, v2 !exit @1:0-2:14
    v4 = const "b" @1:0-2:14
    v5 = load.name "B" !exit @1:18-1:19
    v6 = const "a" @1:0-2:14
    v7 = load.name "A" !exit @1:9-1:10
    v8 = const "c" @1:0-2:14
    v9 = load.name "C" !exit @1:25-1:26
    v10 = const "d" @1:0-2:14
    v11 = load.name "D" !exit @1:31-1:32
    v12 = const "e" @1:0-2:14
    v13 = load.name "E" !exit @1:43-1:44
    v14 = const "return" @1:0-2:14
    v15 = load.name "R" !exit @1:49-1:50
    v16 = tuple.build v4, v5, v6, v7, v8, v9, v10, v11, v12, v13, v14, v15 @1:0-2:14
    v17 = const None @1:0-2:14
    v18 = function.make @1, v0, v3, v16, v17 @1:0-2:14
    store.name "f", v18 !exit @1:0-2:14
    v19 = load.build_class !exit @4:0-6:16
    v20 = const None @4:0-6:16
    v21 = const None @4:0-6:16
    v22 = function.make @2, v20, v20, v20, v21 @4:0-6:16
    v23 = const "K" @4:0-6:16
    v24 = call v19, v22, v23 !exit @4:0-6:16
    store.name "K", v24 !exit @4:0-6:16
    v25 = const None @4:0-6:16
    return v25 @4:0-6:16
end

function @1 "f" qualname "f" kind function suspension plain line 1
  params posonly 1 positional 2 kwonly 1 varargs varkw
  locals "a" "b" "d" "c" "e" "x"
block0:
    v0 = const 1 @2:13-2:14
    store.fast "x", v0 @2:4-2:5
    v1 = const None @2:4-2:14
    return v1 @2:4-2:14
end

function @2 "K" qualname "K" kind class suspension plain line 4
block0:
    v0 = load.name "__name__" !exit @4:0-6:16
    store.name "__module__", v0 !exit @4:0-6:16
    v1 = const "K" @4:0-6:16
    store.name "__qualname__", v1 !exit @4:0-6:16
    annotations.setup !exit @4:0-6:16
    v2 = load.name "int" !exit @5:7-5:10
    v3 = load.name "__annotations__" !exit @5:4-5:10
    v4 = const "y" @5:4-5:10
    item.set v3, v4, v2 !exit @5:4-5:10
    v5 = const "z" @6:13-6:16
    store.name "z", v5 !exit @6:4-6:5
    v6 = load.name "str" !exit @6:7-6:10
    v7 = load.name "__annotations__" !exit @6:4-6:16
    v8 = const "z" @6:4-6:16
    item.set v7, v8, v6 !exit @6:4-6:16
    v9 = const None @6:4-6:16
    return v9 @6:4-6:16
end
