# Cells typed by what is stored into them: a comprehension's loop variable
# read by a generator expression, a cell parameter, nonlocal counters and
# accumulators, and the cases where the expectation fails at run time (a
# big int, a string, a float where an int was stored, a deleted cell).


def pair(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def rows(u):
    n = len(u)
    return [sum(pair(i, j) * u[j] for j in range(n)) for i in range(n)]


def cols(u):
    n = len(u)
    return [sum(pair(j, i) * u[j] for j in range(n)) for i in range(n)]


print(rows([1.0, 2.0, 3.0]))
# Arguments past the small ints, and a zero divisor.
indirect = [pair]
print(indirect[0](2 ** 62, 2 ** 62), indirect[0](True, 3), indirect[0](2.5, 1))
try:
    pair(-1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(cols([1.0, 2.0, 3.0]))
# Items that are not floats: ints, a big int, a bool, then a string.
print(rows([1, 2 ** 70, True]))
try:
    print(rows([1.0, "x", 2.0]))
except TypeError as e:
    print("TypeError:", e)


def scaled(k):
    def by(x):
        return x * k + k * k
    return [by(x) for x in range(4)]


print(scaled(2.5))
print(scaled(3))
print(scaled(2 ** 62))
print(scaled(True))


def counter(n):
    count = 0
    total = 0.0
    def step(x):
        nonlocal count, total
        count += 1
        total += x * 0.5
        return count
    for i in range(n):
        step(i)
    step(1e308)
    step(1e308)
    return count, total


print(counter(5))


def grows(n):
    big = 1
    def double():
        nonlocal big
        big = big * 2 + big
    for _ in range(n):
        double()
    return big


print(grows(10), grows(80))


def retyped(flag):
    v = 1
    def swap():
        nonlocal v
        v = "now a string" if flag else 2.5
    swap()
    return [v * 2 for _ in range(2)]


print(retyped(True), retyped(False))


def ranges(n):
    return [[i * j + i for j in range(i)] for i in range(n)]


print(ranges(5))


def gone():
    c = 1
    def read():
        return c + 1
    print(read())
    del c
    return read()


try:
    gone()
except NameError as e:
    print("NameError:", e)


def nested_gen(n):
    scale = 0.25
    return sum(x * scale * y for x in range(n) for y in range(x))


print(nested_gen(10))


def cell_param(a, b):
    f = lambda: a * b + a
    return f()


print(cell_param(3, 4), cell_param(1.5, 2), cell_param("ab", 2))
print(cell_param(2 ** 40, 2 ** 40))


def unseen(k):
    return [k * i for i in range(3)]


print(unseen(2))
fns = [unseen]
print(fns[0]("s"))
print(fns[0](0.5))
