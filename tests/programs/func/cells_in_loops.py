def f():
    fns = []
    for i in range(3):
        def g(): return i
        fns.append(g)
    return [h() for h in fns]
print(f())
def late():
    def g(): return v
    v = 5
    return g()
print(late())
def unbound():
    def g(): return v
    try:
        return g()
    except NameError as e:
        return f"NameError: {e}"
    v = 1
print(unbound())
