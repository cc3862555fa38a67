import functools
import operator
from functools import partial, reduce, wraps, lru_cache, cache, total_ordering, cmp_to_key, cached_property

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=7), p.func is f, p.args, p.keywords)
pp = partial(p, 9)
print(pp(), pp.args, pp.func is f)
print(repr(partial(max, 1, key=None)).replace(hex(id(max)), "X"))

def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        """inner doc"""
        return fn(*a, **k)
    return inner

@deco
def greet(name):
    """Say hello."""
    return "hi " + name
print(greet("x"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__, greet.__qualname__)

calls = []
@lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls, sq.cache_info())
sq.cache_clear(); print(sq.cache_info())

@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info().hits > 0)

@lru_cache
def ident(x):
    return x
print(ident(1), ident.cache_info())

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(3) <= V(1))

print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))

class C:
    @cached_property
    def val(self):
        print("computing")
        return 42
c = C(); print(c.val, c.val, c.__dict__)

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(2, 3), operator.truediv(1, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 5), operator.neg(3), operator.pos(-3), operator.abs(-2), operator.invert(0))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1), operator.ne(1, 2), operator.gt(1, 2), operator.ge(1, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(16, 2))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
print(operator.concat([1], [2]), operator.getitem("abc", 1), operator.length_hint([1, 2]), operator.length_hint(object(), 5))
lst = [1, 2, 3]; operator.setitem(lst, 0, 9); operator.delitem(lst, 1); print(lst)
x = [1]; y = operator.iadd(x, [2]); print(x, y is x, operator.iadd(1, 2), operator.imul("a", 3))
ig = operator.itemgetter(1); ig2 = operator.itemgetter(0, 2)
print(ig("abc"), ig2("abc"), ig, ig2)
class Pt:
    def __init__(self): self.x = 1; self.inner = self
ag = operator.attrgetter("x"); ag2 = operator.attrgetter("inner.x", "x")
print(ag(Pt()), ag2(Pt()), ag, ag2)
mc = operator.methodcaller("split", ",", maxsplit=1)
print(mc("a,b,c"), mc)
print(sorted([("b", 2), ("a", 3)], key=operator.itemgetter(1), reverse=True))
try:
    operator.index(1.5)
except TypeError as e:
    print("TypeError", e)
print(operator.__add__ is operator.add, operator.__lt__(1, 2))
