async def add(a, b):
    return a + b
c = add(1, 2)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
