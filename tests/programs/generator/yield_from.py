def inner():
    x = yield "i1"
    print("inner got", x)
    yield "i2"
    return "inner-result"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield from [10, 20]
    yield from range(2)
g = outer()
print(next(g), g.send("hello"), next(g), next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("done")
def deleg():
    try:
        yield from inner()
    except ZeroDivisionError as e:
        yield f"outer caught {e}"
d = deleg(); next(d)
print(d.throw(ZeroDivisionError("zz")))
