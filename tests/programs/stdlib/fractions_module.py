from fractions import Fraction as F
import math
print(F(3, 6), F(-4, -8), F(5), F(1.5), F("3/4"), F(" -1.5e3 "), F("1_000"), F(".5"), F("2."), F("1e-2"), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(True))
for bad in ["abc", "1/-2", "1.5/2", "", "1__0", "_1", "1e", "e5", ".", "+-1"]:
    try: print(F(bad))
    except ValueError as e: print("ValueError", e)
for args in [(1, 0), (1.5, 2), ([],), (float("nan"),), (float("inf"),), ("1/0",)]:
    try: print(F(*args))
    except Exception as e: print(type(e).__name__, e)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** F(1, 2), 2 ** F(1, 2), 2 ** F(2), F(4) ** F(1, 2))
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1j, 1j * a, a ** 0.5, 7 // a, 7 % a, divmod(7, a))
for x, y in [(a, 0), (a, F(0)), (F(0), -1)]:
    for op in ["/", "//", "%", "**"]:
        try: print(op, eval(f"x {op} y"))
        except ZeroDivisionError as e: print(op, "ZeroDivisionError", e)
print(repr(a), str(F(4, 2)), repr(F(-1, 2)), float(a), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 1), -2), math.trunc(F(-7, 2)))
print(F(3.141592653589793).limit_denominator(10), F(3.141592653589793).limit_denominator(100), F(3.141592653589793).limit_denominator(), F(1, 3).limit_denominator(2), F(-7, 3).limit_denominator(2))
try: F(1, 3).limit_denominator(0)
except ValueError as e: print(e)
print(F.from_float(0.1), F.from_float(3), F(1, 2).as_integer_ratio(), a.numerator, a.denominator)
for bad in ["x", 1.5]:
    try: F.from_decimal(bad)
    except TypeError as e: print(e)
try: F.from_float("x")
except TypeError as e: print(e)
print(hash(F(1, 2)) == hash(0.5), hash(F(5)) == hash(5), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)))
print(a == F(2, 6), a == 1/3, F(1, 2) == 0.5, F(1) == 1, F(1, 2) == 0.5 + 0j, F(1, 2) < 1, F(1, 2) > 0.25, F(1, 2) <= F(1, 2), F(1, 2) < float("inf"), F(1, 2) > float("nan"), F(1, 2) != 2, sorted([F(1, 2), 0.25, 1, F(1, 3)]))
print(bool(F(0)), bool(F(1, 9)), abs(F(-1, 2)), -F(1, 2), +F(1, 2), f"{F(1, 3)}", [F(1, 2)], {F(1, 2): 1})
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a)
try: a < "x"
except TypeError as e: print(e)
