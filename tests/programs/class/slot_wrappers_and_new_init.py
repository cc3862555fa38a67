class A:
    def __add__(self, o):
        print("A.__add__"); return NotImplemented
    def __radd__(self, o):
        print("A.__radd__"); return "A+"
class SubA(A):
    def __radd__(self, o):
        print("SubA.__radd__"); return "SubA.radd"
print(A() + SubA())
print(object.__eq__, object.__new__ is object.__new__, (1).__add__(2), int.__add__(3, 4), int.__radd__(3, 4))
class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__, P(1) == P(1), P(1) != P(1), P(1) != P(2))
try: hash(P(1))
except TypeError as e: print(e)
class Q:
    def __getattribute__(self, n):
        print("get", n)
        return object.__getattribute__(self, n)
    def __setattr__(self, n, v):
        print("set", n)
        super().__setattr__(n, v)
q = Q(); q.a = 3; print(q.a)
class B:
    pass
try: B(1)
except TypeError as e: print(e)
class C:
    def __init__(self): super().__init__()
C()
class D:
    def __init__(self, a): super().__init__(a)
try: D(1)
except TypeError as e: print(e)
class E:
    def __new__(cls, *a):
        print("E.__new__", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a): print("E.__init__", a)
E(1, 2)
print(object.__new__(B).__class__.__name__)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = 1
print(S.a, s.a, hasattr(s, "b"), hasattr(s, "__dict__"))
try: s.c = 1
except AttributeError as e: print(e)
try: del s.b
except AttributeError as e: print(e)
try:
    class X:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print(e)
class M(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("M.__new__", name, kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("M.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("M.__call__", a)
        return super().__call__(*a, **k)
class Z(metaclass=M, flag=2):
    def __init__(self, v): self.v = v
print(Z(4).v, type(Z).__name__, Z.mro())
T = type("T", (B,), {"x": 1, "f": lambda self: self.x + 1})
print(T().f(), T.__name__, T.__bases__, type(T))
print(dir(B())[:5], type(object.__init_subclass__).__name__)
print(type.__new__(M, "W", (), {}).__name__)
print(B.__module__, B.__doc__, B.__qualname__)
