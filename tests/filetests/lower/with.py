def f(path):
    with open(path) as fh, lock:
        return fh.read()
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @1:0-3:24
    v1 = const None @1:0-3:24
    v2 = const None @1:0-3:24
    v3 = const None @1:0-3:24
    v4 = function.make @1, v0, v1, v2, v3 @1:0-3:24
    store.name "f", v4 !exit @1:0-3:24
    v5 = const None @1:0-3:24
    return v5 @1:0-3:24
end

function @1 "f" qualname "f" kind function suspension plain line 1
  params posonly 0 positional 1 kwonly 0
  locals "path" "fh"
block0:
    v0 = load.global "open" !exit @2:9-2:13
    v1 = load.fast "path" !exit @2:14-2:18
    v2 = call v0, v1 !exit @2:9-2:19
    v3 = special.lookup "__enter__", v2 !exit @2:9-2:25
    v4 = special.lookup "__exit__", v2 !exit @2:9-2:25
    v5 = call v3 !exit @2:9-2:25
    jump block1 @2:9-2:25
block1:
    store.fast "fh", v5 @2:23-2:25
    v6 = load.global "lock" !block6 @2:27-2:31
    v7 = special.lookup "__enter__", v6 !block6 @2:27-2:31
    v8 = special.lookup "__exit__", v6 !block6 @2:27-2:31
    v9 = call v7 !block6 @2:27-2:31
    jump block2 @2:27-2:31
block2:
    v10 = load.fast "fh" !block3 @3:15-3:17
    v11 = attr.get "read", v10 !block3 @3:15-3:22
    v12 = call v11 !block3 @3:15-3:24
    v13 = const None @2:27-2:31
    v14 = call v8, v13, v13, v13 !block6 @2:27-2:31
    v15 = const None @2:9-2:25
    v16 = call v4, v15, v15, v15 !exit @2:9-2:25
    return v12 @3:8-3:24
block3(v17: object):
    exc.push v17 @2:27-2:31
    v18 = exc.type v17 @2:27-2:31
    v19 = exc.traceback v17 @2:27-2:31
    v20 = call v8, v18, v17, v19 !block4 @2:27-2:31
    v21 = truth v20 !block4 @2:27-2:31
    branch v21, block10, block5 @2:27-2:31
block4(v22: object):
    exc.pop @2:27-2:31
    reraise v22 !block6 @2:27-2:31
block5:
    exc.pop @2:27-2:31
    reraise v17 !block6 @2:27-2:31
block6(v23: object):
    exc.push v23 @2:9-2:25
    v24 = exc.type v23 @2:9-2:25
    v25 = exc.traceback v23 @2:9-2:25
    v26 = call v4, v24, v23, v25 !block7 @2:9-2:25
    v27 = truth v26 !block7 @2:9-2:25
    branch v27, block9, block8 @2:9-2:25
block7(v28: object):
    exc.pop @2:9-2:25
    reraise v28 !exit @2:9-2:25
block8:
    exc.pop @2:9-2:25
    reraise v23 !exit @2:9-2:25
block9:
    exc.pop @2:9-2:25
    jump block12 @2:9-2:25
block10:
    exc.pop @2:27-2:31
    jump block11 @2:27-2:31
block11:
    v29 = const None @2:9-2:25
    v30 = call v4, v29, v29, v29 !exit @2:9-2:25
    jump block12 @2:9-2:25
block12:
    v31 = const None @2:4-3:24
    return v31 @2:4-3:24
end
