# ** on floats and ints in native code: the inline path takes a positive
# finite base and a finite power; everything else must behave as CPython.


def power(x, y):
    return x ** y


def loop(n):
    total = 0.0
    for i in range(1, n):
        d = i * 0.5
        total += d ** -1.5 + d ** 0.5 + d ** 2
    return total


cases = [
    (2.0, 0.5), (2.0, -1.5), (9.0, 0.5), (1.5, 2), (2, 0.5), (2, -1),
    (2, 10), (2, 100), (-8.0, 1 / 3), (-2.0, 2), (-2.0, 3.0), (0.0, 2.0),
    (0.0, 0.0), (1.0, float("inf")), (2.0, float("inf")), (0.5, float("-inf")),
    (float("inf"), 2.0), (float("nan"), 0.0), (2.0, float("nan")),
    (1e-300, 2.0), (10.0, 308), (True, 0.5), (3, 2.0), (1e-5, -0.5),
]
for x, y in cases:
    try:
        print(repr(x), repr(y), repr(power(x, y)))
    except Exception as e:
        print(repr(x), repr(y), type(e).__name__, e)

for x, y in [(0.0, -1.0), (0, -2), (10.0, 400), (1e200, 2.0), (-1e200, 3.0)]:
    try:
        print(power(x, y))
    except Exception as e:
        print(type(e).__name__, e)

print(round(loop(2000), 6))
x = 3.0
x **= 0.5
print(x)


class P:
    def __pow__(self, other):
        return "P.__pow__"

    def __rpow__(self, other):
        return "P.__rpow__"


print(power(P(), 2.0), power(2.0, P()))
