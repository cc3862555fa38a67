async def agen(x):
    got = yield x
    await got
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @1:0-3:13
    v1 = const None @1:0-3:13
    v2 = const None @1:0-3:13
    v3 = const None @1:0-3:13
    v4 = function.make @1, v0, v1, v2, v3 @1:0-3:13
    store.name "agen", v4 !exit @1:0-3:13
    v5 = const None @1:0-3:13
    return v5 @1:0-3:13
end

function @1 "agen" qualname "agen" kind function suspension async_generator line 1
  params posonly 0 positional 1 kwonly 0
  locals "x" "got"
block0:
    v0 = load.fast "x" !exit @2:16-2:17
    v1 = async_gen.wrap v0 @2:10-2:17
    yield v1, resume block1 !exit @2:10-2:17
block1(v2: object):
    store.fast "got", v2 @2:4-2:7
    v3 = load.fast "got" !exit @3:10-3:13
    v4 = await.iter v3 !exit @3:4-3:13
    v5 = const None @3:4-3:13
    jump block2(v5) @3:4-3:13
block2(v6: object):
    send v4, v6, yielded block3, returned block5 !exit @3:4-3:13
block3(v7: object):
    yield v7, resume block2 !block4 @3:4-3:13
block4(v8: object):
    throw v4, v8, yielded block3, returned block5 !exit @3:4-3:13
block5(v9: object):
    v10 = const None @3:4-3:13
    return v10 @3:4-3:13
end
