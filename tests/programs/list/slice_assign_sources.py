# Slice assignment whose source is a list or a tuple (items copied
# straight into place), beside the sources that must be iterated.


def show(label, a):
    print(label, a, len(a))


def sources():
    a = list(range(10))
    a[2:5] = (70, 80, 90)
    show("tuple same length", a)
    a[2:5] = [1]
    show("list shorter", a)
    a[:0] = [-2, -1]
    show("prepend", a)
    a[len(a):] = (100, 101)
    show("append", a)
    a[1:3] = a
    show("itself", a)
    a[3:3] = []
    show("empty into empty", a)
    a[5:2] = [99]
    show("stop before start", a)
    a[-100:100] = ()
    show("cleared", a)
    a[:] = "abc"
    show("str", a)


class Noisy(list):
    def __iter__(self):
        print("  Noisy.__iter__")
        return iter(["from", "iter"])


class Pair(tuple):
    def __iter__(self):
        return iter(["never"])


def subclasses():
    a = [0, 1, 2, 3]
    a[1:3] = Noisy([5, 6, 7])
    show("list subclass", a)
    a[0:1] = Pair((8, 9))
    show("tuple subclass", a)
    p = Pair((1, 2))
    print("list()", list(p), "star", [*p], "tuple()", tuple(p), "len", len(p))
    print("args", *p)


def aliasing():
    a = [1, 2, 3, 4]
    b = a
    a[1:3] = [b, b]
    print("nested", a[0], a[1] is a, a[2] is a, a[3])
    rows = [[0] * 3 for _ in range(3)]
    rows[0][:] = rows[1]
    rows[1][1:2] = (7,)
    print("rows", rows, rows[0] is rows[1])


def closing():
    try:
        yield 1
    finally:
        print("  closed")


def lifetimes():
    g = closing()
    next(g)
    a = [0, g, 2]
    del g
    print("replacing")
    a[1:2] = (1,)
    print("replaced", a)
    h = closing()
    next(h)
    a.insert(0, h)
    del h
    print("shrinking")
    a[0:2] = []
    print("shrunk", a)


def extended():
    a = list(range(8))
    a[::2] = (10, 12, 14, 16)
    show("extended", a)
    a[1::3] = [7, 7, 7]
    show("extended list", a)
    try:
        a[::2] = (1, 2)
    except ValueError as e:
        print("ValueError:", e)


def in_a_loop():
    perm = list(range(9))
    flips = 0
    for k in (8, 3, 5, 1, 7, 2):
        perm[: k + 1] = perm[k::-1]
        flips += perm[0]
    print("loop", perm, flips)


sources()
subclasses()
aliasing()
lifetimes()
extended()
in_a_loop()
a = [1, 2]
a[0:1] = 5
