# Typed bodies keep floats as doubles only along chains of float
# arithmetic (one operation feeding another, or an item updated in
# place). Each function here has such a chain, so that its fallbacks,
# identity rules and frame readers run in a typed body: a float subclass,
# an unbound local, a rebound global, locals(), a closure, `is` between
# moved values, an exception inside a handler, and values that are no
# floats at all.


class F(float):
    def __add__(self, other):
        return float(self) + other + 100

    def __mul__(self, other):
        return F(float(self) * 2)


def scale(x, k):
    return x * k + 1.0


print(scale(2.0, 3.0), scale(F(1.0), 2.0), scale(2, 3), scale(True, 0.5))
try:
    scale("ab", 2.0)
except TypeError as e:
    print("TypeError:", e)


def maybe(flag):
    if flag:
        v = 2.5
    return v * 2.0 + 1.0


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def helper(x):
    return x + 0.5


def rebinding():
    r = helper(2.0)
    return r * 2.0 - 1.0


print(rebinding())
helper = lambda x: "patched"
try:
    print(rebinding())
except TypeError as e:
    print("TypeError:", e)
helper = lambda x: 7
print(rebinding())


def with_locals():
    p = 1.25
    q = p * 4.0
    s = q + 1.0
    return sorted(locals().items()), s


print(with_locals())


def closure():
    c = 0.5

    def inner():
        return c * 2.0 + 0.25

    c = c * 3.0 + 1.0
    return inner()


print(closure())


def moves(v, k):
    a = v[0] * k
    b = a
    c = v[1]
    d = c
    t = a * 2.0 + d
    return a is b, c is d, c is v[1], t


def kept_in_list(v):
    x = v[0] + 0.5
    y = x
    z = x * 2.0 - y
    out = [x, y]
    return out[0] is out[1], id(x) == id(y), z


def held(v):
    x = v[0]
    y = x + 1.0
    z = y * y
    return x, y, z, x is v[0]


print(moves([1.5, 2.5], 2.0), kept_in_list([1.0]), held([3.0]))
print(moves([1, 2], 3), held([2 ** 70]))


def safe_div(a, b):
    try:
        return (a / b) * 2.0 + 0.5
    except ZeroDivisionError:
        return float("inf")
    finally:
        pass


print(safe_div(1.0, 0.0), safe_div(1.0, 4.0), safe_div(3, 2))


def shrink(v):
    return int(v) if v > 50.0 else v


def deopts(n):
    x = 1.25
    for _ in range(n):
        x = x * 2.0 + 0.5
        x = shrink(x)
        yield x


print(list(deopts(8)))


def in_place(v, n):
    for i in range(n):
        v[i % len(v)] += 0.5
    return v


w = [1.0, 2.0]
alias = w[0]
print(in_place(w, 5), alias, in_place([1, 2.5, True], 3))
