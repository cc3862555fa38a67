def gen(n):
    print("start")
    for i in range(n):
        yield i
    print("end")
g = gen(2)
print(type(g).__name__, next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(gen(3)))
