# A generator whose floats are unboxed in the typed body: doubles live
# across yields (boxed at each yield, adopted again on resume), sent
# values of other types, and a fallback to generic code after a resume.
def floats(n):
    x = 0.5
    total = 0.0
    for i in range(n):
        x = x * 1.5 + 0.25
        if x > 100.0:
            x = x / 7.0
        got = yield x
        if got is not None:
            total = total + got
        total += x
    return total

g = floats(10)
print(next(g))
print(g.send(2.5))
print(g.send(3))
print(g.send("bad") if False else next(g))
try:
    g.send("str")
except TypeError as e:
    print("TypeError", e)
print(list(floats(5)))
def f2():
    y = 1.0
    while y < 1e6:
        y = y * 3.0
        r = yield y
        y = y + r
g = f2()
next(g)
print(g.send(1.0), g.send(2), g.send(0.5))
try:
    print(g.send("x"))
except TypeError as e:
    print("TypeError", e)


def shrink(v):
    return int(v) if v > 50.0 else v


def deopts(n):
    x = 1.25
    for i in range(n):
        x = x * 2.0
        x = shrink(x)
        try:
            yield x
        except ValueError:
            x = 0.5
        x = x + 0.5


print(list(deopts(12)))
d = deopts(10)
print(next(d), next(d), d.throw(ValueError), next(d))
d.close()
print(d.gi_frame)
