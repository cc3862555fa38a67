def f():
    global z
    return [z := i for i in range(2)]
