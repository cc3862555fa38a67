def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return f"{tag}({fn(*a, **k)})"
        inner.__name__ = fn.__name__
        return inner
    return wrap
@deco("x")
@deco("y")
def f(v): return v
print(f(1), f.__name__)
import functools
def logged(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@logged
def g(a):
    "gdoc"
    return a
print(g(3), g.__name__, g.__doc__, g.__wrapped__.__name__)
