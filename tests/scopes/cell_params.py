def f(b, a, *c, d, **e):
    def g():
        return a, b, z, c, y
    z = y = 1
