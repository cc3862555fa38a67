class Acc:
    def __init__(self): self.v = []
    def __iadd__(self, o): self.v.append(o); return self
    def __isub__(self, o): return "isub-result"
    def __add__(self, o): return "plain add"
class OnlyAdd:
    def __add__(self, o): return "fallback add"
a = Acc(); b = a
a += 1; a += 2
print(a is b, a.v)
a -= 1; print(a)
o = OnlyAdd(); o += 1; print(o)
class IMulNI:
    def __imul__(self, o): return NotImplemented
    def __rmul__(self, o): return "rmul"
x = IMulNI()
y = 3
y *= x
print(y)
x2 = IMulNI()
try:
    x2 *= 3
except TypeError as e:
    print("TypeError:", e)
