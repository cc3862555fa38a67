def f(a, b): pass
def g(a, b=1, *, c): pass
def h(): pass
def k(x, /): pass
cases = ["f()", "f(1)", "f(1, 2, 3)", "f(1, 2, b=3)", "f(1, c=2)", "g()", "g(1)", "g(1, 2, 3, c=4)", "h(1)", "h(a=1)", "k(x=1)", "f(1, 2, 3, 4)", "g(b=1, c=2)", "f(**{'a': 1, 'b': 2, 'c': 3})"]
for c in cases:
    try:
        eval(c)
        print(c, "ok")
    except TypeError as e:
        print(c, "->", e)
