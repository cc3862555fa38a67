# Ordering tuples, as sorting, min and max compare them: item by item,
# equal items skipped by ==, the first unequal pair deciding with <,
# lengths last; NaN, user classes, mixed types and errors inside tuples.


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __lt__(self, o):
        print("lt", self.v, o.v)
        return self.v < o.v

    def __repr__(self):
        return f"K({self.v})"


class Odd:
    def __eq__(self, o):
        raise ValueError("no eq")

    __hash__ = None


nan = float("nan")
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,), (), (1, "a", 0)]))
print(sorted([(nan, 1), (1.0, 2), (nan, 0)], key=lambda t: t[1]))
print(sorted([(1, nan), (1, 2.0), (1, 1.0)]))
print((1, nan) < (1, 2.0), (nan,) < (nan,), (1, 2) < (1, 2, 0), (True, 1) < (1, 2))
print(sorted([(K(2), 1), (K(1), 2), (K(2), 0)]))
print(min([(3, "c"), (1, "z"), (1, "a")]), max([(0, (1, 2)), (0, (1, 3))]))
print(sorted([((1, 2), "x"), ((1, 1), "y"), ((0, 9), "z")]))
print(sorted(range(10), key=lambda v: (v % 3, -v)))
for bad in ([(1, "a"), (1, 2)], [(Odd(),), (Odd(),)], [(1, None), (1, 3)]):
    try:
        print(sorted(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
