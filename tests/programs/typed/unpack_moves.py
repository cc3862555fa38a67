# A tuple that a loop takes apart and never reads again moves into the
# unpacking instead of being counted twice. Loops that come back to the
# unpacking, handlers, generators and tuples read again must all still
# see every value.


def pairs_sum(pairs):
    total = 0.0
    for (a, b), (c, d) in pairs:
        total += a * d - b * c
    return total


def nested(rows):
    out = []
    for ((x, y), z), w in rows:
        out.append(x + y + z + w)
    return out


def with_handler(items):
    seen = []
    for item in items:
        try:
            a, b = item
            seen.append(a - b)
        except ValueError as e:
            seen.append(str(e))
        except TypeError as e:
            seen.append(type(e).__name__)
    return seen


def kept(points):
    last = None
    for p in points:
        x, y = p
        last = p
    return last, x, y


def gen(points):
    for (x, y), s in points:
        yield x * s, y * s


def shared(t, n):
    acc = []
    for _ in range(n):
        a, b = t
        acc.append(a + b)
    return acc, t


def walk(n):
    k = 0
    total = 0.0
    while k < n:
        (p, q), r = ((k * 0.5, k + 1.5), k)
        total += p * q - r
        k += 1
    return total


pairs = [((1.5, 2.0), (3.0, 4.5)), ((0.5, -1.0), (2.5, 2.0))] * 3
print(pairs_sum(pairs))
print(nested([(((1, 2), 3), 4), (((5.5, 6), 7), 8)]))
print(with_handler([(1, 2), (3, 4, 5), 7, (9.5, 0.5), "ab", ("x",)]))
print(kept([(1, 2), (3.0, 4.0), (5, 6)]))
print(list(gen([((1.0, 2.0), 3.0), ((4, 5), 6)])))
t = (1.25, 2.5)
print(shared(t, 3), t)
print(walk(10))
print(pairs_sum([((1.0, 2.0), (3.0,))]))
