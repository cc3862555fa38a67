def f(x):
    for i in x:
        try:
            if i:
                return i
            continue
        finally:
            print("cleanup")
    return None
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @1:0-9:15
    v1 = const None @1:0-9:15
    v2 = const None @1:0-9:15
    v3 = const None @1:0-9:15
    v4 = function.make @1, v0, v1, v2, v3 @1:0-9:15
    store.name "f", v4 !exit @1:0-9:15
    v5 = const None @1:0-9:15
    return v5 @1:0-9:15
end

function @1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  locals "x" "i"
block0:
    v0 = load.fast "x" !exit @2:13-2:14
    v1 = iter v0 !exit @2:4-8:28
    jump block1 @2:4-8:28
block1:
    for_iter v1, next block4, done block2 !exit @2:4-8:28
block2:
    jump block3 @2:4-8:28
block3:
    v2 = const None @9:11-9:15
    return v2 @9:4-9:15
block4(v3: object):
    store.fast "i", v3 @2:8-2:9
    v4 = load.fast "i" !block8 @4:15-4:16
    v5 = truth v4 !block8 @4:15-4:16
    branch v5, block7, block5 @4:15-4:16
block5:
    jump block6 @4:12-5:24
block6:
    v6 = load.global "print" !exit @8:12-8:17
    v7 = const "cleanup" @8:18-8:27
    v8 = call v6, v7 !exit @8:12-8:28
    jump block1 @6:12-6:20
block7:
    v9 = load.fast "i" !block8 @5:23-5:24
    v10 = load.global "print" !exit @8:12-8:17
    v11 = const "cleanup" @8:18-8:27
    v12 = call v10, v11 !exit @8:12-8:28
    return v9 @5:16-5:24
block8(v13: object):
    exc.push v13 @3:8-8:28
    v14 = load.global "print" !block9 @8:12-8:17
    v15 = const "cleanup" @8:18-8:27
    v16 = call v14, v15 !block9 @8:12-8:28
    exc.pop @3:8-8:28
    reraise v13 !exit @3:8-8:28
block9(v17: object):
    exc.pop @3:8-8:28
    reraise v17 !exit @3:8-8:28
end
