# Async generators and coroutines driven by hand, without an event loop:
# send(None) on the awaitables, athrow, aclose, and an awaitable that
# really suspends.
import types


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield ("suspended", self.tag)
        return got


async def ticker(n):
    try:
        for i in range(n):
            got = await Suspend(i)
            try:
                yield (i, got)
            except KeyError as e:
                print("  ticker caught", repr(e))
                yield "recovered"
    finally:
        print("  ticker finally")


def drive(awaitable, sends=()):
    """Runs an awaitable to its end, answering each suspension."""
    sends = list(sends)
    try:
        out = awaitable.send(None)
        while True:
            print("  suspended with", out)
            out = awaitable.send(sends.pop(0) if sends else "resumed")
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "StopAsyncIteration"


t = ticker(3)
print(drive(t.asend(None)))
print(drive(t.__anext__(), ["x"]))
print(drive(t.athrow(KeyError("k"))))
print(drive(t.asend(None)))
print(drive(t.aclose()))
print(drive(t.asend(None)))

t = ticker(1)
print(drive(t.__anext__()))
print(drive(t.__anext__()))
print(drive(t.__anext__()))


async def compute(x):
    a = await Suspend("a")
    b = await Suspend("b")
    return (x, a, b)


c = compute(1)
print(c.send(None))
print(c.send("first"))
try:
    c.send("second")
except StopIteration as e:
    print("result", e.value)

c = compute(2)
c.send(None)
try:
    c.throw(ValueError("into coroutine"))
except ValueError as e:
    print("ValueError:", e)
c = compute(3)
c.send(None)
c.close()
print(c.cr_frame)


@types.coroutine
def legacy():
    v = yield "legacy yield"
    return v * 2


async def uses_legacy():
    return await legacy()


c = uses_legacy()
print(c.send(None))
try:
    c.send(21)
except StopIteration as e:
    print("legacy result", e.value)


async def agen_with_return_path():
    yield 1
    await Suspend("between")
    yield 2


async def consume():
    out = []
    async for v in agen_with_return_path():
        out.append(v)
    return out


print(drive(consume()))


async def raises_stop():
    raise StopIteration("bad")


try:
    raises_stop().send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def agen_raises_stop_async():
    yield 1
    raise StopAsyncIteration


a = agen_raises_stop_async()
print(drive(a.asend(None)))
try:
    drive(a.asend(None))
except RuntimeError as e:
    print("RuntimeError:", e)
