def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(50))
a, b = 0, 1
for _ in range(200):
    a, b = b, a + b
print(a)
print(fact(30) // fact(28), fact(25) % 1000003)
