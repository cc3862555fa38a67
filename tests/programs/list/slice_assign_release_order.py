# Items a slice assignment replaces leave after the list holds its new
# items: a generator closed by losing its last reference sees them, and
# items still referenced elsewhere stay alive and unchanged.


def watcher(name, seen):
    try:
        yield name
    finally:
        print("closing", name, "sees", seen)


def same_length():
    items = [0, 1, 2, 3]
    g = watcher("a", items)
    next(g)
    items[1] = g
    del g
    kept = object()
    items[2] = kept
    items[0:3] = [10, 11, 12]
    print(items, kept is not None)


def from_reversed_prefix():
    items = list(range(8))
    items[:5] = items[4::-1]
    print(len(items), items[0], items[2], items[4:])
    items[:4] = items[3::-1]
    print(items[0], items[1:4], items[4:])
    g = watcher("b", items)
    next(g)
    items[3] = g
    del g
    items[:] = []
    print(items)


def steps():
    items = list(range(12))
    print(items[::-1], items[10:2:-3], items[-2:-9:-2], items[20:0:-5], items[3:3:-1])
    print(items[::3], items[-100:100:4], items[5::-1], items[:5:-1])
    items[2:6] = (20, 30, 40, 50)
    items[-3:] = [x * 2 for x in items[:3]]
    print(items)
    items[1:3] = items[7:9]
    items[0:0] = items[:2]
    print(items)


same_length()
from_reversed_prefix()
steps()
