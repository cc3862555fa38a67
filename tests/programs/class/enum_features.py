from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name} is {self.value}"
    @classmethod
    def favorite(cls): return cls.GREEN
    @property
    def lower(self): return self.name.lower()
print(Color.CRIMSON, Color.CRIMSON is Color.RED, list(Color), len(Color), list(Color.__members__))
print(Color.RED.describe(), Color.favorite(), Color.BLUE.lower, Color(2), Color["BLUE"], Color.RED in Color)
print(repr(Color), type(Color.RED), isinstance(Color.RED, Color), isinstance(Color.RED, Enum))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash(Color.RED))
print({Color.RED: "r"}[Color.CRIMSON], sorted(Color, key=lambda c: c.value), list(reversed(Color)))
try: Color(7)
except ValueError as e: print(e)
try: Color["PINK"]
except KeyError as e: print("KeyError", e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: Color.RED < Color.BLUE
except TypeError as e: print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), [m.value for m in Auto])
class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower()
    X = auto()
    Y = auto()
print(Lower.X.value, Lower("y"))
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(Shape.CIRCLE == 1, Shape.CIRCLE < Shape.SQUARE, Shape.SQUARE * 3, [1, 2, 3][Shape.CIRCLE], int(Shape.SQUARE), Shape(2), f"{Shape.SQUARE}", str(Shape.CIRCLE))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.R, repr(rw & Perm.X), repr(~Perm.X), list(rw), rw == 6)
class Color2(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color2.WHITE, repr(Color2.RED | Color2.BLUE), list(Color2), Color2(3), bool(Color2.RED & Color2.GREEN), repr(Color2.WHITE))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Sz = Enum("Sz", [("S", 10), ("M", 20)])
print(Sz(20), Sz.S.value)
class Mood(Enum):
    HAPPY = 1
    SAD = 2
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str): return cls[value.upper()]
        return None
print(Mood("happy"), Mood(2))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
class S(StrEnum):
    A = "alpha"
    B = auto()
print(S.A, S.B, S.A + "!", S.A == "alpha", S("alpha"), repr(S.B))
print(Color.RED.name, Color.RED.value, Color.RED._name_, enum.Enum.__name__, Color.__name__)
print(dir(Color)[:4])
