# Flat unpacking of exact lists, taken apart inline in native code: the
# items are copied at once, before any target is stored.


def swap_in_place(x):
    x, y = x
    return x, y


def rotate(points):
    out = []
    for p in points:
        a, b, c = p
        out.append([c, a, b])
    return out


class Holder:
    pass


def to_attrs(h, row):
    h.a, h.b = row
    return h.a + h.b


def to_items(d, row):
    d["x"], d["y"] = row
    return d


def in_loop(n):
    pair = [0, 1]
    total = 0
    for _ in range(n):
        a, b = pair
        pair = [b, a + b]
        total += a
    return total, pair


def floats(rows):
    total = 0.0
    for row in rows:
        x, y = row
        total += x * y
    return total


def gen_unpack(rows):
    for row in rows:
        a, b = row
        yield b, a


class L(list):
    pass


def sort_key(item):
    k, v = item
    return v


print(swap_in_place([1, 2]))
print(swap_in_place([[3], "s"]))
print(rotate([[1, 2, 3], [4.5, "x", None], [[], (), {}]]))
h = Holder()
print(to_attrs(h, [10, 20]), h.a, h.b)
print(to_items({}, ["p", "q"]))
print(in_loop(30))
print(floats([[1.5, 2.0], [3, 4], [0.5, 8]]))
print(list(gen_unpack([[1, 2], [3, 4]])))
print(rotate([L([7, 8, 9])]))
print(sorted([[1, 3], [2, 1], [3, 2]], key=sort_key))
for bad in ([1, 2, 3], [1], []):
    try:
        print(swap_in_place(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    rotate([[1, 2, 3], [1, 2]])
except ValueError as e:
    print("ValueError", e)
shared = [1, 2, 3]
views = [shared, shared]
print(rotate(views), shared)
