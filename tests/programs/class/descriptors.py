class Typed:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, int): raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class NonData:
    def __get__(self, obj, t): return "nondata"
class P:
    x = Typed()
    y = NonData()
p = P(); p.x = 4
print(p.x, type(P.x).__name__, p.y)
p.__dict__["y"] = "instance wins"; p.__dict__["x"] = "ignored"
print(p.y, p.x)
try:
    p.x = "s"
except TypeError as e:
    print("TypeError:", e)
