class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))
class A(Base, tag="a"): pass
class B(A): pass
print(Base.registry)
class Named:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Host:
    first = Named()
    second = Named()
try:
    class Bad(Base, nope=1): pass
except TypeError as e:
    print("TypeError:", e)
