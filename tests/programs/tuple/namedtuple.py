from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._fields, p == (1, 2), tuple(p), len(p))
x, y = p
print(x, y, isinstance(p, tuple), P._make([5, 6]))
try:
    P(1)
except TypeError as e:
    print("TypeError:", e)
