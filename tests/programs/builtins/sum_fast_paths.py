# sum(): exact ints and floats are added in machine form while they can
# be (CPython 3.11's loop); the results match `+` on the objects.


class I(int):
    def __add__(self, o):
        return int(self) + int(o) + 1000

    __radd__ = __add__


class F(float):
    def __radd__(self, o):
        return float(o) + float(self) + 0.25


class Acc:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Acc(self.v + [o])

    def __radd__(self, o):
        return Acc([o])


print(sum(range(100)), sum([True, True, 3]), sum([], 5), sum(()))
print(sum([2**62, 2**62, 2**62]), sum([-(2**63), -1]), sum([2**70, 1]))
print(sum([1, 2.5, 3]), sum([0.1] * 10), sum([1.5, 2**70]), sum([0.5, True, 2]))
print(sum([-0.0]), sum([-0.0], -0.0), sum([float("inf"), 1]), sum([float("nan")]))
print(sum([1e308, 1e308]), sum([1, 2], 0.5), sum([1, 2], 10**30))
print(sum([1, I(2), 3]), sum([1.0, F(2.0)]), sum([F(1.0), 2.0]), sum([2.0, I(1)]))
print(sum([1, 2j, 0.5]), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([1, 2], True), sum([3], I(4)), sum(x / 2 for x in range(5)))
print(sum([Acc([0]), 1, 2.0]).v)
for bad in ["", b"", bytearray()]:
    try:
        sum([], bad)
    except TypeError as e:
        print("TypeError:", e)
for args in [(5, ""), ([1, "a"],), ([1.5, "a"],), ([None],)]:
    try:
        sum(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    sum([1], start="x")
except TypeError as e:
    print("TypeError:", e)
print(sum([1], start=2))
