# Class attributes read through an instance in a loop (native code caches
# the class's value per site): shadowing by the instance dict, changes to
# the class and its bases, descriptors added later, __slots__ objects,
# subclasses, and keys that collide with the name.


class Base:
    scale = 3
    label = "base"


class Child(Base):
    pass


class Slotted:
    __slots__ = ("x",)
    scale = 7


def read_scale(objs):
    return [o.scale for o in objs]


def total(o, n):
    t = 0
    for _ in range(n):
        t += o.scale
    return t


b, c, s = Base(), Child(), Slotted()
print(read_scale([b, c, s]), total(b, 5), total(s, 5))
b.scale = 100
print(read_scale([b, c, s]), total(b, 2), total(c, 2))
del b.scale
print(total(b, 3))
Base.scale = 4
print(read_scale([b, c]), total(c, 3))
Child.scale = 9
print(read_scale([b, c]))
del Child.scale
print(read_scale([b, c]))


class Hooked:
    def __get__(self, obj, cls):
        return "descriptor for " + type(obj).__name__


Base.scale = Hooked()
print(read_scale([b, c]))
Base.scale = 5
print(read_scale([b, c]))


class Key:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("Key.__eq__ called")
        return other == "scale"


d = Base()
print(total(d, 2))
d.__dict__[Key(hash("scale"))] = 50
print(total(d, 2))
d.__dict__["scale"] = 11
print(total(d, 2))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    scale = 12


w = WithMeta()
print(total(w, 2))
WithMeta.scale = 13
print(total(w, 2))
try:
    del Base.scale
    print(total(b, 1))
except AttributeError as e:
    print("AttributeError", e)


class Fallback:
    def __getattr__(self, name):
        return "getattr " + name


f = Fallback()
print([f.scale for _ in range(2)])
Fallback.scale = 1
print([f.scale for _ in range(2)])
