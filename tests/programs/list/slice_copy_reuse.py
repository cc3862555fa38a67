# `a = b[i:j:k]` may write the copy into the list `a` held, when nothing
# else holds it; every other case makes a new list. Either way the values,
# aliases and finalizers are what CPython gives.
class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


def closing(tag):
    try:
        yield tag
    finally:
        print("closed", tag)


def copies(src, rounds):
    out = []
    cur = [0]
    for r in range(rounds):
        cur = src[:]
        cur[0] = r
        out.append(sum(cur))
        cur = src[1:4]
        out.append(len(cur))
        cur = src[::-1]
        out.append(cur[0])
        cur = src[5:1:-2]
        out.append(cur)
    return out, cur


def aliases(src):
    a = [9, 9, 9]
    keep = a
    a = src[:]
    a[0] = "changed"
    b = src[:2]
    b = b[:]
    c = src[:]
    c = c[1:]
    return a, keep, b, c, src


def kinds(src):
    t = (1, 2, 3)
    x = t
    x = src[:2]
    s = "text"
    y = s
    y = src[1:]

    class L(list):
        pass

    z = L([7, 8])
    z = src[2:]
    return x, y, z, t, s


def started(tag):
    g = closing(tag)
    next(g)
    return [g]


def finalizers(src):
    held = started("a")
    print("before")
    held = src[:]
    print("after", held)
    return held


def unbound(src, flag):
    if flag:
        fresh = [1]
    fresh = src[:]
    return fresh


print(copies([1, 2, 3, 4, 5, 6], 3))
print(aliases([1, 2, 3]))
print(kinds([Item("p"), Item("q"), Item("r")]))
print(finalizers([4, 5]))
print(unbound([3], True), unbound([3], False))
def rotations(src, rounds):
    cur = []
    seen = []
    for _ in range(rounds):
        cur = src[::-1]
        seen.append(cur[0])
        cur = cur[1:]
        seen.append(cur)
    return cur, seen


objs = [Item(c) for c in "xyz"]
for _ in range(3):
    print(rotations(objs, 2), objs)
