class A:
    def hi(self): return "A"
    def __init__(self): self.trail = ["A"]
class B(A):
    def hi(self): return "B>" + super().hi()
    def __init__(self): super().__init__(); self.trail.append("B")
class C(A):
    def hi(self): return "C>" + super().hi()
    def __init__(self): super().__init__(); self.trail.append("C")
class D(B, C):
    def hi(self): return "D>" + super().hi()
    def __init__(self): super().__init__(); self.trail.append("D")
d = D()
print(d.hi(), d.trail, super(B, d).hi(), super(D, D).hi(d))
