def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught in gen", e)
        yield "recovered"
    finally:
        print("finally in gen")
x = g()
print(next(x), x.throw(ValueError("boom")))
x.close()
y = g(); next(y)
y.close(); print("closed", y.gi_frame is None)
z = g()
try:
    z.throw(KeyError("unstarted"))
except KeyError as e:
    print("KeyError propagated", e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
