def f():
    t += 1
    return t
