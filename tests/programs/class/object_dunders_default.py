class A: pass
a = A()
print(a.__class__ is A, A.__base__ is object, isinstance(a, object), a.__eq__(a), a.__eq__(1), a.__ne__(1), A.__name__)
print(object.__str__(5) if False else str(type(a.__init__)), sorted(k for k in A.__dict__ if not k.startswith("__")))
print(a.__reduce_ex__ is not None, type(A.__dict__).__name__, A.__dict__["__module__"])
