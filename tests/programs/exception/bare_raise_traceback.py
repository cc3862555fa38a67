# A bare `raise` re-raises the handled exception without a new traceback
# entry for its own line; `raise e` adds one; a bare `raise` with nothing
# handled raises RuntimeError with an entry.


def lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


def fail():
    return 1 / 0


def bare():
    try:
        fail()
    except ZeroDivisionError:
        raise


def explicit():
    try:
        fail()
    except ZeroDivisionError as e:
        raise e


def nested_bare():
    try:
        fail()
    except ZeroDivisionError:
        try:
            int("x")
        except ValueError:
            pass
        raise


def nothing_handled():
    raise


def in_finally():
    try:
        fail()
    finally:
        print("finally ran")


for f in (bare, explicit, nested_bare, nothing_handled, in_finally):
    try:
        f()
    except (ZeroDivisionError, RuntimeError) as e:
        print(f.__name__, type(e).__name__, lines(e))


def outer():
    try:
        bare()
    except ZeroDivisionError:
        raise


outer()
