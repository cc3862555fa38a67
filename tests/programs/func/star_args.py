def f(*args, **kwargs): return args, kwargs
print(f(), f(1, 2), f(a=1), f(*[1, 2], *(3,), **{"k": 1}, z=2))
def g(a, *rest, b=0): return a, rest, b
print(g(1, 2, 3, b=4), g(*"xyz"))
try:
    g()
except TypeError as e:
    print("TypeError:", e)
