class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("del x")
p = P(); p.x = 5; print(p.x, P.x.__doc__, type(P.x).__name__); del p.x
print(P.x.fget.__name__, P.x.fset is not None, P.x.__isabstractmethod__)
class R:
    @property
    def ro(self): return 1
try: R().ro = 2
except AttributeError as e: print(e)
try: del R().ro
except AttributeError as e: print(e)
class K:
    @classmethod
    def make(cls): return cls.__name__
    @staticmethod
    def st(x): return x * 2
class K2(K):
    @classmethod
    def make(cls): return "K2:" + super().make()
print(K.make(), K().make(), K2.make(), K.st(2), K().st(3), super(K2, K2).make())
class D:
    def __get__(self, inst, owner): return ("get", inst is None, owner.__name__)
class ND:
    def __get__(self, inst, owner): return "nd"
class DD:
    def __get__(self, inst, owner): return "dd"
    def __set__(self, inst, v): print("set", v)
class H:
    d = D(); nd = ND(); dd = DD()
h = H(); h.__dict__["nd"] = "inst"; h.__dict__["dd"] = "inst"
print(H.d, h.d, h.nd, h.dd); h.dd = 3
class M:
    def f(self): pass
m = M()
print(m.f == m.f, m.f is m.f, M.f == M.f, m.f.__self__ is m, m.f.__func__ is M.f)
print(repr(m.f)[:33])
class Meta(type):
    def __instancecheck__(cls, o): return o == 42
    def __subclasscheck__(cls, c): return c is int
class Any(metaclass=Meta): pass
print(isinstance(42, Any), isinstance(1, Any), issubclass(int, Any), issubclass(str, Any), isinstance(Any(), Any))
class G:
    def __class_getitem__(cls, item): return (cls.__name__, item)
print(G[int], G["x"])
class Bad:
    def __bool__(self): return 1
    def __len__(self): return -1
    def __repr__(self): return 5
try: not Bad()
except TypeError as e: print(e)
try: len(Bad())
except ValueError as e: print(e)
try: repr(Bad())
except TypeError as e: print(e)
class L:
    def __len__(self): return 0
print(not L(), callable(L), callable(L()), callable(len))
class Fm:
    def __format__(self, spec): return "F" + spec
print(format(Fm(), "abc"), f"{Fm():xy}")
try: format(object(), "x")
except TypeError as e: print(e)
class GA:
    def __getattr__(self, n): return n + "!"
g = GA(); g.real = 1
print(g.real, g.zzz, getattr(g, "q"))
class Sup:
    def __init__(self, x): self.x = x
class Sub(Sup):
    def __init__(self): super().__init__(7); print(super().__class__.__name__, __class__.__name__)
print(Sub().x)
class Cnt:
    def __call__(self, a, b=2): return a + b
c = Cnt()
print(c(1), c(1, b=5))
try: c()
except TypeError as e: print(e)
class N2:
    __hash__ = None
try: hash(N2())
except TypeError as e: print(e)
class EqH:
    def __eq__(self, o): return True
    def __hash__(self): return 7
print(hash(EqH()), EqH() == 1)
class Sub2(EqH): pass
print(hash(Sub2()))
print(vars(Sub())["x"])
try: vars(1)
except TypeError as e: print(e)
print(sorted(vars(M)) == sorted(M.__dict__), dir(M)[-3:])
print(type(object.__init__), type(object().__init__), type(M.f), type(m.f))
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Der(Base, a=1): pass
class Named:
    def __set_name__(self, owner, name): print("set_name", owner.__name__, name)
class Host:
    a = Named()
print(Host.__qualname__, Host.a.__class__.__qualname__)
def outer():
    class Inner:
        def meth(self): pass
    return Inner
print(outer().__qualname__, outer().meth.__qualname__)
