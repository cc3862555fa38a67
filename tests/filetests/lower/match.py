match command:
    case [x, *rest] if x:
        pass
    case {"a": 1, **kw}:
        pass
    case Point(x=0, y=yy) | Point(x=yy, y=0):
        pass
    case None | True:
        pass
    case _:
        pass
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = load.name "command" !exit @1:6-1:13
    v1 = match.sequence v0 @2:9-2:19
    branch v1, block1, block3 @2:9-2:19
block1:
    v2 = len v0 !exit @2:9-2:19
    v3 = const 1 @2:9-2:19
    v4 = compare.ge v2, v3 !exit @2:9-2:19
    v5 = truth v4 !exit @2:9-2:19
    branch v5, block2, block3 @2:9-2:19
block2:
    v6 = unpack.ex #1 #0, v0 !exit @2:9-2:19
    v7 = tuple.item #0, v6 @2:9-2:19
    v8 = tuple.item #1, v6 @2:9-2:19
    store.name "x", v7 !exit @2:4-3:12
    store.name "rest", v8 !exit @2:4-3:12
    v9 = load.name "x" !exit @2:23-2:24
    v10 = truth v9 !exit @2:23-2:24
    branch v10, block23, block3 @2:23-2:24
block3:
    v11 = match.mapping v0 @4:9-4:23
    branch v11, block4, block7 @4:9-4:23
block4:
    v12 = len v0 !exit @4:9-4:23
    v13 = const 1 @4:9-4:23
    v14 = compare.ge v12, v13 !exit @4:9-4:23
    v15 = truth v14 !exit @4:9-4:23
    branch v15, block5, block7 @4:9-4:23
block5:
    v16 = const "a" @4:10-4:13
    v17 = tuple.build v16 @4:9-4:23
    v18 = match.keys v0, v17 !exit @4:9-4:23
    v19 = const None @4:9-4:23
    v20 = compare.is_not v18, v19 @4:9-4:23
    branch v20, block6, block7 @4:9-4:23
block6:
    v21 = tuple.item #0, v18 @4:9-4:23
    v22 = const 1 @4:15-4:16
    v23 = compare.eq v21, v22 !exit @4:15-4:16
    v24 = truth v23 !exit @4:15-4:16
    branch v24, block22, block7 @4:15-4:16
block7:
    v25 = load.name "Point" !exit @6:9-6:14
    v26 = match.class #0 kw["x", "y"], v0, v25 !exit @6:9-6:25
    v27 = const None @6:9-6:25
    v28 = compare.is_not v26, v27 @6:9-6:25
    branch v28, block8, block9 @6:9-6:25
block8:
    v29 = tuple.item #0, v26 @6:9-6:25
    v30 = const 0 @6:17-6:18
    v31 = compare.eq v29, v30 !exit @6:17-6:18
    v32 = truth v31 !exit @6:17-6:18
    branch v32, block20, block9 @6:17-6:18
block9:
    v33 = load.name "Point" !exit @6:28-6:33
    v34 = match.class #0 kw["x", "y"], v0, v33 !exit @6:28-6:44
    v35 = const None @6:28-6:44
    v36 = compare.is_not v34, v35 @6:28-6:44
    branch v36, block10, block11 @6:28-6:44
block10:
    v37 = tuple.item #0, v34 @6:28-6:44
    v38 = tuple.item #1, v34 @6:28-6:44
    v39 = const 0 @6:42-6:43
    v40 = compare.eq v38, v39 !exit @6:42-6:43
    v41 = truth v40 !exit @6:42-6:43
    branch v41, block19, block11 @6:42-6:43
block11:
    jump block12 @6:9-6:44
block12:
    v42 = const None @8:9-8:13
    v43 = compare.is v0, v42 @8:9-8:13
    branch v43, block17, block13 @8:9-8:13
block13:
    v44 = const True @8:16-8:20
    v45 = compare.is v0, v44 @8:16-8:20
    branch v45, block16, block14 @8:16-8:20
block14:
    jump block15 @8:9-8:20
block15:
    jump block24 @10:4-11:12
block16:
    jump block18 @8:9-8:20
block17:
    jump block18 @8:9-8:20
block18:
    jump block24 @8:4-9:12
block19:
    jump block21(v37) @6:9-6:44
block20:
    v46 = tuple.item #1, v26 @6:9-6:25
    jump block21(v46) @6:9-6:44
block21(v47: object):
    store.name "yy", v47 !exit @6:4-7:12
    jump block24 @6:4-7:12
block22:
    v48 = dict.without v0, v17 !exit @4:9-4:23
    store.name "kw", v48 !exit @4:4-5:12
    jump block24 @4:4-5:12
block23:
    jump block24 @2:4-3:12
block24:
    v49 = const None @1:0-11:12
    return v49 @1:0-11:12
end
