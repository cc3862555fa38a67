import types
class AIter:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i
class ACM:
    async def __aenter__(self): print("aenter"); return "res"
    async def __aexit__(self, *a): print("aexit", a[0]); return False
async def main():
    out = []
    async for v in AIter(3):
        out.append(v)
    async with ACM() as r:
        out.append(r)
    return out + [x async for x in AIter(2)]
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
