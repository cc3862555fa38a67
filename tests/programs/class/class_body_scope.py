class C:
    a = 1
    b = a + 1
    lst = [a for _ in range(2)] if False else None
    def f(self): return "f"
    g = f
x = 10
class D:
    x = x + 1
    y = [i for i in range(3)]
print(C.b, C().g(), D.x, x, D.y)
try:
    class E:
        q = 5
        r = [q for _ in range(2)]
except NameError as e:
    print("NameError:", e)
