class T:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"T{self.n}"
    def __getitem__(self, k): return T(self.n * 10 + k)
    def __add__(self, o): return T(self.n + o.n)
    def __mul__(self, o): return T(self.n * o.n)
    def __bool__(self): return self.n != 0
    def __contains__(self, x): return x == self.n
print(T(1) + T(2) * T(3), T(1)[2][3], T(0) or "zero falsy", T(2) and "yes", 2 in T(2), 3 not in T(2))
