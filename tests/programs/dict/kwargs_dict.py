def f(**kw): return kw
print(f(b=1, a=2), f(**{"x": 1}, y=2), f())
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
