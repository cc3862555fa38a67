class V:
    def __init__(self, *c): self.c = c
    def __repr__(self): return f"V{self.c}"
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o): return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __rmul__(self, k): return self * k
    def __truediv__(self, k): return V(*(a / k for a in self.c))
    def __floordiv__(self, k): return V(*(a // k for a in self.c))
    def __mod__(self, k): return V(*(a % k for a in self.c))
    def __pow__(self, k, m=None): return V(*(pow(a, k, m) for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __pos__(self): return self
    def __abs__(self): return sum(a * a for a in self.c)
    def __invert__(self): return V(*reversed(self.c))
    def __matmul__(self, o): return sum(a * b for a, b in zip(self.c, o.c))
    def __lshift__(self, n): return V(*(a << n for a in self.c))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __rshift__(self, o): return "rshift"
    def __divmod__(self, o): return "divmod"
v, w = V(1, 2), V(3, 4)
print(v + w, v - w, v * 3, 3 * v, v / 2, w // 2, w % 3, v ** 2, pow(w, 2, 5), -v, +v, abs(w), ~v, v @ w, v << 2, v & 1, v | 1, v ^ 1, v >> 1, divmod(v, 1))
