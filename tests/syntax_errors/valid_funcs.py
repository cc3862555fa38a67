import os

async def f(a, b=1, *c, d, **e):
    return [i async for i in a] if False else None

async def g():
    async with a:
        async for b in c:
            yield await b

class A:
    def m(self):
        for i in range(3):
            try:
                continue
            finally:
                pass
