class A:
    def m(self): return self.v
a = A(); a.v = 1
bm = a.m
print(bm(), bm.__self__ is a, bm.__func__ is A.m, bm.__name__, bm.__qualname__, a.m == a.m, a.m is a.m)
f = A.m
print(f(a), type(bm).__name__, type(f).__name__)
