# A float a function returns reaches a direct caller as a double, with no
# float object; a caller that keeps objects, the VM, a fallback or an
# exception get what they always got.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


def ratio(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def weighted(n):
    total = 0.0
    for i in range(n):
        for j in range(n):
            total += ratio(i, j) * 0.5
    return total


def harmonic(n):
    if n == 0:
        return 0.0
    return 1.0 / n + harmonic(n - 1)


def scale(a, b):
    return a / b


def lengths(vs):
    out = 0.0
    for v in vs:
        out += v.norm2()
    return out


def kept(n):
    xs = []
    for i in range(n):
        xs.append(ratio(i, i))
    return xs, [type(x).__name__ for x in xs]


def closing():
    try:
        yield 1
    finally:
        print("finally", half(3.0))


def half(x):
    return x * 0.5


def outer(x):
    # The generator's `finally` runs as the return releases `g`, and
    # returns a float of its own to a direct caller.
    g = closing()
    next(g)
    y = x * 2.0
    return y


def outers(n):
    t = 0.0
    for i in range(n):
        t += outer(i * 1.0)
    return t


def mixed(pairs):
    acc = 0.0
    for a, b in pairs:
        acc += scale(a, b)
    return acc


print(weighted(30))
print(harmonic(50))
print(lengths([Vec(1.5, 2.0), Vec(0.5, -1.0), Vec(3, 4)]))
print(kept(4))
print(list(map(ratio, range(3), range(3))))
print(sorted([3, 1, 2], key=lambda k: ratio(k, 0)))
print(mixed([(1.0, 2.0), (3, 4), (2**70, 2.0), (5, 0.5)]))
try:
    print(mixed([(1.0, 2.0), (1.0, 0.0)]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(mixed([(1.0, 2.0), ("a", 2.0)]))
except TypeError as e:
    print("TypeError", e)
big = 10.0
for _ in range(3):
    big = scale(big, 1e-300)
print(big, scale(big, -1e-300))
print(weighted(3) == weighted(3), harmonic(1) is harmonic(1))
print(scale(1, 3), scale(7.5, 2.5))
print(outers(3), outer(5.0))
mixed([(2.0, 4.0), (1, 0)])
