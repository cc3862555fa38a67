# A call that leaves parameters to their defaults types the ones it
# passes; a float's power of a number is expected to be a float.
def advance(dt, n, scale=2):
    t = 0.0
    for _ in range(n):
        t += dt ** 2 + dt ** -1.5
    return t * scale


print(advance(0.5, 3))
# ---- expected ----
# @0 () -> none
# @1 (float, int, object) -> object, called directly
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const 2 @3:25-3:26
    v1 = tuple.build v0 @3:0-7:20
    v2 = const None @3:0-7:20
    v3 = const None @3:0-7:20
    v4 = const None @3:0-7:20
    v5 = function.make @1, v1, v2, v3, v4 @3:0-7:20
    store.name "advance", v5 !exit @3:0-7:20
    v6 = load.name "print" !exit @10:0-10:5
    v7 = load.name "advance" !exit @10:6-10:13
    v8 = const 0.5 @10:14-10:17
    v9 = const 3 @10:19-10:20
    v10 = call v7, v8, v9 !exit @10:6-10:21
    v11 = call v6, v10 !exit @10:0-10:22
    v12 = const None @10:0-10:22
    return v12 @10:0-10:22
end

function @1 "advance" qualname "advance" kind function suspension plain line 3
  params posonly 0 positional 3 kwonly 0
  locals "dt" "n" "scale" "t" "_"
  local_types float int object float int
block0:
    v0 = const 0.0 @4:8-4:11
    store.fast "t", v0 @4:4-4:5
    v1 = load.global "range" !exit @5:13-5:18
    v2: int = load.fast "n" !exit @5:19-5:20
    v3: range = call v1, v2 !exit @5:13-5:21
    v4: range_iterator = iter v3 !exit @5:4-6:33
    jump block1 @5:4-6:33
block1:
    for_iter v4, next block4, done block2 !exit @5:4-6:33
block2:
    jump block3 @5:4-6:33
block3:
    v5: float = load.fast "t" !exit @7:11-7:12
    v6 = load.fast "scale" !exit @7:15-7:20
    v7 = binary.mul v5, v6 !exit @7:11-7:20
    return v7 @7:4-7:20
block4(v8: int):
    store.fast "_", v8 @5:8-5:9
    v9: float = load.fast "t" !exit @6:8-6:9
    v10: float = load.fast "dt" !exit @6:13-6:15
    v11 = const 2 @6:19-6:20
    v12: float = binary.pow v10, v11 !exit @6:13-6:20
    v13: float = load.fast "dt" !exit @6:23-6:25
    v14 = const -1.5 @6:29-6:33
    v15: float = binary.pow v13, v14 !exit @6:23-6:33
    v16: float = binary.add v12, v15 !exit @6:13-6:33
    v17: float = inplace.add v9, v16 !exit @6:8-6:33
    store.fast "t", v17 @6:8-6:9
    jump block1 @5:4-6:33
end
