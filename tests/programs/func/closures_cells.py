def make_counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = make_counter(), make_counter()
print(c1(), c1(), c2(), c1())
print(c1.__closure__[0].cell_contents, make_counter.__code__.co_cellvars if False else "")
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
