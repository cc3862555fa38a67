import math
for x in (2.7, -2.7, 2.0, -0.5, 1e20):
    print(math.trunc(x), math.floor(x), math.ceil(x), int(x))
print(type(math.floor(2.5)).__name__, math.floor(-0.0))
try:
    math.floor(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
