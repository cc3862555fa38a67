# Interprocedural: the parameter of a recursive function and its result.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def half(x):
    return x / 2


print(fib(20), half(fib(10)))
# ---- expected ----
# @0 () -> none
# @1 (int) -> int, called directly
# @2 (int) -> float, called directly
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @2:0-5:34
    v1 = const None @2:0-5:34
    v2 = const None @2:0-5:34
    v3 = const None @2:0-5:34
    v4 = function.make @1, v0, v1, v2, v3 @2:0-5:34
    store.name "fib", v4 !exit @2:0-5:34
    v5 = const None @8:0-9:16
    v6 = const None @8:0-9:16
    v7 = const None @8:0-9:16
    v8 = const None @8:0-9:16
    v9 = function.make @2, v5, v6, v7, v8 @8:0-9:16
    store.name "half", v9 !exit @8:0-9:16
    v10 = load.name "print" !exit @12:0-12:5
    v11 = load.name "fib" !exit @12:6-12:9
    v12 = const 20 @12:10-12:12
    v13: int = call v11, v12 !exit @12:6-12:13
    v14 = load.name "half" !exit @12:15-12:19
    v15 = load.name "fib" !exit @12:20-12:23
    v16 = const 10 @12:24-12:26
    v17: int = call v15, v16 !exit @12:20-12:27
    v18: float = call v14, v17 !exit @12:15-12:28
    v19 = call v10, v13, v18 !exit @12:0-12:29
    v20 = const None @12:0-12:29
    return v20 @12:0-12:29
end

function @1 "fib" qualname "fib" kind function suspension plain line 2
  params posonly 0 positional 1 kwonly 0
  locals "n"
  local_types int
block0:
    v0: int = load.fast "n" !exit @3:7-3:8
    v1 = const 2 @3:11-3:12
    v2: bool = compare.lt v0, v1 !exit @3:7-3:12
    v3 = truth v2 !exit @3:7-3:12
    branch v3, block3, block1 @3:7-3:12
block1:
    jump block2 @3:4-4:16
block2:
    v4 = load.global "fib" !exit @5:11-5:14
    v5: int = load.fast "n" !exit @5:15-5:16
    v6 = const 1 @5:19-5:20
    v7: int = binary.sub v5, v6 !exit @5:15-5:20
    v8: int = call v4, v7 !exit @5:11-5:21
    v9 = load.global "fib" !exit @5:24-5:27
    v10: int = load.fast "n" !exit @5:28-5:29
    v11 = const 2 @5:32-5:33
    v12: int = binary.sub v10, v11 !exit @5:28-5:33
    v13: int = call v9, v12 !exit @5:24-5:34
    v14: int = binary.add v8, v13 !exit @5:11-5:34
    return v14 @5:4-5:34
block3:
    v15: int = load.fast "n" !exit @4:15-4:16
    return v15 @4:8-4:16
end

function @2 "half" qualname "half" kind function suspension plain line 8
  params posonly 0 positional 1 kwonly 0
  locals "x"
  local_types int
block0:
    v0: int = load.fast "x" !exit @9:11-9:12
    v1 = const 2 @9:15-9:16
    v2: float = binary.truediv v0, v1 !exit @9:11-9:16
    return v2 @9:4-9:16
end
