# Values read from containers, attributes and calls are speculated to be
# floats where they meet floats in arithmetic (directly, or through sums,
# locals and block parameters); ints meeting ints are left alone.
def step(body, dt):
    x, y = body[0]
    dx = x - y
    body[1] = body[1] + dx * dt
    return dx


def count(items):
    total = 0
    for k in items:
        total = total + k[0] * 2
    return total


print(step([[1.0, 2.0], 3.0], 0.5), count([[1], [2]]))
# ---- expected ----
# @0 () -> none
# @1 (list, float) -> float, called directly
# @2 (list) -> object, called directly
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @4:0-8:13
    v1 = const None @4:0-8:13
    v2 = const None @4:0-8:13
    v3 = const None @4:0-8:13
    v4 = function.make @1, v0, v1, v2, v3 @4:0-8:13
    store.name "step", v4 !exit @4:0-8:13
    v5 = const None @11:0-15:16
    v6 = const None @11:0-15:16
    v7 = const None @11:0-15:16
    v8 = const None @11:0-15:16
    v9 = function.make @2, v5, v6, v7, v8 @11:0-15:16
    store.name "count", v9 !exit @11:0-15:16
    v10 = load.name "print" !exit @18:0-18:5
    v11 = load.name "step" !exit @18:6-18:10
    v12 = const 1.0 @18:13-18:16
    v13 = const 2.0 @18:18-18:21
    v14 = list.build v12, v13 @18:12-18:22
    v15 = const 3.0 @18:24-18:27
    v16 = list.build v14, v15 @18:11-18:28
    v17 = const 0.5 @18:30-18:33
    v18: float = call v11, v16, v17 !exit @18:6-18:34
    v19 = load.name "count" !exit @18:36-18:41
    v20 = const 1 @18:44-18:45
    v21 = list.build v20 @18:43-18:46
    v22 = const 2 @18:49-18:50
    v23 = list.build v22 @18:48-18:51
    v24 = list.build v21, v23 @18:42-18:52
    v25 = call v19, v24 !exit @18:36-18:53
    v26 = call v10, v18, v25 !exit @18:0-18:54
    v27 = const None @18:0-18:54
    return v27 @18:0-18:54
end

function @1 "step" qualname "step" kind function suspension plain line 4
  params posonly 0 positional 2 kwonly 0
  locals "body" "dt" "x" "y" "dx"
  local_types list float float float float
block0:
    v0: list = load.fast "body" !exit @5:11-5:15
    v1 = const 0 @5:16-5:17
    v2 = item.get v0, v1 !exit @5:11-5:18
    v3 = unpack.seq #2, v2 !exit @5:4-5:8
    v4: float = tuple.item #0, v3 @5:4-5:8
    store.fast "x", v4 @5:4-5:5
    v5: float = tuple.item #1, v3 @5:4-5:8
    store.fast "y", v5 @5:7-5:8
    v6: float = load.fast "x" !exit @6:9-6:10
    v7: float = load.fast "y" !exit @6:13-6:14
    v8: float = binary.sub v6, v7 !exit @6:9-6:14
    store.fast "dx", v8 @6:4-6:6
    v9: list = load.fast "body" !exit @7:14-7:18
    v10 = const 1 @7:19-7:20
    v11: float = item.get v9, v10 !exit @7:14-7:21
    v12: float = load.fast "dx" !exit @7:24-7:26
    v13: float = load.fast "dt" !exit @7:29-7:31
    v14: float = binary.mul v12, v13 !exit @7:24-7:31
    v15: float = binary.add v11, v14 !exit @7:14-7:31
    v16: list = load.fast "body" !exit @7:4-7:8
    v17 = const 1 @7:9-7:10
    item.set v16, v17, v15 !exit @7:4-7:11
    v18: float = load.fast "dx" !exit @8:11-8:13
    return v18 @8:4-8:13
end

function @2 "count" qualname "count" kind function suspension plain line 11
  params posonly 0 positional 1 kwonly 0
  locals "items" "total" "k"
  local_types list object object
block0:
    v0 = const 0 @12:12-12:13
    store.fast "total", v0 @12:4-12:9
    v1: list = load.fast "items" !exit @13:13-13:18
    v2 = iter v1 !exit @13:4-14:32
    jump block1 @13:4-14:32
block1:
    for_iter v2, next block4, done block2 !exit @13:4-14:32
block2:
    jump block3 @13:4-14:32
block3:
    v3 = load.fast "total" !exit @15:11-15:16
    return v3 @15:4-15:16
block4(v4: object):
    store.fast "k", v4 @13:8-13:9
    v5 = load.fast "total" !exit @14:16-14:21
    v6 = load.fast "k" !exit @14:24-14:25
    v7 = const 0 @14:26-14:27
    v8 = item.get v6, v7 !exit @14:24-14:28
    v9 = const 2 @14:31-14:32
    v10 = binary.mul v8, v9 !exit @14:24-14:32
    v11 = binary.add v5, v10 !exit @14:16-14:32
    store.fast "total", v11 @14:8-14:13
    jump block1 @13:4-14:32
end
