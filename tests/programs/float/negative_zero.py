z = -0.0
print(z, repr(z), z == 0.0, str(-0.0 + 0.0), -0.0 * 1, 0.0 * -1, abs(-0.0))
import math
print(math.copysign(1, -0.0), math.copysign(1, 0.0), 1 / float("inf") * -1)
print(round(-0.4), round(-0.4, 1), -0.0 // 1, (-0.0).hex(), f"{-0.0:.2f}", format(-0.0, "g"))
print(hash(-0.0), int(-0.0))
