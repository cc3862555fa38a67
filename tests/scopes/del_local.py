def f():
    x = 1
    del x
def g():
    y = 1
    def h():
        return y
    del y
    return h
