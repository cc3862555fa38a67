import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    LIMIT = 10
def f(v):
    match v:
        case Color.RED: return "red"
        case Color.GREEN: return "green"
        case Consts.LIMIT: return "limit"
        case _: return "unknown"
print(f(Color.RED), f(Color.GREEN), f(10), f(1))
