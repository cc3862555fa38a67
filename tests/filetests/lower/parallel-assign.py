def f(a, b, obj, seq):
    a, b = b, a
    obj.x, seq[0] = a + 1, b
    [a, b] = b, a
    a, b = b, a, 1
    a, *b = b, a
    a, b = c = b, a
    return a, b
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @1:0-8:15
    v1 = const None @1:0-8:15
    v2 = const None @1:0-8:15
    v3 = const None @1:0-8:15
    v4 = function.make @1, v0, v1, v2, v3 @1:0-8:15
    store.name "f", v4 !exit @1:0-8:15
    v5 = const None @1:0-8:15
    return v5 @1:0-8:15
end

function @1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 4 kwonly 0
  locals "a" "b" "obj" "seq" "c"
block0:
    v0 = load.fast "b" !exit @2:11-2:12
    v1 = load.fast "a" !exit @2:14-2:15
    store.fast "a", v0 @2:4-2:5
    store.fast "b", v1 @2:7-2:8
    v2 = load.fast "a" !exit @3:20-3:21
    v3 = const 1 @3:24-3:25
    v4 = binary.add v2, v3 !exit @3:20-3:25
    v5 = load.fast "b" !exit @3:27-3:28
    v6 = load.fast "obj" !exit @3:4-3:7
    attr.set "x", v6, v4 !exit @3:4-3:9
    v7 = load.fast "seq" !exit @3:11-3:14
    v8 = const 0 @3:15-3:16
    item.set v7, v8, v5 !exit @3:11-3:17
    v9 = load.fast "b" !exit @4:13-4:14
    v10 = load.fast "a" !exit @4:16-4:17
    store.fast "a", v9 @4:5-4:6
    store.fast "b", v10 @4:8-4:9
    v11 = load.fast "b" !exit @5:11-5:12
    v12 = load.fast "a" !exit @5:14-5:15
    v13 = const 1 @5:17-5:18
    v14 = tuple.build v11, v12, v13 @5:11-5:18
    v15 = unpack.seq #2, v14 !exit @5:4-5:8
    v16 = tuple.item #0, v15 @5:4-5:8
    store.fast "a", v16 @5:4-5:5
    v17 = tuple.item #1, v15 @5:4-5:8
    store.fast "b", v17 @5:7-5:8
    v18 = load.fast "b" !exit @6:12-6:13
    v19 = load.fast "a" !exit @6:15-6:16
    v20 = tuple.build v18, v19 @6:12-6:16
    v21 = unpack.ex #1 #0, v20 !exit @6:4-6:9
    v22 = tuple.item #0, v21 @6:4-6:9
    store.fast "a", v22 @6:4-6:5
    v23 = tuple.item #1, v21 @6:4-6:9
    store.fast "b", v23 @6:8-6:9
    v24 = load.fast "b" !exit @7:15-7:16
    v25 = load.fast "a" !exit @7:18-7:19
    v26 = tuple.build v24, v25 @7:15-7:19
    v27 = unpack.seq #2, v26 !exit @7:4-7:8
    v28 = tuple.item #0, v27 @7:4-7:8
    store.fast "a", v28 @7:4-7:5
    v29 = tuple.item #1, v27 @7:4-7:8
    store.fast "b", v29 @7:7-7:8
    store.fast "c", v26 @7:11-7:12
    v30 = load.fast "a" !exit @8:11-8:12
    v31 = load.fast "b" !exit @8:14-8:15
    v32 = tuple.build v30, v31 @8:11-8:15
    return v32 @8:4-8:15
end
