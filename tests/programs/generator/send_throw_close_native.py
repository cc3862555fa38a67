# send/throw/close into generators at every kind of suspension point.


def accumulator():
    total = 0
    count = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  reset on", repr(e))
            total = 0
            continue
        except GeneratorExit:
            print("  closing after", count, "values")
            raise
        if value is None:
            break
        total += value
        count += 1
    return total * 10


acc = accumulator()
print(next(acc))
print(acc.send(5))
print(acc.send(7.5))
print(acc.throw(ValueError("bad")))
print(acc.send(2))
try:
    acc.send(None)
except StopIteration as e:
    print("returned", e.value)
print(acc.gi_frame)

acc = accumulator()
next(acc)
acc.send(1)
acc.close()
acc.close()
try:
    next(acc)
except StopIteration as e:
    print("after close:", type(e).__name__, e.args)


def unstarted():
    print("  never printed")
    yield 1


u = unstarted()
try:
    u.send(3)
except TypeError as e:
    print("TypeError:", e)
print(next(u))
u = unstarted()
u.close()
print(list(u))
u = unstarted()
try:
    u.throw(IndexError, IndexError("pre"))
except IndexError as e:
    print("thrown before start:", e)
print(list(u))


def throw_kinds():
    while True:
        try:
            yield
        except Exception as e:
            print("  caught", type(e).__name__, e.args)


t = throw_kinds()
next(t)
t.throw(KeyError)
t.throw(KeyError("k"))
t.throw(TypeError, "from a value")
t.throw(TypeError, TypeError("instance"))
try:
    t.throw(42)
except TypeError as e:
    print("TypeError:", e)
try:
    t.throw(KeyboardInterrupt)
except KeyboardInterrupt:
    print("KeyboardInterrupt went through")
print(t.gi_frame is None)


def ignores_exit():
    ignored = False
    while True:
        try:
            yield "again"
        except GeneratorExit:
            if ignored:
                print("  second GeneratorExit")
                raise
            ignored = True
            print("  ignoring GeneratorExit")


def close_twice():
    ig = ignores_exit()
    next(ig)
    try:
        ig.close()
    except RuntimeError as e:
        print("RuntimeError:", e)


close_twice()
print("closed twice")


def returns_in_finally():
    try:
        yield 1
    finally:
        return "from finally"


r = returns_in_finally()
next(r)
print("close ->", r.close())
r = returns_in_finally()
next(r)
try:
    r.throw(ValueError("swallowed"))
except StopIteration as e:
    print("StopIteration", e.value)


def running():
    yield g.gi_running
    try:
        g.send(None)
    except ValueError as e:
        yield "ValueError: " + str(e)


g = running()
print(next(g), g.gi_running)
print(next(g))


def sent_values():
    received = []
    while len(received) < 4:
        received.append((yield len(received)))
    yield received


s = sent_values()
next(s)
for v in ["a", None, (1, 2), {"k": 3}]:
    last = s.send(v)
print(last)
