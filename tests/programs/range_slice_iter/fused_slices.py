# Slicing right after its slice is made (`a[i:j:k]`, `a[i:j:k] = v`):
# native code does both as one call, with no slice object for an exact
# list whose bounds are None or small ints. Everything else (subclasses,
# strings, tuples, big or custom bounds, errors) must behave as before.


class Loud(list):
    def __getitem__(self, k):
        print("  getitem", k)
        return list.__getitem__(self, k)

    def __setitem__(self, k, v):
        print("  setitem", k, v)
        list.__setitem__(self, k, v)


def views(a, n):
    return a[1:n], a[::-1], a[n:1:-2], a[-100:100], a[n:], a[:-n], a[:]


def assign(a, n):
    a[1:3] = [70, 80, 90]
    a[::2] = a[::2]
    a[:] = a
    a[::-1] = a
    a[n:] = []
    a[:0] = (1, 2)
    return a


def reversals(n):
    perm = list(range(n))
    flips = 0
    k = perm[0] if perm[0] else n - 1
    while k:
        perm[: k + 1] = perm[k::-1]
        flips += 1
        k = perm[0]
    return flips, perm


class Two:
    def __index__(self):
        print("  __index__")
        return 2


def odd_bounds(a):
    big = 10**30
    print(a[-big:big], a[big:-big:-1])
    print(a[Two() : 5])
    a[Two() : 4] = "xy"
    print(a)
    del a[1:3]
    print(a)
    print(a[True:])


def errors(a, k):
    try:
        a[::k]
    except ValueError as e:
        print("ValueError:", e)
    try:
        a[::2] = [1]
    except ValueError as e:
        print("ValueError:", e)
    try:
        a[1:2] = 5
    except TypeError as e:
        print("TypeError:", e)
    try:
        a["x":]
    except TypeError as e:
        print("TypeError:", e)
    try:
        a[1.5:]
    except TypeError as e:
        print("TypeError:", e)


def others(s, t, k):
    return s[k:], s[:k], s[::k], t[1:k], t[::-1], range(10)[k::3], b"bytes"[k:]


def tail(x, i):
    return x[i:]


print(views(list(range(10)), 6))
print(views(Loud(range(10)), 6))
print(assign(list(range(10)), 5))
print(assign(Loud(range(6)), 4))
for n in range(1, 8):
    print(n, reversals(n))
odd_bounds(list(range(8)))
errors(list(range(8)), 0)
print(others("hello world", (1, 2, 3, 4), 2))
print(tail([1, 2, 3], 1))
tail(None, 1)
