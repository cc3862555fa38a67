# Coroutines are not iterators: next() and iter() refuse them, and
# __await__ returns a coroutine_wrapper that drives the coroutine; awaiting
# a wrapper, custom awaitables and what __await__ may return.
import types


async def add(a, b):
    return a + b


c = add(1, 2)
for op in (next, iter):
    try:
        op(c)
    except TypeError as e:
        print(type(e).__name__, e)
print(hasattr(c, "__next__"), hasattr(c, "__iter__"), hasattr(c, "send"), hasattr(c, "__await__"))
w = c.__await__()
print(type(w).__name__, w is c, iter(w) is w)
try:
    next(w)
except StopIteration as e:
    print("returned", e.value)
c.close()


@types.coroutine
def pause(v):
    got = yield v
    return got * 2


class Awaitable:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def outer():
    x = await pause(10)
    y = await Awaitable(add(x, 1))
    return x, y


co = outer()
print(co.send(None))
try:
    co.send(4)
except StopIteration as e:
    print("outer returned", e.value)


class Bad:
    def __await__(self):
        return 42


class BadCoro:
    def __init__(self):
        self.c = add(0, 0)

    def __await__(self):
        return self.c


async def use(a):
    return await a


for a in (Bad(), BadCoro()):
    u = use(a)
    try:
        u.send(None)
    except TypeError as e:
        print(type(e).__name__, e)
    if isinstance(a, BadCoro):
        a.c.close()


def gen():
    inner = add(2, 3)
    try:
        yield from inner
    finally:
        inner.close()


try:
    list(gen())
except TypeError as e:
    print(type(e).__name__, e)

w2 = add(5, 6).__await__()
print(w2.send(None) if False else "wrapper send:", end=" ")
try:
    w2.send(None)
except StopIteration as e:
    print(e.value)
w3 = add(1, 1).__await__()
try:
    w3.throw(ValueError("boom"))
except ValueError as e:
    print("thrown", e)
w3.close()
