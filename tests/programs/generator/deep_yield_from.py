# Deep `yield from` chains: values, send, throw, close and return values
# pass through every level.


def leaf():
    received = yield "leaf start"
    while received != "stop":
        try:
            received = yield "leaf got %r" % (received,)
        except ValueError as e:
            received = yield "leaf caught %s" % e
    return "leaf result"


def chain(depth):
    if depth == 0:
        result = yield from leaf()
    else:
        result = yield from chain(depth - 1)
    return result + "+" if depth % 50 == 0 else result


c = chain(300)
print(next(c))
print(c.send(1))
print(c.send([2]))
print(c.throw(ValueError("deep")))
print(c.send("x"))
try:
    c.send("stop")
except StopIteration as e:
    print("returned", e.value)


def closing_leaf():
    try:
        yield 1
    finally:
        print("  leaf closed")


def closing_chain(depth):
    try:
        yield from (closing_chain(depth - 1) if depth else closing_leaf())
    finally:
        if depth % 40 == 0:
            print("  level", depth, "closed")


c = closing_chain(120)
print(next(c))
c.close()
print(c.gi_frame is None)


def tree(depth, label="r"):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label + "L")
    yield label
    yield from tree(depth - 1, label + "R")


print(list(tree(3)))
print(sum(1 for _ in tree(12)))


def delegate_to_iterables():
    yield from [1, 2]
    yield from (x * 10 for x in range(3))
    yield from "ab"
    yield from range(2)
    r = yield from iter([])
    return r


print(list(delegate_to_iterables()))
d = delegate_to_iterables()
next(d)
try:
    d.send("not None")
except AttributeError as e:
    print("AttributeError:", str(e).endswith("has no attribute 'send'"))


class Delegate:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("custom done")
        return self.n

    def send(self, v):
        return "sent %r" % (v,)

    def throw(self, *args):
        raise StopIteration("thrown and done")


def uses_delegate():
    r = yield from Delegate()
    print("  delegate returned", r)
    r = yield from Delegate()
    print("  delegate returned", r)


u = uses_delegate()
print(next(u), u.send(5), next(u), next(u))
try:
    print(next(u))
    u.throw(ValueError)
except StopIteration:
    print("finished")
