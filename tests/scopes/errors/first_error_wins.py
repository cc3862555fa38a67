def f(a, a):
    pass
def g():
    nonlocal q
