fs = [lambda: i for i in range(3)]
def f():
    return [lambda: i for i in range(3)]
