class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): print("lt", self.v, o.v); return self.v < o.v
    def __eq__(self, o): print("eq", self.v, getattr(o, "v", o)); return isinstance(o, V) and self.v == o.v
a, b = V(1), V(2)
print(a < b, b > a, a == V(1), a != V(1), a == 1)
try:
    a <= b
except TypeError as e:
    print("TypeError:", e)
from functools import total_ordering
@total_ordering
class T:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(T(1) <= T(2), T(3) >= T(2), T(1) > T(1))
class X: pass
print(X() == X(), (x := X()) == x, X() != X())
