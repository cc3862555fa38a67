print(sorted([3, 1, 2]), sorted("bca", reverse=True), sorted({3: 0, 1: 0}), sorted([(1, "b"), (1, "a")]))
print(min(3, 1, 2), max([1, 5, 2]), min("ab", "b", key=len), max([], default=None), min([3, 1], key=lambda v: -v))
for call in ("min([])", "max()", "min(1)", "max(1, 2, key=None, default=0)"):
    try:
        print(eval(call))
    except (ValueError, TypeError) as e:
        print(call, "->", type(e).__name__ + ":", e)
