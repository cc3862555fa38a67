def f(a, /, b, *args, c, d=1, **kw):
    e = 1
    return a
lambda p, *q, r, **s: p
