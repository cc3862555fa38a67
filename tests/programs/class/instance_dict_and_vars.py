class A:
    cls_attr = 1
    def __init__(self): self.x = 1; self.y = 2
a = A()
print(vars(a), a.__dict__ is vars(a))
a.__dict__["z"] = 3
print(a.z, sorted(vars(a)))
setattr(a, "w", 4); delattr(a, "x")
print(vars(a), getattr(a, "cls_attr"))
