def f():
    def g():
        class C:
            def m(self):
                return lambda: [x for x in ()]
        return C
    return g
class D:
    class E:
        def n(self):
            pass
