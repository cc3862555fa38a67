class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
l = Logged()
l.a = 5
print(l.a, l.__dict__)
del l.a
print(l.__dict__)
try:
    del l.zz
except AttributeError as e:
    print("AttributeError:", e)
class Frozen:
    def __setattr__(self, n, v): raise AttributeError(f"cannot set {n!r}")
try:
    Frozen().q = 1
except AttributeError as e:
    print("AttributeError:", e)
