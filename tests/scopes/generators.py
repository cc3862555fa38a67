def g():
    yield 1
def h():
    yield from g()
def k():
    return (x for x in g())
