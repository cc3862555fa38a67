# Attribute loads, stores and method calls repeated at one place in the
# code while the classes, instances and descriptors involved change.


class A:
    kind = "A"

    def m(self):
        return "A.m"


class B(A):
    pass


class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value * 10


class Slotted:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x


def read_kind(o):
    return o.kind


def call_m(o):
    return o.m()


def store_x(o, v):
    o.x = v
    return o.x


a, b = A(), B()
for step in range(5):
    if step == 1:
        A.kind = "A2"
    if step == 2:
        b.kind = "own"
    if step == 3:
        del b.kind
    if step == 4:
        B.kind = "B"
    print(step, read_kind(a), read_kind(b))

for step in range(5):
    if step == 1:
        a.m = lambda: "instance m"
    if step == 2:
        del a.m
    if step == 3:
        A.m = lambda self: "new A.m"
    if step == 4:
        B.m = property(lambda self: lambda: "property m")
    print(step, call_m(a), call_m(b), call_m(B()))

objs = [A(), Slotted(1), A()]
for step in range(4):
    if step == 2:
        A.x = SetOnly()
    for o in objs:
        try:
            print(step, type(o).__name__, store_x(o, step))
        except AttributeError as e:
            print(step, "AttributeError:", e)
    print(step, [o.__dict__ for o in objs if hasattr(o, "__dict__")])


class P:
    def __init__(self):
        self._v = 1

    @property
    def v(self):
        return self._v * 2

    @v.setter
    def v(self, value):
        self._v = value


p = P()
for i in range(3):
    p.v = i + 5
    print(p.v, p.__dict__)


class G:
    def __getattr__(self, name):
        return "fallback " + name


g = G()
for i in range(2):
    print(read_kind(g))
    g.kind = "set"
    print(read_kind(g))
    del g.kind


def missing(o):
    return o.nope


for o in (a, 3, "s"):
    try:
        missing(o)
    except AttributeError as e:
        print("AttributeError:", e)
