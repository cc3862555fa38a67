# A float's power is expected to be a float; a negative base to a
# fractional power gives a complex, an overflow raises.


def powers(xs):
    out = []
    for x in xs:
        y = x ** 0.5
        out.append(y * 2.0)
    return out


print(powers([4.0, 2.25, 0.0]))
print(powers([4.0, -4.0, 9.0]))
try:
    print(powers([1e200 ** 1.0, 1e300]))
except OverflowError as e:
    print("OverflowError:", e)


def mixed(n, base):
    total = 0.0
    for i in range(n):
        total += base ** i
    return total


print(mixed(5, 2.0), mixed(5, -0.5))
print(mixed(3, 10))
