from enum import Enum, IntEnum, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], Color.RED.name, Color.RED.value, list(Color), len(Color))
class N(IntEnum):
    A = 1
    B = 2
print(N.A + 1, N.B == 2, N(1), sorted([N.B, N.A]))
try:
    Color(9)
except ValueError as e:
    print("ValueError:", e)
