import math
print(math.sin(0), math.cos(0), math.tan(0), math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0), math.log1p(0), math.expm1(0), math.pow(2, 0.5))
print(math.sinh(0), math.acos(1), math.asin(0), math.dist((0, 0), (3, 4)))
