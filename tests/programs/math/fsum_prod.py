import math
print(math.fsum([0.1] * 10), math.fsum([1e100, 1, -1e100, 1e-100]), math.prod(range(1, 11)), math.prod([]), math.prod([2.5, 2]))
print(math.remainder(10, 3), math.remainder(11, 3), math.gcd(2**100, 6**50), math.factorial(30))
