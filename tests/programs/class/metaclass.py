class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __call__(cls, *a):
        print("Meta.__call__", a)
        return super().__call__(*a)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {}
class A(metaclass=Meta, flag=1):
    x = 1
    def m(self): pass
    def __init__(self, v): self.v = v
a = A(5)
print(a.v, A.created_by, type(A).__name__, isinstance(A, Meta), type(type).__name__)
class B(A): pass
print(type(B).__name__)
