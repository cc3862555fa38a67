def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
for call in ("f(1, b=2, c=3, d=4)", "f(1, 2, 3, 4)", "f(1, 2, 3)", "f(1, 2, c=3, d=4, z=1)"):
    try:
        eval(call)
    except TypeError as e:
        print("TypeError:", e)
def g(a, /, **kw): return a, kw
print(g(1, a=2))
