import inspect
def g():
    yield 1
x = g()
print(inspect.getgeneratorstate(x))
next(x); print(inspect.getgeneratorstate(x))
list(x); print(inspect.getgeneratorstate(x))
print(x.__name__, x.__qualname__, g.__name__)
def reent():
    yield next(r)
r = reent()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
