def f(*, a=1, b=[]): b.append(a); return b
print(f(), f(a=2), f.__kwdefaults__)
f.__kwdefaults__ = {"a": 9, "b": []}
print(f())
f.__defaults__ = None
def g(x=1): return x
g.__defaults__ = (42,)
print(g())
