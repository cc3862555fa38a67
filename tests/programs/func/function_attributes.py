def f(a, b=1, *, c=2):
    "doc string"
    return a
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
f.custom = 5
print(f.__dict__, f.custom)
class C:
    def m(self): pass
    class D:
        def n(self): pass
def outer():
    def inner(): pass
    return inner
print(C.m.__qualname__, C.D.n.__qualname__, outer().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
f.__name__ = "renamed"; print(f.__name__, f.__qualname__)
def nodoc(): pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__)
