class A:
    x = "A.x"
    def who(self): return "A"
class B(A):
    pass
b = B()
print(b.x, B.x, b.who(), "x" in B.__dict__, "x" in A.__dict__)
A.x = "changed"; print(b.x)
b.x = "own"; print(b.x, B.x)
del b.x; print(b.x)
B.who = lambda self: "patched"
print(b.who(), A().who())
print(B.__name__, B.__qualname__, B.__module__, B.__doc__, A.__bases__[0].__name__)
