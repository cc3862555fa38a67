import math
n = 10**50 + 12345
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) ** 2, pow(3, 10**6, 10**9 + 7), math.gcd(-12, 8), math.lcm(0, 5), (-7) ** 0.5 if False else abs(-7))
