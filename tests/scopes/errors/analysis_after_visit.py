def g():
    nonlocal q
def f(b, b):
    pass
