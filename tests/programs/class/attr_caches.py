# Attribute loads and stores through the call-site caches: instances of
# one class with different dict orders, deleted and re-added attributes,
# descriptors added to the class after the site cached, the dict cleared,
# __getattr__, class and module attributes, several types at one site.
import sys


class P:
    def __init__(self, first):
        if first:
            self.a = 1
            self.b = 2
        else:
            self.b = 20
            self.a = 10


def get_a(o):
    return o.a


def set_a(o, v):
    o.a = v


def bump(o):
    o.a = o.a + 1
    return o.a


objs = [P(True), P(False), P(True)]
for _ in range(3):
    for o in objs:
        print(get_a(o), bump(o), end=" ")
print()
o = objs[0]
del o.a
try:
    get_a(o)
except AttributeError as e:
    print("AttributeError:", e)
set_a(o, 99)
print(get_a(o), o.__dict__)
o.__dict__.clear()
o.__dict__.update({"b": 1, "a": "replaced"})
print(get_a(o), bump(objs[1]))
o.__dict__.pop("a")
try:
    bump(o)
except AttributeError as e:
    print("AttributeError:", e)


# A property added to the class after the sites cached instance values.
def getter(self):
    return "property a"


def setter(self, v):
    print("setter got", v)


P.a = property(getter, setter)
print(get_a(objs[1]), objs[1].__dict__["a"])
set_a(objs[1], 5)
print(objs[1].__dict__["a"])
del P.a
print(get_a(objs[1]))


class G:
    def __getattr__(self, name):
        return "getattr " + name


g = G()
print(get_a(g))
g.a = "own"
print(get_a(g))
del g.a
print(get_a(g))


class Slots:
    __slots__ = ("a",)


s = Slots()
set_a(s, 3)
print(get_a(s), bump(s))


class Cls:
    a = "class attr"


print(get_a(Cls))
set_a(Cls, "class attr set")
print(get_a(Cls), get_a(Cls()))
mod = sys.modules[__name__]
a = "module a"
print(get_a(mod))
set_a(mod, "module a set")
print(a)
for thing in (P(True), Cls(), g, s, P(False)):
    print(type(thing).__name__, get_a(thing))


class Nonstr:
    pass


n = Nonstr()
n.__dict__[1] = "int key"
n.a = "a value"
print(get_a(n), n.__dict__)
