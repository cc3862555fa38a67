a, b = 1, 2
a, b = b, a
print(a, b)
t = 1, 2, 3
print(t, type(t).__name__)
(x, y), z = (1, 2), 3
print(x, y, z)
def f(): return 1, "two"
n, s = f()
print(n, s, *t, sep="|")
