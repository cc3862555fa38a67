async def a():
    await b()
async def c():
    yield 1
async def d(xs):
    return [await x for x in xs]
async def e(xs):
    return (await x for x in xs)
async def f(xs):
    return [x async for x in xs]
