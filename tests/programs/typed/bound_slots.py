# Locals and registers whose bound-ness native code decides at compile
# time: assigned on one branch, deleted, loop variables after empty
# loops, handlers that loop back, generators receiving values.


def one_branch(flag):
    if flag:
        x = 1
    return x


def deleted(n):
    y = n * 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        return "caught: " + str(e)


def empty_loop(n):
    for i in range(n):
        pass
    return i


def rebind_each_iteration(n):
    out = []
    for k in range(n):
        v = k * k
        out.append(v)
        del v
    return out


def handler_loops_back(items):
    total = 0
    for it in items:
        try:
            total += 10 // it
        except ZeroDivisionError:
            total -= 1
            continue
        finally:
            total += 100
    return total


def maybe_method(obj):
    return obj.upper() if isinstance(obj, str) else obj.bit_length()


def echo():
    got = None
    while True:
        got = yield got
        if got is None:
            return "done"


def swap_in_loop(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for flag in (True, False):
    try:
        print(one_branch(flag))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
print(deleted(3))
print(empty_loop(3))
try:
    empty_loop(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(rebind_each_iteration(5))
print(handler_loops_back([1, 0, 2, 0, 5]))
print(maybe_method("abc"), maybe_method(1000))
g = echo()
print(next(g), g.send(1), g.send("two"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
print(swap_in_loop(90))
print(one_branch(False))
