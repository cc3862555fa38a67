# A parameter called with an int and a str is an object; a slot stored
# an int and a float is an object; a rebound builtin is not trusted; a
# deleted local is not typed; a call with keywords says nothing.
def show(x):
    y = 1
    if x:
        y = 2.5
    z = 3
    del z
    return y


def range(n):
    return [n]


def g(a, b):
    return a * b


show(1)
show("one")
for k in range(3):
    pass
g(a=1, b=2.0)
# ---- expected ----
# @0 () -> none
# @1 (object) -> object, called directly
# @2 (int) -> list, called directly
# @3 (object, object) -> object
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @4:0-10:12
    v1 = const None @4:0-10:12
    v2 = const None @4:0-10:12
    v3 = const None @4:0-10:12
    v4 = function.make @1, v0, v1, v2, v3 @4:0-10:12
    store.name "show", v4 !exit @4:0-10:12
    v5 = const None @13:0-14:14
    v6 = const None @13:0-14:14
    v7 = const None @13:0-14:14
    v8 = const None @13:0-14:14
    v9 = function.make @2, v5, v6, v7, v8 @13:0-14:14
    store.name "range", v9 !exit @13:0-14:14
    v10 = const None @17:0-18:16
    v11 = const None @17:0-18:16
    v12 = const None @17:0-18:16
    v13 = const None @17:0-18:16
    v14 = function.make @3, v10, v11, v12, v13 @17:0-18:16
    store.name "g", v14 !exit @17:0-18:16
    v15 = load.name "show" !exit @21:0-21:4
    v16 = const 1 @21:5-21:6
    v17 = call v15, v16 !exit @21:0-21:7
    v18 = load.name "show" !exit @22:0-22:4
    v19 = const "one" @22:5-22:10
    v20 = call v18, v19 !exit @22:0-22:11
    v21 = load.name "range" !exit @23:9-23:14
    v22 = const 3 @23:15-23:16
    v23: list = call v21, v22 !exit @23:9-23:17
    v24 = iter v23 !exit @23:0-24:8
    jump block1 @23:0-24:8
block1:
    for_iter v24, next block4, done block2 !exit @23:0-24:8
block2:
    jump block3 @23:0-24:8
block3:
    v25 = load.name "g" !exit @25:0-25:1
    v26 = const 1 @25:4-25:5
    v27 = const 2.0 @25:9-25:12
    v28 = call kw["a", "b"], v25, v26, v27 !exit @25:0-25:13
    v29 = const None @25:0-25:13
    return v29 @25:0-25:13
block4(v30: object):
    store.name "k", v30 !exit @23:4-23:5
    jump block1 @23:0-24:8
end

function @1 "show" qualname "show" kind function suspension plain line 4
  params posonly 0 positional 1 kwonly 0
  locals "x" "y" "z"
block0:
    v0 = const 1 @5:8-5:9
    store.fast "y", v0 @5:4-5:5
    v1 = load.fast "x" !exit @6:7-6:8
    v2 = truth v1 !exit @6:7-6:8
    branch v2, block2, block1 @6:7-6:8
block1:
    jump block3 @6:4-7:15
block2:
    v3 = const 2.5 @7:12-7:15
    store.fast "y", v3 @7:8-7:9
    jump block3 @6:7-6:8
block3:
    v4 = const 3 @8:8-8:9
    store.fast "z", v4 @8:4-8:5
    del.fast "z" !exit @9:8-9:9
    v5 = load.fast "y" !exit @10:11-10:12
    return v5 @10:4-10:12
end

function @2 "range" qualname "range" kind function suspension plain line 13
  params posonly 0 positional 1 kwonly 0
  locals "n"
  local_types int
block0:
    v0: int = load.fast "n" !exit @14:12-14:13
    v1 = list.build v0 @14:11-14:14
    return v1 @14:4-14:14
end

function @3 "g" qualname "g" kind function suspension plain line 17
  params posonly 0 positional 2 kwonly 0
  locals "a" "b"
block0:
    v0 = load.fast "a" !exit @18:11-18:12
    v1 = load.fast "b" !exit @18:15-18:16
    v2 = binary.mul v0, v1 !exit @18:11-18:16
    return v2 @18:4-18:16
end
