import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.sqrt(16), math.isqrt(17), math.isqrt(10**40), math.gcd(12, 18), math.gcd(), math.lcm(4, 6), math.factorial(20))
print(math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]), math.copysign(3, -0.0), math.fabs(-2), math.fmod(-7, 3))
