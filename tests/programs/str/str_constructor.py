print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(b"ab"), str(b"ab", "ascii"), str(bytearray(b"x"), encoding="utf-8"))
class A:
    def __str__(self): return "A-str"
    def __repr__(self): return "A-repr"
class B:
    def __repr__(self): return "B-repr"
print(str(A()), repr(A()), str(B()), [A()], f"{A()}", f"{A()!r}")
class Bad:
    def __str__(self): return 42
try:
    str(Bad())
except TypeError as e:
    print("TypeError:", e)
