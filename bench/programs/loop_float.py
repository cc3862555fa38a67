# Float arithmetic in a loop: a numerical integration plus a simple recurrence.


def integrate(n):
    h = 1.0 / n
    s = 0.0
    for i in range(n):
        x = (i + 0.5) * h
        s += 4.0 / (1.0 + x * x)
    return s * h


def recurrence(n):
    x = 0.5
    acc = 0.0
    for _ in range(n):
        x = 3.7 * x * (1.0 - x)
        acc += x * 0.001 - acc * 0.0001
    return acc


print("%.10f" % integrate(5000000))
print("%.10f" % recurrence(4000000))
