# Float and int locals in a range loop; the parameter takes the type of
# the module's call.
def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


print(integrate(100))
# ---- expected ----
# @0 () -> none
# @1 (int) -> float, called directly
module "__main__" file "test.py"

function @0 "<module>" qualname "<module>" kind module suspension plain line 1
block0:
    v0 = const None @3:0-9:16
    v1 = const None @3:0-9:16
    v2 = const None @3:0-9:16
    v3 = const None @3:0-9:16
    v4 = function.make @1, v0, v1, v2, v3 @3:0-9:16
    store.name "integrate", v4 !exit @3:0-9:16
    v5 = load.name "print" !exit @12:0-12:5
    v6 = load.name "integrate" !exit @12:6-12:15
    v7 = const 100 @12:16-12:19
    v8: float = call v6, v7 !exit @12:6-12:20
    v9 = call v5, v8 !exit @12:0-12:21
    v10 = const None @12:0-12:21
    return v10 @12:0-12:21
end

function @1 "integrate" qualname "integrate" kind function suspension plain line 3
  params posonly 0 positional 1 kwonly 0
  locals "n" "h" "s" "i" "x"
  local_types int float float int float
block0:
    v0 = const 1.0 @4:8-4:11
    v1: int = load.fast "n" !exit @4:14-4:15
    v2: float = binary.truediv v0, v1 !exit @4:8-4:15
    store.fast "h", v2 @4:4-4:5
    v3 = const 0.0 @5:8-5:11
    store.fast "s", v3 @5:4-5:5
    v4 = load.global "range" !exit @6:13-6:18
    v5: int = load.fast "n" !exit @6:19-6:20
    v6: range = call v4, v5 !exit @6:13-6:21
    v7: range_iterator = iter v6 !exit @6:4-8:32
    jump block1 @6:4-8:32
block1:
    for_iter v7, next block4, done block2 !exit @6:4-8:32
block2:
    jump block3 @6:4-8:32
block3:
    v8: float = load.fast "s" !exit @9:11-9:12
    v9: float = load.fast "h" !exit @9:15-9:16
    v10: float = binary.mul v8, v9 !exit @9:11-9:16
    return v10 @9:4-9:16
block4(v11: int):
    store.fast "i", v11 @6:8-6:9
    v12: int = load.fast "i" !exit @7:13-7:14
    v13 = const 0.5 @7:17-7:20
    v14: float = binary.add v12, v13 !exit @7:13-7:20
    v15: float = load.fast "h" !exit @7:24-7:25
    v16: float = binary.mul v14, v15 !exit @7:12-7:25
    store.fast "x", v16 @7:8-7:9
    v17: float = load.fast "s" !exit @8:8-8:9
    v18 = const 4.0 @8:13-8:16
    v19 = const 1.0 @8:20-8:23
    v20: float = load.fast "x" !exit @8:26-8:27
    v21: float = load.fast "x" !exit @8:30-8:31
    v22: float = binary.mul v20, v21 !exit @8:26-8:31
    v23: float = binary.add v19, v22 !exit @8:20-8:31
    v24: float = binary.truediv v18, v23 !exit @8:13-8:32
    v25: float = inplace.add v17, v24 !exit @8:8-8:32
    store.fast "s", v25 @8:8-8:9
    jump block1 @6:4-8:32
end
