print([x * x for x in range(6)], [x for x in range(20) if x % 3 == 0 if x % 2 == 0], [(x, y) for x in range(3) for y in range(x)])
print([[j for j in range(i)] for i in range(4)], [c.upper() for c in "abc"], [x for x in []])
x = "outer"
print([x for x in range(3)], x)
n = 10
print([n + i for i in range(3)], {i: i * i for i in range(4)}, {i % 3 for i in range(10)})
