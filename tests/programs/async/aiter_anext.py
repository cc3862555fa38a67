async def agen(n):
    for i in range(n):
        yield i

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

async def main():
    it = aiter(agen(2))
    print(await anext(it))
    print(await anext(it, "d"))
    print(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("SAI")
    try:
        aiter(5)
    except TypeError as e:
        print(e)
    try:
        anext(5)
    except TypeError as e:
        print(e)
    class AI:
        def __aiter__(self):
            return self
        async def __anext__(self):
            raise StopAsyncIteration
    print(await anext(AI(), 42))
    async for x in AI():
        print("never")
    print([x async for x in agen(4) if x % 2])

print(run(main()))
g = agen(1)
try:
    g.asend(None).send(1)
except StopIteration as e:
    print(e.value)
