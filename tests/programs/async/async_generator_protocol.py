import types

class Sleep:
    def __await__(self):
        v = yield "tick"
        return v

async def agen():
    try:
        for i in range(3):
            got = yield i * 10
            print("got", got)
            r = await Sleep()
            print("await result", r)
    finally:
        print("agen finally")

def run(coro):
    v = None
    while True:
        try:
            y = coro.send(v)
        except StopIteration as e:
            return e.value
        print("loop saw", y)
        v = "resumed"

async def main():
    out = []
    async for v in agen():
        out.append(v)
    print(out)
    g = agen()
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", repr(e))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("stop")
    g2 = agen()
    print(await g2.__anext__())
    print(await g2.aclose())
    print(await g2.aclose())
    try:
        await g2.__anext__()
    except StopAsyncIteration:
        print("stop2")
    return "done"

print(run(main()))

def section2():
    g = agen()
    print(type(g).__name__, g.__aiter__() is g)
    print(g.ag_running, g.ag_frame is not None, g.ag_code.co_name, g.ag_await)
    print(g.__name__, g.__qualname__)
    print(repr(g).startswith("<async_generator object agen at"))
    a = g.__anext__()
    print(type(a).__name__)
    try:
        a.send(None)
    except StopIteration as e:
        print("first", e.value, e.args)
    a = g.asend("x")
    print(a.send(None))
    print(g.ag_running)
    try:
        a.send(1)
    except StopIteration as e:
        print("second", e.value)
    try:
        a.send(None)
    except RuntimeError as e:
        print(e)
    print(hasattr(g, "send"), hasattr(g, "__next__"))
    try:
        iter(g)
    except TypeError as e:
        print(e)
section2()
print("after section2")

async def ignore():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignore()
run(g.__anext__())
try:
    run(g.aclose())
except RuntimeError as e:
    print("RT", e)

async def stopper():
    yield 1
    raise StopAsyncIteration

g = stopper()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as e:
    print("RT", e, repr(e.__cause__))

async def ret():
    yield 5
    return
g = ret()
print(run(g.asend(None)))
try:
    run(g.asend(None))
except StopAsyncIteration as e:
    print("SAI", repr(e))

async def agexp():
    gen = (x * 2 async for x in agen())
    print(type(gen).__name__)
    return [y async for y in gen]
print(run(agexp()))
try:
    g = agen()
    run(g.athrow(KeyError, "k"))
except KeyError as e:
    print("KE", e)
g = agen()
run(g.__anext__())
try:
    run(g.athrow(KeyError, KeyError("z")))
except KeyError as e:
    print("KE2", e)
