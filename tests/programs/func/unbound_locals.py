# Reads of locals that may be unbound: conditional stores, del, except-as,
# loops, handlers and generators; the last one is uncaught (its traceback
# points at the read).


def conditional(flag):
    if flag:
        x = 1
    return x + 1


def deleted():
    x = 1
    y = x + 1
    del x
    return x + y


def except_as():
    try:
        raise ValueError("v")
    except ValueError as e:
        pass
    return e


def loop_del(n):
    out = []
    for i in range(n):
        if i % 2 == 0:
            v = i
        out.append(v * 2)
        del v
    return out


def in_handler(k):
    try:
        a = 10 // k
        b = a + 1
    except ZeroDivisionError:
        return b
    return a, b


def swap_names(a, b):
    a, b = b, a
    c = a
    a = c + b
    return a, b, c


def gen(flag):
    if flag:
        y = "y"
    yield 1
    yield y


def reassigned_before_use(x):
    y = x
    x = 5
    return y + x


for f, args in [
    (conditional, (True,)),
    (conditional, (False,)),
    (deleted, ()),
    (except_as, ()),
    (loop_del, (4,)),
    (in_handler, (2,)),
    (in_handler, (0,)),
    (swap_names, (1, 2)),
    (reassigned_before_use, (1,)),
]:
    try:
        print(f.__name__, f(*args))
    except UnboundLocalError as e:
        print(f.__name__, "UnboundLocalError:", e)

for flag in (True, False):
    try:
        print(list(gen(flag)))
    except UnboundLocalError as e:
        print("gen UnboundLocalError:", e)


def last(n):
    total = 0
    for i in range(n):
        total += i
    if n > 10:
        missing = 1
    return (total +
            missing)


print(last(3))
