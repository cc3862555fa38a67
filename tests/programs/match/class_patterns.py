from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class P3:
    __match_args__ = ("a", "b", "c")
    def __init__(self, a, b, c): self.a, self.b, self.c = a, b, c
def f(v):
    match v:
        case Point(x=0, y=0): return "origin"
        case Point(0, y): return f"on y axis at {y}"
        case Point(x, y) if x == y: return "diagonal"
        case P3(1, b, c=c): return f"P3 {b} {c}"
        case int(n) | float(n): return f"number {n}"
        case str() as s: return f"str {s}"
        case bool(): return "unreachable"
        case _: return "other"
for v in (Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), P3(1, 2, 3), 7, 2.5, "s", True, None):
    print(f(v))
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print("TypeError:", e)
