def g():
    a = yield
    b = (yield a) + 1
    c = yield b, "pair"
    print("c", c)
x = g()
print(next(x), x.send(1), x.send(10))
try:
    x.send("end")
except StopIteration:
    print("stop")
def lam():
    yield from (i * i for i in range(3))
print(list(lam()))
