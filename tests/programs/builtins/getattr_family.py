class A: x = 1
a = A()
print(getattr(a, "x"), getattr(a, "y", None), hasattr(a, "x"), hasattr(a, "y"))
setattr(a, "y", 2); print(a.y)
delattr(a, "y"); print(hasattr(a, "y"))
try:
    getattr(a, "nope")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(a, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    delattr(a, "x")
except AttributeError as e:
    print("AttributeError:", e)
