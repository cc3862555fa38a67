def show(*a, **k): return a, k
def src(tag, val):
    print("eval", tag)
    return val
print(show(src(1, 1), *src(2, [2, 3]), k=src(3, 3), **src(4, {"z": 4})))
