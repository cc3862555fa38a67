# yield inside try/except/finally and with blocks: the exception being
# handled, cleanups and the frame's state across suspensions.
import sys


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  enter", self.name)
        return self

    def __exit__(self, *exc):
        print("  exit", self.name, exc[0].__name__ if exc[0] else None)
        return False


def nested():
    try:
        yield "try"
        try:
            yield "inner try"
            raise KeyError("inner")
        except KeyError as e:
            yield "handling " + repr(e)
            yield "still " + repr(sys.exc_info()[1])
        finally:
            yield "inner finally"
        with Resource("r1"):
            yield "in with"
            with Resource("r2") as r:
                yield "in " + r.name
    finally:
        yield "outer finally"
    yield "done"


for step in nested():
    print(step, sys.exc_info()[0])

print("-- closed inside a with")
g = nested()
for _ in range(7):
    print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)


def exc_state():
    try:
        raise ValueError("outer")
    except ValueError:
        yield sys.exc_info()[1]
        try:
            raise TypeError("inner")
        except TypeError:
            yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


e = exc_state()
print(repr(next(e)), repr(sys.exc_info()[1]))
try:
    raise OSError("caller's")
except OSError:
    print(repr(next(e)), repr(sys.exc_info()[1]))
    print(repr(next(e)), repr(sys.exc_info()[1]))
print(repr(next(e)), repr(sys.exc_info()[1]))


def finally_order(log):
    for i in range(3):
        try:
            try:
                log.append("body %d" % i)
                yield i
                if i == 1:
                    raise RuntimeError("at one")
            finally:
                log.append("finally %d" % i)
        except RuntimeError as e:
            log.append("caught %s" % e)
            yield -i


log = []
print(list(finally_order(log)))
print(log)

log = []
g = finally_order(log)
print(next(g), next(g))
g.throw(RuntimeError("thrown"))
print(log)
del g
print(log)


def break_out():
    for i in range(10):
        try:
            if i == 2:
                break
            yield i
        finally:
            print("  finally", i)
    else:
        print("  no break")
    yield "after"


print(list(break_out()))
