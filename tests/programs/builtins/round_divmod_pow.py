print(round(3.14159, 2), round(-1.5), round(2.5), round(7, -1), divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, 10, 1000), pow(2.0, -2))
try:
    round("x")
except TypeError as e:
    print("TypeError:", e)
try:
    pow(2.0, 2, 3)
except TypeError as e:
    print("TypeError:", e)
class R:
    def __round__(self, n=None): return ("rounded", n)
print(round(R()), round(R(), 3))
