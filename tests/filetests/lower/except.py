try:
    risky()
except (ValueError, TypeError) as e:
    print(e)
except Exception:
    raise
else:
    ok()
# ---- expected ----
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = load.name "risky" !block1 @2:4-2:9
    v1 = call v0 !block1 @2:4-2:11
    v2 = load.name "ok" !exit @8:4-8:6
    v3 = call v2 !exit @8:4-8:8
    jump block9 @1:0-8:8
block1(v4: object):
    exc.push v4 @1:0-8:8
    v5 = load.name "ValueError" !block8 @3:8-3:18
    v6 = load.name "TypeError" !block8 @3:20-3:29
    v7 = tuple.build v5, v6 @3:7-3:30
    v8 = exc.match v4, v7 !block8 @3:0-4:12
    branch v8, block6, block2 @3:0-4:12
block2:
    v9 = load.name "Exception" !block8 @5:7-5:16
    v10 = exc.match v4, v9 !block8 @5:0-6:9
    branch v10, block4, block3 @5:0-6:9
block3:
    exc.pop @1:0-8:8
    reraise v4 !exit @1:0-8:8
block4:
    raise !block5 @6:4-6:9
block5(v11: object):
    exc.pop @5:0-6:9
    reraise v11 !exit @5:0-6:9
block6:
    store.name "e", v4 !block8 @3:0-4:12
    v12 = load.name "print" !block7 @4:4-4:9
    v13 = load.name "e" !block7 @4:10-4:11
    v14 = call v12, v13 !block7 @4:4-4:12
    v15 = const None @3:0-4:12
    store.name "e", v15 !exit @3:0-4:12
    del.name "e" !exit @3:0-4:12
    exc.pop @3:0-4:12
    jump block9 @3:0-4:12
block7(v16: object):
    v17 = const None @3:0-4:12
    store.name "e", v17 !exit @3:0-4:12
    del.name "e" !exit @3:0-4:12
    exc.pop @3:0-4:12
    reraise v16 !exit @3:0-4:12
block8(v18: object):
    exc.pop @1:0-8:8
    reraise v18 !exit @1:0-8:8
block9:
    v19 = const None @1:0-8:8
    return v19 @1:0-8:8
end
