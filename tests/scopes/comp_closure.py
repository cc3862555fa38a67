def f(xs):
    k = 3
    return [x + k for x in xs]
