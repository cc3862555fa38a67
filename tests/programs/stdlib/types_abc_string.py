import types
import string
from collections import abc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, Callable, Hashable, Sized, Container

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), types.SimpleNamespace())
def fn(): pass
def gen(): yield 1
class K:
    def m(self): pass
print(isinstance(fn, types.FunctionType), isinstance(gen(), types.GeneratorType), isinstance(K().m, types.MethodType))
print(isinstance(types, types.ModuleType), isinstance(len, types.BuiltinFunctionType), types.NoneType)
print(list[int], dict[str, int], tuple[int, ...], list[int] == list[int], list[int]([1]))
print(types.GenericAlias(list, (int,)), type(list[int]).__name__)

for obj in [[1], (1,), "s", {1: 2}, {1}, 5, None, len, range(3), b"x", gen()]:
    print(type(obj).__name__, isinstance(obj, Iterable), isinstance(obj, Iterator), isinstance(obj, Sequence),
          isinstance(obj, Mapping), isinstance(obj, Callable), isinstance(obj, Sized), isinstance(obj, Container),
          isinstance(obj, Hashable))
class Duck:
    def __iter__(self): return iter([])
    def __len__(self): return 0
print(isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Iterator), issubclass(Duck, Iterable))
class MyMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
mm = MyMap(); mm["a"] = 1; mm.update(b=2)
print(isinstance(mm, Mapping), dict(mm.items()), mm.get("z", 0), "a" in mm, mm.pop("a"), len(mm))
class Seq(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
print(list(Seq()), 2 in Seq(), Seq().index(3), list(reversed(Seq())), isinstance(Seq(), Iterable))
class Reg: pass
Sized.register(Reg)
print(isinstance(Reg(), Sized), isinstance(dict(), MutableMapping), isinstance([], abc.MutableSequence))

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   world  x"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.get_identifiers())
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("bad $ here").substitute()
except ValueError as e:
    print("ValueError", e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
