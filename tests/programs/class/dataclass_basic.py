from dataclasses import dataclass, field
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1, 0, []), P(2, 3) != p)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = "z"
print(F(1) < F(2), sorted([F(2), F(1, "a")]), hash(F(1)) == hash(F(1)))
try:
    F(1).a = 5
except Exception as e:
    print(type(e).__name__ + ":", e)
