a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, {3} <= b, {3} < {3}, a >= {1}, a.isdisjoint({9}))
print(a.union([7], (8,)), a.intersection(range(3)), a.difference({1}, {2}), a.symmetric_difference([4, 6]), a.issubset(range(10)), a.issuperset([1, 2]))
c = set(a); c |= {9}; c &= {1, 9, 3}; c -= {3}; c ^= {0}
print(c)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
