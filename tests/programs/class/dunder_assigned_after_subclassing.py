# Dunders assigned on a class after it has subclasses reach the
# subclasses' operators (and deleting them takes them away), unless a
# class nearer in the MRO defines its own.
class A:
    pass


class B(A):
    pass


class C(B):
    def __len__(self):
        return 3


class D(C):
    pass


A.__add__ = lambda self, other: ("A.add", type(self).__name__, other)
print(B() + 1, D() + 2)
A.__len__ = lambda self: 7
print(len(A()), len(B()), len(C()), len(D()))
A.__eq__ = lambda self, other: True
A.__hash__ = lambda self: 42
print(B() == 5, hash(D()))
A.__iter__ = lambda self: iter([1, 2])
print(list(B()), list(D()))
A.__bool__ = lambda self: False
print(bool(B()), bool(A()))
del A.__add__
try:
    B() + 1
except TypeError as e:
    print(type(e).__name__, e)
A.__repr__ = lambda self: "<%s!>" % type(self).__name__
print(repr(B()), repr(D()), str(C()))


class Meta(type):
    pass


class E(metaclass=Meta):
    pass


class F(E):
    pass


E.__neg__ = lambda self: "neg " + type(self).__name__
print(-F())
Meta.__len__ = lambda cls: 99
print(len(E), len(F))


class G(int):
    pass


class H(G):
    pass


G.__add__ = lambda self, other: "G.add"
print(H(1) + 1, 1 + H(1))
