# A comprehension's parameter (the iterator of its outermost iterable) is
# expected to be what the iterable's `iter` gives: a range's loop counts
# small ints inline. The expectation must hold up when it is wrong.
import builtins


def squares(n):
    return [i * i for i in range(n)]


def halves(n):
    return sum(j * 0.5 for j in range(n))


def nested(n):
    return [sum(i * j for j in range(i)) for i in range(n)]


def big(n):
    start = 2**62
    return [k - start for k in range(start, start + n)]


def partial(n):
    g = (x * x for x in range(n))
    first = next(g)
    return first, list(g)


class Steps:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter([0.5 * k for k in builtins.range(self.n)])


print(squares(5), halves(5), nested(5), big(3), partial(4))
range = Steps
print(squares(4), halves(4))
del range
print(squares(3), halves(3))
range = Steps
print(nested(3))
