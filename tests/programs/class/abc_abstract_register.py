import abc
from abc import ABC, ABCMeta, abstractmethod
class Base(ABC):
    @abstractmethod
    def f(self): ...
    @abstractmethod
    def g(self): ...
    @property
    @abstractmethod
    def p(self): ...
    def concrete(self): return "c"
print(sorted(Base.__abstractmethods__))
try: Base()
except TypeError as e: print(e)
class Part(Base):
    def f(self): return 1
try: Part()
except TypeError as e: print(e)
class Full(Part):
    def g(self): return 2
    @property
    def p(self): return 3
x = Full(); print(x.f(), x.g(), x.p, x.concrete(), Full.__abstractmethods__)
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(isinstance([], Sized), isinstance(1, Sized), issubclass(dict, Sized))
class Reg(ABC): pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), isinstance("s", Reg), issubclass(Reg, ABC))
@Reg.register
class Other: pass
print(isinstance(Other(), Reg), type(Reg).__name__, abc.get_cache_token() >= 0)
class WithMeta(metaclass=ABCMeta):
    @abc.abstractmethod
    def run(self): pass
class Impl(WithMeta):
    def run(self): return super().run()
print(Impl().run(), isinstance(Impl(), WithMeta))
try: issubclass(1, Reg)
except TypeError as e: print(e)
