# Binary operators on operands that are not small ints or floats, in
# functions the native backend compiles: strs, lists, tuples, big ints,
# user classes with reflected and in-place methods, NotImplemented, the
# TypeErrors, an unbound local, and a float local that gets something else.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __radd__(self, o):
        return V(o * 100 + self.x)

    def __iadd__(self, o):
        self.x += 1000
        return self

    def __mul__(self, o):
        return NotImplemented

    def __rmul__(self, o):
        return "rmul"

    def __repr__(self):
        return f"V({self.x})"


def ops(a, b):
    out = []
    out.append(a + b)
    out.append(a * 2)
    out.append(b % 7 if isinstance(b, int) else b)
    return out


def strs(words):
    s = ""
    for w in words:
        s = s + w
        s += "-"
    return s, "%s=%d" % ("k", 3), s * 2


def big(n):
    x = 1
    for i in range(n):
        x = x * 3 + i
        x <<= 1
        x //= 2
        x ^= i
    return x, x % 1000007, -x // 7, x >> 60, x & 0xFFFF


def user():
    v = V(1)
    w = v + V(2)
    r = 5 + v
    v += 3
    m = 3 * v
    return v, w, r, m


def float_local(items):
    t = 0.5
    for it in items:
        t = t + it
    return t


def unbound(flag):
    if flag:
        z = 1
    return z + 1


def errors():
    for a, b in [(1, "a"), ("a", 1), ([1], (2,)), (None, 1), (V(1), None)]:
        try:
            a - b
        except TypeError as e:
            print("TypeError:", e)
    try:
        "x" + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        [1] * 1.5
    except TypeError as e:
        print("TypeError:", e)


print(ops("ab", "cd"), ops([1], [2, 3]), ops((1,), (2,)), ops(10**30, 10**20))
print(strs(["a", "bb", "ccc"]))
print(big(80))
print(user())
print(float_local([1, 2.5, 3]), float_local([1.5, 2.5]))
print(float_local([10**20, 0.5]))
errors()
try:
    float_local([1.0, "s"])
except TypeError as e:
    print("TypeError:", e)
print(unbound(True))
unbound(False)
