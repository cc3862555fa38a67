import types
@types.coroutine
def suspend(tag):
    got = yield tag
    return f"{tag}->{got}"
async def inner():
    r1 = await suspend("first")
    r2 = await suspend("second")
    return [r1, r2]
async def outer():
    res = await inner()
    return ("outer", res)
c = outer()
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print(e.value)
