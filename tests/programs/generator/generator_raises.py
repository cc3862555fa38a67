# Generators that raise: the exception reaches the consumer with the
# generator's frame in the traceback; the generator is finished after.


def parse(items):
    for item in items:
        yield int(item)


p = parse(["1", "2", "x", "4"])
got = []
try:
    for v in p:
        got.append(v)
except ValueError as e:
    print("ValueError:", e, got)
print(list(p))


def divide(values):
    total = 0
    for v in values:
        total += 100 // v
        yield total


try:
    print(list(divide([1, 2, 0, 5])))
except ZeroDivisionError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("ZeroDivisionError:", e, names)


def reraiser():
    try:
        yield 1
    except LookupError as e:
        raise RuntimeError("wrapped") from e


r = reraiser()
next(r)
try:
    r.throw(IndexError("orig"))
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)


def stop_iteration_inside():
    yield 1
    next(iter([]))


try:
    list(stop_iteration_inside())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)


def stop_iteration_caught():
    try:
        next(iter([]))
    except StopIteration:
        yield "caught inside"


print(list(stop_iteration_caught()))


def return_value():
    yield 1
    return [1, 2]


g = return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)


def in_handler():
    try:
        {}["missing"]
    except KeyError:
        yield "handling"
        raise


h = in_handler()
print(next(h))
try:
    next(h)
except KeyError as e:
    print("re-raised", repr(e))


def attribute_error():
    x = None
    yield 1
    yield x.missing


def outer():
    yield from attribute_error()


list(outer())
