f = lambda x, y=1: x + y
def g(k):
    return lambda: k
