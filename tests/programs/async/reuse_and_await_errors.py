async def f(): return 1
c = f()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
async def bad():
    await 5
b = bad()
try:
    b.send(None)
except TypeError as e:
    print("TypeError:", e)
c2 = f()
try:
    c2.send(1)
except TypeError as e:
    print("TypeError:", e)
c2.close()
print(f.__name__, f().__class__.__name__ if False else "coroutine function", __import__("inspect").iscoroutinefunction(f))
