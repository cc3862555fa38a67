def _(a, b, c, d, e, f):
    a, *b = c
    [*d] = e
    f(*a, *b, k=1, *c, **d)
    print(*a)
    x = [1]
    x[*a] = 1
