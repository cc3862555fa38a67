# Arithmetic and comparisons with a float constant on one side, in loops
# and in code that runs once: ints, floats, bools, big ints, objects with
# reflected operators, and the errors (division by zero, bad operands).


class Meters:
    def __init__(self, v):
        self.v = v

    def __rmul__(self, k):
        return Meters(k * self.v)

    __mul__ = __rmul__

    def __radd__(self, k):
        return Meters(k + self.v)

    def __sub__(self, k):
        return Meters(self.v - k)

    def __rsub__(self, k):
        return Meters(k - self.v)

    def __rtruediv__(self, k):
        return Meters(k / self.v)

    def __ge__(self, other):
        return self.v >= other

    def __lt__(self, other):
        return self.v < other

    def __gt__(self, other):
        return self.v > other

    def __repr__(self):
        return f"Meters({self.v})"


values = [3, -7, 2.5, True, False, 2**70, -(2**64), 0.0, -0.0, float("inf"), Meters(4)]

once = [1.5 * 2, 3 - 0.25, 0.5 + True, 2**80 * 0.5, 7 / 2.0, 10 // 4.0, 2.0**10]
print(once)


def mixed(xs):
    out = []
    for x in xs:
        out.append((0.5 * x, x * 2.0, 1.25 + x, x - 0.75, 3.0 - x))
    return out


for row in mixed(values):
    print(row)


def divide(xs):
    out = []
    for x in xs:
        try:
            out.append(1.0 / x)
        except ZeroDivisionError as e:
            out.append("ZeroDivisionError: " + str(e))
        except TypeError as e:
            out.append("TypeError: " + str(e))
    return out


print(divide(values))


def compare(xs):
    out = []
    for x in xs:
        out.append((x < 0.5, x > 2.5, 0.5 <= x, x == 3.0, x != 2.5))
    return out


for row in compare(values + [float("nan"), 2**53 + 1]):
    print(row)


def accumulate(n):
    total = 0
    scale = 1.0
    for i in range(n):
        total = total + 0.1 * i
        scale = scale * 1.5 - 0.25
        if total > 1e6:
            break
    return total, scale


print(accumulate(50))


def bad(xs):
    for x in xs:
        print(2.0 * x)


bad([1, 2.5, "s"])
