def f():
    return len(y)
y = 1
