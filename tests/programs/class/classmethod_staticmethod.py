class A:
    n = 1
    @classmethod
    def make(cls, v): return cls, v
    @staticmethod
    def add(a, b): return a + b
class B(A): n = 2
print(A.make(1)[0].__name__, B.make(2)[0].__name__, B().make(3)[0].__name__, A.add(1, 2), A().add(3, 4))
print(type(A.__dict__["make"]).__name__, type(A.__dict__["add"]).__name__, A.__dict__["add"].__func__(5, 6))
