def f():
    x = 1
    class C:
        print(x)
    return C
