# Reads of closure cells in loops: the owner's own cells, free variables
# of nested functions called directly, comprehensions and generators,
# cells rebound and emptied between reads, and the errors of empty cells.


def owner_reads(n):
    scale = 3
    rows = [[scale * i + j for j in range(n)] for i in range(n)]
    total = 0
    for i in range(n):
        total += scale * i
        if i == n // 2:
            scale = 5
    return rows, total, [x * scale for x in range(n)]


print(owner_reads(4))


def counter():
    count = 0

    def bump(by):
        nonlocal count
        count += by
        return count

    def peek():
        return count

    return bump, peek


bump, peek = counter()
seen = []
for k in range(6):
    bump(k)
    seen.append(peek())
print(seen)


def adder(base):
    def add(x):
        return x + base

    return add


add_ten = adder(10)
add_half = adder(0.5)
add_none = adder(None)
print(sum(add_ten(i) for i in range(100)), sum(add_half(i) for i in range(4)))
try:
    add_none(1)
except TypeError as e:
    print("TypeError:", e)


def recursive(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)

    return [fact(i) for i in range(n)]


print(recursive(8))


def gen_cells(limit):
    step = 2

    def walk():
        i = 0
        while i < limit:
            yield i
            i += step

    out = []
    for v in walk():
        out.append(v)
        if v == 4:
            step = 3
    return out


print(gen_cells(20))


def emptied():
    value = "set"

    def read():
        return value

    results = []
    for i in range(3):
        if i == 2:
            del value
        try:
            results.append(read())
        except NameError as e:
            results.append(type(e).__name__ + ": " + str(e))
    return results


print(emptied())


def own_empty():
    def later():
        return late

    out = []
    for i in range(2):
        try:
            out.append(late)
        except NameError as e:
            out.append(type(e).__name__ + ": " + str(e))
    late = 1
    out.append(later())
    return out


print(own_empty())


def big_values():
    big = 2**70
    neg = -(2**62)
    f = 1.5
    return [(lambda: big)(), (lambda: neg)(), (lambda: f)()]


print(big_values())


def unhandled():
    def inner():
        return missing * 2

    for i in range(3):
        if i == 1:
            print(inner())
        missing = i
    del missing
    return inner()


unhandled()
