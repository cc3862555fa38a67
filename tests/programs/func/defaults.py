def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2, 3), f(3, c=[0]), f(4))
print(f.__defaults__[0], len(f.__defaults__[1]))
x = 10
def g(y=x): return y
x = 20
print(g())
