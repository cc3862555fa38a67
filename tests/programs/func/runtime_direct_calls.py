# Python functions the runtime calls (class calls' __init__, key functions,
# dunder methods, map/filter callbacks): native code runs them as direct
# calls, with no frame until one is needed.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def key_of(p):
    return -p.x * 10 + p.y


def shows_locals(v):
    doubled = v * 2
    return sorted(locals().items())


points = [Point(i % 3, i % 5) for i in range(8)]
print(sorted(points))
print(sorted(points, key=key_of)[:3])
print(len(set(points)), Point(1, 1) in set(points))
print(list(map(key_of, points)))
print(list(filter(lambda p: p.x == 1, points)))
print(list(map(shows_locals, [1, 2])))
print(max(points, key=key_of), min(points, key=lambda p: (p.y, p.x)))


class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


sys.setrecursionlimit(200)
try:
    Deep(500)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(1000)
print(Deep(100).child is not None)


def bad_key(p):
    return p.x / (p.y - 2)


try:
    sorted(points, key=bad_key)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Strict:
    def __init__(self, value):
        if value < 0:
            raise ValueError(f"negative: {value}")
        self.value = value


print([Strict(v).value for v in range(3)])
sorted(points, key=bad_key)
