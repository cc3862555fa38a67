def f(xs):
    a = [x * 2 for x in xs if x]
    b = {x for x in xs}
    c = {k: v for k, v in xs}
    d = (y for y in xs)
    return a, b, c, d
