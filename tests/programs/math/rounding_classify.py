import math
for x in (2.5, -2.5, 0.0, float("inf"), float("nan"), 1e308):
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.nextafter(1.0, 2.0), math.ulp(1.0))
