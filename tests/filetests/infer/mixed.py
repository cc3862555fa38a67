# Comparisons, bools, strings, lists, builtins with fixed results,
# tuple unpacking (which stays object), a handler's exception.
def f(xs, name):
    n = len(xs)
    ok = n > 2 and n < 10
    label = name + "!"
    total = 0.0
    for v in xs:
        total += v
    a, b = n, total
    try:
        r = abs(-n) + round(total)
    except ValueError as e:
        r = -1
    return [label] * 2, ok, a, b, r, float(n) ** 2


print(f([1.0, 2.0, 3.0], "x"))
# ---- expected ----
# @0 () -> none
# @1 (list, str) -> tuple, called directly
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @3:0-15:50
    v1 = const None @3:0-15:50
    v2 = const None @3:0-15:50
    v3 = const None @3:0-15:50
    v4 = function.make @1, v0, v1, v2, v3 @3:0-15:50
    store.name "f", v4 !exit @3:0-15:50
    v5 = load.name "print" !exit @18:0-18:5
    v6 = load.name "f" !exit @18:6-18:7
    v7 = const 1.0 @18:9-18:12
    v8 = const 2.0 @18:14-18:17
    v9 = const 3.0 @18:19-18:22
    v10 = list.build v7, v8, v9 @18:8-18:23
    v11 = const "x" @18:25-18:28
    v12: tuple = call v6, v10, v11 !exit @18:6-18:29
    v13 = call v5, v12 !exit @18:0-18:30
    v14 = const None @18:0-18:30
    return v14 @18:0-18:30
end

function @1 "f" qualname "f" kind function suspension plain line 3
  params posonly 0 positional 2 kwonly 0
  locals "xs" "name" "n" "ok" "label" "total" "v" "a" "b" "r" "e"
  local_types list str int bool str object object int object object object
block0:
    v0 = load.global "len" !exit @4:8-4:11
    v1: list = load.fast "xs" !exit @4:12-4:14
    v2: int = call v0, v1 !exit @4:8-4:15
    store.fast "n", v2 @4:4-4:5
    v3: int = load.fast "n" !exit @5:9-5:10
    v4 = const 2 @5:13-5:14
    v5: bool = compare.gt v3, v4 !exit @5:9-5:14
    v6 = truth v5 !exit @5:9-5:14
    branch v6, block1, block2(v5) @5:9-5:25
block1:
    v7: int = load.fast "n" !exit @5:19-5:20
    v8 = const 10 @5:23-5:25
    v9: bool = compare.lt v7, v8 !exit @5:19-5:25
    jump block2(v9) @5:9-5:25
block2(v10: bool):
    store.fast "ok", v10 @5:4-5:6
    v11: str = load.fast "name" !exit @6:12-6:16
    v12 = const "!" @6:19-6:22
    v13: str = binary.add v11, v12 !exit @6:12-6:22
    store.fast "label", v13 @6:4-6:9
    v14 = const 0.0 @7:12-7:15
    store.fast "total", v14 @7:4-7:9
    v15: list = load.fast "xs" !exit @8:13-8:15
    v16 = iter v15 !exit @8:4-9:18
    jump block3 @8:4-9:18
block3:
    for_iter v16, next block11, done block4 !exit @8:4-9:18
block4:
    jump block5 @8:4-9:18
block5:
    v17: int = load.fast "n" !exit @10:11-10:12
    v18 = load.fast "total" !exit @10:14-10:19
    store.fast "a", v17 @10:4-10:5
    store.fast "b", v18 @10:7-10:8
    v19 = load.global "abs" !block6 @12:12-12:15
    v20: int = load.fast "n" !block6 @12:17-12:18
    v21: int = unary.neg v20 !block6 @12:16-12:18
    v22: int = call v19, v21 !block6 @12:12-12:19
    v23 = load.global "round" !block6 @12:22-12:27
    v24 = load.fast "total" !block6 @12:28-12:33
    v25 = call v23, v24 !block6 @12:22-12:34
    v26 = binary.add v22, v25 !block6 @12:12-12:34
    store.fast "r", v26 @12:8-12:9
    jump block10 @11:4-14:14
block6(v27: object):
    exc.push v27 @11:4-14:14
    v28 = load.global "ValueError" !block7 @13:11-13:21
    v29 = exc.match v27, v28 !block7 @13:4-14:14
    branch v29, block9, block8 @13:4-14:14
block7(v30: object):
    exc.pop @11:4-14:14
    reraise v30 !exit @11:4-14:14
block8:
    exc.pop @11:4-14:14
    reraise v27 !exit @11:4-14:14
block9:
    store.fast "e", v27 @13:4-14:14
    v31 = const -1 @14:12-14:14
    store.fast "r", v31 @14:8-14:9
    v32 = const None @13:4-14:14
    store.fast "e", v32 @13:4-14:14
    del.fast "e" !exit @13:4-14:14
    exc.pop @13:4-14:14
    jump block10 @13:4-14:14
block10:
    v33: str = load.fast "label" !exit @15:12-15:17
    v34 = list.build v33 @15:11-15:18
    v35 = const 2 @15:21-15:22
    v36: list = binary.mul v34, v35 !exit @15:11-15:22
    v37: bool = load.fast "ok" !exit @15:24-15:26
    v38: int = load.fast "a" !exit @15:28-15:29
    v39 = load.fast "b" !exit @15:31-15:32
    v40 = load.fast "r" !exit @15:34-15:35
    v41 = load.global "float" !exit @15:37-15:42
    v42: int = load.fast "n" !exit @15:43-15:44
    v43: float = call v41, v42 !exit @15:37-15:45
    v44 = const 2 @15:49-15:50
    v45: float = binary.pow v43, v44 !exit @15:37-15:50
    v46 = tuple.build v36, v37, v38, v39, v40, v45 @15:11-15:50
    return v46 @15:4-15:50
block11(v47: object):
    store.fast "v", v47 @8:8-8:9
    v48 = load.fast "total" !exit @9:8-9:13
    v49 = load.fast "v" !exit @9:17-9:18
    v50 = inplace.add v48, v49 !exit @9:8-9:18
    store.fast "total", v50 @9:8-9:13
    jump block3 @8:4-9:18
end
