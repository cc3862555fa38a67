async def agen():
    for i in range(3):
        yield i * 10
async def main():
    return [v async for v in agen()]
c = main()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
g = agen()
print(type(g).__name__)
aw = g.__anext__()
try:
    aw.send(None)
except StopIteration as e:
    print("first", e.value)
