def f():
    global g
    def g():
        pass
    class H:
        global K
        class K:
            pass
