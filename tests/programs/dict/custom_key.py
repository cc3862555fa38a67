class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v % 3)
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
    def __repr__(self): return f"K({self.v})"
d = {K(1): "a", K(4): "b", K(1): "c"}
print(d, d[K(4)], K(7) in d)
class Unhash:
    __hash__ = None
try:
    {Unhash(): 1}
except TypeError as e:
    print("TypeError:", e)
