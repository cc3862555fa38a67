from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, MISSING
import dataclasses
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(2, 1), Point.__match_args__)
print([f.name for f in fields(p)], [f.default for f in fields(Point)][1:], type(fields(Point)[0].default).__name__)
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, 3)
except TypeError as e: print(e)
try: Point(1, z=3)
except TypeError as e: print(e)
print(Point.__hash__, Point.__init__.__qualname__)
@dataclass
class Line:
    a: Point
    b: Point
    tags: list = field(default_factory=list)
    n: int = field(default=5, repr=False)
    hidden: int = field(default=0, init=False, compare=False)
l = Line(Point(0, 0), Point(1, 1))
l.tags.append("t")
print(l, asdict(l), astuple(l), l == Line(Point(0, 0), Point(1, 1), ["t"]))
@dataclass(frozen=True)
class F:
    name: str
    vals: tuple = ()
f = F("a", (1, 2))
print(f, hash(f) == hash(F("a", (1, 2))), {f: 1}[F("a", (1, 2))])
try: f.name = "b"
except FrozenInstanceError as e: print(type(e).__name__, e, isinstance(e, AttributeError))
try: del f.name
except FrozenInstanceError as e: print(e)
@dataclass(order=True)
class V:
    major: int
    minor: int = 0
print(sorted([V(2, 1), V(1, 5), V(2, 0)]), V(1) < V(1, 1), V(3) >= V(2, 9))
try: V(1) < 3
except TypeError as e: print(e)
@dataclass
class WithPost:
    a: int
    b: int = 0
    scale: InitVar[int] = 1
    def __post_init__(self, scale):
        self.total = (self.a + self.b) * scale
w = WithPost(1, 2, 10); print(w, w.total)
@dataclass
class Child(Point):
    z: int = 7
c = Child(1, 2, 3); print(c, c == Child(1, 2, 3), c == Point(1, 2), fields(c)[2].name)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3), K(a=1, b=2, c=3))
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e: print(e)
try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e: print(e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass(unsafe_hash=True)
class UH:
    v: int
print(hash(UH(1)) == hash(UH(1)))
@dataclass
class Custom:
    v: int
    def __repr__(self): return "custom!"
print(Custom(1), type(dataclasses.MISSING).__module__)
match Point(3, 4):
    case Point(x, y): print("matched", x, y)
@dataclass
class Nested:
    items: list
    mapping: dict
print(asdict(Nested([Point(1, 1)], {"k": Point(2, 2)})))
try: fields(1)
except TypeError as e: print(e)
try: replace(l, hidden=3)
except ValueError as e: print(e)
@dataclass
class Empty: pass
print(Empty(), Empty() == Empty())
