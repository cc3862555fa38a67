def f():
    def g():
        return
    break
return
