class A:
    z = 1
    def __init__(self): self.b = 2; self.a = 1
a = A()
print(vars(a), [n for n in dir(a) if not n.startswith("_")], "__init__" in dir(A), dir([])[:3] if False else "append" in dir([]))
def f():
    x = 1; y = 2
    return sorted(locals()), sorted(dir())
print(f())
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
