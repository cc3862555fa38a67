class F:
    def __call__(self, *a, **k): return ("called", a, k)
f = F()
print(f(), f(1, x=2))
class M:
    pass
m = M()
m.__call__ = lambda: "instance attr"
try:
    m()
except TypeError as e:
    print("TypeError:", e)
