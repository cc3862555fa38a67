print({1, 2} == frozenset([1, 2]), {1} == [1], {1.0} == {1}, {True} == {1}, len({1, 1.0, True}))
nan = float("nan")
print(len({nan, nan}), len({float("nan"), float("nan")}))
class H:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __hash__(self): return 0
print(len({H(1), H(1), H(2)}))
