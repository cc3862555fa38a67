def g():
    while True:
        try:
            yield
        except Exception as e:
            print("got", type(e).__name__, e.args)
x = g(); next(x)
x.throw(ValueError)
x.throw(TypeError("t"))
x.throw(KeyError, KeyError("k2"))
print("ok")
