# Range loops, which native code steps inline when the values are small
# ints: every shape of range, values beyond small ints, a rebound `range`,
# an exhausted iterator reused, an iterator advanced by hand.


def total(r):
    s = 0
    for i in r:
        s += i
    return s


print(total(range(10)), total(range(3, 30, 4)), total(range(10, -10, -3)))
print(total(range(0)), total(range(5, 5)), total(range(2**61 - 3, 2**61 + 3)))
print(total(range(-2**61 - 2, -2**61 + 2)), total(range(2**64, 2**64 + 3)))


def count(n):
    c = 0
    for _ in range(n):
        c += 1
    return c


print(count(1000), count(-5))


def manual():
    it = iter(range(6))
    out = []
    for x in it:
        out.append(x)
        if x % 2 == 0:
            out.append(next(it, None))
    for x in it:
        out.append(("again", x))
    return out


print(manual())


def nested(n):
    s = 0
    for i in range(n):
        for j in range(i, n, 2):
            s += i * j
    return s


print(nested(30))


def shadowed(n):
    range = lambda k: [k, k * 2]
    return [i for i in range(n)]


print(shadowed(4))


def early(n):
    for i in range(n):
        if i * i > 50:
            return i
    return -1


print(early(100), early(3))
