def f(a):
    b = (c := a)
    d = {e: f2 for e, f2 in a}
    g = h = 1
    i[j] = k = 2
    return l
