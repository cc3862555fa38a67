# A slice assignment whose value is a slice read right before it
# (`a[:k + 1] = a[k::-1]`): native code runs the pair as one call without
# the intermediate list when the parts are small ints, and must still do
# exactly what the read and then the assignment do, in that order.


def flip(perm, k):
    perm[: k + 1] = perm[k::-1]
    return perm


for k in (0, 1, 3, 5, 9, -1, -3, -7, 2 ** 61 - 1):
    print(k, flip(list(range(6)), k))


def shift(a, i, j):
    a[i + 1 : j + 1] = a[i:j]
    return a


print(shift(list("abcdef"), 1, 4), shift(list("abcdef"), 0, 6), shift([], 0, 0))


def copy_into(dst, src, n):
    dst[n - 2 : n] = src[0 : n - 3 : 2]
    return dst


print(copy_into([0] * 6, [10, 20, 30, 40, 50, 60], 6))
print(copy_into([0] * 6, [10, 20, 30, 40, 50, 60], 5))
# Lengths that differ: the list grows or shrinks.
print(copy_into([0] * 6, list(range(10, 100, 10)), 9))
print(copy_into([0, 1], [7], 2))


def stepped(a, k):
    a[:: k + 1] = a[1 :: k + 1]
    return a


print(stepped(list(range(8)), 1), stepped(list(range(9)), 2))
try:
    stepped(list(range(7)), 1)
except ValueError as e:
    print("ValueError:", e)


class Shelf(list):
    def __setitem__(self, k, v):
        print("  Shelf set", k, v)
        super().__setitem__(k, v)

    def __getitem__(self, k):
        r = super().__getitem__(k)
        print("  Shelf get", k, r)
        return r


print(flip(Shelf([1, 2, 3]), 1))
s = Shelf("xyz")
t = [0, 0, 0]
t[: len(s) - 1] = s[1 - 1 : 2]
print(t)


def from_other(dst, src, k):
    dst[: k - 0] = src[k::-1]
    return dst


print(from_other([0, 0, 0], (1, 2, 3), 2), from_other(bytearray(b"abc"), b"xyz", 1))
print(from_other([0, 0, 0], "xyz", 2), from_other([0, 0, 0], range(5), 2))
for dst, src in (((0, 0), [1, 2]), ([0, 0], 5), ([0, 0], {1: 2})):
    try:
        from_other(dst, src, 1)
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)

# Objects, not ints: counts must come out right.
words = ["alpha", "beta", "gamma", "delta", "epsilon"]
keep = [w.upper() for w in words]
for k in range(5):
    flip(keep, k)
print(keep, words)
nested = [[i] for i in range(5)]
for _ in range(3):
    flip(nested, 3)
print(nested)

# Operands that are not small ints take the generic way.
for k in (2 ** 62, 2.0, True, None, "1"):
    try:
        print(repr(k), flip(list(range(4)), k))
    except TypeError as e:
        print(repr(k), "TypeError:", e)


class Index:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        print("  __add__ runs after the read")
        return self.v + other

    def __index__(self):
        return self.v


print(flip(list(range(5)), Index(2)))


def sort_key_moves(xs):
    def key(x):
        xs[:1] = xs[0:1]
        return -x

    xs.sort(key=key)
    return xs


try:
    print(sort_key_moves([3, 1, 2]))
except ValueError as e:
    print("ValueError:", e)


def mismatch(a):
    a[::2] = a[0:1]


mismatch(list(range(6)))
