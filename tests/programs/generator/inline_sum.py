# sum() over a generator expression, which a function runs as an inline
# loop while `sum` is the builtin: results, names, rebinding, exceptions
# and their tracebacks must be those of the generator.
import builtins

real_sum = builtins.sum


def frames(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def totals(xs, k):
    ints = sum(x * k for x in xs if x > 1)
    floats = sum(x / 2 for x in xs)
    empty = sum(x for x in xs if x > 100)
    return ints, floats, empty


print(totals([1, 2, 3, 4], 3))
print(totals([], 3))


def matrix(u):
    n = len(u)
    return [sum(i * u[j] + j for j in range(n)) for i in range(n)]


print(matrix([1.0, 2.0, 3.0]))
print(matrix([1, 2, 3]))


def kinds():
    big = sum(x for x in [2**62, 2**62, 2**62])
    mixed = sum(x for x in [1, 2.5, True, 10**20])
    bools = sum(b for b in [True, True, False])
    neg = sum(-x for x in range(5))
    return big, mixed, bools, neg


print(kinds())


def scaled_total(xs, k):
    return sum(x * k for x in xs)


# Typed as floats from the first calls; then ints, big ints, -0.0 and
# objects arrive where floats were expected.
for _ in range(3):
    print(scaled_total([0.5, 1.5, 2.25], 2.0))
print(scaled_total([1, 2, 3], 2.0), scaled_total([1, 2, 3], 2))
print(scaled_total([-0.0], 1.0), scaled_total([], 1.0), scaled_total([-0.0, -0.0], 1.0))
print(scaled_total([10**30, 1.5], 3), scaled_total([1.5, 10**30], 3))
print(scaled_total([2**61, 2**61, 2**61], 2))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print("add", self.cents, getattr(other, "cents", other))
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __radd__(self, other):
        print("radd", other, self.cents)
        return Money(other + self.cents)


def money():
    return sum(Money(c) for c in (5, 7, 9)).cents


print(money())


def shadowing(xs):
    x = "outer"
    n = 0
    t = sum((x, n := n + 1)[0] for x in xs)
    return t, x, n, sorted(locals())


print(shadowing([10, 20, 30]))


def nested_gen(rows):
    return sum(sum(r) for r in rows), sum(len([c for c in r]) for r in rows)


print(nested_gen([[1, 2], [3], []]))


def from_generator(n):
    def count():
        for i in range(n):
            yield i
            if i == 2:
                raise KeyError("from the iterable")

    return sum(i * i for i in count())


def rebinding(xs):
    return sum(x for x in xs)


print(rebinding([1, 2, 3]))
builtins.sum = lambda g, start=0: ("builtins.sum", type(g).__name__, list(g))
print(rebinding([1, 2, 3]))
del builtins.sum
try:
    rebinding([1])
except NameError as e:
    print("NameError", e)
builtins.sum = sum = lambda g: ("global sum", list(g))
print(rebinding([4, 5]))
del sum
print(rebinding([4, 5]))
builtins.sum = real_sum
print(rebinding([4, 5]))


def local_sum(xs):
    sum = max
    return sum(x for x in xs)


print(local_sum([3, 9, 4]))


def run(f, *args):
    try:
        return f(*args)
    except Exception as e:
        print(type(e).__name__, e, frames(e))
        c = e.__cause__
        if c is not None:
            print("  cause", type(c).__name__, frames(c))


def divide(xs):
    return sum(1 / x for x in xs)


def stop(xs):
    it = iter([])
    return sum(next(it) + x for x in xs)


def text(xs):
    return sum(x for x in xs)


def caught(xs):
    try:
        return sum(1 / x for x in xs)
    except ZeroDivisionError as e:
        return "caught", frames(e), sorted(locals())


for f, arg in [(divide, [1, 0]), (stop, [1, 2]), (stop, []), (text, [1, "a"]),
               (text, 5), (from_generator, 5), (from_generator, 2)]:
    print(run(f, arg))
print(caught([2, 0]))


def in_generator(rows):
    for r in rows:
        yield sum(v * 2 for v in r)


print(list(in_generator([[1, 2], [3, 4, 5]])))
print(sum(x for x in range(10)))
divide([3, 0])
