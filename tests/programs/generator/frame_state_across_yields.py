# What a generator's frame holds across suspensions: locals() and
# cells, a with block that suppresses a thrown exception, the line of a
# suspended frame, the exception being handled, unpacking a sent value.
import sys

def with_locals(n):
    a = 1
    for i in range(n):
        b = i * 2
        yield sorted(locals().items())
        a += b

for x in with_locals(3):
    print(x)

def cells():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    while count < 3:
        yield bump()
    yield [bump() for _ in range(2)]

print(list(cells()))

class Suppress:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return t is not None and issubclass(t, KeyError)

def suppressing():
    with Suppress():
        yield 1
        yield 2
    yield "after with"

s = suppressing()
print(next(s))
print(s.throw(KeyError("x")))
print(list(s))

def lineno():
    yield 1
    x = 5
    yield 2

g = lineno()
next(g)
print(g.gi_frame.f_lineno)
next(g)
print(g.gi_frame.f_lineno)

f = lambda: (yield 5)
g = f()
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("lambda gen returned", e.value)

def exc_info_after_throw():
    try:
        yield
    except ValueError:
        print("exc_info:", sys.exc_info()[0].__name__)
        yield "x"
        print("exc_info still:", sys.exc_info()[0].__name__)
    yield sys.exc_info()[0]

g = exc_info_after_throw()
next(g)
print(g.throw(ValueError))
print(next(g))

def gen_over_gen():
    def inner():
        yield 1
        raise KeyError("inner failed")
    try:
        for v in inner():
            yield v
    except KeyError as e:
        yield "caught " + str(e)

print(list(gen_over_gen()))

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield n
print(list(deep(10)))

def unpack():
    a, *b = yield
    yield a, b
u = unpack()
next(u)
print(u.send([1, 2, 3]))

def genexp_in_gen(n):
    yield sum(i for i in range(n))
    ks = yield "mid"
    yield list(j * k for j in range(2) for k in ks)
g = genexp_in_gen(4)
print(next(g), next(g), g.send([5, 6]))
