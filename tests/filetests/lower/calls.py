f(1, *args, key=2, **kwargs)
g(a, b=c)
h(*[1, 2], *(3,))
print(f"{x!r:>{width}} and {y=}")
a, *b, c = seq
x = y = -1 if not z else 0x_ffff_ffff_ffff_ffff_ff
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = load.name "f" !exit @1:0-1:1
    v1 = list.build @1:0-1:28
    v2 = const 1 @1:2-1:3
    list.append v1, v2 @1:0-1:28
    v3 = load.name "args" !exit @1:6-1:10
    args.extend v0, v1, v3 !exit @1:5-1:10
    v4 = list.to_tuple v1 @1:0-1:28
    v5 = dict.build !exit @1:0-1:28
    v6 = const 2 @1:16-1:17
    v7 = const "key" @1:0-1:28
    v8 = dict.build v7, v6 !exit @1:0-1:28
    kwargs.merge v0, v5, v8 !exit @1:0-1:28
    v9 = load.name "kwargs" !exit @1:21-1:27
    kwargs.merge v0, v5, v9 !exit @1:19-1:27
    v10 = call.ex v0, v4, v5 !exit @1:0-1:28
    v11 = load.name "g" !exit @2:0-2:1
    v12 = load.name "a" !exit @2:2-2:3
    v13 = load.name "c" !exit @2:7-2:8
    v14 = call kw["b"], v11, v12, v13 !exit @2:0-2:9
    v15 = load.name "h" !exit @3:0-3:1
    v16 = list.build @3:0-3:17
    v17 = const 1 @3:4-3:5
    v18 = const 2 @3:7-3:8
    v19 = list.build v17, v18 @3:3-3:9
    args.extend v15, v16, v19 !exit @3:2-3:9
    v20 = const (3,) @3:12-3:16
    args.extend v15, v16, v20 !exit @3:11-3:16
    v21 = list.to_tuple v16 @3:0-3:17
    v22 = const None @3:0-3:17
    v23 = call.ex v15, v21, v22 !exit @3:0-3:17
    v24 = load.name "print" !exit @4:0-4:5
    v25 = load.name "x" !exit @4:9-4:10
    v26 = const ">" @4:14-4:21
    v27 = load.name "width" !exit @4:15-4:20
    v28 = format -, v27 !exit @4:14-4:21
    v29 = str.build v26, v28 @4:8-4:22
    v30 = format r, v25, v29 !exit @4:8-4:22
    v31 = const " and y=" @4:27-4:31
    v32 = load.name "y" !exit @4:28-4:29
    v33 = format r, v32 !exit @4:27-4:31
    v34 = str.build v30, v31, v33 @4:6-4:32
    v35 = call v24, v34 !exit @4:0-4:33
    v36 = load.name "seq" !exit @5:11-5:14
    v37 = unpack.ex #1 #1, v36 !exit @5:0-5:8
    v38 = tuple.item #0, v37 @5:0-5:8
    store.name "a", v38 !exit @5:0-5:1
    v39 = tuple.item #1, v37 @5:0-5:8
    store.name "b", v39 !exit @5:4-5:5
    v40 = tuple.item #2, v37 @5:0-5:8
    store.name "c", v40 !exit @5:7-5:8
    v41 = load.name "z" !exit @6:18-6:19
    v42 = truth v41 !exit @6:18-6:19
    branch v42, block2, block1 @6:18-6:19
block1:
    v43 = const -1 @6:8-6:10
    jump block3(v43) @6:8-6:50
block2:
    v44 = const 4722366482869645213695 @6:25-6:50
    jump block3(v44) @6:8-6:50
block3(v45: object):
    store.name "x", v45 !exit @6:0-6:1
    store.name "y", v45 !exit @6:4-6:5
    v46 = const None @6:0-6:50
    return v46 @6:0-6:50
end
