class C:
    def m(self, a): pass
    @staticmethod
    def s(a): pass
    @classmethod
    def c(cls, a, *, k): pass
for c in ["C().m()", "C().m(1, 2)", "C.m(1)", "C.s()", "C.c()", "C().c(1, 2)", "C().c(1, j=2)", "C(1)"]:
    try:
        eval(c)
    except TypeError as e:
        print(c, "->", e)
