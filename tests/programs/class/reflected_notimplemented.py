class A:
    def __add__(self, o):
        print("A.__add__"); return NotImplemented
    def __radd__(self, o):
        print("A.__radd__"); return "A+"
class B:
    def __radd__(self, o):
        print("B.__radd__"); return "B.radd"
class SubA(A):
    def __radd__(self, o):
        print("SubA.__radd__"); return "SubA.radd"
print(A() + B())
print(1 + A())
print(A() + SubA())
try:
    A() + 1
except TypeError as e:
    print("TypeError:", e)
class N:
    def __add__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print("TypeError:", e)
