def g():
    yield 1
    return {"k": 1}
it = g(); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.value, e.args)
def h():
    return 5
    yield
try:
    next(h())
except StopIteration as e:
    print(e.value)
print(list(g()))
