inf = float("inf"); nan = float("nan")
print(inf, -inf, nan, repr(nan), float("-nan"), float("Infinity"), float("-iNF"))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf, nan == nan, nan != nan, nan is nan)
print(inf == float("inf"), [nan] == [nan], nan in [nan], 1e308 * 10)
import math
print(math.isnan(inf - inf), math.isinf(-inf), math.isfinite(1e308))
print(hash(inf), hash(-inf), hash(0.0))
