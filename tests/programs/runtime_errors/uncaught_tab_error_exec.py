def f():
    exec("if True:\n\tx = 1\n        y = 2")
f()
