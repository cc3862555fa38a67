def f():
    yield from x if 0 else 1
    break
x = 1
break
