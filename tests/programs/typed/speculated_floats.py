# Values read from lists, tuples, attributes, globals and calls that meet
# floats in arithmetic are expected to be floats (speculation); here they
# often are not, and every result must still be CPython's.
import math


def pairs_step(pairs, dt):
    total = 0.0
    for ([x1, y1], v1), ([x2, y2], v2) in pairs:
        dx = x1 - x2
        dy = y1 - y2
        d = (dx * dx + dy * dy) ** 0.5
        v1[0] -= dx * dt
        v2[0] += dy * dt
        total += d
    return total


good = [([0.0, 1.0], [0.5]), ([3.0, 5.0], [1.5])]
print(pairs_step([(good[0], good[1])], 0.01), good)
# ints where floats were expected: the list unpacking meets an int
mixed = [([0, 1.0], [2]), ([3.0, 5], [1])]
print(pairs_step([(mixed[0], mixed[1])], 0.01), mixed)
# the second item of the unpacked list is the odd one out
odd = [([0.25, 7], [0.0]), ([1.0, 2.0], [0.0])]
print(pairs_step([(odd[0], odd[1]), (odd[1], odd[0])], 0.5), odd)
# big ints, bools and fractions-like objects
print(pairs_step([(([10**20, True], [1]), ([1.5, 2.5], [2.5]))], 2.0))


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"


class Particle:
    def __init__(self, x, v):
        self.x = x
        self.v = v

    def move(self, dt):
        self.x = self.x + self.v * dt
        return self.x * 0.5


p = Particle(1.0, 2.0)
print(p.move(0.25), p.x)
p = Particle(1, 2)          # ints
print(p.move(0.25), p.x)
p = Particle(Vec(1, 2), Vec(0.5, 0.25))   # objects with their own operators
print(p.move(2.0), p.x)

SCALE = 3


def scaled(values):
    out = []
    for i in range(len(values)):
        out.append(values[i] * 1.5 + SCALE * 0.5 - math.floor(values[i]) / 2.0)
    return out


print(scaled([1.0, 2.5, -3.25]))
print(scaled([1, 2, 3]))
print(scaled([True, 10**30, 7]))


def compare(points, limit):
    near = 0
    for p in points:
        if p[0] * 1.0 < limit:
            near += 1
    return near


print(compare([[0.5], [2.0], [1], [True]], 1.5))


def bad(items):
    s = 0.0
    for it in items:
        s += it[0] * 2.0
    return s


print(bad([[1.0], [2.0]]))
try:
    print(bad([[1.0], ["x"]]))
except TypeError as e:
    print("TypeError:", e)
print(bad([[1.5], [None]]))
