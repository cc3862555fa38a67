def gen(n):
    got = yield n
    result = yield from inner(got)
    return result

async def co(x):
    async with x as y:
        async for item in y:
            await item
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @1:0-4:17
    v1 = const None @1:0-4:17
    v2 = const None @1:0-4:17
    v3 = const None @1:0-4:17
    v4 = function.make @1, v0, v1, v2, v3 @1:0-4:17
    store.name "gen", v4 !exit @1:0-4:17
    v5 = const None @6:0-9:22
    v6 = const None @6:0-9:22
    v7 = const None @6:0-9:22
    v8 = const None @6:0-9:22
    v9 = function.make @2, v5, v6, v7, v8 @6:0-9:22
    store.name "co", v9 !exit @6:0-9:22
    v10 = const None @6:0-9:22
    return v10 @6:0-9:22
end

function @1 "gen" qualname "gen" kind function suspension generator line 1
  params posonly 0 positional 1 kwonly 0
  locals "n" "got" "result"
block0:
    v0 = load.fast "n" !exit @2:16-2:17
    yield v0, resume block1 !exit @2:10-2:17
block1(v1: object):
    store.fast "got", v1 @2:4-2:7
    v2 = load.global "inner" !exit @3:24-3:29
    v3 = load.fast "got" !exit @3:30-3:33
    v4 = call v2, v3 !exit @3:24-3:34
    v5 = yield_from.iter v4 !exit @3:13-3:34
    v6 = const None @3:13-3:34
    jump block2(v6) @3:13-3:34
block2(v7: object):
    send v5, v7, yielded block3, returned block5 !exit @3:13-3:34
block3(v8: object):
    yield v8, resume block2 !block4 @3:13-3:34
block4(v9: object):
    throw v5, v9, yielded block3, returned block5 !exit @3:13-3:34
block5(v10: object):
    store.fast "result", v10 @3:4-3:10
    v11 = load.fast "result" !exit @4:11-4:17
    return v11 @4:4-4:17
end

function @2 "co" qualname "co" kind function suspension coroutine line 6
  params posonly 0 positional 1 kwonly 0
  locals "x" "y" "item"
block0:
    v0 = load.fast "x" !exit @7:15-7:16
    v1 = special.lookup "__aenter__", v0 !exit @7:15-7:21
    v2 = special.lookup "__aexit__", v0 !exit @7:15-7:21
    v3 = call v1 !exit @7:15-7:21
    v4 = await.iter v3 !exit @7:15-7:21
    v5 = const None @7:15-7:21
    jump block1(v5) @7:15-7:21
block1(v6: object):
    send v4, v6, yielded block2, returned block4 !exit @7:15-7:21
block2(v7: object):
    yield v7, resume block1 !block3 @7:15-7:21
block3(v8: object):
    throw v4, v8, yielded block2, returned block4 !exit @7:15-7:21
block4(v9: object):
    jump block5 @7:15-7:21
block5:
    store.fast "y", v9 @7:20-7:21
    v10 = load.fast "y" !block23 @8:26-8:27
    v11 = aiter v10 !block23 @8:8-9:22
    jump block6 @8:8-9:22
block6:
    v12 = anext v11 !block23 @8:8-9:22
    v13 = await.iter v12 !block10 @8:8-9:22
    v14 = const None @8:8-9:22
    jump block7(v14) @8:8-9:22
block7(v15: object):
    send v13, v15, yielded block8, returned block18 !block10 @8:8-9:22
block8(v16: object):
    yield v16, resume block7 !block9 @8:8-9:22
block9(v17: object):
    throw v13, v17, yielded block8, returned block18 !block10 @8:8-9:22
block10(v18: object):
    v19 = load.builtin_exc "StopAsyncIteration" @8:8-9:22
    v20 = exc.match v18, v19 !block23 @8:8-9:22
    branch v20, block12, block11 @8:8-9:22
block11:
    reraise v18 !block23 @8:8-9:22
block12:
    jump block13 @8:8-9:22
block13:
    v21 = const None @7:15-7:21
    v22 = call v2, v21, v21, v21 !exit @7:15-7:21
    v23 = await.iter v22 !exit @7:15-7:21
    v24 = const None @7:15-7:21
    jump block14(v24) @7:15-7:21
block14(v25: object):
    send v23, v25, yielded block15, returned block17 !exit @7:15-7:21
block15(v26: object):
    yield v26, resume block14 !block16 @7:15-7:21
block16(v27: object):
    throw v23, v27, yielded block15, returned block17 !exit @7:15-7:21
block17(v28: object):
    jump block31 @7:15-7:21
block18(v29: object):
    jump block19(v29) @8:8-9:22
block19(v30: object):
    store.fast "item", v30 @8:18-8:22
    v31 = load.fast "item" !block23 @9:18-9:22
    v32 = await.iter v31 !block23 @9:12-9:22
    v33 = const None @9:12-9:22
    jump block20(v33) @9:12-9:22
block20(v34: object):
    send v32, v34, yielded block21, returned block32 !block23 @9:12-9:22
block21(v35: object):
    yield v35, resume block20 !block22 @9:12-9:22
block22(v36: object):
    throw v32, v36, yielded block21, returned block32 !block23 @9:12-9:22
block23(v37: object):
    exc.push v37 @7:15-7:21
    v38 = exc.type v37 @7:15-7:21
    v39 = exc.traceback v37 @7:15-7:21
    v40 = call v2, v38, v37, v39 !block28 @7:15-7:21
    v41 = await.iter v40 !block28 @7:15-7:21
    v42 = const None @7:15-7:21
    jump block24(v42) @7:15-7:21
block24(v43: object):
    send v41, v43, yielded block25, returned block27 !block28 @7:15-7:21
block25(v44: object):
    yield v44, resume block24 !block26 @7:15-7:21
block26(v45: object):
    throw v41, v45, yielded block25, returned block27 !block28 @7:15-7:21
block27(v46: object):
    v47 = truth v46 !block28 @7:15-7:21
    branch v47, block30, block29 @7:15-7:21
block28(v48: object):
    exc.pop @7:15-7:21
    reraise v48 !exit @7:15-7:21
block29:
    exc.pop @7:15-7:21
    reraise v37 !exit @7:15-7:21
block30:
    exc.pop @7:15-7:21
    jump block31 @7:15-7:21
block31:
    v49 = const None @7:4-9:22
    return v49 @7:4-9:22
block32(v50: object):
    jump block6 @8:8-9:22
end
