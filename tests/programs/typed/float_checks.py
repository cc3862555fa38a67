# Functions whose locals inference expects to be floats, called and used in
# ways that break the expectation: every result must be what CPython gives.


def scale(x, k):
    y = x * 1.5
    z = y + k
    return z / 2.0


print(scale(2.0, 3))
print(scale(2, 3))           # an int where a float was seen
print(scale(True, 1))
print(scale(2.5, 10**30))   # a big int in float arithmetic


class F(float):
    def __add__(self, other):
        return float(self) + other + 100

    def __mul__(self, other):
        return F(float(self) * 2)


print(scale(F(1.0), 2.0))   # a float subclass: its own operators run


class Weird:
    def __mul__(self, other):
        return "weird"

    def __radd__(self, other):
        return 5


try:
    print(scale(Weird(), 1.0))
except TypeError as e:
    print("TypeError:", e)


def accumulate(n):
    s = 0.0
    for i in range(n):
        s += i / 4
    t = -s
    return s, t


print(accumulate(10))


def divide_all(xs):
    out = 0.0
    for x in xs:
        try:
            out += 1.0 / x
        except ZeroDivisionError as e:
            print("caught", e)
            out -= 0.5
    return out


print(divide_all([1.0, 2.0, 0.0, 4.0, 0, 8]))


def maybe(flag):
    if flag:
        v = 2.5
    return v * 2.0


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def specials():
    inf = float("inf")
    nan = inf - inf
    a = 1e308 * 10.0
    print(a, nan == nan, nan != nan, nan < 1.0, inf > 1e308, -0.0 == 0.0)
    b = 1.0 / 3.0
    print(b, repr(b * 3.0), 0.1 + 0.2)
    big = 2 ** 60 + 1
    print(big * 1.0 == big, 1.0 * (2 ** 53 + 1), (2 ** 53 + 1) > 2.0 ** 53)


specials()


def rebinding():
    r = helper(2.0)
    return r * 2.0


def helper(x):
    return x + 0.5


print(rebinding())
helper = lambda x: "patched"
try:
    print(rebinding())
except TypeError as e:
    print("TypeError:", e)


def with_locals():
    p = 1.25
    q = p * 4.0
    return sorted(locals().items())


print(with_locals())


def closure():
    c = 0.5

    def inner():
        return c * 2.0

    c = c + 1.0
    return inner()


print(closure())


def series(n):
    total = 0.0
    term = 1.0
    k = 1
    while k < n:
        term = term * 0.5
        total = total + term
        k += 1
    return total, term


print(series(30))


def int_division(a, b):
    q = a / b
    return q + 0.25


print(int_division(7, 2), int_division(10**20, 3))
try:
    int_division(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def fail_midway(xs):
    acc = 0.0
    for x in xs:
        acc = acc + x
    return acc


print(fail_midway([0.5, 1.5, 2]))
try:
    print(fail_midway([0.5, "s"]))
except TypeError as e:
    print("TypeError:", e)
