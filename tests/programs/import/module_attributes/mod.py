"module docstring"
a = 1
def f(): return __name__
