def g():
    y = 1
    def f():
        global y
        nonlocal y
