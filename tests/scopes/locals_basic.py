x = 1
def f(a, b=2):
    c = a + b
    d = c
    return d + x
