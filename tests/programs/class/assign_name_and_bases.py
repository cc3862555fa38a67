# Assigning a class's __name__, __qualname__ and __bases__: the checks
# and messages of CPython's type_set_bases, and the MRO of the class and
# of its subclasses recomputed.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"

    def only_b(self):
        return "only in B"


class C(A):
    pass


class D(C):
    pass


C.__name__ = "X"
C.__qualname__ = "Q.X"
print(C.__name__, C.__qualname__, C, repr(C()).split(" object")[0])
for bad in (5, None):
    try:
        C.__name__ = bad
    except TypeError as e:
        print(e)
for attr in ("__bases__", "__name__", "__qualname__"):
    try:
        delattr(C, attr)
    except TypeError as e:
        print(e)
for v in ([B], (), (5,), (C,), (D,)):
    try:
        C.__bases__ = v
    except TypeError as e:
        print(e)


class I(int):
    pass


try:
    C.__bases__ = (I,)
except TypeError as e:
    print(e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)

d = D()
print(d.who(), D.__mro__)
C.__bases__ = (B,)
print(d.who(), d.only_b(), C.__bases__, D.__mro__)
print(isinstance(d, A), isinstance(d, B), issubclass(D, B))
C.__bases__ = (A, B)
print(d.who(), d.only_b(), [k.__name__ for k in D.__mro__])


class E(A, B):
    pass


try:
    E.__bases__ = (B, A, C)
except TypeError as e:
    print(e)
print([k.__name__ for k in E.__mro__])

# B became a base of X (and so of D) by assignment: its dunders reach them.
B.__add__ = lambda self, other: "B.add " + type(self).__name__
print(d + 1, C() + 2)


class Z:
    pass


C.__bases__ = (Z,)
# Z was never named in a class statement: assigning made it a base.
Z.__sub__ = lambda self, other: "Z.sub " + type(self).__name__
print(d - 1, C() - 2)
